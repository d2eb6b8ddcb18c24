package site

import (
	"strings"

	"github.com/alurlayanan/alur/internal/flow"
)

// telURI turns a phone number as staff write it ("0341-123456",
// "+62 812 3456 7890") into a tel: URI in international form. The result
// holds only "tel:+" and digits, which is why templates may mark it safe
// (html/template rejects the tel: scheme otherwise). It is empty when the
// number has too few digits to dial.
func telURI(phone string) string {
	n := internationalDigits(phone)
	if n == "" {
		return ""
	}
	return "tel:+" + n
}

// waURL is the WhatsApp click-to-chat link for a number.
func waURL(phone string) string {
	n := internationalDigits(phone)
	if n == "" {
		return ""
	}
	return "https://wa.me/" + n
}

// internationalDigits returns the number's digits with Indonesia's country
// code in front of a trunk-prefixed number (0341... becomes 62341...).
func internationalDigits(phone string) string {
	var b strings.Builder
	for _, r := range phone {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	d := b.String()
	switch {
	case len(d) < 5 || len(d) > 15:
		return ""
	case strings.HasPrefix(strings.TrimSpace(phone), "+"):
		return d
	case strings.HasPrefix(d, "0"):
		return "62" + d[1:]
	}
	return d
}

// durationOf is nil for a duration not given, so templates can test it.
func durationOf(d flow.Duration) *durationView {
	if d.IsZero() {
		return nil
	}
	return &durationView{Min: d.Min, Max: d.Max, Unit: d.Unit.Name()}
}

// dayRanges collapses weekday numbers into runs: Monday to Thursday, Saturday.
func dayRanges(days []flow.Weekday) []dayRange {
	var set [7]bool
	for _, d := range days {
		set[d] = true
	}
	var out []dayRange
	for d := 0; d < 7; d++ {
		if !set[d] {
			continue
		}
		r := dayRange{First: d, Last: d}
		for r.Last+1 < 7 && set[r.Last+1] {
			r.Last++
		}
		out = append(out, r)
		d = r.Last
	}
	return out
}
