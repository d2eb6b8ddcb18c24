// Package chrome starts Debian's Chromium for the browser tests: headless,
// a fresh profile, and no background traffic (this machine's network is
// closed, and a test must not depend on one).
package chrome

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Path is Debian's Chromium. A test that needs it fails, never skips, when
// it is missing: a skipped browser test reads as a passing one.
const Path = "/usr/bin/chromium"

// Start starts Chromium with its profile in profileDir and returns a
// context bound to the browser (no deadline: tabs set their own) and the
// function that stops it.
func Start(profileDir string) (context.Context, func(), error) {
	if _, err := os.Stat(Path); err != nil {
		return nil, nil, fmt.Errorf("browser tests need Chromium at %s (run make setup, or apt-get install chromium): %w", Path, err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(Path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		// Scrollbars would take width from the layout and differ between
		// machines; phones and touch screens overlay theirs.
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(profileDir),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelBrowser := chromedp.NewContext(allocCtx)
	stop := func() { cancelBrowser(); cancelAlloc() }
	// The first Do starts the browser and ties its life to ctx.
	if err := chromedp.Do(ctx); err != nil {
		stop()
		return nil, nil, fmt.Errorf("starting Chromium at %s: %w", Path, err)
	}
	return ctx, stop, nil
}

// ForTest starts Chromium for one test and returns the context of its
// first tab, limited to timeout. The browser stops when the test ends;
// uncaught exceptions and security errors (a script or style refused by
// the Content-Security-Policy) seen until then fail the test. Failed
// requests do not: some tests make a request fail on purpose.
func ForTest(t testing.TB, timeout time.Duration) context.Context {
	t.Helper()
	profile := t.TempDir() // made before the cleanup below, so removed after the browser stops
	browserCtx, stop, err := Start(profile)
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

type pageErrors struct {
	mu   sync.Mutex
	seen []string
}

func (p *pageErrors) list() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.seen...)
}

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

// Eval evaluates js in the page of ctx and fails the test if it cannot.
func Eval[T any](t testing.TB, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// WaitFor checks the JavaScript condition js until it holds, failing the
// test with what the page shows if it does not within the time given. It
// polls from Go, not inside the page, so it survives the page navigating
// or reloading meanwhile.
func WaitFor(t testing.TB, ctx context.Context, what, js string, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	var last error
	for time.Now().Before(deadline) {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js))
		if err == nil && ok {
			return
		}
		last = err
		time.Sleep(50 * time.Millisecond)
	}
	body, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body ? document.body.innerText.slice(0, 400) : ""`))
	t.Fatalf("waiting for %s (%s): not within %v (last error: %v); the page shows:\n%s", what, js, within, last, strings.TrimSpace(body))
}
