package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/staff"
)

func TestSecurityHeaders(t *testing.T) {
	f := newFixture(t)
	f.writeBuild("b1")
	f.publish("b1")
	h := f.newServer(Config{}).Handler()

	for _, tc := range []struct{ path, csp string }{
		{"/", sitePolicy},
		{"/api/search?q=ktp", sitePolicy},
		{"/healthz", sitePolicy},
		{"/tidak-ada/", sitePolicy},
		{"/kiosk/kauman/", kioskPolicy},
	} {
		w := get(h, tc.path)
		hd := w.Header()
		if got := hd.Get("Content-Security-Policy"); got != tc.csp {
			t.Errorf("%s: CSP = %q, want %q", tc.path, got, tc.csp)
		}
		for name, want := range map[string]string{
			"X-Content-Type-Options": "nosniff",
			"Referrer-Policy":        "strict-origin-when-cross-origin",
			"X-Frame-Options":        "DENY",
		} {
			if got := hd.Get(name); got != want {
				t.Errorf("%s: %s = %q, want %q", tc.path, name, got, want)
			}
		}
		if !strings.Contains(hd.Get("Permissions-Policy"), "camera=()") {
			t.Errorf("%s: Permissions-Policy = %q", tc.path, hd.Get("Permissions-Policy"))
		}
		for _, name := range []string{"X-Powered-By", "Server"} {
			if hd.Get(name) != "" {
				t.Errorf("%s: %s = %q, want none", tc.path, name, hd.Get(name))
			}
		}
	}
}

func TestCacheControl(t *testing.T) {
	f := newFixture(t)
	f.writeBuild("b1")
	f.publish("b1")
	h := f.newServer(Config{}).Handler()

	for path, want := range map[string]string{
		"/":                  cacheHTML,
		"/kelurahan/kauman/": cacheHTML,
		"/css/main.min.3f2ae1c0b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2.css": cacheImmutable,
		"/katalog.json":           cacheOther,
		"/logo.png":               cacheOther,
		"/kiosk/kauman/":          "no-store",
		"/kiosk/_assets/kiosk.js": "no-cache",
		"/tidak-ada/":             "no-store",
		"/healthz":                "no-store",
		"/_alur/build.json":       "no-store",
	} {
		if got := get(h, path).Header().Get("Cache-Control"); got != want {
			t.Errorf("%s: Cache-Control = %q, want %q", path, got, want)
		}
	}
}

func TestFingerprinted(t *testing.T) {
	for name, want := range map[string]bool{
		"main.min.3f2ae1c0b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2.css": true,
		"peta_hu_8a1c2b3d4e5f6a7b.webp":    true,
		"app-0123456789abcdef.js":          true,
		"main.css":                         false,
		"katalog.json":                     false,
		"2024-01-01.html":                  false,
		"main.0123456789abcde.css":         false, // 15 digits
		"x0123456789abcdef0.css":           false, // not set off
		"main.0123456789ABCDEF0123.css":    false, // Hugo writes lower case
		"main.min.0123456789abcdef0123.js": true,
	} {
		if got := fingerprinted(name); got != want {
			t.Errorf("fingerprinted(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestAcceptsGzip(t *testing.T) {
	for header, want := range map[string]bool{
		"":                     false,
		"gzip":                 true,
		"gzip, deflate, br":    true,
		"br;q=1.0, gzip;q=0.8": true,
		"GZIP":                 true,
		"gzip;q=0":             false,
		"gzip;q=0, *":          false,
		"*":                    true,
		"*;q=0":                false,
		"deflate, br":          false,
		"identity":             false,
	} {
		if got := acceptsGzip(header); got != want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", header, got, want)
		}
	}
}

func TestGzipAndETag(t *testing.T) {
	f := newFixture(t)
	dir := f.writeBuild("b1")
	f.publish("b1")
	h := f.newServer(Config{}).Handler()
	want, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}

	zipped := get(h, "/", "Accept-Encoding", "gzip, deflate")
	if zipped.Code != http.StatusOK || zipped.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("gzip: status %d, Content-Encoding %q", zipped.Code, zipped.Header().Get("Content-Encoding"))
	}
	if got := gunzip(t, zipped.Body.Bytes()); !bytes.Equal(got, want) {
		t.Errorf("gunzipped body differs from the file:\n%s", got)
	}
	if zipped.Header().Get("Content-Length") != strconv.Itoa(zipped.Body.Len()) {
		t.Errorf("Content-Length %q for %d bytes", zipped.Header().Get("Content-Length"), zipped.Body.Len())
	}

	plain := get(h, "/")
	if plain.Header().Get("Content-Encoding") != "" || !bytes.Equal(plain.Body.Bytes(), want) {
		t.Errorf("identity: Content-Encoding %q, body %q", plain.Header().Get("Content-Encoding"), plain.Body)
	}
	for _, w := range []*httptest.ResponseRecorder{zipped, plain} {
		if w.Header().Get("Vary") != "Accept-Encoding" {
			t.Errorf("Vary = %q", w.Header().Get("Vary"))
		}
	}
	zTag, pTag := zipped.Header().Get("ETag"), plain.Header().Get("ETag")
	if !strings.HasPrefix(pTag, `"`) || zTag == pTag {
		t.Fatalf("ETags: gzip %s, identity %s: want strong and distinct", zTag, pTag)
	}

	for _, tc := range []struct {
		name, encoding, ifNoneMatch string
		want                        int
	}{
		{"gzip revalidated", "gzip", zTag, http.StatusNotModified},
		{"identity revalidated", "", pTag, http.StatusNotModified},
		{"weak form matches", "", "W/" + pTag, http.StatusNotModified},
		{"one of a list", "gzip", `"other", ` + zTag, http.StatusNotModified},
		{"other representation", "", zTag, http.StatusOK},
		{"stale", "gzip", `"stale"`, http.StatusOK},
	} {
		w := get(h, "/", "Accept-Encoding", tc.encoding, "If-None-Match", tc.ifNoneMatch)
		if w.Code != tc.want {
			t.Errorf("%s: status %d, want %d", tc.name, w.Code, tc.want)
		}
		if tc.want == http.StatusNotModified && w.Body.Len() != 0 {
			t.Errorf("%s: 304 with a body", tc.name)
		}
	}

	// The ETag comes from the content: the same page in a new build
	// revalidates, so residents do not download it again after a publish.
	f.writeBuild("b2")
	copyFile(t, filepath.Join(dir, "index.html"), filepath.Join(f.buildDir("b2"), "index.html"))
	f.publish("b2")
	waitFor(t, "build b2", func() bool { return buildOf(t, get(h, "/kelurahan/kauman/").Body.String()) == "b2" })
	if got := get(h, "/", "If-None-Match", pTag); got.Code != http.StatusNotModified {
		t.Errorf("unchanged page in a new build: status %d, want 304", got.Code)
	}
}

func TestCompressionSkipsWhatDoesNotShrink(t *testing.T) {
	f := newFixture(t)
	f.writeBuild("b1")
	f.publish("b1")
	h := f.newServer(Config{}).Handler()

	for _, path := range []string{"/logo.png", "/kiosk/_assets/kiosk.js"} {
		w := get(h, path, "Accept-Encoding", "gzip")
		if w.Code != http.StatusOK || w.Header().Get("Content-Encoding") != "" {
			t.Errorf("%s: status %d, Content-Encoding %q; want 200 uncompressed", path, w.Code, w.Header().Get("Content-Encoding"))
		}
	}
	if got := get(h, "/logo.png").Header().Get("Vary"); got != "" {
		t.Errorf("image: Vary = %q, want none", got)
	}
	if got := get(h, "/katalog.json", "Accept-Encoding", "gzip").Header().Get("Content-Encoding"); got != "gzip" {
		t.Errorf("JSON: Content-Encoding %q, want gzip", got)
	}
}

func TestHeadAndRange(t *testing.T) {
	f := newFixture(t)
	f.writeBuild("b1")
	f.publish("b1")
	h := f.newServer(Config{}).Handler()

	r := newRequest(http.MethodHead, "/", "Accept-Encoding", "gzip")
	w := serve(h, r)
	if w.Code != http.StatusOK || w.Body.Len() != 0 || w.Header().Get("Content-Length") == "" {
		t.Errorf("HEAD: status %d, %d body bytes, Content-Length %q", w.Code, w.Body.Len(), w.Header().Get("Content-Length"))
	}
	w = get(h, "/katalog.json", "Range", "bytes=0-9")
	if w.Code != http.StatusPartialContent || w.Body.String() != `{"build": ` {
		t.Errorf("range: status %d, body %q", w.Code, w.Body)
	}
}

func TestDirectoriesAndNotFound(t *testing.T) {
	f := newFixture(t)
	f.writeBuild("b1")
	f.publish("b1")
	h := f.newServer(Config{}).Handler()

	if w := get(h, "/kelurahan/kauman/"); w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "Kelurahan Kauman") {
		t.Errorf("directory: status %d, body %q", w.Code, w.Body)
	}
	w := get(h, "/kelurahan/kauman?x=1")
	if w.Code != http.StatusMovedPermanently || w.Header().Get("Location") != "/kelurahan/kauman/?x=1" {
		t.Errorf("directory without slash: status %d, Location %q", w.Code, w.Header().Get("Location"))
	}
	for path, want := range map[string]string{
		"/tidak-ada/":          "halaman tidak ditemukan",
		"/kelurahan/tidak-ada": "halaman tidak ditemukan",
		"/en/missing/":         "page not found",
		"/en":                  "page not found", // a file named en does not exist; the folder needs its slash
		"/kiosk/tidak-ada/":    "halaman tidak ditemukan",
	} {
		w := get(h, path)
		if path == "/en" {
			if w.Code != http.StatusMovedPermanently || w.Header().Get("Location") != "/en/" {
				t.Errorf("/en: status %d, Location %q", w.Code, w.Header().Get("Location"))
			}
			continue
		}
		if w.Code != http.StatusNotFound || !strings.Contains(w.Body.String(), want) {
			t.Errorf("%s: status %d, body %q; want 404 with %q", path, w.Code, w.Body, want)
		}
		if w.Header().Get("Content-Type") != "text/html; charset=utf-8" {
			t.Errorf("%s: Content-Type %q", path, w.Header().Get("Content-Type"))
		}
	}
	if w := get(h, "/en/"); w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "home") {
		t.Errorf("/en/: status %d, body %q", w.Code, w.Body)
	}
}

func TestNotFoundWithoutA404Page(t *testing.T) {
	f := newFixture(t)
	dir := f.writeBuild("b1")
	f.publish("b1")
	for _, name := range []string{"404.html", "en/404.html"} {
		if err := os.Remove(filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	w := get(f.newServer(Config{}).Handler(), "/en/tidak-ada/")
	if w.Code != http.StatusNotFound || !strings.Contains(w.Body.String(), "tidak ditemukan / page not found") {
		t.Errorf("status %d, body %q", w.Code, w.Body)
	}
}

func TestHiddenAndEscapingPaths(t *testing.T) {
	f := newFixture(t)
	dir := f.writeBuild("b1")
	f.publish("b1")
	outside := filepath.Join(f.dir, "rahasia.txt")
	writeFile(t, outside, []byte("RAHASIA di luar build"))
	if err := os.Symlink(outside, filepath.Join(dir, "bocor.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(f.dir, filepath.Join(dir, "keluar")); err != nil {
		t.Fatal(err)
	}
	h := f.newServer(Config{}).Handler()

	for _, tc := range []struct {
		path string
		want int
	}{
		{"/_search/index.bleve/index_meta.json", http.StatusNotFound},
		{"/_search/", http.StatusNotFound},
		{"/_alur/build.json", http.StatusNotFound},
		{"/en/_alur/build.json", http.StatusNotFound},
		{"/.htaccess", http.StatusNotFound},
		{"/bocor.txt", http.StatusNotFound},
		{"/keluar/rahasia.txt", http.StatusNotFound},
		{"/keluar/public/_alur/build.json", http.StatusNotFound},
		{"/../rahasia.txt", http.StatusBadRequest},
		{"/%2e%2e/rahasia.txt", http.StatusBadRequest},
		{"/kelurahan/%2e%2e/%2e%2e/rahasia.txt", http.StatusBadRequest},
		{"/_search%2findex.bleve/index_meta.json", http.StatusBadRequest},
		{"/kelurahan%2Fkauman/", http.StatusBadRequest},
		{"/kelurahan/..%5c..%5crahasia.txt", http.StatusBadRequest},
		{"/index.html%00.png", http.StatusBadRequest},
	} {
		w := get(h, tc.path)
		if w.Code != tc.want {
			t.Errorf("%s: status %d, want %d", tc.path, w.Code, tc.want)
		}
		if body := w.Body.String(); strings.Contains(body, "RAHASIA") || strings.Contains(body, "secret") ||
			strings.Contains(body, `{"id"`) || strings.Contains(body, "scorch") {
			t.Errorf("%s: leaked %q", tc.path, body)
		}
	}
	// The router cleans other odd paths with a redirect that stays on the site.
	w := get(h, "//evil.example/x")
	if loc := w.Header().Get("Location"); w.Code != http.StatusMovedPermanently || strings.HasPrefix(loc, "//") {
		t.Errorf("//evil.example/x: status %d, Location %q", w.Code, loc)
	}
}

func TestMethodsAndLimits(t *testing.T) {
	f := newFixture(t)
	f.writeBuild("b1")
	f.publish("b1")
	h := f.newServer(Config{}).Handler()

	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodOptions, "PROPFIND"} {
		w := serve(h, newRequest(method, "/"))
		if w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != "GET, HEAD" {
			t.Errorf("%s: status %d, Allow %q", method, w.Code, w.Header().Get("Allow"))
		}
	}
	r := newRequest(http.MethodGet, "/")
	r.Body = io.NopCloser(strings.NewReader(strings.Repeat("x", maxBodyBytes+1)))
	r.ContentLength = maxBodyBytes + 1
	if w := serve(h, r); w.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("large body: status %d, want 413", w.Code)
	}
	if w := get(h, "/api/search?q="+strings.Repeat("a", maxQueryBytes)); w.Code != http.StatusRequestURITooLong {
		t.Errorf("long query: status %d, want 414", w.Code)
	}
}

func gunzip(t *testing.T, data []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, to, data)
}

// The inspection form takes its photos; every other staff form stays
// small.
func TestInspectionFormBodyLimit(t *testing.T) {
	for path, want := range map[string]int64{
		staff.SidakPath + "kauman/": staff.MaxSidakBody,
		staff.SidakPath:             staff.MaxSidakBody,
		staff.FeedbackPath + "/r1":  staff.MaxBody,
		staff.LoginPath:             staff.MaxBody,
	} {
		if got, post := bodyLimit(path); got != want || !post {
			t.Errorf("%s: limit %d (post %v), want %d", path, got, post, want)
		}
	}
	if staff.MaxSidakBody < staff.MaxPhotos*5<<20 {
		t.Errorf("the inspection form's limit %d is below %d photos of 5 MB", staff.MaxSidakBody, staff.MaxPhotos)
	}
}

// The public inspection figures are routed to the data: without a
// database they answer 503, as the forms do.
func TestInspectionFiguresNeedData(t *testing.T) {
	f := newFixture(t)
	f.writeBuild("b1")
	f.publish("b1")
	h := f.newServer(Config{}).Handler()
	for _, p := range []string{flow.InspectionsJSON("kauman"), flow.InspectionsPath("kauman")} {
		if w := get(h, p); w.Code != http.StatusServiceUnavailable {
			t.Errorf("%s without data: %d, want 503", p, w.Code)
		}
	}
}

// A page an earlier build published and this one removed answers 410 Gone
// with the page the build left there, in its language, and so does
// everything under it and the office's kiosk; a published page beside it
// still answers 200.
func TestRemovedPageAnswersGone(t *testing.T) {
	f := newFixture(t)
	dir := f.writeBuild("b1")
	writeFile(t, filepath.Join(dir, "_alur/published.json"), []byte(`{"pages": [], "gone": [
		{"path": "/kelurahan/lama/", "name": "Kelurahan Lama", "also": ["/kiosk/lama/"], "up": ["/kelurahan/"], "instead": "/kelurahan/"},
		{"path": "/kelurahan/lama/sktm/", "name": "SKTM, Kelurahan Lama", "up": ["/layanan/sktm/"], "instead": "/layanan/sktm/"}]}`))
	writeFile(t, filepath.Join(dir, "kelurahan/lama/index.html"), []byte("<p>Kelurahan Lama sudah tidak ada</p>"))
	writeFile(t, filepath.Join(dir, "en/kelurahan/lama/index.html"), []byte("<p>Kelurahan Lama has been removed</p>"))
	writeFile(t, filepath.Join(dir, "kelurahan/lama/sktm/index.html"), []byte("<p>SKTM sudah tidak ada</p>"))
	f.publish("b1")
	h := f.newServer(Config{}).Handler()
	for _, c := range []struct{ path, body string }{
		{"/kelurahan/lama/", "sudah tidak ada"},
		{"/kelurahan/lama", "sudah tidak ada"},
		{"/en/kelurahan/lama/", "has been removed"},
		{"/kelurahan/lama/services.json", "Kelurahan Lama sudah"},
		{"/kelurahan/lama/sktm/", "SKTM sudah"},
		{"/kiosk/lama/", "sudah tidak ada"},
	} {
		w := get(h, c.path)
		if w.Code != http.StatusGone || !strings.Contains(w.Body.String(), c.body) {
			t.Errorf("%s: %d %q, want 410 with %q", c.path, w.Code, w.Body.String(), c.body)
		}
	}
	if w := get(h, "/kelurahan/kauman/"); w.Code != http.StatusOK {
		t.Errorf("a published page answers %d", w.Code)
	}
	if w := get(h, "/kelurahan/lamaran/"); w.Code != http.StatusNotFound {
		t.Errorf("a path that only starts like a gone one answers %d, want 404", w.Code)
	}
}
