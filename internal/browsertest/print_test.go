package browsertest

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

type printView struct {
	Boxes []struct {
		Shown  bool    `json:"shown"`
		Width  float64 `json:"width"`
		Height float64 `json:"height"`
		Border bool    `json:"border"`
	} `json:"boxes"`
	ScreenOnly []string `json:"screenOnly"`
	Steps      []bool   `json:"steps"`
}

// A resident prints the service page to take along: one A4 sheet, with
// squares to tick off each document and every step, even the steps they
// folded on screen.
func TestPrintFitsOneA4PageWithCheckboxes(t *testing.T) {
	dir := screenshotDir(t)
	tb := newTab(t, fixture)
	for _, c := range []struct{ office, service string }{
		{"kauman", "kematian"},
		{"kauman", "sktm"},
	} {
		path := "/kelurahan/" + c.office + "/" + c.service + "/"
		svc := fixtureService(t, c.office, c.service)
		t.Run(path, func(t *testing.T) {
			tb.media("")
			tb.open(t, path)
			// Fold every step, as a resident might before printing.
			evaluate[bool](t, tb, `(document.querySelector(".al-steps-toggle")?.click(), true)`)
			tb.media("print")
			defer tb.media("")
			v := call[printView](t, tb, "print")
			if len(v.Boxes) != len(svc.Requirements) {
				t.Errorf("%s prints %d checkboxes for %d documents", path, len(v.Boxes), len(svc.Requirements))
			}
			for i, b := range v.Boxes {
				if !b.Shown || b.Width < 8 || b.Height < 8 || !b.Border {
					t.Errorf("%s: checklist item %d prints no square to tick (shown %v, %.0fx%.0fpx, border %v)", path, i+1, b.Shown, b.Width, b.Height, b.Border)
				}
			}
			for _, s := range v.ScreenOnly {
				t.Errorf("%s: the printout carries %s, which is only useful on screen", path, s)
			}
			for i, shown := range v.Steps {
				if !shown {
					t.Errorf("%s: step %d is missing from the printout because it was folded on screen", path, i+1)
				}
			}

			// A picture of the printout for people to look at (A4 at 96 dpi).
			tb.viewport(794, 1123, 1)
			saveScreenshot(t, tb, filepath.Join(dir, shotName(path, "print")))
			tb.viewport(360, 740, 1)

			pdf, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4), chromedp.PDFPreferCSSPageSize()))
			if err != nil {
				t.Fatalf("printing %s: %v", path, err)
			}
			name := strings.Trim(strings.ReplaceAll(path, "/", "_"), "_") + ".pdf"
			if err := os.WriteFile(filepath.Join(dir, name), pdf, 0o644); err != nil {
				t.Fatal(err)
			}
			if n := pdfPages(pdf); n != 1 {
				t.Errorf("%s prints on %d A4 pages, want 1: residents take one sheet to the office (PDF in %s)", path, n, filepath.Join(dir, name))
			}
		})
	}
}

// pageObject matches a page object of a PDF ("/Type /Page", not the
// "/Type /Pages" tree). Chromium writes them uncompressed.
var pageObject = regexp.MustCompile(`/Type\s*/Page[^s]`)

func pdfPages(pdf []byte) int {
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		return 0
	}
	return len(pageObject.FindAll(pdf, -1))
}
