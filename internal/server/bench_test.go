package server_test

import (
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/testing/loadtest"
)

func TestMain(m *testing.M) {
	loadtest.ServeChildIfAsked()
	os.Exit(m.Run())
}

// Load settings: a lobby's worth of phones is a handful; 16 connections
// is a busy morning for the whole city.
const (
	benchConnections = 16
	benchDuration    = 2 * time.Second
)

// benchSite is the published site to load: $ALUR_BENCH_SITE (a real build,
// for example after make run) or synthetic city-sized pages with the real
// search index of the example city.
func benchSite(b *testing.B) string {
	if site := os.Getenv("ALUR_BENCH_SITE"); site != "" {
		return site
	}
	dir := b.TempDir()
	if err := loadtest.Synthesize(dir, "../../services"); err != nil {
		b.Fatal(err)
	}
	return dir
}

// BenchmarkServe loads a server in a second process on loopback. One
// iteration is benchDuration of load; req/s and p99 are reported per
// target, with the server's memory before and after.
func BenchmarkServe(b *testing.B) {
	site := benchSite(b)
	pages, err := loadtest.ServicePages(site)
	if err != nil {
		b.Fatal(err)
	}
	srv, err := loadtest.Start(site)
	if err != nil {
		b.Fatal(err)
	}
	defer srv.Stop()
	targets := map[string][]string{
		"service-page": pages[:1],
		"all-pages":    pages, // every page once in turn: the caches fill
	}
	if srv.SearchOpen() {
		targets["api-search"] = []string{"/api/search?q=" + url.QueryEscape("surat keterangan tidak mampu")}
	}
	for _, name := range []string{"service-page", "all-pages", "api-search"} {
		paths, ok := targets[name]
		if !ok {
			continue
		}
		b.Run(name, func(b *testing.B) {
			rssBefore, _, err := srv.Memory()
			if err != nil {
				b.Fatal(err)
			}
			cpu0, err := srv.CPUTime()
			if err != nil {
				b.Fatal(err)
			}
			var total loadtest.Result
			for b.Loop() {
				r, err := srv.Load(paths, benchConnections, benchDuration)
				if err != nil {
					b.Fatal(err)
				}
				if r.Failed > 0 {
					b.Fatalf("%d failed requests", r.Failed)
				}
				total.Requests += r.Requests
				total.Elapsed += r.Elapsed
				total.P99 = max(total.P99, r.P99)
			}
			rssAfter, peak, _ := srv.Memory()
			cpu1, _ := srv.CPUTime()
			b.ReportMetric(float64((cpu1-cpu0).Microseconds())/float64(total.Requests), "server-cpu-us/req")
			b.ReportMetric(total.PerSecond(), "req/s")
			b.ReportMetric(float64(total.P99.Microseconds())/1000, "p99-ms")
			b.ReportMetric(float64(rssBefore), "rss-before-kB")
			b.ReportMetric(float64(rssAfter), "rss-after-kB")
			b.ReportMetric(float64(peak), "rss-peak-kB")
		})
	}
}
