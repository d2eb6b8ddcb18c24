package kiosk

// Starting a real browser for a test (internal/chrome starts it), with the
// page's uncaught exceptions and security errors (a CSP violation) turned
// into test failures.

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/chrome"
	"github.com/chromedp/chromedp"
)

// newBrowser starts Chromium for one test and returns the context of its
// first tab, limited to timeout. The browser stops when the test ends; page
// errors seen until then fail the test.
func newBrowser(t *testing.T, timeout time.Duration) context.Context {
	t.Helper()
	profile := t.TempDir() // made before the cleanup below, so removed after the browser stops
	browserCtx, stop, err := chrome.Start(profile)
	if err != nil {
		t.Fatal(err)
	}
	errs := watchPageErrors(browserCtx)
	ctx, cancelTimeout := context.WithTimeout(browserCtx, timeout)
	t.Cleanup(func() {
		cancelTimeout()
		for _, e := range errs.list() {
			t.Errorf("page error: %s", e)
		}
		stop()
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
