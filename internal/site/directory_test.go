package site

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/layout"
)

// TestDirectoryTellsTheServerWhereEachServiceIsWritten: the server's
// forms check offices, services and requirements against it, and a
// report of wrong information names the YAML line from it.
func TestDirectoryTellsTheServerWhereEachServiceIsWritten(t *testing.T) {
	out := t.TempDir()
	if err := writeData(loadFixture(t), fixtureOptions(out), fakeParts); err != nil {
		t.Fatal(err)
	}
	d, err := layout.ReadDirectory(out)
	if err != nil {
		t.Fatal(err)
	}
	kauman, ok := d.Office("kauman")
	if !ok || len(d.Offices) != 3 || d.TimeZone != "Asia/Jakarta" {
		t.Fatalf("directory: %d offices, zone %q, kauman found %v", len(d.Offices), d.TimeZone, ok)
	}
	if kauman.Path != "/kelurahan/kauman/" || !strings.HasPrefix(kauman.Source, "kelurahan/") || len(kauman.Staff) == 0 {
		t.Errorf("kauman: %+v", kauman)
	}
	sktm, ok := kauman.Service("sktm")
	if !ok || sktm.Path != "/kelurahan/kauman/sktm/" || !strings.Contains(sktm.Source, ".yaml:") || len(sktm.Requirements) == 0 {
		t.Errorf("sktm: %+v", sktm)
	}
	if _, ok := kauman.Service("nope"); ok {
		t.Error("an unknown service was found")
	}
}

// When the city publishes its inspection figures (kota.yaml sidak_publik),
// the office page links them and the server is told; otherwise neither.
func TestOfficePageLinksInspectionFiguresWhenTheCityPublishesThem(t *testing.T) {
	if page := readPage(t, "kelurahan/kauman/index.html"); strings.Contains(page, "data-sidak") {
		t.Error("the office page links inspection figures the city does not publish")
	}
	cat := loadFixture(t)
	cat.PublicInspections = true
	out := t.TempDir()
	if _, err := Build(context.Background(), cat, fixtureOptions(out)); err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	if err := writeData(cat, fixtureOptions(data), fakeParts); err != nil {
		t.Fatal(err)
	}
	d, err := layout.ReadDirectory(data)
	if err != nil || !d.PublicInspections {
		t.Errorf("the directory does not tell the server (%v)", err)
	}
	for name, want := range map[string][]string{
		"kelurahan/kauman/index.html":    {`data-sidak="/sidak/kauman.json"`, `href="/sidak/kauman/"`, "Sidak tak terjadwal", "{staffed}"},
		"en/kelurahan/kauman/index.html": {`data-sidak="/sidak/kauman.json"`, `href="/sidak/kauman/?lang=en"`, "Unannounced inspections"},
	} {
		b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if !strings.Contains(string(b), w) {
				t.Errorf("%s lacks %s", name, w)
			}
		}
	}
}
