package browsertest

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/alurlayanan/alur/internal/feedback"
)

// TestEmptyOfficeReportInOneTap: from the office page (with and without
// JavaScript) and from the kiosk, one tap reports the office closed or
// empty; the server times it, and it waits in the outbox for the city's
// webhook at once.
func TestEmptyOfficeReportInOneTap(t *testing.T) {
	check := func(t *testing.T, site *servedSite, channel feedback.Channel, before, after time.Time) {
		t.Helper()
		var r []feedback.Report
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			if r = reports(t, site.DB); len(r) > 0 {
				break
			}
		}
		if len(r) != 1 {
			t.Fatalf("%d reports kept, want 1", len(r))
		}
		got := r[0]
		if got.Reason != feedback.Empty || got.Office != "kauman" || got.Channel != channel ||
			got.Seen.Before(before.Truncate(time.Minute)) || got.Seen.After(after) {
			t.Errorf("kept %+v; want kosong at kauman by %s, seen between %s and %s", got, channel, before, after)
		}
		if n, err := site.DB.Notice(context.Background(), got.ID); err != nil || !n.Delivered.IsZero() {
			t.Errorf("the report is not waiting for the webhook: %+v %v", n, err)
		}
	}
	t.Run("office page without JavaScript", func(t *testing.T) {
		site := hearSite(t)
		tb := newTab(t, site)
		tb.openWithoutScripts(t, "/kelurahan/kauman/")
		before := time.Now()
		do(t, tb, `document.querySelector('.al-empty button[type=submit]').click()`)
		waitFor(t, tb, `location.pathname === '/umpan-balik/terima-kasih/' && document.readyState === 'complete'`, "the thank-you page")
		check(t, site, feedback.Web, before, time.Now())
	})
	t.Run("office page with JavaScript", func(t *testing.T) {
		site := hearSite(t)
		tb := newTab(t, site)
		tb.open(t, "/kelurahan/kauman/")
		before := time.Now()
		if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(360, 740, chromedp.EmulateTouch), chromedp.Tap(chromedp.CSS(".al-empty button[type=submit]"))); err != nil {
			t.Fatal(err)
		}
		waitFor(t, tb, `!document.querySelector('.al-empty .al-fb__thanks').hidden`, "thanks in place")
		if path := evaluate[string](t, tb, `location.pathname`); path != "/kelurahan/kauman/" {
			t.Errorf("left the page for %s", path)
		}
		check(t, site, feedback.Web, before, time.Now())
	})
	t.Run("kiosk", func(t *testing.T) {
		site := hearSite(t)
		tb := newTab(t, site)
		if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(1080, 1920, chromedp.EmulatePortrait, chromedp.EmulateTouch)); err != nil {
			t.Fatal(err)
		}
		tb.open(t, "/kiosk/kauman/")
		waitFor(t, tb, `document.getElementById('k-empty').checkVisibility()`, "the one-tap report on the start screen")
		before := time.Now()
		tapOn(t, tb, "#k-empty-report")
		waitFor(t, tb, `!document.getElementById('k-empty-thanks').hidden`, "thanks on the kiosk")
		check(t, site, feedback.Kiosk, before, time.Now())
	})
}
