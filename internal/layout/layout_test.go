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
