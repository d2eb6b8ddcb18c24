package site

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/testing/sample"
)

// TestCacheMatchesFreshFiles edits a copy of the fixture city the way staff
// do and checks, after each edit, that files made with the cache are byte
// for byte the files made afresh, and that only the offices the edit
// touches were made again.
func TestCacheMatchesFreshFiles(t *testing.T) {
	dir := t.TempDir()
	sample.WriteRichCity(t, dir)
	cache := NewCache()
	// Pages per language: an office's own page, and one per service.
	pagesOf := func(cat *flow.Catalog, office string) (n int) {
		for _, o := range cat.Offices {
			if office == "" || o.ID == office {
				n += 1 + len(o.Services)
			}
		}
		return n
	}
	offering := func(cat *flow.Catalog, service string) (n int) {
		for _, o := range cat.Offices {
			for _, s := range o.Services {
				if s.ID == service {
					n++
				}
			}
		}
		return n
	}
	steps := []struct {
		name       string
		file, from string // the edit: replace from with to in file
		to         string
		// made is how many pages per language the edit should make again.
		made func(cat *flow.Catalog) int
	}{
		{name: "first run", made: func(cat *flow.Catalog) int { return pagesOf(cat, "") }},
		{name: "nothing changed", made: func(*flow.Catalog) int { return 0 }},
		{name: "one office's address", file: "kelurahan/klojen/kauman.yaml",
			from: "alamat: Jl. Contoh 10, Malang", to: "alamat: Jl. Contoh 12, Malang",
			made: func(cat *flow.Catalog) int { return pagesOf(cat, "kauman") }},
		{name: "a city service's step", file: "layanan/domisili.yaml",
			from: "judul: Serahkan berkas di loket", to: "judul: Serahkan semua berkas di loket",
			// every office page lists its services; only the domisili pages change
			made: func(cat *flow.Catalog) int { return len(cat.Offices) + offering(cat, "domisili") }},
		{name: "the city file", file: "kota.yaml",
			from: "nama: Kantor Kecamatan Klojen", to: "nama: Kantor Camat Klojen",
			made: func(cat *flow.Catalog) int { return pagesOf(cat, "") }},
		{name: "an office removed", file: "kelurahan/blimbing/arjosari.yaml",
			made: func(*flow.Catalog) int { return 0 }},
	}
	for _, step := range steps {
		switch {
		case step.file != "" && step.from == "":
			if err := os.Remove(filepath.Join(dir, step.file)); err != nil {
				t.Fatal(err)
			}
		case step.file != "":
			sample.Replace(t, filepath.Join(dir, step.file), step.from, step.to)
		}
		cat := loadDir(t, dir)
		got, err := files(cat, testBaseURL, defaultParts, cache, false)
		if err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		want, err := Files(cat, testBaseURL)
		if err != nil {
			t.Fatal(err)
		}
		if diff := differingFiles(got, want); len(diff) > 0 {
			t.Errorf("%s: cached files differ from fresh ones: %s", step.name, strings.Join(diff, ", "))
		}
		langs := len(Languages)
		made, all := langs*step.made(cat), langs*pagesOf(cat, "")
		if cache.Misses != made || cache.Hits != all-made {
			t.Errorf("%s: made %d pages again and reused %d; want %d and %d", step.name, cache.Misses, cache.Hits, made, all-made)
		}
	}
}

func loadDir(t *testing.T, dir string) *flow.Catalog {
	t.Helper()
	cat, diags := check.Dir(os.DirFS(dir))
	if cat == nil {
		var b strings.Builder
		diags.Print(&b, diag.EN)
		t.Fatalf("edited city does not load:\n%s", b.String())
	}
	cat.Generated = "2026-11-30"
	return cat
}

// differingFiles names the files that are in only one of a and b or differ.
func differingFiles(a, b map[string][]byte) []string {
	var out []string
	for name, data := range a {
		if other, ok := b[name]; !ok || !bytes.Equal(data, other) {
			out = append(out, name)
		}
	}
	for name := range b {
		if _, ok := a[name]; !ok {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}
