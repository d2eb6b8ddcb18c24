package kiosk

// Starting a real browser for a test. This file is kept on its own so that
// other packages can copy the pattern: Debian's Chromium, headless, a fresh
// profile per test, and the page's uncaught exceptions and security errors
// (a CSP violation) turned into test failures.

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath is Debian's Chromium. A test that needs it fails, never
// skips, when it is missing: a skipped browser test reads as a passing one.
const chromiumPath = "/usr/bin/chromium"

// newBrowser starts Chromium for one test and returns the context of its
// first tab, limited to timeout. The browser stops when the test ends; page
// errors seen until then fail the test.
func newBrowser(t *testing.T, timeout time.Duration) context.Context {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Fatalf("browser tests need Chromium at %s (apt-get install chromium): %v", chromiumPath, err)
	}
	profile := t.TempDir() // made before the cleanup below, so removed after the browser stops
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.UserDataDir(profile),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	// The first Do starts the browser and binds its life to browserCtx, so it
	// runs without the test's deadline; the deadline goes on the context the
	// test's actions use.
	if err := chromedp.Do(browserCtx); err != nil {
		cancelBrowser()
		cancelAlloc()
		t.Fatalf("starting Chromium: %v", err)
	}
	errs := watchPageErrors(browserCtx)
	ctx, cancelTimeout := context.WithTimeout(browserCtx, timeout)
	t.Cleanup(func() {
		cancelTimeout()
		for _, e := range errs.list() {
			t.Errorf("page error: %s", e)
		}
		cancelBrowser()
		cancelAlloc()
	})
	return ctx
}

// pageErrors collects what a kiosk must never show in its console.
type pageErrors struct {
	mu   sync.Mutex
	seen []string
}

func (p *pageErrors) list() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.seen...)
}

// watchPageErrors records uncaught exceptions and security messages, such
// as a script or style refused by the Content-Security-Policy. Failed
// requests are left out: some tests make the search API fail on purpose.
func watchPageErrors(ctx context.Context) *pageErrors {
	p := &pageErrors{}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.IsException() || m.Source == "security" || strings.Contains(m.Text, "Content Security Policy") {
				p.mu.Lock()
				p.seen = append(p.seen, m.String())
				p.mu.Unlock()
			}
		}
	}()
	return p
}
