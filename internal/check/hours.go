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
		c.diags.Errorf(at, diag.BadClock, s)
		return 0, false
	}
	return t, true
}

// checkHours checks service hours, breaks and the duty roster, and warns
// where the roster leaves service hours without anyone on duty.
func (c *checker) checkHours(of *flow.OfficeFile) {
	open := map[flow.Weekday][]flow.Window{} // service windows per day, breaks cut out
	entries := map[flow.Weekday][]span{}     // whole entries per day, for overlaps
	for _, h := range of.Hours {
		from, ok1 := c.clock(h.Pos.Of("buka"), h.Open)
		until, ok2 := c.clock(h.Pos.Of("tutup"), h.Close)
		if !ok1 || !ok2 {
			continue
		}
		if until <= from {
			c.diags.Errorf(h.Pos.Of("tutup"), diag.HoursEndBeforeOpen, h.Close, h.Open)
			continue
		}
		windows := c.cutBreaks(flow.Window{From: from, Until: until}, h)
		for _, name := range h.Days {
			day, ok := flow.ParseWeekday(name)
			if !ok {
				continue // reported by the loader's enum check
			}
			for _, prev := range entries[day] {
				if prev.line != h.Pos.Line && from < prev.until && prev.from < until {
					c.diags.Errorf(h.Pos.Of("hari"), diag.HoursOverlap, name, prev.line)
					break
				}
			}
			entries[day] = append(entries[day], span{from, until, h.Pos.Line})
			open[day] = append(open[day], windows...)
		}
	}
	if len(of.Roster) == 0 {
		if len(of.Hours) > 0 {
			c.diags.Warnf(of.Pos.Of("jam_layanan"), diag.NoRoster)
		}
		return
	}
	c.checkRoster(of, open)
}

// cutBreaks returns the service window with its breaks removed.
func (c *checker) cutBreaks(w flow.Window, h flow.Hours) []flow.Window {
	out := []flow.Window{w}
	for _, b := range h.Breaks {
		from, ok1 := c.clock(b.Pos.Of("dari"), b.From)
		until, ok2 := c.clock(b.Pos.Of("sampai"), b.Until)
		if !ok1 || !ok2 {
			continue
		}
		if until <= from {
			c.diags.Errorf(b.Pos.Of("sampai"), diag.BreakEndsBefore, b.Until, b.From)
			continue
		}
		if from < w.From || until > w.Until {
			c.diags.Errorf(b.Pos, diag.BreakOutside, b.From, b.Until, h.Open, h.Close)
			continue
		}
		out = flow.Cut(out, flow.Window{From: from, Until: until})
	}
	return out
}

func (c *checker) checkRoster(of *flow.OfficeFile, open map[flow.Weekday][]flow.Window) {
	duty := map[flow.Weekday][]flow.Window{}
	for _, d := range of.Roster {
		from, ok1 := c.clock(d.Pos.Of("dari"), d.From)
		until, ok2 := c.clock(d.Pos.Of("sampai"), d.Until)
		if !ok1 || !ok2 {
			continue
		}
		if until <= from {
			c.diags.Errorf(d.Pos.Of("sampai"), diag.DutyEndsBefore, d.Until, d.From)
			continue
		}
		for _, name := range d.Days {
			if day, ok := flow.ParseWeekday(name); ok {
				duty[day] = append(duty[day], flow.Window{From: from, Until: until})
			}
		}
	}
	for day := flow.Monday; day <= flow.Sunday; day++ {
		gaps := open[day]
		for _, d := range duty[day] {
			gaps = flow.Cut(gaps, d)
		}
		slices.SortFunc(gaps, func(a, b flow.Window) int { return int(a.From - b.From) })
		for _, g := range gaps {
			c.diags.Warnf(of.Pos.Of("piket"), diag.RosterGap, flow.WeekdayNames[day], g.From.String(), g.Until.String())
		}
	}
}
