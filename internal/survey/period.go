package survey

import (
	"fmt"
	"time"
)

// Span is how long a reporting period is.
type Span int

// The periods offices report on.
const (
	Month Span = iota
	Quarter
	Semester
	Year
)

var spanKeys = [...]string{"bulan", "triwulan", "semester", "tahun"}
var spanMonths = [...]int{1, 3, 6, 12}

// Key names the span in URLs and flags.
func (s Span) Key() string { return spanKeys[s] }

// SpanByKey reads a span from its Key.
func SpanByKey(k string) (Span, bool) {
	for i, key := range spanKeys {
		if key == k {
			return Span(i), true
		}
	}
	return 0, false
}

// Period is one month, quarter, semester or year.
type Period struct {
	Span Span
	Year int
	// N is the month (1-12), quarter (1-4) or semester (1-2) in the
	// year; 1 for a year.
	N int
}

// PeriodOf is the period of span that holds t (in t's location).
func PeriodOf(span Span, t time.Time) Period {
	return Period{Span: span, Year: t.Year(), N: (int(t.Month())-1)/spanMonths[span] + 1}
}

// Start is the first instant of the period, in loc.
func (p Period) Start(loc *time.Location) time.Time {
	month := time.Month((p.N-1)*spanMonths[p.Span] + 1)
	return time.Date(p.Year, month, 1, 0, 0, 0, 0, loc)
}

// End is the first instant after the period, in loc.
func (p Period) End(loc *time.Location) time.Time {
	return p.Start(loc).AddDate(0, spanMonths[p.Span], 0)
}

// Next is the period after p.
func (p Period) Next() Period {
	return PeriodOf(p.Span, p.End(time.UTC))
}

// Roman numerals name quarters and semesters in Indonesian reports.
var roman = [...]string{"", "I", "II", "III", "IV"}

var monthsID = [...]string{"", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
	"Agustus", "September", "Oktober", "November", "Desember"}

// String names the period as reports do: "Januari 2026",
// "Triwulan I 2026", "Semester II 2026", "2026".
func (p Period) String() string {
	switch p.Span {
	case Month:
		return fmt.Sprintf("%s %d", monthsID[p.N], p.Year)
	case Quarter:
		return fmt.Sprintf("Triwulan %s %d", roman[p.N], p.Year)
	case Semester:
		return fmt.Sprintf("Semester %s %d", roman[p.N], p.Year)
	}
	return fmt.Sprint(p.Year)
}

// ID is a stable key: "2026-01", "2026-T1", "2026-S2", "2026".
func (p Period) ID() string {
	switch p.Span {
	case Month:
		return fmt.Sprintf("%d-%02d", p.Year, p.N)
	case Quarter:
		return fmt.Sprintf("%d-T%d", p.Year, p.N)
	case Semester:
		return fmt.Sprintf("%d-S%d", p.Year, p.N)
	}
	return fmt.Sprint(p.Year)
}

// Periods lists the periods of span from the one holding from to the one
// holding to, oldest first.
func Periods(span Span, from, to time.Time) []Period {
	var out []Period
	last := PeriodOf(span, to)
	for p := PeriodOf(span, from); !p.after(last); p = p.Next() {
		out = append(out, p)
	}
	return out
}

func (p Period) after(q Period) bool {
	return p.Year > q.Year || (p.Year == q.Year && p.N > q.N)
}

// English names the period in English: "August 2026", "Quarter 3 2026",
// "Half-year 2 2026", "2026".
func (p Period) English() string {
	switch p.Span {
	case Month:
		return fmt.Sprintf("%s %d", time.Month(p.N), p.Year)
	case Quarter:
		return fmt.Sprintf("Quarter %d %d", p.N, p.Year)
	case Semester:
		return fmt.Sprintf("Half-year %d %d", p.N, p.Year)
	}
	return fmt.Sprint(p.Year)
}
