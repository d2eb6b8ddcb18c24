package browsertest

import (
	"slices"
	"strings"
	"testing"
)

// The kiosk as a lobby screen gets it: the published build behind the
// real server, with the kiosk's stricter policy and the real search index.
// (The kiosk's own browser tests serve plain files and a stand-in search.)
// Its script and styles load, and a word typed on the on-screen keyboard
// is answered by the search index, not by the offline fallback.
func TestKioskBehindTheRealServer(t *testing.T) {
	tb := newTab(t, fixture)
	tb.viewport(1080, 1920, 1)
	tb.open(t, "/kiosk/kauman/")
	if !evaluate[bool](t, tb, `document.getElementById('k-search-open').checkVisibility()`) {
		t.Fatal("the kiosk's script did not run: the search button stays hidden")
	}
	if !evaluate[bool](t, tb, `[...document.styleSheets].some(s => s.href && s.href.includes('/kiosk/_assets/') && s.cssRules.length > 0)`) {
		t.Error("the kiosk's stylesheet did not load")
	}
	type outcome struct {
		Status string   `json:"status"`
		Hrefs  []string `json:"hrefs"`
	}
	got := evaluate[outcome](t, tb, `(async () => {
		document.getElementById('k-search-open').click();
		for (const k of 'miskin') document.querySelector('#k-keyboard [data-key="' + k + '"]').click();
		for (let i = 0; i < 100 && !document.querySelector('#k-results a'); i++) await new Promise(r => setTimeout(r, 50));
		return {
			status: document.getElementById('k-search-status').textContent,
			hrefs: [...document.querySelectorAll('#k-results a')].map(a => a.getAttribute('href')),
		};
	})()`)
	if strings.Contains(got.Status, "tidak tersedia") || !slices.Contains(got.Hrefs, "/kiosk/kauman/sktm/") {
		t.Errorf("typing \"miskin\": status %q, results %q; want SKTM from the search index", got.Status, got.Hrefs)
	}
}

// The kiosk's service view at 1080x1920: what the resident receives is a
// row of its own in ordinary weight, not a narrow bold column beside two
// short tiles.
func TestKioskServiceFactsReadAcross(t *testing.T) {
	site := exampleSite(t)
	tb := newTab(t, site)
	tb.viewport(1080, 1920, 1)
	tb.open(t, "/kiosk/kauman/sktm/")
	type facts struct {
		Width   float64 `json:"width"`
		Product struct {
			Width  float64 `json:"width"`
			Height float64 `json:"height"`
			Weight string  `json:"weight"`
		} `json:"product"`
	}
	f := evaluate[facts](t, tb, `(() => {
		const dl = document.querySelector(".k-facts"), tiles = [...dl.children];
		const p = tiles[tiles.length - 1], r = p.getBoundingClientRect();
		return {width: dl.getBoundingClientRect().width,
			product: {width: r.width, height: r.height, weight: getComputedStyle(p.querySelector("dd")).fontWeight}};
	})()`)
	if f.Product.Width < 0.9*f.Width || f.Product.Height > 400 || f.Product.Weight >= "600" {
		t.Errorf("\"Yang Anda terima\" is %.0fx%.0f px in weight %s in a %.0f px row; want the whole row, under 400 px, not bold",
			f.Product.Width, f.Product.Height, f.Product.Weight, f.Width)
	}
}
