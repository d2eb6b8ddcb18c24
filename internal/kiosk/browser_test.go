package kiosk

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/testing/chrome"
	"github.com/chromedp/chromedp"
)

// Tests that drive the built kiosk in Chromium with touch, at the size of
// the lobby screen.

var shots = flag.String("shots", "", "write screenshots of the kiosk in both orientations to this folder")

// csp is the policy the alur server sends with kiosk pages (its
// kioskPolicy), stricter than the default-src 'self' the kiosk is built for.
const csp = "default-src 'none'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
	"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// fakeSearch stands in for the search engineer's /api/search: it answers a
// few queries with hits as the real API shapes them, including hits the
// kiosk must drop, and records what it was asked.
type fakeSearch struct {
	mu    sync.Mutex
	asked []url.Values
	fail  bool
	// wrapped answers as internal/search's Results ({"query": ..., "hits":
	// [...]}) rather than a bare array of hits.
	wrapped bool
}

func (f *fakeSearch) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.asked = append(f.asked, r.URL.Query())
	fail, wrapped := f.fail, f.wrapped
	f.mu.Unlock()
	if fail {
		http.Error(w, "index unavailable", http.StatusInternalServerError)
		return
	}
	type hit struct {
		Title   string  `json:"title"`
		URL     string  `json:"url"`
		Office  string  `json:"office"`
		Score   float64 `json:"score"`
		Snippet string  `json:"snippet,omitempty"`
	}
	hits := []hit{}
	if strings.Contains(strings.ToLower(r.URL.Query().Get("q")), "miskin") {
		hits = []hit{
			{"Surat Keterangan Tidak Mampu", "/kelurahan/kauman/sktm/", "kauman", 2.5, "disebut juga <mark>surat miskin</mark>"},
			{"SKTM di kantor lain", "/kelurahan/arjosari/sktm/", "arjosari", 1.4, ""},
			{"Situs lain", "https://evil.example/phish", "kauman", 1.2, ""},
			{"Kantor Kauman", "/kelurahan/kauman/", "kauman", 1.1, ""},
			{"SKTM, alamat lengkap", "https://alur.example.go.id/kelurahan/kauman/sktm/", "kauman", 1.05, ""},
			{"<img src=x id=injected>Kematian", "/layanan/kematian/", "", 1.0, "<script>alert(1)</script>"},
		}
	}
	w.Header().Set("Content-Type", "application/json")
	if strings.Contains(strings.ToLower(r.URL.Query().Get("q")), "paspor") {
		// "Not here": an agency with a link the kiosk must not follow.
		_ = json.NewEncoder(w).Encode(map[string]any{"query": r.URL.Query().Get("q"), "answer": "elsewhere", "hits": hits,
			"elsewhere": []map[string]string{{"id": "imigrasi", "name": "Kantor Imigrasi <b>Malang</b>", "address": "Jl. Raden Panji Suroso No. 4",
				"phone": "0341-000000", "website": "https://evil.example/", "map_url": "https://www.openstreetmap.org/"}}})
		return
	}
	if wrapped {
		_ = json.NewEncoder(w).Encode(map[string]any{"query": r.URL.Query().Get("q"), "hits": hits})
		return
	}
	_ = json.NewEncoder(w).Encode(hits)
}

func (f *fakeSearch) queries() []url.Values {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.asked)
}

// serveKiosk serves a built folder as the alur server does: plain files
// with the kiosk's Content-Security-Policy, and /api/search when given.
func serveKiosk(t *testing.T, out string, search http.Handler) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	if search != nil {
		mux.Handle("/api/search", search)
	}
	files := http.FileServer(http.Dir(out))
	mux.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		files.ServeHTTP(w, r)
	}))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

type screen struct {
	name          string
	width, height int64
	orientation   chromedp.EmulateViewportOption
}

var (
	portrait  = screen{"portrait", 1080, 1920, chromedp.EmulatePortrait}
	landscape = screen{"landscape", 1920, 1080, chromedp.EmulateLandscape}
)

// open shows a kiosk URL on a touch screen of the given size and waits for
// the script to run (it reveals the language button).
func open(t *testing.T, ctx context.Context, s screen, u string) {
	t.Helper()
	do(t, ctx,
		chromedp.EmulateViewport(s.width, s.height, s.orientation, chromedp.EmulateTouch),
		chromedp.Navigate(u),
		chromedp.WaitVisible(chromedp.CSS("#k-lang")),
	)
}

func do(t *testing.T, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

func tap(t *testing.T, ctx context.Context, css string) {
	t.Helper()
	do(t, ctx, chromedp.Tap(chromedp.CSS(css)))
}

// tapKeys types on the on-screen keyboard, one tap per key.
func tapKeys(t *testing.T, ctx context.Context, keys string) {
	t.Helper()
	for _, k := range keys {
		tap(t, ctx, `#k-keyboard .k-layer:not([hidden]) button[data-key="`+string(k)+`"]`)
	}
}

func TestBrowserTapAServiceAndReadItsSteps(t *testing.T) {
	ctx := chrome.ForTest(t, time.Minute)
	srv := serveKiosk(t, buildFixture(t, fixtureCity(t)), nil)
	open(t, ctx, portrait, srv.URL+"/kiosk/kauman/")

	tap(t, ctx, `.k-tile[data-service="sktm"]`)
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS(".k-steps")))
	if loc := chrome.Eval[string](t, ctx, `location.pathname`); loc != "/kiosk/kauman/sktm/" {
		t.Fatalf("tapping SKTM opened %s", loc)
	}
	steps := chrome.Eval[[]string](t, ctx, `[...document.querySelectorAll('.k-steps > li')].map(li => li.innerText)`)
	if len(steps) != 3 {
		t.Fatalf("got %d steps, want 3: %q", len(steps), steps)
	}
	// Kauman moves SKTM from its front desk to Loket 2: the step must say so,
	// with the way there, and mark the steps that happen elsewhere.
	for _, want := range []string{"Serahkan berkas di loket", "Di kantor ini", "Loket 2", "Lurus dari pintu utama"} {
		if !strings.Contains(steps[1], want) {
			t.Errorf("step 2 lacks %q:\n%s", want, steps[1])
		}
	}
	if !strings.Contains(steps[0], "Di luar kantor ini") || !strings.Contains(steps[2], "Di luar kantor ini") {
		t.Errorf("steps at the RT/RW and the kecamatan are not marked as elsewhere:\n%q", steps)
	}
	if !strings.Contains(steps[2], "Jika perlu") {
		t.Errorf("the optional step is not marked optional:\n%s", steps[2])
	}
	bring := chrome.Eval[[]string](t, ctx, `[...document.querySelectorAll('.k-checklist .k-doc')].map(e => e.innerText)`)
	if !slices.Contains(bring, "Foto rumah tampak depan") || len(bring) != 4 {
		t.Errorf("checklist %q lacks Kauman's added requirement", bring)
	}
	if n := chrome.Eval[int](t, ctx, `document.querySelectorAll('.k-take-home svg path').length`); n != 1 {
		t.Errorf("no QR code to take the service home")
	}

	tap(t, ctx, ".k-back")
	chrome.WaitFor(t, ctx, "the start screen", `location.pathname === '/kiosk/kauman/' && !!document.querySelector('.k-tiles')`, 5*time.Second)
}

// A route's steps show on the screen inside their alternative, in order,
// and the routes then say which step comes next (issue 11, item 7).
func TestBrowserRouteStepsShowInsideTheirAlternative(t *testing.T) {
	ctx := chrome.ForTest(t, time.Minute)
	srv := serveKiosk(t, buildFixture(t, fixtureCity(t)), nil)
	open(t, ctx, portrait, srv.URL+"/kiosk/kauman/kematian/")
	type box struct {
		Text                     string
		Top, Bottom, Left, Right float64
		Shown                    bool
	}
	got := chrome.Eval[map[string][]box](t, ctx, `(() => {
		const boxOf = (e) => { const r = e.getBoundingClientRect(); return {text: e.innerText, top: r.top, bottom: r.bottom, left: r.left, right: r.right, shown: r.height > 0 && getComputedStyle(e).visibility !== "hidden"}; };
		const all = (css) => [...document.querySelectorAll(css)].map(boxOf);
		return {route: all(".k-steps > li:first-child .k-route"), steps: all(".k-route .k-route-step"),
			titles: all(".k-route .k-route-title"), rejoin: all(".k-steps > li:first-child .k-rejoin"), next: all(".k-steps > li:nth-child(2)")};
	})()`)
	if len(got["route"]) != 1 || len(got["steps"]) != 2 || len(got["rejoin"]) != 1 || len(got["next"]) != 1 {
		t.Fatalf("the first step should hold one route of two steps and say where the routes meet; got %d routes, %d steps, %d rejoin lines",
			len(got["route"]), len(got["steps"]), len(got["rejoin"]))
	}
	route := got["route"][0]
	for i, want := range []string{"1b.1 Laporkan kematian ke Ketua RT", "1b.2 Ambil surat dari RT/RW"} {
		st := got["steps"][i]
		if got["titles"][i].Text != want || !st.Shown {
			t.Errorf("route step %d reads %q (shown %v), want %q", i+1, got["titles"][i].Text, st.Shown, want)
		}
		if st.Top < route.Top || st.Bottom > route.Bottom || st.Left < route.Left || st.Right > route.Right {
			t.Errorf("route step %q at %+v lies outside its route at %+v", want, st, route)
		}
	}
	if got["steps"][1].Top < got["steps"][0].Bottom {
		t.Error("the route's second step is not below its first")
	}
	rejoin := got["rejoin"][0]
	if !strings.Contains(rejoin.Text, "lanjutkan ke langkah 2") || rejoin.Top < route.Bottom || rejoin.Bottom > got["next"][0].Top {
		t.Errorf("where the routes meet: %q at %+v; want it under the route (%+v) and above step 2", rejoin.Text, rejoin, route)
	}
	checkLayout(t, ctx)
}

func TestBrowserSearchWithTheOnScreenKeyboard(t *testing.T) {
	ctx := chrome.ForTest(t, time.Minute)
	api := &fakeSearch{}
	srv := serveKiosk(t, buildFixture(t, fixtureCity(t)), api)
	open(t, ctx, portrait, srv.URL+"/kiosk/kauman/")

	tap(t, ctx, "#k-search-open")
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS("#k-keyboard")))
	tapKeys(t, ctx, "surat")
	tap(t, ctx, `#k-keyboard [data-action="space"]`)
	tapKeys(t, ctx, "miskin")
	if v := chrome.Eval[string](t, ctx, `document.getElementById('k-q').value`); v != "surat miskin" {
		t.Fatalf("the keyboard typed %q", v)
	}
	chrome.WaitFor(t, ctx, "results", `document.querySelectorAll('#k-results a').length > 0`, 10*time.Second)

	hrefs := chrome.Eval[[]string](t, ctx, `[...document.querySelectorAll('#k-results a')].map(a => a.getAttribute('href'))`)
	// The hits at another office, on another site and for the office page
	// are dropped, the full address of SKTM is the same page as its path,
	// and the city-standard page maps onto this office's kiosk page.
	if want := []string{"/kiosk/kauman/sktm/", "/kiosk/kauman/kematian/"}; !slices.Equal(hrefs, want) {
		t.Errorf("results link to %q, want %q", hrefs, want)
	}
	if n := chrome.Eval[int](t, ctx, `document.querySelectorAll('#k-results img, #k-results script, #injected').length`); n != 0 {
		t.Errorf("markup in a search hit became %d elements", n)
	}
	if snippet := chrome.Eval[string](t, ctx, `document.querySelector('#k-results a span').textContent`); snippet != "disebut juga surat miskin" {
		t.Errorf("snippet shown as %q", snippet)
	}
	asked := api.queries()
	last := asked[len(asked)-1]
	if last.Get("q") != "surat miskin" || last.Get("kelurahan") != "kauman" {
		t.Errorf("the API was asked %v, want q=surat miskin and kelurahan=kauman", last)
	}

	// The number layer and the delete key.
	tap(t, ctx, `#k-keyboard [data-action="layer"]`)
	tapKeys(t, ctx, "12")
	tap(t, ctx, `#k-keyboard [data-action="delete"]`)
	if v := chrome.Eval[string](t, ctx, `document.getElementById('k-q').value`); v != "surat miskin1" {
		t.Errorf("after 1, 2 and delete the field reads %q", v)
	}
	tap(t, ctx, `#k-keyboard [data-action="layer"]`)
	tap(t, ctx, "#k-keyboard-toggle")
	if chrome.Eval[bool](t, ctx, `document.getElementById('k-keyboard').checkVisibility()`) {
		t.Errorf("the keyboard did not hide")
	}

	tap(t, ctx, `#k-results a[href="/kiosk/kauman/sktm/"]`)
	chrome.WaitFor(t, ctx, "the SKTM page", `location.pathname === '/kiosk/kauman/sktm/'`, 5*time.Second)
}

func TestBrowserSearchSaysNotHereWithoutLinkingAway(t *testing.T) {
	ctx := chrome.ForTest(t, time.Minute)
	srv := serveKiosk(t, buildFixture(t, fixtureCity(t)), &fakeSearch{})
	open(t, ctx, portrait, srv.URL+"/kiosk/kauman/")

	tap(t, ctx, "#k-search-open")
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS("#k-keyboard")))
	tapKeys(t, ctx, "paspor")
	chrome.WaitFor(t, ctx, "the not-here answer", `!!document.querySelector('#k-results .k-result--elsewhere')`, 10*time.Second)
	got := chrome.Eval[string](t, ctx, `document.querySelector('#k-results .k-result--elsewhere').innerText`)
	for _, want := range []string{"Kantor Imigrasi <b>Malang</b>", "Jl. Raden Panji Suroso No. 4", "0341-000000"} {
		if !strings.Contains(got, want) {
			t.Errorf("the answer lacks %q:\n%s", want, got)
		}
	}
	if n := chrome.Eval[int](t, ctx, `document.querySelectorAll('#k-results a, #k-results b').length`); n != 0 {
		t.Errorf("the not-here answer has %d links or elements from its text", n)
	}
	if status := chrome.Eval[string](t, ctx, `document.getElementById('k-search-status').textContent`); !strings.Contains(status, "bukan layanan kelurahan") {
		t.Errorf("status %q", status)
	}
}

func TestBrowserSearchWithoutTheAPIUsesTheOfficeList(t *testing.T) {
	ctx := chrome.ForTest(t, time.Minute)
	api := &fakeSearch{fail: true}
	srv := serveKiosk(t, buildFixture(t, fixtureCity(t)), api)
	open(t, ctx, portrait, srv.URL+"/kiosk/kauman/")

	tap(t, ctx, "#k-search-open")
	tapKeys(t, ctx, "kemat")
	chrome.WaitFor(t, ctx, "results from the page", `document.querySelectorAll('#k-results a').length > 0`, 10*time.Second)
	hrefs := chrome.Eval[[]string](t, ctx, `[...document.querySelectorAll('#k-results a')].map(a => a.getAttribute('href'))`)
	if !slices.Equal(hrefs, []string{"/kiosk/kauman/kematian/"}) {
		t.Errorf("without the API, results link to %q", hrefs)
	}
	if status := chrome.Eval[string](t, ctx, `document.getElementById('k-search-status').innerText`); !strings.Contains(status, "tidak tersedia") {
		t.Errorf("the status does not say full search is unavailable: %q", status)
	}
	if len(api.queries()) == 0 {
		t.Errorf("the kiosk never tried the API")
	}
}

func TestBrowserIdleResetClearsEverything(t *testing.T) {
	ctx := chrome.ForTest(t, time.Minute)
	srv := serveKiosk(t, buildFixture(t, fixtureCity(t)), &fakeSearch{wrapped: true})
	open(t, ctx, portrait, srv.URL+"/kiosk/kauman/?idle=2&warn=2")

	tap(t, ctx, "#k-lang")
	if h := chrome.Eval[string](t, ctx, `document.getElementById('k-popular').innerText`); h != "Most requested" {
		t.Errorf("in English the popular heading reads %q", h)
	}
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 300)`))
	if y := chrome.Eval[float64](t, ctx, `window.scrollY`); y == 0 {
		t.Fatalf("the start screen does not scroll in portrait, so the reset of scrolling is not tested")
	}
	tap(t, ctx, "#k-search-open")
	tapKeys(t, ctx, "miskin")
	chrome.WaitFor(t, ctx, "results", `document.querySelectorAll('#k-results a').length > 0`, 10*time.Second)
	tap(t, ctx, `#k-keyboard [data-action="layer"]`)
	tap(t, ctx, "#k-keyboard-toggle")

	chrome.WaitFor(t, ctx, "the idle warning", `document.getElementById('k-idle').open`, 5*time.Second)
	chrome.WaitFor(t, ctx, "the attract view", `!document.getElementById('k-attract').hidden`, 5*time.Second)

	state := chrome.Eval[map[string]any](t, ctx, `({
		field: document.getElementById('k-q').value,
		results: document.getElementById('k-results').children.length,
		status: document.getElementById('k-search-status').textContent,
		panel: document.getElementById('k-search').hidden,
		keyboardHidden: document.getElementById('k-search').classList.contains('is-keyboard-hidden'),
		layer: document.getElementById('k-keyboard').dataset.layer,
		scroll: window.scrollY,
		lang: document.documentElement.lang,
		warning: document.getElementById('k-idle').open,
	})`)
	want := map[string]any{"field": "", "results": 0.0, "status": "", "panel": true, "keyboardHidden": false,
		"layer": "letters", "scroll": 0.0, "lang": "id", "warning": false}
	for k, v := range want {
		if state[k] != v {
			t.Errorf("after the idle reset %s = %v, want %v", k, state[k], v)
		}
	}

	tap(t, ctx, ".k-attract-touch")
	chrome.WaitFor(t, ctx, "the start screen", `document.getElementById('k-attract').hidden`, 5*time.Second)
}

func TestBrowserIdleWarningCanBeAnswered(t *testing.T) {
	ctx := chrome.ForTest(t, time.Minute)
	srv := serveKiosk(t, buildFixture(t, fixtureCity(t)), &fakeSearch{})
	open(t, ctx, portrait, srv.URL+"/kiosk/kauman/?idle=2&warn=20")

	tap(t, ctx, "#k-search-open")
	tapKeys(t, ctx, "ktp")
	chrome.WaitFor(t, ctx, "the idle warning", `document.getElementById('k-idle').open`, 5*time.Second)
	if n := chrome.Eval[string](t, ctx, `document.getElementById('k-idle-count').textContent`); n != "20" && n != "19" {
		t.Errorf("the warning counts down from %s, want 20", n)
	}
	tap(t, ctx, "#k-idle-continue")
	if chrome.Eval[bool](t, ctx, `document.getElementById('k-idle').open`) {
		t.Fatal("the warning stayed open after 'continue'")
	}
	if v := chrome.Eval[string](t, ctx, `document.getElementById('k-q').value`); v != "ktp" {
		t.Errorf("continuing lost the search: field reads %q", v)
	}
}

func TestBrowserIdleOnAServicePageReturnsToTheStart(t *testing.T) {
	ctx := chrome.ForTest(t, time.Minute)
	srv := serveKiosk(t, buildFixture(t, fixtureCity(t)), nil)
	// The shortened timing is given once and holds across pages.
	open(t, ctx, landscape, srv.URL+"/kiosk/kauman/?idle=1&warn=1")
	tap(t, ctx, `a[data-service="kematian"]`)
	chrome.WaitFor(t, ctx, "the service page", `location.pathname === '/kiosk/kauman/kematian/'`, 5*time.Second)
	chrome.WaitFor(t, ctx, "the attract view of the start screen",
		`location.pathname === '/kiosk/kauman/' && document.getElementById('k-attract') && !document.getElementById('k-attract').hidden`, 10*time.Second)
	if h := chrome.Eval[string](t, ctx, `location.hash`); h != "" {
		t.Errorf("the start screen kept the hash %q", h)
	}
}

func TestBrowserAttractSlidesCanBePaused(t *testing.T) {
	ctx := chrome.ForTest(t, time.Minute)
	srv := serveKiosk(t, buildFixture(t, fixtureCity(t)), nil)
	open(t, ctx, portrait, srv.URL+"/kiosk/kauman/?slide=1#tunggu")

	const current = `[...document.querySelectorAll('.k-slide')].findIndex(s => !s.hidden)`
	chrome.WaitFor(t, ctx, "the second slide", current+` === 1`, 5*time.Second)
	tap(t, ctx, "#k-attract-pause")
	if p := chrome.Eval[string](t, ctx, `document.getElementById('k-attract-pause').getAttribute('aria-pressed')`); p != "true" {
		t.Fatalf("pause button aria-pressed = %s", p)
	}
	paused := chrome.Eval[int](t, ctx, current)
	time.Sleep(2500 * time.Millisecond) // two and a half slide periods
	if now := chrome.Eval[int](t, ctx, current); now != paused {
		t.Errorf("slides moved from %d to %d while paused", paused, now)
	}
	if chrome.Eval[bool](t, ctx, `document.getElementById('k-attract').hidden`) {
		t.Errorf("tapping pause closed the attract view")
	}
	tap(t, ctx, "#k-attract-pause")
	chrome.WaitFor(t, ctx, "the slides to move again", fmt.Sprintf("%s !== %d", current, paused), 5*time.Second)
}

func TestBrowserOpenNow(t *testing.T) {
	ctx := chrome.ForTest(t, time.Minute)
	srv := serveKiosk(t, buildFixture(t, fixtureCity(t)), nil)
	open(t, ctx, portrait, srv.URL+"/kiosk/kauman/")

	if chrome.Eval[string](t, ctx, `document.getElementById('k-status').innerText`) == "" {
		t.Errorf("the open-now line is empty")
	}
	// Kauman: Monday to Thursday 08:00-15:00 with a break 12:00-13:00,
	// Friday 08:00-14:00 with a break 11:00-13:00, closed at the weekend.
	wib := time.FixedZone("WIB", 7*60*60)
	cases := []struct {
		at   time.Time
		want string
	}{
		{time.Date(2026, 1, 5, 9, 0, 0, 0, wib), "Buka sekarang, sampai 12:00"}, // a Monday
		{time.Date(2026, 1, 5, 12, 30, 0, 0, wib), "Sedang istirahat · Buka lagi 13:00"},
		{time.Date(2026, 1, 5, 7, 15, 0, 0, wib), "Tutup sekarang · Buka lagi hari ini 08:00"},
		{time.Date(2026, 1, 5, 15, 0, 0, 0, wib), "Tutup sekarang · Buka lagi besok 08:00"},
		{time.Date(2026, 1, 9, 13, 59, 0, 0, wib), "Buka sekarang, sampai 14:00"}, // Friday
		{time.Date(2026, 1, 9, 14, 0, 0, 0, wib), "Tutup sekarang · Buka lagi Senin 08:00"},
		{time.Date(2026, 1, 11, 23, 59, 0, 0, wib), "Tutup sekarang · Buka lagi besok 08:00"}, // Sunday night
		// Holidays: Thursday 24 December 2026 is cuti bersama, Friday 25
		// Natal; the office opens again on Monday 28 December.
		{time.Date(2026, 12, 25, 10, 0, 0, 0, wib), "Libur hari ini: Hari Raya Natal · Buka lagi Senin 28 Desember 08:00"},
		{time.Date(2026, 12, 23, 16, 0, 0, 0, wib), "Tutup sekarang · Buka lagi Senin 28 Desember 08:00"},
		{time.Date(2026, 12, 31, 16, 0, 0, 0, wib), "Tutup sekarang · Buka lagi Senin 4 Januari 08:00"}, // 1 Jan is Tahun Baru
	}
	for _, c := range cases {
		js := `(function(s){return alurKiosk.describe(alurKiosk.statusAt(JSON.parse(s.dataset.hours), ` +
			jsonNumber(c.at.UnixMilli()) + `, JSON.parse(s.dataset.libur)))})(document.getElementById('k-status'))`
		if got := chrome.Eval[string](t, ctx, js); got != c.want {
			t.Errorf("at %s: %q, want %q", c.at.Format("Mon 15:04"), got, c.want)
		}
	}
}

func jsonNumber(v int64) string { b, _ := json.Marshal(v); return string(b) }

// TestBrowserLayout looks at each kind of screen in both orientations: no
// sideways scrolling, every target at least 64 px, text contrast of at least
// 7:1. With -shots=DIR it also writes the screenshots, to look at.
func TestBrowserLayout(t *testing.T) {
	ctx := chrome.ForTest(t, 3*time.Minute)
	srv := serveKiosk(t, buildFixture(t, fixtureCity(t)), &fakeSearch{})
	views := []struct {
		name, path string
		setUp      func(t *testing.T, ctx context.Context)
	}{
		{"start", "/kiosk/kauman/", nil},
		{"search", "/kiosk/kauman/", func(t *testing.T, ctx context.Context) {
			tap(t, ctx, "#k-search-open")
			tapKeys(t, ctx, "miskin")
			chrome.WaitFor(t, ctx, "results", `document.querySelectorAll('#k-results a').length > 0`, 10*time.Second)
		}},
		{"sktm", "/kiosk/kauman/sktm/", nil},
		{"kematian", "/kiosk/kauman/kematian/", nil},
		{"attract", "/kiosk/kauman/#tunggu", nil},
		{"report", "/kiosk/kauman/sktm/", func(t *testing.T, ctx context.Context) {
			tap(t, ctx, "#k-report-open")
			tap(t, ctx, `#k-report label.k-choice:has(input[value=syarat])`)
		}},
		{"survey", "/kiosk/kauman/sktm/", func(t *testing.T, ctx context.Context) { tap(t, ctx, "#k-survey-open") }},
		{"idle-warning", "/kiosk/kauman/kematian/?idle=1&warn=20", func(t *testing.T, ctx context.Context) {
			chrome.WaitFor(t, ctx, "the idle warning", `document.getElementById('k-idle').open`, 5*time.Second)
		}},
		{"english", "/kiosk/arjosari/", func(t *testing.T, ctx context.Context) { tap(t, ctx, "#k-lang") }},
	}
	for _, s := range []screen{portrait, landscape} {
		for _, v := range views {
			t.Run(s.name+"/"+v.name, func(t *testing.T) {
				open(t, ctx, s, srv.URL+v.path)
				// Timings and language last for the session: forget them, so
				// that they do not carry over to the next view.
				defer do(t, ctx, chromedp.Evaluate[chromedp.Void](`sessionStorage.clear()`))
				if v.setUp != nil {
					v.setUp(t, ctx)
				}
				checkLayout(t, ctx)
				if *shots != "" {
					saveScreenshots(t, ctx, filepath.Join(*shots, s.name+"-"+v.name))
				}
			})
		}
	}
}

// saveScreenshots writes what the screen shows and the whole page.
func saveScreenshots(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	screen, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	page, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	for file, png := range map[string][]byte{name + ".png": screen, name + "-page.png": page} {
		if err := os.WriteFile(file, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// The layout checks find what they look for: a grey on white line and a
// small button put on the page by script.
func TestBrowserLayoutChecksCatchProblems(t *testing.T) {
	ctx := chrome.ForTest(t, time.Minute)
	srv := serveKiosk(t, buildFixture(t, fixtureCity(t)), nil)
	open(t, ctx, portrait, srv.URL+"/kiosk/kauman/")
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => {
		const p = document.createElement('p'); p.textContent = 'abu-abu'; p.style.color = '#999';
		const b = document.createElement('button'); b.textContent = 'kecil'; b.style.cssText = 'width:40px;height:40px';
		document.querySelector('.k-main').append(p, b);
	})()`))
	if low := chrome.Eval[[]string](t, ctx, lowContrastJS); len(low) != 1 || !strings.Contains(low[0], "abu-abu") {
		t.Errorf("contrast check found %q, want the grey line only", low)
	}
	if small := chrome.Eval[[]string](t, ctx, smallTargetsJS); len(small) != 1 || !strings.Contains(small[0], "kecil") {
		t.Errorf("target check found %q, want the small button only", small)
	}
}

func checkLayout(t *testing.T, ctx context.Context) {
	t.Helper()
	if over := chrome.Eval[float64](t, ctx, `document.documentElement.scrollWidth - window.innerWidth`); over > 0 {
		t.Errorf("the page is %v px wider than the screen", over)
	}
	for _, small := range chrome.Eval[[]string](t, ctx, smallTargetsJS) {
		t.Errorf("target under 64 px: %s", small)
	}
	for _, low := range chrome.Eval[[]string](t, ctx, lowContrastJS) {
		t.Errorf("contrast under 7:1: %s", low)
	}
}

// smallTargetsJS lists visible links, buttons and fields smaller than 64 px.
// A radio or checkbox inside its label is measured with the label, which
// is what a finger hits.
const smallTargetsJS = `(() => {
	const out = [];
	for (const el of document.querySelectorAll('a[href], button, input, [role=button]')) {
		if (!el.checkVisibility()) continue;
		const label = (el.type === 'radio' || el.type === 'checkbox') && el.closest('label');
		const r = (label || el).getBoundingClientRect();
		if (r.width < 64 || r.height < 64) {
			out.push((el.id || el.className || el.tagName) + ' "' + el.innerText.trim().slice(0, 30) + '" ' + Math.round(r.width) + 'x' + Math.round(r.height));
		}
	}
	return out;
})()`

// lowContrastJS lists visible text whose colour against its background is
// under 7:1 (WCAG 1.4.6), with the background taken from the nearest
// ancestor that paints one.
const lowContrastJS = `(() => {
	const rgb = s => { const m = s.match(/rgba?\(([^)]+)\)/); if (!m) return null;
		const p = m[1].split(',').map(parseFloat); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
	const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
		return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
	const background = el => { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor);
		if (c && c.a > 0.5) return c; } return {r: 255, g: 255, b: 255, a: 1}; };
	const out = [], seen = new Set();
	const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let n; (n = walk.nextNode());) {
		const el = n.parentElement;
		if (!n.textContent.trim() || seen.has(el) || !el.checkVisibility()) continue;
		seen.add(el);
		const a = lum(rgb(getComputedStyle(el).color)), b = lum(background(el));
		const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
		if (ratio < 7) out.push('"' + n.textContent.trim().slice(0, 30) + '" ' + ratio.toFixed(2));
	}
	return out;
})()`
