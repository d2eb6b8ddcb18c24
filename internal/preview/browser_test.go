package preview

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/testing/chrome"
	"github.com/alurlayanan/alur/internal/testing/sample"
	"github.com/chromedp/chromedp"
)

// In a real browser: a save brings the open tab up to date by itself (a
// site page swapped in place, with the site's scripts run again on it, as
// a reload would), a mistake shows over the last good page with its file
// and line and goes when fixed, and a kiosk tab follows the kiosk, which is
// made after the pages, by reloading. Page errors (a reload script refused
// by the kiosk's stricter policy, say) fail the test.
func TestBrowserTabFollowsSaves(t *testing.T) {
	p := newProject(t, sample.RichCity(), sample.Content())
	base := startPreview(t, p)
	events := openEvents(t, base)
	untilExtras(t, events, 1)
	ctx := chrome.ForTest(t, time.Minute)
	kauman := filepath.Join(p.services, "kelurahan", "klojen", "kauman.yaml")

	open(t, ctx, base+"/kelurahan/kauman/")
	chrome.WaitFor(t, ctx, "the office page", `document.body.innerText.includes("Jl. Contoh 10")`, browserWait)
	enhanced := `document.querySelectorAll(".al-today").length`
	if n := chrome.Eval[int](t, ctx, enhanced); n != 1 {
		t.Fatalf("%d rows of today in the hours before the save, want 1 (alur.js)", n)
	}
	title := chrome.Eval[string](t, ctx, `document.title`)
	markPage(t, ctx)
	sample.Replace(t, kauman, "Jl. Contoh 10", "Jl. Baru 99")
	chrome.WaitFor(t, ctx, "the new address swapped in",
		`window.alurBefore === true && document.body.innerText.includes("Jl. Baru 99")`, browserWait)
	if n := chrome.Eval[int](t, ctx, enhanced); n != 1 {
		t.Errorf("%d rows of today in the hours after the swap, want 1: the site's script did not run again on the new page", n)
	}
	if got := chrome.Eval[string](t, ctx, `document.title`); got != title {
		t.Errorf("title %q after the swap, want %q", got, title)
	}
	if n := chrome.Eval[int](t, ctx, `document.querySelectorAll("script[src^='/_preview/']").length`); n != 0 {
		t.Errorf("%d copies of the preview's script in the swapped page, want none (it runs once per tab)", n)
	}

	sample.Replace(t, kauman, "kecamatan: klojen", "kecamatan: klojenn")
	chrome.WaitFor(t, ctx, "the problem over the page",
		`(document.querySelector(".alur-preview[role=alert]") || {innerText: ""}).innerText.includes("kelurahan/klojen/kauman.yaml:4:")`, browserWait)
	if !chrome.Eval[bool](t, ctx, `document.querySelector("main").innerText.includes("Jl. Baru 99")`) {
		t.Error("the last good page is not under the problem")
	}
	sample.Replace(t, kauman, "kecamatan: klojenn", "kecamatan: klojen")
	chrome.WaitFor(t, ctx, "the problem gone after the fix", `document.querySelector(".alur-preview") === null`, browserWait)

	open(t, ctx, base+"/kiosk/kauman/")
	chrome.WaitFor(t, ctx, "the kiosk", `document.body.innerText.includes("Surat Keterangan Kematian")`, browserWait)
	markPage(t, ctx)
	sample.Replace(t, filepath.Join(p.services, "layanan", "kematian.yaml"), "nama: Surat Keterangan Kematian", "nama: Surat Keterangan Wafat")
	chrome.WaitFor(t, ctx, "the kiosk reloaded with the new name",
		`window.alurBefore === undefined && document.body.innerText.includes("Surat Keterangan Wafat")`, browserWait)
}

// browserWait bounds each wait for the page: a save reaches the tab in a
// fraction of a second, the kiosks a second or two later.
const browserWait = 15 * time.Second

func open(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
}

// markPage sets a variable that a reload clears.
func markPage(t *testing.T, ctx context.Context) {
	t.Helper()
	chrome.Eval[bool](t, ctx, `window.alurBefore = true`)
}
