package browsertest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/flow"
)

type visibleText struct {
	Text       string `json:"text"`
	Boxes      int    `json:"boxes"`
	ShownBoxes int    `json:"shownBoxes"`
	Closed     int    `json:"closed"`
}

// Without JavaScript a service page still holds everything a resident
// needs, shown or folded in a <details> that opens without a script: every
// step with its place and directions, who acts and when a step applies,
// and the whole checklist of documents.
func TestWithoutJavaScriptEveryStepAndRequirementShows(t *testing.T) {
	tb := newTab(t, fixture)
	for _, c := range []struct{ office, service string }{
		{"kauman", "kematian"},       // "and" and "or" steps, a route
		{"kauman", "sktm"},           // optional step, local change
		{"kauman", "izin-keramaian"}, // the office's own service
		{"arjosari", "sktm"},         // hostile directions
	} {
		svc := fixtureService(t, c.office, c.service)
		path := fmt.Sprintf("/kelurahan/%s/%s/", c.office, c.service)
		t.Run(path, func(t *testing.T) {
			tb.openWithoutScripts(t, path)
			v := call[visibleText](t, tb, "visible")
			text := squash(v.Text)
			for _, want := range expectedServiceText(svc) {
				if !strings.Contains(text, squash(want.text)) {
					t.Errorf("%s without JavaScript: %s %q is not on screen", path, want.what, want.text)
				}
			}
			if v.Boxes != len(svc.Requirements) || v.ShownBoxes != v.Boxes {
				t.Errorf("%s without JavaScript: %d of %d checklist boxes show; the service asks for %d documents",
					path, v.ShownBoxes, v.Boxes, len(svc.Requirements))
			}
			if v.Closed > 0 {
				t.Errorf("%s without JavaScript: %d parts of the page are folded or hidden, and only a script could open them", path, v.Closed)
			}
		})
	}
}

type expected struct{ what, text string }

// expectedServiceText is what a resident must be able to read on a
// service's page, taken from the catalog rather than from the page.
func expectedServiceText(s *flow.Service) []expected {
	var out []expected
	for _, r := range s.Requirements {
		out = append(out, expected{"the document", r.Document})
		if r.When != "" {
			out = append(out, expected{"the case for document " + r.Document, r.When})
		}
	}
	var walk func(steps []*flow.ResolvedStep)
	walk = func(steps []*flow.ResolvedStep) {
		for _, st := range steps {
			if st.Title != "" {
				out = append(out, expected{"the step", st.Title})
			}
			if p := st.Where.Place; p != nil {
				out = append(out, expected{"the place", p.Name}, expected{"the directions to " + p.Name, p.Directions})
			}
			if a := st.Where.Agency; a != nil {
				out = append(out, expected{"the office", a.Name})
			}
			if st.Actor != "" {
				out = append(out, expected{"who acts", st.Actor})
			}
			if st.When != "" {
				out = append(out, expected{"when the step applies", st.When})
			}
			walk(st.Inner()) // a group's parts, a route's steps
		}
	}
	walk(s.Steps)
	return out
}

// squash folds runs of white space to one space, as a reader sees them.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }
