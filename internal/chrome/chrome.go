// Package chrome starts Debian's Chromium for the browser tests: headless,
// a fresh profile, and no background traffic (this machine's network is
// closed, and a test must not depend on one).
package chrome

import (
	"context"
	"fmt"
	"os"

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
