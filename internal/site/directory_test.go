package site

import (
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
