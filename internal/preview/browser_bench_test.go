package preview

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/testing/chrome"
	"github.com/alurlayanan/alur/internal/testing/sample"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// BenchmarkSaveToPageInBrowser is issue 15's goal as staff live it: the
// page open in a real browser (Debian's Chromium), a save, and the time
// until the tab shows the new text, swapped in place by the preview's
// script (or reloaded, where it falls back to that). The tab itself takes
// the time, with the same wall clock as the save (Date.now in the browser,
// time.Now here): a script Chromium runs in every new document waits for
// the text wanted, then for the frame that paints it, and leaves the time
// in sessionStorage, which a reload keeps. Like a clerk who looks at the
// page before editing again, each save waits for the preview to finish
// (the search index and kiosks made in the background) before the next.
//
// Besides the goal's median, p95 and max it reports where the time went:
// until the tab asks for the new page (watch, check, pages, Hugo, the
// event to the tab), until the page has arrived (the server bringing it up to date
// and sending it), and until it is painted (the browser).
func BenchmarkSaveToPageInBrowser(b *testing.B) {
	for _, c := range saveCases {
		b.Run(c.name, func(b *testing.B) {
			p := newProject(b, os.DirFS("../../services"), os.DirFS("../../content"))
			var log lockedBuffer
			base := startPreviewLogging(b, p, &log)
			events := openEvents(b, base)
			untilGen(b, events, 1)
			extras := untilExtras(b, events, 1).Extras

			ctx := chrome.ForTest(b, 10*time.Minute)
			if _, err := chromedp.Call(ctx, cdppage.AddScriptToEvaluateOnNewDocument,
				cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: shownScript}); err != nil {
				b.Fatal(err)
			}
			if err := chromedp.Do(ctx, chromedp.Navigate(base+c.page)); err != nil {
				b.Fatal(err)
			}

			file := filepath.Join(p.services, filepath.FromSlash(c.file))
			var toReload, toArrive, toPage []time.Duration
			var cpu time.Duration
			for i := 0; b.Loop(); i++ {
				from, to := c.versions[i%2], c.versions[(i+1)%2]
				chrome.Eval[bool](b, ctx, `sessionStorage.removeItem("alurShown"), sessionStorage.setItem("alurWant", `+jsString(c.wants(to))+`), true`)
				cpu0, t0 := cpuTime(), time.Now()
				sample.Replace(b, file, from, to)
				s := shownAfter(b, ctx, 15*time.Second)
				cpu += cpuTime() - cpu0
				at := func(ms float64) time.Duration {
					return time.UnixMicro(int64(ms * 1000)).Sub(t0)
				}
				toReload = append(toReload, at(s.Reload))
				toArrive = append(toArrive, at(s.Arrived))
				toPage = append(toPage, at(s.Painted))
				extras = untilExtras(b, events, extras+1).Extras
			}
			// The machine may be shared: the preview's CPU time from the save
			// to the page shown (nothing else runs in it then, but for this
			// benchmark asking the tab) says what the wait would be on an idle
			// one, if no more parallel than 1.
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(len(toPage)), "cpu-ms/save")
			b.ReportMetric(median(toPage), "save-to-page-ms")
			b.ReportMetric(percentile(toPage, 95), "p95-save-to-page-ms")
			b.ReportMetric(float64(slices.Max(toPage).Microseconds())/1000, "max-save-to-page-ms")
			b.ReportMetric(median(toReload), "save-to-reload-ms")
			b.ReportMetric(median(toArrive), "save-to-arrived-ms")
			phases := rebuildPhases(b, log.String())
			for _, name := range []string{"check_ms", "pages_ms", "hugo_ms"} {
				b.ReportMetric(medianOf(phases[name][1:]), "median-"+strings.TrimSuffix(name, "_ms")+"-ms")
			}
		})
	}
}

// saveCases are the edits the save benchmarks time. "office" edits an
// office's address (its pages change); "city-service" edits a step of a
// city service (its page at every office changes, and every office page).
var saveCases = []saveCase{
	{"office", "kelurahan/klojen/kauman.yaml", "/kelurahan/kauman/",
		[2]string{"alamat: Kantor Kelurahan Kauman,", "alamat: Kantor Kelurahan Kauman (pindah sementara),"}},
	{"city-service", "layanan/sktm.yaml", "/kelurahan/kauman/sktm/",
		[2]string{"judul: Minta surat pengantar RT/RW", "judul: Minta surat pengantar dari RT/RW"}},
}

type saveCase struct {
	name, file, page string
	versions         [2]string // the file alternates between these
}

// wants is the text the page shows once the file reads version.
func (c saveCase) wants(version string) string {
	_, text, _ := strings.Cut(version, ": ")
	return text
}

// shownScript runs in every new document of the tab. When the text
// sessionStorage.alurWant is in the page, it records in
// sessionStorage.alurShown the times (ms since the epoch) the new page
// was asked for, its response ended, and the frame after the one showing
// it: for a page the preview swaps in place (reload.js), of the fetch
// that brought it; for a reloaded one, of the document.
const shownScript = `(function () {
  performance.setResourceTimingBufferSize(100000);
  function wanted() {
    var want = sessionStorage.getItem("alurWant");
    return want && !sessionStorage.getItem("alurShown") && document.body && document.body.textContent.includes(want);
  }
  function record(asked, arrived) {
    requestAnimationFrame(function () {
      setTimeout(function () {
        sessionStorage.setItem("alurShown", JSON.stringify({ reload: asked, arrived: arrived, painted: Date.now() }));
      }, 0);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (wanted()) {
      var nav = performance.getEntriesByType("navigation")[0];
      record(performance.timeOrigin, performance.timeOrigin + nav.responseEnd);
    }
    new MutationObserver(function () {
      if (!wanted()) return;
      var fetches = performance.getEntriesByName(location.href).filter(function (e) { return e.initiatorType === "fetch"; });
      var f = fetches[fetches.length - 1];
      record(performance.timeOrigin + f.startTime, performance.timeOrigin + f.responseEnd);
    }).observe(document.documentElement, { childList: true });
  });
})();`

// shown is what shownScript records.
type shown struct {
	Reload  float64 `json:"reload"`
	Arrived float64 `json:"arrived"`
	Painted float64 `json:"painted"`
}

// shownAfter polls the tab for what shownScript recorded. The poll's
// interval does not count: the times are the page's own.
func shownAfter(b *testing.B, ctx context.Context, within time.Duration) shown {
	b.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		// Errors are expected while the tab reloads.
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`sessionStorage.getItem("alurShown") || ""`))
		if err == nil && v != "" {
			var s shown
			if err := json.Unmarshal([]byte(v), &s); err != nil {
				b.Fatalf("alurShown %q: %v", v, err)
			}
			return s
		}
		time.Sleep(20 * time.Millisecond)
	}
	body, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body ? document.body.innerText.slice(0, 400) : ""`))
	b.Fatalf("the tab did not show the edit within %v; it shows:\n%s", within, body)
	return shown{}
}

func jsString(s string) string {
	q, _ := json.Marshal(s)
	return string(q)
}
