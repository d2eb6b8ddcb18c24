package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/testing/synth"
)

// BenchmarkBuild runs the whole pipeline (check, site, index, kiosk,
// publish) on the Kota Malang example and on a city ten times its size.
// "rebuild" edits one service file and builds again over a published site,
// as `alur build` does after a staff edit.
func BenchmarkBuild(b *testing.B) {
	for _, scale := range []struct {
		name   string
		factor int
	}{{"city", 1}, {"city10x", 10}} {
		services := filepath.Join(b.TempDir(), "services")
		if err := synth.City(os.DirFS("../../services"), services, scale.factor); err != nil {
			b.Fatal(err)
		}
		opts := Options{Services: services, Content: "../../content", Theme: "../../themes/alur",
			Out: filepath.Join(b.TempDir(), "public"), BaseURL: flow.MustBaseURL("https://alur.example.go.id/")}
		b.Run(scale.name, func(b *testing.B) {
			var res *Result
			for b.Loop() {
				res = mustBuild(b, opts)
			}
			reportBuild(b, res)
		})
		b.Run(scale.name+"/rebuild", func(b *testing.B) {
			sktm := filepath.Join(services, "layanan", "sktm.yaml")
			original, _ := os.ReadFile(sktm)
			var res *Result
			i := 0
			for b.Loop() {
				i++
				edited := strings.Replace(string(original), "Minta surat pengantar RT/RW", "Minta surat pengantar RT/RW "+strings.Repeat("!", i%3), 1)
				os.WriteFile(sktm, []byte(edited), 0o644)
				res = mustBuild(b, opts)
			}
			os.WriteFile(sktm, original, 0o644)
			reportBuild(b, res)
		})
	}
}

func mustBuild(b testing.TB, opts Options) *Result {
	b.Helper()
	res, err := Build(context.Background(), opts)
	if err != nil {
		var s strings.Builder
		res.Problems.Print(&s, "en")
		b.Fatalf("%v\n%s", err, s.String())
	}
	return res
}

func reportBuild(b *testing.B, res *Result) {
	b.ReportMetric(float64(res.Pages), "pages")
	b.ReportMetric(float64(len(res.Catalog.Offices)), "offices")
	b.ReportMetric(res.Timings.Stage("site").Seconds(), "site-s")
	b.ReportMetric(res.Timings.Stage("index").Seconds(), "index-s")
	b.ReportMetric(res.Timings.Stage("kiosk").Seconds(), "kiosk-s")
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		// Linux reports kilobytes; the peak of the process so far, so the
		// city10x figure includes the city run before it.
		b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MB")
	}
}
