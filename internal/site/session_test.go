package site

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/hugosite"
)

// The live preview keeps a session and hands it fresh files after an edit.
func TestSessionShowsAnEditedServiceEverywhere(t *testing.T) {
	ctx := context.Background()
	cat := loadFixture(t)
	out := t.TempDir()
	in, err := Input(cat, fixtureOptions(out))
	if err != nil {
		t.Fatal(err)
	}
	s, err := hugosite.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Build(ctx); err != nil {
		t.Fatal(err)
	}
	for _, d := range cat.Standards {
		if d.ID == "sktm" {
			d.Summary = "Ringkasan yang baru diubah petugas."
		}
	}
	files, err := Files(cat, testBaseURL)
	if err != nil {
		t.Fatal(err)
	}
	stats, err := s.SetFiles(ctx, files)
	if err != nil {
		t.Fatal(err)
	}
	if len(stats.Warnings) > 0 {
		t.Errorf("warnings: %q", stats.Warnings)
	}
	for _, page := range []string{"kelurahan/arjosari/index.html", "en/kelurahan/arjosari/index.html", "en/kelurahan/kauman/index.html", "kelurahan/oro-oro-dowo/sktm/index.html", "kelurahan/oro-oro-dowo/index.html", "en/kelurahan/kauman/sktm/index.html", "kelurahan/kauman/sktm/index.html", "en/kelurahan/arjosari/sktm/index.html", "layanan/sktm/index.html", "index.html", "kelurahan/kauman/index.html"} {
		b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(page)))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), "Ringkasan yang baru diubah petugas.") {
			t.Errorf("%s still shows the old summary", page)
		}
	}
}

// scaled copies every office of the fixture city until it has about as
// many offices as Kota Malang (57), to measure builds at a real city's size.
func scaled(cat *flow.Catalog, copies int) *flow.Catalog {
	originals := cat.Offices
	for i := 1; i < copies; i++ {
		for _, o := range originals {
			file := *o.OfficeFile
			file.ID = fmt.Sprintf("%s-%d", o.ID, i)
			file.Name = fmt.Sprintf("%s %d", o.Name, i)
			clone := &flow.Office{OfficeFile: &file, District: o.District, NotOffered: o.NotOffered}
			for _, svc := range o.Services {
				sc := *svc
				sc.Office = clone
				clone.Services = append(clone.Services, &sc)
			}
			o.District.Offices = append(o.District.Offices, clone)
			cat.Offices = append(cat.Offices, clone)
		}
	}
	return cat
}

func benchmarkBuild(b *testing.B, cat *flow.Catalog) {
	opts := fixtureOptions("")
	for b.Loop() {
		opts.OutDir = b.TempDir()
		if _, err := Build(context.Background(), cat, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildFixture builds the fixture city: 3 offices, 2 languages.
func BenchmarkBuildFixture(b *testing.B) { benchmarkBuild(b, loadFixture(b)) }

// BenchmarkBuildCitySize builds 57 offices with 4-5 services each.
func BenchmarkBuildCitySize(b *testing.B) { benchmarkBuild(b, scaled(loadFixture(b), 19)) }

// BenchmarkRebuildOneEdit is the live preview's cost of one edit to one
// city service at city size: regenerate the files, re-render what changed.
func BenchmarkRebuildOneEdit(b *testing.B) {
	ctx := context.Background()
	cat := scaled(loadFixture(b), 19)
	in, err := Input(cat, fixtureOptions(b.TempDir()))
	if err != nil {
		b.Fatal(err)
	}
	s, err := hugosite.Open(in)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Build(ctx); err != nil {
		b.Fatal(err)
	}
	var usaha *flow.ServiceDef
	for _, d := range cat.Standards {
		if d.ID == "usaha" {
			usaha = d
		}
	}
	i := 0
	for b.Loop() {
		i++
		usaha.Product = flow.Markdown(fmt.Sprintf("Surat Keterangan Usaha, versi %d", i))
		files, err := Files(cat, testBaseURL)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.SetFiles(ctx, files); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRebuildOneOfficeNote changes text that only one office page shows.
func BenchmarkRebuildOneOfficeNote(b *testing.B) {
	ctx := context.Background()
	cat := scaled(loadFixture(b), 19)
	in, err := Input(cat, fixtureOptions(b.TempDir()))
	if err != nil {
		b.Fatal(err)
	}
	s, err := hugosite.Open(in)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Build(ctx); err != nil {
		b.Fatal(err)
	}
	office := cat.Offices[len(cat.Offices)-1]
	i := 0
	for b.Loop() {
		i++
		office.Pledge = flow.Markdown(fmt.Sprintf("Maklumat versi %d", i))
		files, err := Files(cat, testBaseURL)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.SetFiles(ctx, files); err != nil {
			b.Fatal(err)
		}
	}
}

// The preview renders offices, their services, kecamatan and standards
// when a tab asks for them: nearly every page. Pages the server reads
// without a tab asking (the home page for the staff theme, the search and
// survey shells) must not wait for one.
func TestLazyFoldersHoldThePagesStaffOpen(t *testing.T) {
	files, err := Files(loadFixture(t), testBaseURL)
	if err != nil {
		t.Fatal(err)
	}
	isLazy := func(name string) bool {
		return slices.ContainsFunc(lazyFolders(), func(dir string) bool { return strings.HasPrefix(name, dir) })
	}
	lazy := 0
	for name := range files {
		if isLazy(name) {
			lazy++
		}
	}
	if lazy < len(files)*9/10 {
		t.Errorf("only %d of %d generated files are rendered when asked for (folders %q)", lazy, len(files), lazyFolders())
	}
	for _, name := range []string{"content/_index.md", "content/cari.md", "content/survei.en.md", "content/kelurahan/kauman/sktm.md"} {
		if _, ok := files[name]; !ok {
			t.Fatalf("no generated file %s", name)
		}
	}
	for _, name := range []string{"content/_index.md", "content/cari.md", "content/survei.en.md"} {
		if isLazy(name) {
			t.Errorf("%s waits for a tab, but the server reads its page without one", name)
		}
	}
}
