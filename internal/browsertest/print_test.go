package browsertest

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/flow"
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
	Signs      []string `json:"signs"`
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
		svc := fixtureService(t, c.office, c.service)
		path := "/kelurahan/" + c.office + "/" + c.service + "/"
		t.Run(path, func(t *testing.T) { checkPrintout(t, tb, path, svc, dir) })
	}
}

// The real services are longer than the fixture's: every service of one
// Kota Malang office must still print on one sheet.
func TestPrintRealServicesFitOneA4Page(t *testing.T) {
	dir := screenshotDir(t)
	site := exampleSite(t)
	tb := newTab(t, site)
	o := site.Catalog.Offices[0]
	for _, svc := range o.Services {
		path := "/kelurahan/" + o.ID + "/" + svc.ID + "/"
		t.Run(path, func(t *testing.T) { checkPrintout(t, tb, path, svc, dir) })
	}
}

func checkPrintout(t *testing.T, tb *tab, path string, svc *flow.Service, dir string) {
	t.Helper()
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
	for _, sign := range v.Signs {
		t.Errorf("%s: the printout shows the fold sign %s beside a step, which means nothing on paper", path, sign)
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
	file := filepath.Join(dir, strings.TrimSuffix(shotName(path, "print"), ".png")+".pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if n := pdfPages(pdf); n != 1 {
		t.Errorf("%s prints on %d A4 pages, want 1: residents take one sheet to the office%s (PDF in %s)", path, n, blankPages(t, tb, n), file)
	}
}

// blankPages names the pages of an n-page printout that carry nothing,
// printing each page on its own: an empty page is about 1 KB of PDF, a
// page with any text several KB (its font goes along).
func blankPages(t *testing.T, tb *tab, n int) string {
	t.Helper()
	var blank []string
	for i := 1; i <= n; i++ {
		pdf, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4), chromedp.PDFPreferCSSPageSize(), chromedp.PDFPageRanges(strconv.Itoa(i))))
		if err != nil {
			t.Fatalf("printing page %d of %s: %v", i, tb.page, err)
		}
		if len(pdf) < 2000 {
			blank = append(blank, strconv.Itoa(i))
		}
	}
	switch len(blank) {
	case 0:
		return ""
	case 1:
		return "; page " + blank[0] + " comes out blank"
	}
	return "; pages " + strings.Join(blank, ", ") + " come out blank"
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
