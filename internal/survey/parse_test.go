package survey

import "testing"

func TestParsePeriod(t *testing.T) {
	for _, id := range []string{"2026-08", "2026-01", "2026-12", "2026-T1", "2026-T4", "2026-S2", "2026"} {
		p, ok := ParsePeriod(id)
		if !ok || p.ID() != id {
			t.Errorf("ParsePeriod(%q) = %v %v", id, p.ID(), ok)
		}
	}
	for _, id := range []string{"", "26", "2026-13", "2026-00", "2026-8", "2026-T5", "2026-T0", "2026-S3", "2026-X1", "abcd", "2026-", "2026-T", "2026-T+1", "1999"} {
		if p, ok := ParsePeriod(id); ok {
			t.Errorf("ParsePeriod(%q) = %v, want refused", id, p.ID())
		}
	}
}
