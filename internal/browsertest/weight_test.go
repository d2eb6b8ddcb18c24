package browsertest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// maxServiceWeight is the budget of a service page on slow mobile data:
// its HTML and its CSS, as sent (gzip), together.
const maxServiceWeight = 20 << 10

// weight is what one page costs on the wire.
type weight struct {
	path          string
	html, css, js int // compressed bytes
}

func (w weight) htmlCSS() int { return w.html + w.css }

// servicePaths are every service page of a site, in both languages.
func servicePaths(s *servedSite) []string {
	var out []string
	for _, lang := range []string{"", "/en"} {
		for _, o := range s.Catalog.Offices {
			for _, svc := range o.Services {
				out = append(out, fmt.Sprintf("%s/kelurahan/%s/%s/", lang, o.ID, svc.ID))
			}
		}
	}
	return out
}

// wire fetches a path as a browser does (accepting gzip) and returns the
// bytes sent and the body as sent.
func wire(t *testing.T, client *http.Client, s *servedSite, path string) ([]byte, string) {
	t.Helper()
	req, err := http.NewRequest("GET", s.URL(path), nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: status %d", path, resp.StatusCode)
	}
	return body, resp.Header.Get("Content-Encoding")
}

var (
	stylesheetRef = regexp.MustCompile(`<link rel="?stylesheet"? href="?([^" >]+)`)
	scriptRef     = regexp.MustCompile(`<script src="?([^" >]+)`)
)

// TestServicePagesAreLight weighs every service page of the Kota Malang
// example as the server sends it.
func TestServicePagesAreLight(t *testing.T) {
	site := exampleSite(t)
	// No transparent decompression: we count what crosses the wire.
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}, Timeout: 30 * time.Second}
	assets := map[string]int{}
	assetSize := func(path string) int {
		if n, ok := assets[path]; ok {
			return n
		}
		body, _ := wire(t, client, site, path)
		assets[path] = len(body)
		return len(body)
	}
	paths := servicePaths(site)
	if len(paths) < 100 {
		t.Fatalf("the example has only %d service pages; expected the whole city", len(paths))
	}
	var weights []weight
	for _, path := range paths {
		body, enc := wire(t, client, site, path)
		if enc != "gzip" {
			t.Fatalf("%s is sent without compression (Content-Encoding %q): residents pay for every byte", path, enc)
		}
		html := gunzip(t, body)
		w := weight{path: path, html: len(body)}
		for _, m := range stylesheetRef.FindAllSubmatch(html, -1) {
			w.css += assetSize(string(m[1]))
		}
		for _, m := range scriptRef.FindAllSubmatch(html, -1) {
			w.js += assetSize(string(m[1]))
		}
		if w.css == 0 {
			t.Errorf("%s links no stylesheet", path)
		}
		if w.htmlCSS() > maxServiceWeight {
			t.Errorf("%s weighs %.1f KB (HTML %.1f + CSS %.1f, gzip), over the %d KB budget for slow mobile data",
				path, kib(w.htmlCSS()), kib(w.html), kib(w.css), maxServiceWeight>>10)
		}
		weights = append(weights, w)
	}
	slices.SortFunc(weights, func(a, b weight) int { return a.htmlCSS() - b.htmlCSS() })
	largest, median := weights[len(weights)-1], weights[len(weights)/2]
	t.Logf("%d service pages, HTML + CSS (gzip): largest %.1f KB (%s: HTML %.1f + CSS %.1f), median %.1f KB, smallest %.1f KB; script %.1f KB more",
		len(weights), kib(largest.htmlCSS()), largest.path, kib(largest.html), kib(largest.css),
		kib(median.htmlCSS()), kib(weights[0].htmlCSS()), kib(largest.js))
}

func kib(n int) float64 { return float64(n) / 1024 }

// TestPagesLoadNothingFromElsewhere opens a sample of 50 service pages of
// the example in the browser with its cache off: the tab fails the test on
// any request to another origin, any web font, script error or CSP
// violation. It also checks the browser's own count of bytes against the
// budget.
func TestPagesLoadNothingFromElsewhere(t *testing.T) {
	site := exampleSite(t)
	paths := servicePaths(site)
	const sample = 50
	tb := newTab(t, site)
	if _, err := chromedp.Call(tb.ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
		t.Fatalf("turning the browser cache off: %v", err)
	}
	var largest, total float64
	var largestPath string
	for i := range sample {
		path := paths[i*len(paths)/sample]
		tb.forgetRequests()
		tb.open(t, path)
		if n := evaluate[int](t, tb, `document.fonts.size`); n > 0 {
			t.Errorf("%s declares %d web fonts; the site uses the phone's own fonts", path, n)
		}
		var htmlCSS float64
		for _, r := range tb.pageRequests() {
			if r.Type == network.ResourceTypeDocument || r.Type == network.ResourceTypeStylesheet {
				htmlCSS += r.Bytes
			}
		}
		if htmlCSS > maxServiceWeight+2048 { // headers are counted here
			t.Errorf("%s: the browser received %.1f KB of HTML and CSS (headers included), over the %d KB budget", path, htmlCSS/1024, maxServiceWeight>>10)
		}
		if htmlCSS > largest {
			largest, largestPath = htmlCSS, path
		}
		total += htmlCSS
	}
	t.Logf("browser, %d pages, cache off: HTML + CSS with headers, largest %.1f KB (%s), mean %.1f KB", sample, largest/1024, largestPath, total/sample/1024)
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("not gzip: %v", err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("broken gzip: %v", err)
	}
	return out
}
