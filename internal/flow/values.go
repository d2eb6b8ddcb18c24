package flow

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Unit is the unit of a Duration as staff write it.
type Unit string

// Units staff may write. Working days are kept apart from calendar days
// because residents plan around office days.
const (
	Minutes     Unit = "menit"
	HoursUnit   Unit = "jam"
	WorkingDays Unit = "hari kerja"
	Days        Unit = "hari"
	Weeks       Unit = "minggu"
)

var units = []Unit{WorkingDays, Minutes, HoursUnit, Days, Weeks} // longest first for parsing

// Name is the unit's stable English name, "minutes", "workdays": the key
// of its words (unit_<name> in the theme's i18n files); empty for a unit
// staff cannot write.
func (u Unit) Name() string { return unitNames[u] }

var unitNames = map[Unit]string{
	Minutes:     "minutes",
	HoursUnit:   "hours",
	WorkingDays: "workdays",
	Days:        "days",
	Weeks:       "weeks",
}

// Duration is how long a service or a step takes: "15 menit", "1 hari kerja".
// An upper bound may be given as a range: "1-3 hari kerja".
type Duration struct {
	Min, Max int // equal when no range is given
	Unit     Unit
}

// IsZero reports whether no duration was given.
func (d Duration) IsZero() bool { return d.Unit == "" }

// ParseDuration reads a duration as staff write it: a number or a range of
// numbers, then a unit (menit, jam, hari, hari kerja, minggu).
func ParseDuration(s string) (Duration, error) {
	t := strings.ToLower(strings.Join(strings.Fields(s), " "))
	for _, u := range units {
		num, ok := strings.CutSuffix(t, " "+string(u))
		if !ok {
			continue
		}
		lo, hi, isRange := strings.Cut(num, "-")
		if !isRange {
			hi = lo
		}
		min, err1 := strconv.Atoi(strings.TrimSpace(lo))
		max, err2 := strconv.Atoi(strings.TrimSpace(hi))
		if err1 != nil || err2 != nil || min <= 0 || max < min {
			break
		}
		return Duration{Min: min, Max: max, Unit: u}, nil
	}
	return Duration{}, fmt.Errorf("duration %q: want a number then menit, jam, hari, hari kerja or minggu", s)
}

// String writes the duration back in Bahasa Indonesia.
func (d Duration) String() string {
	if d.IsZero() {
		return ""
	}
	if d.Min == d.Max {
		return fmt.Sprintf("%d %s", d.Min, d.Unit)
	}
	return fmt.Sprintf("%d-%d %s", d.Min, d.Max, d.Unit)
}

// ISO8601 returns the upper bound as an ISO 8601 duration (for schema.org).
// A working day counts as one calendar day.
func (d Duration) ISO8601() string {
	switch d.Unit {
	case Minutes:
		return fmt.Sprintf("PT%dM", d.Max)
	case HoursUnit:
		return fmt.Sprintf("PT%dH", d.Max)
	case Days, WorkingDays:
		return fmt.Sprintf("P%dD", d.Max)
	case Weeks:
		return fmt.Sprintf("P%dW", d.Max)
	}
	return ""
}

// MaxMinutes is the upper bound in minutes, counting a (working) day as the
// eight hours the office is open; for comparing and summing step times.
func (d Duration) MaxMinutes() int {
	switch d.Unit {
	case Minutes:
		return d.Max
	case HoursUnit:
		return d.Max * 60
	case Days, WorkingDays:
		return d.Max * 8 * 60
	case Weeks:
		return d.Max * 5 * 8 * 60
	}
	return 0
}

// Clock is a time of day in minutes after midnight.
type Clock int

// ParseClock reads "HH:MM" (24-hour; "24:00" is allowed as end of day).
func ParseClock(s string) (Clock, error) {
	h, m, ok := strings.Cut(strings.TrimSpace(s), ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || len(m) != 2 || hh < 0 || mm < 0 || mm > 59 || hh > 24 || (hh == 24 && mm != 0) {
		return 0, fmt.Errorf("time %q: want HH:MM, for example 08:00", s)
	}
	return Clock(hh*60 + mm), nil
}

// String writes the clock as HH:MM.
func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60) }

// RequirementForm labels for the `bentuk` of a requirement.
const (
	FormOriginal        = "asli"
	FormCopy            = "fotokopi"
	FormOriginalAndCopy = "asli-dan-fotokopi"
	FormFilled          = "isian" // a form filled in at the office
)

// Components of a service standard (Permenpan RB 15/2014), numbered as the
// regulation numbers them; the first six face the public.
var Components = [14]string{
	"persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan",
	"dasar_hukum", "sarana", "kompetensi_pelaksana", "pengawasan_internal",
	"jumlah_pelaksana", "jaminan_pelayanan", "jaminan_keamanan", "evaluasi_kinerja",
}

// MissingComponents returns the 1-based numbers of the standard components
// the service leaves empty.
func (s *Service) MissingComponents() []int {
	d := s.Def
	present := [14]bool{
		len(s.Requirements) > 0, len(s.Steps) > 0, !s.Duration.IsZero(), true,
		d.Product != "", true, len(d.LegalBasis) > 0, d.Facilities != "" || len(s.Office.Facilities) > 0,
		d.Competence != "", d.Supervision != "", d.Staffing != "", d.Guarantee != "" || s.Office.Pledge != "",
		d.Safety != "", d.Evaluation != "",
	}
	var missing []int
	for i, ok := range present {
		if !ok {
			missing = append(missing, i+1)
		}
	}
	return missing
}

// MapURL links to the point on openstreetmap.org: a link that opens in the
// browser or a map app, never a map embedded from another site.
func (c *Coordinates) MapURL() string {
	if c == nil {
		return ""
	}
	return fmt.Sprintf("https://www.openstreetmap.org/?mlat=%.5f&mlon=%.5f#map=18/%.5f/%.5f", c.Lat, c.Lon, c.Lat, c.Lon)
}

// Window is a stretch of a day, [From, Until).
type Window struct{ From, Until Clock }

// Cut removes gap from every window.
func Cut(windows []Window, gap Window) []Window {
	var out []Window
	for _, w := range windows {
		if gap.Until <= w.From || gap.From >= w.Until {
			out = append(out, w)
			continue
		}
		if gap.From > w.From {
			out = append(out, Window{w.From, gap.From})
		}
		if gap.Until < w.Until {
			out = append(out, Window{gap.Until, w.Until})
		}
	}
	return out
}

// Rupiah writes an amount as Indonesian spelling rules (PUEBI) write it:
// Rp10.000.
func Rupiah(amount int) string {
	digits := strconv.Itoa(amount)
	var b strings.Builder
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(d)
	}
	return "Rp" + b.String()
}

// Forms of contact values, for the checker and for the JSON Schemas that
// editors use, so both accept the same text. Each is an RE2 pattern that is
// also a valid ECMA-262 one.
const (
	// PhonePattern: digits with the separators people write (0341-123456,
	// (0341) 123456, +62 812 3456 7890), 3 to 15 digits (SMS 1708 has 4).
	PhonePattern = `^\s*\+?[ ().\-]*([0-9][ ().\-]*){3,15}$`
	// EmailPattern: name@domain.tld, nothing around it but spaces.
	EmailPattern = `^\s*[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+\s*$`
)

// ShortShown is the abbreviation to show after a service's name, or ""
// when there is none or the name already carries it ("Pengantar Kartu
// Identitas Anak (KIA)" is not followed by "(KIA)" again).
func ShortShown(name, short string) string {
	if short == "" || strings.Contains(strings.ToLower(name), strings.ToLower(short)) {
		return ""
	}
	return short
}

// Text is the week's service hours in a few Indonesian words, as data is
// written: consecutive days with the same hours together, breaks cut out
// ("Senin-Kamis 07:30-12:00, 13:00-15:30; Jumat 07:30-14:30").
func (w Week) Text() string {
	var groups []string
	for d := 0; d < len(w.Days); {
		if !w.Days[d].Open() {
			d++
			continue
		}
		last := d
		for last+1 < len(w.Days) && slices.Equal(w.Days[last+1].Windows, w.Days[d].Windows) {
			last++
		}
		days := dayName(d)
		if last > d {
			days += "-" + dayName(last)
		}
		var spans []string
		for _, win := range w.Days[d].Windows {
			spans = append(spans, win.From.String()+"-"+win.Until.String())
		}
		groups = append(groups, days+" "+strings.Join(spans, ", "))
		d = last + 1
	}
	return strings.Join(groups, "; ")
}

func dayName(d int) string { n := WeekdayNames[d]; return strings.ToUpper(n[:1]) + n[1:] }
