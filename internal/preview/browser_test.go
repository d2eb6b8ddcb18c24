package preview

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/chrome"
	"github.com/chromedp/chromedp"
)

// In a real browser: a save reloads the open tab by itself, a mistake
// shows over the last good page with its file and line and goes when
// fixed, and a kiosk tab follows the kiosk, which is made after the pages.
// Page errors (a reload script refused by the kiosk's stricter policy,
// say) fail the test.
func TestBrowserTabFollowsSaves(t *testing.T) {
	p := newProject(t, "testdata/city", "testdata/content")
	base := startPreview(t, p)
	events := openEvents(t, base)
	untilExtras(t, events, 1)
	ctx := chrome.ForTest(t, time.Minute)
	kauman := filepath.Join(p.services, "kelurahan", "klojen", "kauman.yaml")

	open(t, ctx, base+"/kelurahan/kauman/")
	waitFor(t, ctx, "the office page", `document.body.innerText.includes("Jl. Contoh 10")`)
	markPage(t, ctx)
	edit(t, kauman, "Jl. Contoh 10", "Jl. Baru 99")
	waitFor(t, ctx, "the reload with the new address",
		`window.alurBefore === undefined && document.body.innerText.includes("Jl. Baru 99")`)

	edit(t, kauman, "kecamatan: klojen", "kecamatan: klojenn")
	waitFor(t, ctx, "the problem over the page",
		`(document.querySelector(".alur-preview[role=alert]") || {innerText: ""}).innerText.includes("kelurahan/klojen/kauman.yaml:4:")`)
	if !eval[bool](t, ctx, `document.querySelector("main").innerText.includes("Jl. Baru 99")`) {
		t.Error("the last good page is not under the problem")
	}
	edit(t, kauman, "kecamatan: klojenn", "kecamatan: klojen")
	waitFor(t, ctx, "the problem gone after the fix", `document.querySelector(".alur-preview") === null`)

	open(t, ctx, base+"/kiosk/kauman/")
	waitFor(t, ctx, "the kiosk", `document.body.innerText.includes("Surat Keterangan Kematian")`)
	markPage(t, ctx)
	edit(t, filepath.Join(p.services, "layanan", "kematian.yaml"), "nama: Surat Keterangan Kematian", "nama: Surat Keterangan Wafat")
	waitFor(t, ctx, "the kiosk reloaded with the new name",
		`window.alurBefore === undefined && document.body.innerText.includes("Surat Keterangan Wafat")`)
}

func open(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
}

// markPage sets a variable that a reload clears.
func markPage(t *testing.T, ctx context.Context) {
	t.Helper()
	eval[bool](t, ctx, `window.alurBefore = true`)
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// waitFor checks a JavaScript condition from Go until it holds, so it
// survives the page reloading meanwhile.
func waitFor(t *testing.T, ctx context.Context, what, js string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
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
	t.Fatalf("waiting for %s (%s): not within 15s (last error: %v); page shows:\n%s", what, js, last, strings.TrimSpace(body))
}
