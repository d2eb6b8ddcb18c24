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
)

// TestCacheMatchesFreshFiles edits a copy of the fixture city the way staff
// do and checks, after each edit, that files made with the cache are byte
// for byte the files made afresh, and that only the offices the edit
// touches were made again.
func TestCacheMatchesFreshFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/city")); err != nil {
		t.Fatal(err)
	}
	cache := NewCache()
	steps := []struct {
		name         string
		file, from   string // the edit: replace from with to in file
		to           string
		hits, misses int // office page sets, 3 offices in 2 languages
	}{
		{name: "first run", hits: 0, misses: 6},
		{name: "nothing changed", hits: 6, misses: 0},
		{name: "one office's address", file: "kelurahan/klojen/kauman.yaml",
			from: "alamat: Jl. Contoh 10, Malang", to: "alamat: Jl. Contoh 12, Malang", hits: 4, misses: 2},
		{name: "a city service's step", file: "layanan/domisili.yaml",
			from: "judul: Serahkan berkas di loket", to: "judul: Serahkan semua berkas di loket", hits: 0, misses: 6},
		{name: "the city file", file: "kota.yaml",
			from: "nama: Kantor Kecamatan Klojen", to: "nama: Kantor Camat Klojen", hits: 0, misses: 6},
		{name: "an office removed", file: "kelurahan/blimbing/arjosari.yaml", hits: 4, misses: 0},
	}
	for _, step := range steps {
		switch {
		case step.file != "" && step.from == "":
			if err := os.Remove(filepath.Join(dir, step.file)); err != nil {
				t.Fatal(err)
			}
		case step.file != "":
			replaceIn(t, filepath.Join(dir, step.file), step.from, step.to)
		}
		cat := loadDir(t, dir)
		got, err := files(cat, testBaseURL, defaultParts, cache)
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
		if cache.Hits != step.hits || cache.Misses != step.misses {
			t.Errorf("%s: hits %d, misses %d; want %d, %d", step.name, cache.Hits, cache.Misses, step.hits, step.misses)
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

func replaceIn(t *testing.T, path, from, to string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(from)) {
		t.Fatalf("%s lacks %q", path, from)
	}
	if err := os.WriteFile(path, bytes.Replace(data, []byte(from), []byte(to), 1), 0o644); err != nil {
		t.Fatal(err)
	}
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
