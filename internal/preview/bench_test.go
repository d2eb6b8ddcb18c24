package preview

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/testing/sample"
)

// BenchmarkSaveToReload edits the YAML in a copy of the real city
// (services/, content/ and themes/alur of this repository) and times the
// two things staff wait for: the reload event reaching the tab, and the
// reloaded page arriving over HTTP (BenchmarkSaveToPageInBrowser times the
// page in a browser). One iteration is one save, right after the last.
func BenchmarkSaveToReload(b *testing.B) {
	for _, c := range saveCases {
		b.Run(c.name, func(b *testing.B) {
			p := newProject(b, os.DirFS("../../services"), os.DirFS("../../content"))
			var log lockedBuffer
			base := startPreviewLogging(b, p, &log)
			events := openEvents(b, base)
			start := time.Now()
			gen := untilGen(b, events, 1).Gen
			b.Logf("first build of the city: %s", time.Since(start).Round(time.Millisecond))

			file := filepath.Join(p.services, filepath.FromSlash(c.file))
			var toReload, toPage []time.Duration
			cpu0 := cpuTime()
			for i := 0; b.Loop(); i++ {
				from, to := c.versions[i%2], c.versions[(i+1)%2]
				t0 := time.Now()
				sample.Replace(b, file, from, to)
				gen = untilGen(b, events, gen+1).Gen
				toReload = append(toReload, time.Since(t0))
				_, body := page(b, base+c.page)
				toPage = append(toPage, time.Since(t0))
				if want := c.wants(to); !strings.Contains(body, want) {
					b.Fatalf("iteration %d: reloaded %s lacks %q", len(toPage), c.page, want)
				}
			}
			// The machine may be shared: the process's CPU time per save says
			// what the wait would be on an idle one (if no more parallel
			// than 1).
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(len(toPage)), "cpu-ms/save")
			b.ReportMetric(median(toReload), "save-to-reload-ms")
			b.ReportMetric(median(toPage), "save-to-page-ms")
			b.ReportMetric(percentile(toPage, 95), "p95-save-to-page-ms")
			b.ReportMetric(float64(slices.Max(toPage).Microseconds())/1000, "max-save-to-page-ms")
			// Where the time of a save goes, from the preview's own log (the
			// first build excluded).
			phases := rebuildPhases(b, log.String())
			for _, name := range []string{"check_ms", "pages_ms", "hugo_ms"} {
				b.ReportMetric(medianOf(phases[name][1:]), "median-"+strings.TrimSuffix(name, "_ms")+"-ms")
			}
		})
	}
}

// rebuildPhases collects the phase timings of each "rebuilt" line of a
// JSON log.
func rebuildPhases(b *testing.B, log string) map[string][]float64 {
	out := map[string][]float64{}
	for line := range strings.Lines(log) {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			b.Fatalf("log line %q: %v", line, err)
		}
		if rec["msg"] != "rebuilt" {
			continue
		}
		for k, v := range rec {
			if f, ok := v.(float64); ok && strings.HasSuffix(k, "_ms") {
				out[k] = append(out[k], f)
			}
		}
	}
	if len(out["pages_ms"]) < 2 {
		b.Fatalf("log has no rebuilds after the first build:\n%s", log)
	}
	return out
}

func medianOf(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// lockedBuffer is a buffer the preview writes its log to while the
// benchmark may read it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// cpuTime is the CPU time this process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func median(ds []time.Duration) float64 {
	s := slices.Clone(ds)
	slices.Sort(s)
	return float64(s[len(s)/2].Microseconds()) / 1000
}

// percentile is the nearest-rank p-th percentile of ds, in milliseconds:
// the goal for a save is a p95.
func percentile(ds []time.Duration, p int) float64 {
	s := slices.Clone(ds)
	slices.Sort(s)
	rank := (p*len(s) + 99) / 100 // ceil(p/100 × n), 1-based
	return float64(s[max(rank, 1)-1].Microseconds()) / 1000
}
