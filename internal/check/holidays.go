package check

import (
	"slices"
	"time"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
)

// holidayHorizon is how far ahead the holiday list must reach: the SKB for
// next year comes out in the autumn, and residents plan a visit weeks
// ahead.
const holidayHorizon = 60

// maxClosureDays bounds one entry: a longer one is almost always a typo
// in the year.
const maxClosureDays = 31

// today is the day check runs, in the offices' time zone. Tests set it.
var today = func() time.Time { return time.Now().In(flow.Zone) }

// checkHolidays checks the city's holiday list, warns when it does not
// reach holidayHorizon days ahead, and keeps it in the catalog.
func (c *checker) checkHolidays(city *flow.CityFile) {
	c.cat.Holidays = c.closures(city.Holidays, flow.HolidayNational)
	horizon := flow.Date(today().AddDate(0, 0, holidayHorizon).Format(time.DateOnly))
	at := city.Pos.Of("hari_libur")
	if at.IsZero() {
		at = city.Pos
	}
	if len(c.cat.Holidays) == 0 {
		c.diags.Warnf(at, diag.HolidaysMissing)
		return
	}
	last := c.cat.Holidays[len(c.cat.Holidays)-1].Until
	if last < horizon {
		c.diags.Warnf(at, diag.HolidaysEndSoon, string(last), string(horizon))
	}
}

// officeClosures are the city's holidays and the office's own closures,
// by date.
func (c *checker) officeClosures(of *flow.OfficeFile) []flow.Closure {
	own := c.closures(of.ClosedDays, flow.HolidayOffice)
	if len(own) == 0 {
		return c.cat.Holidays
	}
	all := append(slices.Clone(c.cat.Holidays), own...)
	sortClosures(all)
	return all
}

// closures checks holiday entries and resolves the valid ones, by date.
func (c *checker) closures(hs []flow.Holiday, kind string) []flow.Closure {
	var out []flow.Closure
	for _, h := range hs {
		from, ok := c.day(h.Pos.Of("tanggal"), h.Date)
		if !ok {
			continue
		}
		until := from
		if h.Until != "" {
			if until, ok = c.day(h.Pos.Of("sampai"), h.Until); !ok {
				continue
			}
		}
		switch {
		case until.Before(from):
			c.diags.Errorf(h.Pos.Of("sampai"), diag.HolidayEndsBefore, string(h.Until), string(h.Date))
			continue
		case until.Sub(from) >= maxClosureDays*24*time.Hour:
			c.diags.Errorf(h.Pos.Of("sampai"), diag.HolidayTooLong, string(h.Date), string(h.Until), maxClosureDays)
			continue
		}
		k := h.Kind
		if k == "" {
			k = kind
		}
		out = append(out, flow.Closure{From: h.Date, Until: flow.Date(until.Format(time.DateOnly)), Name: h.Name, Kind: k})
	}
	sortClosures(out)
	return out
}

func sortClosures(cs []flow.Closure) {
	slices.SortStableFunc(cs, func(a, b flow.Closure) int {
		switch {
		case a.From < b.From:
			return -1
		case a.From > b.From:
			return 1
		}
		return 0
	})
}

// day parses a date, reporting one that is not YYYY-MM-DD.
func (c *checker) day(at flow.Pos, d flow.Date) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, string(d))
	if err != nil {
		c.diags.Errorf(at, diag.BadDate, string(d))
		return t, false
	}
	return t, true
}
