package layout

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"time"
)

func TestManifestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadManifest(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("a folder without a manifest: err %v, want fs.ErrNotExist", err)
	}
	if ManifestStamp(dir) != "" {
		t.Error("stamp of a missing manifest")
	}
	want := Manifest{ID: "20261202T050000Z-abc123", BuiltAt: time.Date(2026, 12, 2, 5, 0, 0, 0, time.UTC),
		Offices: 57, Pages: 2806, Timings: Timings{Stages: []StageTime{{Name: "site", Elapsed: time.Second}}}, Languages: []string{"id", "en"}}
	if err := WriteManifest(dir, want); err != nil {
		t.Fatal(err)
	}
	got, err := ReadManifest(dir)
	if err != nil || got.ID != want.ID || !got.BuiltAt.Equal(want.BuiltAt) || got.Pages != 2806 || got.Timings.Stage("site") != time.Second {
		t.Errorf("read back %+v, %v", got, err)
	}
	if ManifestStamp(dir) == "" {
		t.Error("no stamp for a written manifest")
	}
}

func TestPrivateFolders(t *testing.T) {
	for name, private := range map[string]bool{"_alur": true, "_search": true, "kiosk": false, "kelurahan": false} {
		if IsPrivate(name) != private {
			t.Errorf("IsPrivate(%q) = %v", name, !private)
		}
	}
	for _, p := range []string{IndexDir, ManifestFile} {
		if top, _, _ := strings.Cut(p, "/"); !IsPrivate(top) {
			t.Errorf("%s is served", p)
		}
	}
	if got := OfficeServiceList("kauman"); got != "kelurahan/kauman/services.json" {
		t.Errorf("OfficeServiceList = %q", got)
	}
}

// A removed office takes its services along, and a removed city standard
// the offices' pages of it: each is confirmed once.
func TestRemovedFoldsPagesThatGoAlong(t *testing.T) {
	district := Page{Path: "/kecamatan/klojen/"}
	office := Page{Path: "/kelurahan/kauman/", Under: []string{district.Path}}
	std := Page{Path: "/layanan/sktm/"}
	svc := Page{Path: "/kelurahan/kauman/sktm/", Under: []string{office.Path, std.Path}}
	other := Page{Path: "/kelurahan/arjosari/sktm/", Under: []string{"/kelurahan/arjosari/", std.Path}}
	prev := []Page{district, office, std, svc, other}

	got := Removed(prev, []Page{district, std, other})
	if len(got) != 1 || got[0].Path != office.Path || len(got[0].With) != 1 || got[0].With[0].Path != svc.Path {
		t.Errorf("office removed: %+v", got)
	}
	got = Removed(prev, []Page{district, office})
	if len(got) != 1 || got[0].Key() != "layanan/sktm" || len(got[0].With) != 2 {
		t.Errorf("standard removed: %+v", got)
	}
	got = Removed(prev, nil)
	if len(got) != 2 || got[0].Path != district.Path || len(got[0].With) != 2 || got[1].Path != std.Path || len(got[1].With) != 1 {
		t.Errorf("everything removed: %+v", got)
	}
	if got := Removed(prev, prev); len(got) != 0 {
		t.Errorf("nothing removed: %+v", got)
	}
}
