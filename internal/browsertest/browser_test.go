package browsertest

import (
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"github.com/alurlayanan/alur/internal/testing/chrome"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// One browser serves the whole test binary; each test opens its own tab.
var browser struct {
	once   sync.Once
	ctx    context.Context
	cancel func()
	err    error
}

func startBrowser() {
	profile, err := os.MkdirTemp(workDir, "chromium-profile-")
	if err != nil {
		browser.err = err
		return
	}
	browser.ctx, browser.cancel, browser.err = chrome.Start(profile)
}

func stopBrowser() {
	if browser.cancel != nil {
		browser.cancel()
	}
}

// tabTimeout bounds one test's use of its tab.
const tabTimeout = 4 * time.Minute

// tab is one browser tab for one test, watching everything a resident
// would notice went wrong: script errors, refused scripts and styles (the
// CSP), failed requests, requests to other sites, web fonts and dialogs.
// What it sees fails the test when the test ends.
type tab struct {
	t    *testing.T
	ctx  context.Context
	site *servedSite

	mu       sync.Mutex
	page     string          // the path being shown, for messages
	missing  map[string]bool // URLs allowed to answer an error (the 404 and 410 pages themselves)
	problems []string
	dialogs  []string
	requests map[network.RequestID]*request
}

// request is one request the page made and what it cost on the wire.
type request struct {
	URL   string
	Type  network.ResourceType
	Bytes float64 // encoded (compressed) length, headers included
	Done  bool
}

// newTab opens a tab on the shared browser, at a phone-sized viewport.
func newTab(t *testing.T, s *servedSite) *tab {
	t.Helper()
	browser.once.Do(startBrowser)
	if browser.err != nil {
		t.Fatal(browser.err)
	}
	tb := &tab{t: t, site: s, missing: map[string]bool{}, requests: map[network.RequestID]*request{}}
	tabCtx, cancelTab := chromedp.NewContext(browser.ctx, chromedp.WithListener(tb.event))
	if err := chromedp.Do(tabCtx); err != nil {
		cancelTab()
		t.Fatalf("opening a browser tab: %v", err)
	}
	ctx, cancelTimeout := context.WithTimeout(tabCtx, tabTimeout)
	tb.mu.Lock() // event reads ctx to close dialogs
	tb.ctx = ctx
	tb.mu.Unlock()
	t.Cleanup(func() {
		cancelTimeout()
		tb.report()
		cancelTab()
	})
	tb.viewport(360, 740, 1)
	return tb
}

// event runs in the tab's message loop: it must return fast and send no
// command, so it only records.
func (tb *tab) event(ev any) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventExceptionThrown:
		tb.problems = append(tb.problems, fmt.Sprintf("%s: a script failed: %s", tb.page, exceptionText(ev.ExceptionDetails)))
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			tb.problems = append(tb.problems, fmt.Sprintf("%s: the page logged an error: %s", tb.page, consoleArgs(ev.Args)))
		}
	case *cdplog.EventEntryAdded:
		e := ev.Entry
		if e.Source == cdplog.EntrySourceNetwork && (tb.missing[e.URL] || strings.HasSuffix(e.URL, "/favicon.ico")) {
			// The 404 page answers 404 on purpose. Chromium asks for
			// /favicon.ico on its own now and then although each page
			// names its icon; no resident sees that.
			return
		}
		if e.Level == cdplog.EntryLevelError || e.Source == cdplog.EntrySourceSecurity {
			tb.problems = append(tb.problems, fmt.Sprintf("%s: the browser reported (%s) %s %s", tb.page, e.Source, e.Text, e.URL))
		}
	case *network.EventRequestWillBeSent:
		tb.requests[ev.RequestID] = &request{URL: ev.Request.URL, Type: ev.Type}
		if p := tb.foreign(ev.Request.URL); p != "" {
			tb.problems = append(tb.problems, fmt.Sprintf("%s: %s", tb.page, p))
		}
		if ev.Type == network.ResourceTypeFont {
			tb.problems = append(tb.problems, fmt.Sprintf("%s: downloads a web font (%s); residents on slow data should get their phone's own fonts", tb.page, ev.Request.URL))
		}
	case *network.EventLoadingFinished:
		if r := tb.requests[ev.RequestID]; r != nil {
			r.Bytes, r.Done = ev.EncodedDataLength, true
		}
	case *page.EventJavascriptDialogOpening:
		tb.dialogs = append(tb.dialogs, fmt.Sprintf("%s: a %s dialog opened saying %q", tb.page, ev.Type, ev.Message))
		// The dialog blocks the page until closed; closing is a command, so
		// it cannot run in this loop.
		ctx := tb.ctx
		go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
	}
}

// foreign describes a request that leaves the site, or is "" when the URL
// is the site's own or inline data.
func (tb *tab) foreign(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Sprintf("requests an unreadable address %q", raw)
	}
	switch {
	case u.Scheme == "data" || u.Scheme == "about":
		return ""
	case u.Scheme+"://"+u.Host == tb.site.Origin:
		return ""
	}
	return fmt.Sprintf("requests %s from another site (%s): residents would wait on, and be tracked by, a server the city does not run", raw, u.Host)
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return "unknown error"
	}
	text := d.Text
	if d.Exception != nil && d.Exception.Description != "" {
		text += " " + d.Exception.Description
	}
	return fmt.Sprintf("%s (%s:%d)", text, d.URL, d.LineNumber+1)
}

func consoleArgs(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		switch {
		case len(a.Value) > 0:
			parts = append(parts, string(a.Value))
		default:
			parts = append(parts, a.Description)
		}
	}
	return strings.Join(parts, " ")
}

// report fails the test for what the tab saw.
func (tb *tab) report() {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, p := range tb.problems {
		tb.t.Error(p)
	}
	for _, d := range tb.dialogs {
		tb.t.Error(d)
	}
}

// open shows a site path and waits for it to load; the server must answer
// 200 (openStatus: the status wanted, such as 404 or 410).
func (tb *tab) open(t *testing.T, path string) {
	t.Helper()
	tb.openStatus(t, path, 200)
}

func (tb *tab) openStatus(t *testing.T, path string, want int64) {
	t.Helper()
	u := tb.site.URL(path)
	tb.mu.Lock()
	tb.page = path
	if want != 200 {
		tb.missing[u] = true
	}
	tb.mu.Unlock()
	resp, err := chromedp.Run(tb.ctx, chromedp.NavigateResponse(u))
	if err != nil {
		t.Fatalf("%s does not load in the browser: %v", path, err)
	}
	if resp == nil || resp.Status != want {
		status := int64(0)
		if resp != nil {
			status = resp.Status
		}
		t.Fatalf("%s answers %d, want %d", path, status, want)
	}
}

// viewport makes the page width x height CSS px at the given device pixel
// ratio, as a phone or a zoomed desktop would.
func (tb *tab) viewport(width, height int64, scale float64) {
	tb.t.Helper()
	err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(width, height, chromedp.EmulateScale(scale)))
	if err != nil {
		tb.t.Fatalf("setting the viewport to %dx%d: %v", width, height, err)
	}
}

// openWithoutScripts shows a path as a browser with JavaScript turned
// off (or whose script download failed) shows it: the page's scripts are
// off while it loads. They are turned back on once it has loaded, so the
// test's own probes (and axe, which awaits timers) can run; the page's
// scripts were skipped while parsing and do not run after the fact.
func (tb *tab) openWithoutScripts(t *testing.T, path string) {
	t.Helper()
	tb.scriptsDisabled(t, true)
	tb.open(t, path)
	tb.scriptsDisabled(t, false)
	if n := evaluate[int](t, tb, `document.querySelectorAll(".al-step__title button").length`); n > 0 {
		t.Fatalf("%s: the page's script ran although JavaScript was off (%d step buttons)", path, n)
	}
}

func (tb *tab) scriptsDisabled(t *testing.T, off bool) {
	t.Helper()
	_, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: off})
	if err != nil {
		t.Fatalf("turning JavaScript off=%v: %v", off, err)
	}
}

// media emulates a CSS media type ("print", "screen" or "" for none).
func (tb *tab) media(m string) {
	tb.t.Helper()
	_, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: m})
	if err != nil {
		tb.t.Fatalf("emulating %q media: %v", m, err)
	}
}

//go:embed testdata/js/*.js
var scripts embed.FS

// call runs the function in testdata/js/<name>.js on the page with the
// arguments (as JSON) and decodes what it returns into T. Promises are
// awaited.
func call[T any](t *testing.T, tb *tab, name string, args ...any) T {
	t.Helper()
	src, err := scripts.ReadFile("testdata/js/" + name + ".js")
	if err != nil {
		t.Fatal(err)
	}
	var encoded []string
	for _, a := range args {
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		encoded = append(encoded, string(b))
	}
	expr := fmt.Sprintf("(%s)(%s)", strings.TrimSpace(string(src)), strings.Join(encoded, ", "))
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("running %s.js on %s: %v", name, tb.page, err)
	}
	return v
}

// evaluate runs a JavaScript expression on the page.
func evaluate[T any](t *testing.T, tb *tab, expr string) T {
	t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluating %q on %s: %v", expr, tb.page, err)
	}
	return v
}

// pageRequests are the requests made since the path was opened, with their
// sizes once loaded.
func (tb *tab) pageRequests() []request {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	var out []request
	for _, r := range tb.requests {
		out = append(out, *r)
	}
	return out
}

func (tb *tab) forgetRequests() {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	tb.requests = map[network.RequestID]*request{}
}

// takeProblems returns what the tab has seen go wrong so far and forgets
// it, for tests that provoke problems on purpose.
func (tb *tab) takeProblems() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	out := append(tb.problems, tb.dialogs...)
	tb.problems, tb.dialogs = nil, nil
	return out
}

// dialogCount is how many dialogs opened so far.
func (tb *tab) dialogCount() int {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return len(tb.dialogs)
}
