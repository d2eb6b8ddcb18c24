package browsertest

import (
	"fmt"
	"testing"
)

// minTarget is WCAG 2.2's minimum target size (2.5.8, AA) in CSS px.
const minTarget = 24

type targetReport struct {
	Counted int      `json:"counted"`
	Small   []string `json:"small"`
}

func TestTouchTargetsAreAtLeast24px(t *testing.T) {
	tb := newTab(t, fixture)
	for _, sc := range screens {
		tb.viewport(sc.width, sc.height, 1)
		for _, p := range templatePages {
			t.Run(fmt.Sprintf("%s on %s", p.name, sc.name), func(t *testing.T) {
				tb.openStatus(t, p.path, p.status)
				r := call[targetReport](t, tb, "targets", minTarget)
				if r.Counted == 0 {
					t.Fatalf("%s: found no links or buttons to measure", tb.page)
				}
				for _, s := range r.Small {
					t.Errorf("%s: %s, under %dx%d: hard to hit with a finger", tb.page, s, minTarget, minTarget)
				}
			})
		}
	}
}
