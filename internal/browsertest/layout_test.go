package browsertest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

type rect struct {
	Top, Bottom, Left, Right, Width, Height float64
}

type named struct {
	Name string `json:"name"`
	Box  rect   `json:"box"`
}

type layout struct {
	ViewportWidth  float64 `json:"viewportWidth"`
	ViewportHeight float64 `json:"viewportHeight"`
	ScrollWidth    float64 `json:"scrollWidth"`
	Wide           []string
	H1             *struct {
		Text string `json:"text"`
		Box  rect   `json:"box"`
	} `json:"h1"`
	H1CoveredBy string `json:"h1CoveredBy"`
	Header      *rect  `json:"header"`
	Overlaps    []string
	UnderHeader []string `json:"underHeader"`
	Steps       []named
	Checklist   []named
	Sections    []named
}

// screens are the widths a resident uses: a cheap phone, and a desktop.
var screens = []struct {
	name          string
	width, height int64
}{
	{"phone", 360, 740},
	{"desktop", 1280, 800},
}

// screenshotDir keeps screenshots where ALUR_SCREENSHOTS says, else in the
// test's temporary folder.
func screenshotDir(t *testing.T) string {
	if dir := os.Getenv("ALUR_SCREENSHOTS"); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	return t.TempDir()
}

func TestLayoutOnPhoneAndDesktop(t *testing.T) {
	dir := screenshotDir(t)
	tb := newTab(t, fixture)
	for _, sc := range screens {
		tb.viewport(sc.width, sc.height, 1)
		for _, p := range templatePages {
			t.Run(fmt.Sprintf("%s on %s", p.name, sc.name), func(t *testing.T) {
				tb.openStatus(t, p.path, p.status)
				l := call[layout](t, tb, "layout")
				checkNoSidewaysScroll(t, tb.page, l)
				checkHeadingFirstScreen(t, tb.page, l)
				checkHeaderClear(t, tb.page, l)
				checkReadingOrder(t, tb.page, "step", l.Steps)
				checkReadingOrder(t, tb.page, "checklist item", l.Checklist)
				checkReadingOrder(t, tb.page, "section", l.Sections)
				for _, o := range l.Overlaps {
					t.Errorf("%s: a finger aimed at one control may hit another: %s", tb.page, o)
				}
				saveScreenshot(t, tb, filepath.Join(dir, shotName(p.path, sc.name)))
			})
		}
	}
	t.Logf("screenshots in %s", dir)
}

// The service page reads in the order it is written: what to bring, then
// the steps; and a phone shows the checklist before the first step.
func TestServicePageOrder(t *testing.T) {
	tb := newTab(t, fixture)
	svc := fixtureService(t, "kauman", "kematian")
	for _, sc := range screens {
		tb.viewport(sc.width, sc.height, 1)
		t.Run(sc.name, func(t *testing.T) {
			tb.open(t, "/kelurahan/kauman/kematian/")
			l := call[layout](t, tb, "layout")
			if len(l.Steps) != len(svc.Steps) {
				t.Fatalf("%s shows %d steps, the service has %d", tb.page, len(l.Steps), len(svc.Steps))
			}
			if len(l.Checklist) != len(svc.Requirements) {
				t.Errorf("%s shows %d checklist items, the service asks for %d documents", tb.page, len(l.Checklist), len(svc.Requirements))
			}
			if len(l.Checklist) > 0 && l.Checklist[len(l.Checklist)-1].Box.Bottom > l.Steps[0].Box.Top {
				t.Errorf("%s: the checklist ends at %.0fpx, below the first step at %.0fpx; residents should see what to bring before the steps",
					tb.page, l.Checklist[len(l.Checklist)-1].Box.Bottom, l.Steps[0].Box.Top)
			}
		})
	}
}

// 200% zoom on a 1280px screen leaves 640 CSS px; WCAG 1.4.10 asks for
// reflow down to 320 CSS px (400%). Neither may scroll sideways.
func TestZoomReflowsWithoutSidewaysScroll(t *testing.T) {
	dir := screenshotDir(t)
	tb := newTab(t, fixture)
	for _, z := range []struct {
		name          string
		width, height int64
		scale         float64
	}{
		{"200% zoom", 640, 400, 2},
		{"400% zoom", 320, 256, 4},
	} {
		tb.viewport(z.width, z.height, z.scale)
		for _, p := range templatePages {
			t.Run(fmt.Sprintf("%s at %s", p.name, z.name), func(t *testing.T) {
				tb.openStatus(t, p.path, p.status)
				l := call[layout](t, tb, "layout")
				checkNoSidewaysScroll(t, tb.page, l)
				for _, o := range l.Overlaps {
					t.Errorf("%s: controls overlap when zoomed: %s", tb.page, o)
				}
				saveScreenshot(t, tb, filepath.Join(dir, shotName(p.path, fmt.Sprintf("%dpx-zoom", z.width))))
			})
		}
	}
}

func checkNoSidewaysScroll(t *testing.T, page string, l layout) {
	t.Helper()
	if l.ScrollWidth > l.ViewportWidth {
		t.Errorf("%s scrolls sideways at %.0fpx wide: the page is %.0fpx wide, so a resident must pan to read lines; sticking out: %s",
			page, l.ViewportWidth, l.ScrollWidth, strings.Join(l.Wide, "; "))
	}
}

func checkHeadingFirstScreen(t *testing.T, page string, l layout) {
	t.Helper()
	switch {
	case l.H1 == nil:
		t.Errorf("%s has no h1: a resident (or screen reader) cannot tell what the page is", page)
	case l.H1.Box.Top < 0 || l.H1.Box.Bottom > l.ViewportHeight:
		t.Errorf("%s: the heading %q spans %.0f-%.0fpx, outside the first screen (%.0fpx high)", page, l.H1.Text, l.H1.Box.Top, l.H1.Box.Bottom, l.ViewportHeight)
	case l.H1CoveredBy != "":
		t.Errorf("%s: the heading %q is covered by %s", page, l.H1.Text, l.H1CoveredBy)
	}
}

func checkHeaderClear(t *testing.T, page string, l layout) {
	t.Helper()
	if l.Header == nil {
		t.Errorf("%s has no site header", page)
		return
	}
	for _, u := range l.UnderHeader {
		t.Errorf("%s: content runs under the site header: %s", page, u)
	}
}

// checkReadingOrder fails when an item shows above, or left of on the same
// row, the item written before it.
func checkReadingOrder(t *testing.T, page, what string, items []named) {
	t.Helper()
	for i := 1; i < len(items); i++ {
		a, b := items[i-1].Box, items[i].Box
		below := b.Top >= a.Bottom-1
		sameRowRight := b.Top < a.Bottom-1 && b.Left >= a.Right-1
		if !below && !sameRowRight {
			t.Errorf("%s: %s %d (%s, top %.0fpx) shows before %s %d (%s, top %.0fpx): the page does not read in order",
				page, what, i+1, items[i].Name, b.Top, what, i, items[i-1].Name, a.Top)
		}
	}
}

// shotName turns a site path into a file name: /kelurahan/kauman/?q=a b
// becomes kelurahan_kauman_q_a_b.
func shotName(path, screen string) string {
	name := strings.Trim(unsafeInName.ReplaceAllString(path, "_"), "_")
	if name == "" {
		name = "home"
	}
	return name + "-" + screen + ".png"
}

var unsafeInName = regexp.MustCompile(`[^a-zA-Z0-9-]+`)

func saveScreenshot(t *testing.T, tb *tab, file string) {
	t.Helper()
	png, err := chromedp.Run(tb.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot of %s: %v", tb.page, err)
	}
	if err := os.WriteFile(file, png, 0o644); err != nil {
		t.Fatal(err)
	}
}
