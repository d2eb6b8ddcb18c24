package browsertest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// axePath is where `make setup` (npm ci) puts axe-core.
var axePath = filepath.Join("node_modules", "axe-core", "axe.min.js")

// wcagTags select axe's rules for WCAG 2.0, 2.1 and 2.2 at levels A and AA.
// (axe has no rule tagged wcag22a: 2.2's new A criteria are not
// machine-testable.)
var wcagTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"}

// templatePages are one page of every template of the fixture site.
var templatePages = []struct {
	name   string
	path   string
	status int64
}{
	{"home", "/", 200},
	{"English home", "/en/", 200},
	{"kecamatan list", "/kecamatan/", 200},
	{"kecamatan", "/kecamatan/klojen/", 200},
	{"kelurahan list", "/kelurahan/", 200},
	{"office", "/kelurahan/kauman/", 200},
	{"office without duty roster", "/kelurahan/arjosari/", 200},
	{"service with and/or steps", "/kelurahan/kauman/kematian/", 200},
	{"service with optional step and local change", "/kelurahan/kauman/sktm/", 200},
	{"office's own service", "/kelurahan/kauman/izin-keramaian/", 200},
	{"English service", "/en/kelurahan/kauman/kematian/", 200},
	{"city-standard list", "/layanan/", 200},
	{"city-standard service", "/layanan/sktm/", 200},
	{"search", "/cari/", 200},
	{"search results", "/cari/?q=surat+miskin", 200},
	{"search results filtered", "/cari/?q=sktm&kecamatan=klojen", 200},
	{"search without results", "/cari/?q=paspor", 200},
	{"English search results", "/en/cari/?q=death", 200},
	{"about", "/tentang/", 200},
	{"help", "/bantuan/", 200},
	{"not found", "/tidak-ada/", 404},
	{"English not found", "/en/tidak-ada/", 404},
}

type axeResult struct {
	Violations []axeRule `json:"violations"`
	Incomplete []axeRule `json:"incomplete"`
}

type axeRule struct {
	ID      string `json:"id"`
	Impact  string `json:"impact"`
	Help    string `json:"help"`
	HelpURL string `json:"helpUrl"`
	Nodes   []struct {
		Target  string `json:"target"`
		HTML    string `json:"html"`
		Summary string `json:"summary"`
	} `json:"nodes"`
}

func (r axeRule) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s\n    %s", r.ID, r.Impact, r.Help, r.HelpURL)
	for _, n := range r.Nodes {
		fmt.Fprintf(&b, "\n    at %s\n      %s", n.Target, n.HTML)
		if n.Summary != "" {
			fmt.Fprintf(&b, "\n      %s", strings.ReplaceAll(n.Summary, "\n", "\n      "))
		}
	}
	return b.String()
}

func readAxe(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatalf("axe-core is missing (run make setup, or npm ci --prefix internal/browsertest): %v", err)
	}
	return string(src)
}

// axeCheck runs axe-core on the page the tab shows. axe is injected
// through DevTools, which the page's Content-Security-Policy does not
// govern.
func axeCheck(t *testing.T, tb *tab, axe string) axeResult {
	t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Evaluate[chromedp.Void](axe)); err != nil {
		t.Fatalf("loading axe-core into %s: %v", tb.page, err)
	}
	return call[axeResult](t, tb, "axe", wcagTags)
}

// runAxe checks the page the tab shows and fails t for each violation.
func runAxe(t *testing.T, tb *tab, axe string) {
	t.Helper()
	res := axeCheck(t, tb, axe)
	for _, v := range res.Violations {
		t.Errorf("%s breaks WCAG: %s", tb.page, v)
	}
	var undecided []string
	for _, r := range res.Incomplete {
		var at []string
		for _, n := range r.Nodes {
			at = append(at, n.Target)
		}
		undecided = append(undecided, fmt.Sprintf("%s at %s", r.ID, strings.Join(at, ", ")))
	}
	if len(undecided) > 0 {
		t.Logf("%s: axe leaves to a person: %s", tb.page, strings.Join(undecided, ", "))
	}
}

func TestAxeFindsNoWCAGViolationOnAnyTemplate(t *testing.T) {
	axe := readAxe(t)
	tb := newTab(t, fixture)
	for _, width := range []int64{360, 1280} {
		tb.viewport(width, 800, 1)
		for _, p := range templatePages {
			t.Run(fmt.Sprintf("%s at %dpx", p.name, width), func(t *testing.T) {
				tb.openStatus(t, p.path, p.status)
				runAxe(t, tb, axe)
			})
		}
	}
}

// Without JavaScript the steps are plain headings and lists rather than
// buttons: that state must pass too.
func TestAxeFindsNoWCAGViolationWithoutJavaScript(t *testing.T) {
	axe := readAxe(t)
	tb := newTab(t, fixture)
	for _, path := range []string{"/kelurahan/kauman/kematian/", "/kelurahan/kauman/sktm/", "/kelurahan/kauman/"} {
		t.Run(path, func(t *testing.T) {
			tb.openWithoutScripts(t, path)
			runAxe(t, tb, axe)
		})
	}
}
