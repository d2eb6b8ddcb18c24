package browsertest

import (
	"testing"
	"time"
)

// screen is a 360 px phone's screen height, in CSS px.
const screen = 740

// A service page fits on a phone: at 360 px the SKTM pages of the example
// city, and Pengantar Nikah with its two routes (issue 11, item 7), are at
// most five screens with their details folded in <details> (so also
// without JavaScript), and the first screen holds where to start, what to
// bring, how long and how much. (Before issue 11 the Kauman SKTM page was
// 10,326 px, 14 screens.)
func TestServicePageFitsAPhone(t *testing.T) {
	site := exampleSite(t)
	tb := newTab(t, site)
	// The open-now line's words depend on the hour: measure on an
	// ordinary weekday morning, open (on a holiday the line takes two
	// lines more: Oro-oro Dowo's SKTM is then 3,719 px, 5.03 screens).
	tb.atTime(t, time.Date(2026, 12, 2, 10, 0, 0, 0, time.FixedZone("WIB", 7*60*60)))
	type glanceRow struct {
		Label  string  `json:"label"`
		Bottom float64 `json:"bottom"`
	}
	for _, path := range []string{"/kelurahan/kauman/sktm/", "/kelurahan/oro-oro-dowo/sktm/", "/kelurahan/kauman/pengantar-nikah/"} {
		tb.open(t, path)
		h := evaluate[float64](t, tb, `document.documentElement.scrollHeight`)
		t.Logf("%s: %.0f px at 360 px (%.1f screens)", path, h, h/screen)
		if h > 5*screen {
			t.Errorf("%s is %.0f px tall at 360 px, %.1f screens; want at most 5 (%d px)", path, h, h/screen, 5*screen)
		}
		rows := evaluate[[]glanceRow](t, tb, `[...document.querySelectorAll(".al-glance dl > div")].map(d => {
			const dd = d.querySelector("dd"), first = dd.getClientRects()[0];
			return {label: d.querySelector("dt").textContent, bottom: first.bottom + scrollY};
		})`)
		if len(rows) != 4 {
			t.Errorf("%s: the glance has %d facts, want where to start, what to bring, how long and how much", path, len(rows))
		}
		for _, r := range rows {
			if r.Bottom > screen {
				t.Errorf("%s: %q ends %.0f px down, below the first screen (%d px)", path, r.Label, r.Bottom, screen)
			}
		}
		if n := evaluate[int](t, tb, `document.querySelectorAll("main details:not([open])").length`); n == 0 {
			t.Errorf("%s: nothing folded in <details>", path)
		}
		tb.openWithoutScripts(t, path)
		if h := evaluate[float64](t, tb, `document.documentElement.scrollHeight`); h > 5*screen {
			t.Errorf("%s without JavaScript is %.0f px tall, %.1f screens", path, h, h/screen)
		}
	}
}
