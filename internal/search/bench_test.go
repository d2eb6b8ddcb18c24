package search

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/alurlayanan/alur/internal/flow"
)

// Benchmarks at city scale (57 offices x ~23 services) and at ten times
// that (570 offices, each office of the city copied ten times under new
// ids). Run: go test ./internal/search -run '^$' -bench . -benchtime 3x

func BenchmarkBuildCity(b *testing.B)  { benchBuild(b, 1) }
func BenchmarkBuild10x(b *testing.B)   { benchBuild(b, 10) }
func BenchmarkSearchCity(b *testing.B) { benchSearch(b, 1) }
func BenchmarkSearch10x(b *testing.B)  { benchSearch(b, 10) }

func benchBuild(b *testing.B, scale int) {
	cat, syn := scaledCatalog(b, scale)
	var stats BuildStats
	for i := 0; b.Loop(); i++ {
		var err error
		stats, err = Build(cat, filepath.Join(b.TempDir(), fmt.Sprintf("i%d.bleve", i)), syn)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(stats.Bytes)/(1<<20), "MiB")
	b.ReportMetric(float64(stats.Documents), "docs")
}

// benchSearch runs the relevance sets' queries, half of them as typed
// (completing the last word), and reports latency percentiles: of all the
// queries, and of the original set alone (kueri.yaml: "-base"), which
// earlier figures were measured on.
func benchSearch(b *testing.B, scale int) {
	cat, syn := scaledCatalog(b, scale)
	dir := filepath.Join(b.TempDir(), "bench.bleve")
	if _, err := Build(cat, dir, syn); err != nil {
		b.Fatal(err)
	}
	ix, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	queries, base := benchQueries(b)
	var took, tookBase []time.Duration
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		c := queries[i%len(queries)]
		start := time.Now()
		if _, err := ix.Search(ctx, Query{Text: c.Q, Office: c.In, Typing: i%2 == 1}); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
		if i%len(queries) < base {
			tookBase = append(tookBase, took[len(took)-1])
		}
	}
	pct := func(d []time.Duration, p float64) float64 {
		slices.Sort(d)
		return float64(d[int(p*float64(len(d)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(took, 0.5), "p50-ms")
	b.ReportMetric(pct(took, 0.99), "p99-ms")
	if len(tookBase) > 0 {
		b.ReportMetric(pct(tookBase, 0.5), "p50-base-ms")
		b.ReportMetric(pct(tookBase, 0.99), "p99-base-ms")
	}
}

// benchQueries returns the queries, the original set's first.
func benchQueries(b *testing.B) (cases []relevanceCase, base int) {
	data, err := os.ReadFile("testdata/kueri.yaml")
	if err != nil {
		b.Fatal(err)
	}
	if err := yaml.Unmarshal(data, &cases); err != nil {
		b.Fatal(err)
	}
	base = len(cases)
	// And the grouped set: long chatty queries, "not here", nothing.
	data, err = os.ReadFile("testdata/kueri-kelompok.yaml")
	if err != nil {
		b.Fatal(err)
	}
	var groups map[string][]relevanceCase
	if err := yaml.Unmarshal(data, &groups); err != nil {
		b.Fatal(err)
	}
	for _, name := range slices.Sorted(maps.Keys(groups)) {
		cases = append(cases, groups[name]...)
	}
	return cases, base
}

// scaledCatalog returns the city, or a synthetic catalog with scale copies
// of every office (new ids and names, the same services).
func scaledCatalog(b *testing.B, scale int) (*flow.Catalog, Synonyms) {
	cat, syn := cityCatalog(b)
	if scale == 1 {
		return cat, syn
	}
	big := *cat
	big.Offices = nil
	for copyN := 0; copyN < scale; copyN++ {
		for _, o := range cat.Offices {
			big.Offices = append(big.Offices, copyOffice(o, copyN))
		}
	}
	return &big, syn
}

func copyOffice(o *flow.Office, n int) *flow.Office {
	if n == 0 {
		return o
	}
	file := *o.OfficeFile
	file.ID = fmt.Sprintf("%s-%d", o.ID, n)
	file.Name = fmt.Sprintf("%s %d", o.Name, n)
	c := &flow.Office{OfficeFile: &file, District: o.District, NotOffered: o.NotOffered}
	for _, s := range o.Services {
		sc := *s
		sc.Office = c
		c.Services = append(c.Services, &sc)
	}
	return c
}
