package fuzzy

import "testing"

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"nikah", "nikah", 0}, {"nikha", "nikah", 1}, {"nikh", "nikah", 1}, {"kelahran", "kelahiran", 1},
		{"kelhairan", "kelahiran", 1}, {"domisli", "domisili", 1}, {"abc", "xyz", 3},
	} {
		if got := Distance([]rune(c.a), []rune(c.b), 2); got != min(c.want, 3) {
			t.Errorf("Distance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}
