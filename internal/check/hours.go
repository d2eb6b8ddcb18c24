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

// checkHours checks service hours, breaks and the duty roster, and warns
// where the roster leaves service hours without anyone on duty.
func (c *checker) checkHours(of *flow.OfficeFile) {
	open := map[flow.Weekday][]flow.Window{} // service windows per day, breaks cut out
	entries := map[flow.Weekday][]span{}     // whole entries per day, for overlaps
	for _, h := range of.Hours {
		whole, ok := c.window(h.Pos, "buka", h.Open, "tutup", h.Close, diag.HoursEndBeforeOpen)
		if !ok {
			continue
		}
		from, until := whole.From, whole.Until
		windows := c.cutBreaks(whole, h)
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
		gap, ok := c.window(b.Pos, "dari", b.From, "sampai", b.Until, diag.BreakEndsBefore)
		if !ok {
			continue
		}
		if gap.From < w.From || gap.Until > w.Until {
			c.diags.Errorf(b.Pos, diag.BreakOutside, b.From, b.Until, h.Open, h.Close)
			continue
		}
		out = flow.Cut(out, gap)
	}
	return out
}

func (c *checker) checkRoster(of *flow.OfficeFile, open map[flow.Weekday][]flow.Window) {
	duty := map[flow.Weekday][]flow.Window{}
	for _, d := range of.Roster {
		shift, ok := c.window(d.Pos, "dari", d.From, "sampai", d.Until, diag.DutyEndsBefore)
		if !ok {
			continue
		}
		for _, name := range d.Days {
			if day, ok := flow.ParseWeekday(name); ok {
				duty[day] = append(duty[day], shift)
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
