package survey

import (
	"strconv"
	"strings"
)

// ParsePeriod reads a Period.ID back: "2026-08", "2026-T3", "2026-S2" or
// "2026".
func ParsePeriod(id string) (Period, bool) {
	year, rest, cut := strings.Cut(id, "-")
	y, err := strconv.Atoi(year)
	if err != nil || len(year) != 4 || y < 2000 || y > 2999 {
		return Period{}, false
	}
	if !cut {
		return Period{Span: Year, Year: y, N: 1}, true
	}
	span, digits, count := Month, rest, 12
	switch {
	case strings.HasPrefix(rest, "T"):
		span, digits, count = Quarter, rest[1:], 4
	case strings.HasPrefix(rest, "S"):
		span, digits, count = Semester, rest[1:], 2
	case len(rest) != 2:
		return Period{}, false
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n < 1 || n > count || strings.HasPrefix(digits, "+") {
		return Period{}, false
	}
	p := Period{Span: span, Year: y, N: n}
	return p, p.ID() == id
}
