package pipeline

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/server"
)

// TestSoakRebuildsDoNotGrowMemory publishes the fixture city again and
// again while a real server follows each publish and a client keeps asking
// for pages and searches. Leaks a long-running office server would suffer
// (an index not closed on swap, caches keyed by build, Hugo state kept
// between builds) show as heap or file descriptors that keep growing. The
// loop is bounded: a fixed number of builds.
func TestSoakRebuildsDoNotGrowMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("soak test: skipped with -short (make unit); make test runs it")
	}
	const warmup, rounds = 3, 12
	opts := fixtureOptions(t)
	mustBuild(t, opts)
	srv, err := server.New(server.Config{Site: opts.Out, OpenSearch: server.OpenSearchIndex, Poll: 20 * time.Millisecond,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()

	var heap0 uint64
	var fds0 int
	for i := range rounds {
		build := mustBuild(t, opts).Build
		waitForBuild(t, srv, build)
		for _, path := range []string{"/kelurahan/kauman/sktm/", "/api/search?q=surat+miskin", "/cari?q=akte", "/kiosk/kauman/"} {
			get(t, ts.URL+path)
		}
		if i == warmup {
			heap0, fds0 = heapInUse(), openFDs(t)
		}
	}
	heap, fds := heapInUse(), openFDs(t)
	t.Logf("after %d builds: heap %.1f MB -> %.1f MB, open files %d -> %d", rounds-warmup-1, mb(heap0), mb(heap), fds0, fds)
	// Allow noise, not a trend: a leak of one build's index or pages per
	// round would add several MB and several files each time.
	if heap > heap0+heap0/4+4<<20 {
		t.Errorf("heap grew from %.1f MB to %.1f MB over %d rebuilds", mb(heap0), mb(heap), rounds-warmup-1)
	}
	if fds > fds0+4 {
		t.Errorf("open files grew from %d to %d over %d rebuilds", fds0, fds, rounds-warmup-1)
	}
}

func waitForBuild(t *testing.T, srv *server.Server, build string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for srv.BuildID() != build {
		if time.Now().After(deadline) {
			t.Fatalf("server still on %s, want %s", srv.BuildID(), build)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func get(t *testing.T, url string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET %s: %s", url, resp.Status)
	}
}

func heapInUse() uint64 {
	var m runtime.MemStats
	for range 3 {
		runtime.GC()
	}
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

func openFDs(t *testing.T) int {
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatal(err)
	}
	return len(entries)
}

func mb(b uint64) float64 { return float64(b) / (1 << 20) }
