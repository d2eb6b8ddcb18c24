package kiosk

import (
	"context"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/testing/chrome"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// TestSoakIdleCyclesDoNotGrowMemory runs a lobby kiosk through many idle
// cycles, each with a search typed on the on-screen keyboard, the idle
// warning, the reset and the attract view, as a kiosk does all day. The
// page's JavaScript heap after garbage collection and its number of DOM
// nodes must not keep growing. Bounded: a fixed number of cycles of about
// three seconds each.
func TestSoakIdleCyclesDoNotGrowMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("soak test: skipped with -short (make unit); make test runs it")
	}
	const warmup, cycles = 3, 15
	ctx := chrome.ForTest(t, 3*time.Minute)
	srv := serveKiosk(t, buildFixture(t, fixtureCity(t)), &fakeSearch{wrapped: true})
	open(t, ctx, portrait, srv.URL+"/kiosk/kauman/?idle=1&warn=1&slide=1")

	var heap0, nodes0 float64
	for i := range cycles {
		tap(t, ctx, "#k-search-open")
		tapKeys(t, ctx, "miskin")
		chrome.WaitFor(t, ctx, "results", `document.querySelectorAll('#k-results a').length > 0`, 10*time.Second)
		chrome.WaitFor(t, ctx, "the attract view after the idle reset", `!document.getElementById('k-attract').hidden`, 10*time.Second)
		if v := chrome.Eval[string](t, ctx, `document.getElementById('k-q').value`); v != "" {
			t.Fatalf("cycle %d: the reset left %q in the search field", i, v)
		}
		tap(t, ctx, ".k-attract-touch")
		chrome.WaitFor(t, ctx, "the start screen", `document.getElementById('k-attract').hidden`, 5*time.Second)
		if i == warmup {
			heap0, nodes0 = jsHeap(t, ctx), domNodes(t, ctx)
		}
	}
	heap, nodes := jsHeap(t, ctx), domNodes(t, ctx)
	t.Logf("after %d idle cycles: JS heap %.2f MB -> %.2f MB, DOM nodes %.0f -> %.0f",
		cycles-warmup-1, heap0/(1<<20), heap/(1<<20), nodes0, nodes)
	// A leak per cycle (results or slides kept, listeners added on every
	// reset) would grow the DOM or add tens of kilobytes each time.
	if nodes > nodes0 {
		t.Errorf("DOM grew from %.0f to %.0f nodes over %d idle cycles", nodes0, nodes, cycles-warmup-1)
	}
	if heap > heap0*1.25+256<<10 {
		t.Errorf("JS heap grew from %.2f MB to %.2f MB over %d idle cycles", heap0/(1<<20), heap/(1<<20), cycles-warmup-1)
	}
}

func jsHeap(t *testing.T, ctx context.Context) float64 {
	t.Helper()
	if _, err := chromedp.Call(ctx, heapprofiler.CollectGarbage, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	usage, err := chromedp.Call(ctx, runtime.GetHeapUsage, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	return usage.UsedSize
}

func domNodes(t *testing.T, ctx context.Context) float64 {
	t.Helper()
	return chrome.Eval[float64](t, ctx, `document.getElementsByTagName('*').length`)
}
