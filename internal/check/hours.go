package check

import (
	"slices"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
)

// span is one jam_layanan entry's whole window, with the line it was
// written on, for overlap messages.
type span struct {
	from, until flow.Clock
	line        int // where it was written, for overlap messages
}

func (c *checker) clock(at flow.Pos, s string) (flow.Clock, bool) {
	t, err := flow.ParseClock(s)
	if err != nil {
		if s != "" { // an empty time is reported as a required key left empty
			c.diags.Errorf(at, diag.BadClock, s)
		}
		return 0, false
	}
	return t, true
}

// window reads a from-until pair written under fromKey and untilKey of the
// mapping at p, reporting clocks that do not parse and an end that is not
// after its start (with endsBefore).
func (c *checker) window(p flow.Pos, fromKey, from, untilKey, until string, endsBefore diag.Code) (flow.Window, bool) {
	start, ok1 := c.clock(p.Of(fromKey), from)
	end, ok2 := c.clock(p.Of(untilKey), until)
	if !ok1 || !ok2 {
		return flow.Window{}, false
	}
	if end <= start {
		c.diags.Errorf(p.Of(untilKey), endsBefore, until, from)
		return flow.Window{}, false
	}
	return flow.Window{From: start, Until: end}, true
}

// Week reads service hours and a duty roster as the checker does, and
// drops the problems: for offices made by hand, in other packages' tests.
func Week(hours []flow.Hours, roster []flow.Duty) flow.Week {
	c := &checker{diags: &diag.List{}}
	return c.checkHours(&flow.OfficeFile{Hours: hours, Roster: roster}, nil)
}

// checkHours checks service hours, breaks and the duty roster, warns where
// the roster leaves service hours without anyone on duty, and returns the
// office's week as it reads it: the one parse of these clocks.
func (c *checker) checkHours(of *flow.OfficeFile, places map[string]*flow.Place) flow.Week {
	week := c.serviceHours(of.Hours)
	if len(of.Roster) == 0 {
		if len(of.Hours) > 0 {
			c.diags.Warnf(of.Pos.Of("jam_layanan"), diag.NoRoster)
		}
		return week
	}
	c.checkRoster(of, &week, places)
	return week
}

// serviceHours checks service hours and their breaks, of a kelurahan or a
// kecamatan office, and returns the week they make.
func (c *checker) serviceHours(hours []flow.Hours) flow.Week {
	var week flow.Week
	entries := map[flow.Weekday][]span{} // whole entries per day, for overlaps
	for _, h := range hours {
		whole, ok := c.window(h.Pos, "buka", h.Open, "tutup", h.Close, diag.HoursEndBeforeOpen)
		if !ok {
			continue
		}
		shift := flow.Shift{Open: whole.From, Close: whole.Until, Breaks: c.breaks(whole, h)}
		for _, name := range h.Days {
			day, ok := flow.ParseWeekday(name)
			if !ok {
				continue // reported by the loader's enum check
			}
			for _, prev := range entries[day] {
				if prev.line != h.Pos.Line && whole.From < prev.until && prev.from < whole.Until {
					c.diags.Errorf(h.Pos.Of("hari"), diag.HoursOverlap, name, prev.line)
					break
				}
			}
			entries[day] = append(entries[day], span{whole.From, whole.Until, h.Pos.Line})
			shift.Days = append(shift.Days, day)
		}
		week.Hours = append(week.Hours, shift)
		for _, day := range shift.Days {
			week.Days[day].Shifts = append(week.Days[day].Shifts, shift)
			week.Days[day].Windows = append(week.Days[day].Windows, shift.Windows()...)
		}
	}
	for d := range week.Days {
		slices.SortFunc(week.Days[d].Windows, func(a, b flow.Window) int { return int(a.From - b.From) })
	}
	return week
}

// breaks returns the breaks of h that lie inside its service window.
func (c *checker) breaks(w flow.Window, h flow.Hours) []flow.Window {
	var out []flow.Window
	for _, b := range h.Breaks {
		gap, ok := c.window(b.Pos, "dari", b.From, "sampai", b.Until, diag.BreakEndsBefore)
		if !ok {
			continue
		}
		if gap.From < w.From || gap.Until > w.Until {
			c.diags.Errorf(b.Pos, diag.BreakOutside, b.From, b.Until, h.Open, h.Close)
			continue
		}
		out = append(out, gap)
	}
	return out
}

// checkRoster reads the duty roster into week. Each shift is found at its
// tempat, else at the office's first place (its front desk).
func (c *checker) checkRoster(of *flow.OfficeFile, week *flow.Week, places map[string]*flow.Place) {
	var front *flow.Place
	if len(of.Places) > 0 {
		front = places[of.Places[0].ID]
	}
	for _, d := range of.Roster {
		shift, ok := c.window(d.Pos, "dari", d.From, "sampai", d.Until, diag.DutyEndsBefore)
		if !ok {
			continue
		}
		duty := flow.DutyShift{From: shift.From, Until: shift.Until, Staff: d.Staff, Place: front}
		if d.Place != "" {
			if p := places[d.Place]; p != nil {
				duty.Place = p
			} else {
				c.unknownRef(d.Pos.Of("tempat"), diag.UnknownPlace, diag.UnknownPlaceGuess, d.Place, keys(places), of.ID)
			}
		}
		for _, name := range d.Days {
			if day, ok := flow.ParseWeekday(name); ok {
				duty.Days = append(duty.Days, day)
			}
		}
		week.Duty = append(week.Duty, duty)
		for _, day := range duty.Days {
			week.Days[day].Duty = append(week.Days[day].Duty, duty)
		}
	}
	for day := flow.Monday; day <= flow.Sunday; day++ {
		gaps := week.Days[day].Windows
		for _, d := range week.Days[day].Duty {
			gaps = flow.Cut(gaps, flow.Window{From: d.From, Until: d.Until})
		}
		for _, g := range gaps {
			c.diags.Warnf(of.Pos.Of("piket"), diag.RosterGap, flow.WeekdayNames[day], g.From.String(), g.Until.String())
		}
	}
}
