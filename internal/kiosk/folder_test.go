package kiosk

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/flow"
)

// writeFile writes a file where an older build would have left it.
func writeFile(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

// A build into the folder of an older build leaves the same files as a
// build into a fresh folder: what is still there is overwritten, what is
// gone is removed, whatever stands in the way.
func TestBuildOverAnOlderBuildWritesTheSameKiosk(t *testing.T) {
	cat := fixtureCity(t)
	want := allFiles(t, buildFixture(t, cat))

	out := buildFixture(t, cat)
	office, other := cat.Offices[0].ID, cat.Offices[1].ID
	service := cat.Offices[0].Services[0].ID
	kiosk := filepath.Join(out, "kiosk")
	for _, path := range []string{
		filepath.Join(office, OfflineList), // a folder where a file goes
		other,                              // a file where a folder goes
	} {
		if err := os.RemoveAll(filepath.Join(kiosk, path)); err != nil {
			t.Fatal(err)
		}
	}
	for path, data := range map[string]string{
		"gone/index.html":                      "an office no longer in the catalog",
		office + "/gone/index.html":            "a service no longer offered",
		office + "/" + service + "/old.html":   "a file of another layout",
		office + "/" + service + "/index.html": "a page longer than the new one " + strings.Repeat("x", 1<<20),
		"_assets/old.css":                      "an asset renamed since",
		office + "/" + OfflineList + "/x.json": "in a folder where a file goes",
		other:                                  "a file where a folder goes",
	} {
		if err := writeFile(filepath.Join(kiosk, filepath.FromSlash(path)), []byte(data)); err != nil {
			t.Fatal(err)
		}
	}

	// A link where a file goes must not be written through.
	outside := filepath.Join(t.TempDir(), "outside")
	if err := os.WriteFile(outside, []byte("not the kiosk's"), 0o644); err != nil {
		t.Fatal(err)
	}
	sw := filepath.Join(kiosk, "sw.js")
	if err := os.Remove(sw); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, sw); err != nil {
		t.Fatal(err)
	}

	if err := Build(cat, out, Options{BaseURL: flow.MustBaseURL(testBaseURL + "/")}); err != nil {
		t.Fatalf("Build: %v", err)
	}
	if got := readFile(t, outside); got != "not the kiosk's" {
		t.Errorf("the build wrote through a link to %s", outside)
	}
	got := allFiles(t, out)
	for path, data := range want {
		if g, ok := got[path]; !ok {
			t.Errorf("%s is missing", path)
		} else if g != data {
			t.Errorf("%s differs from a fresh build's", path)
		}
	}
	for path := range got {
		if _, ok := want[path]; !ok {
			t.Errorf("%s is left from the older build", path)
		}
	}
}

// allFiles returns every file under out, by path.
func allFiles(t *testing.T, out string) map[string]string {
	t.Helper()
	found := map[string]string{}
	err := filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(out, path)
		found[filepath.ToSlash(rel)] = readFile(t, path)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}
