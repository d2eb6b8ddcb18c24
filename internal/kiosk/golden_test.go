package kiosk

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/alurlayanan/alur/internal/testing/golden"
)

// assetVersionRE matches the content hash on asset URLs; the golden files
// are about the markup, so a change of CSS or script does not touch them.
var assetVersionRE = regexp.MustCompile(`\?v=[0-9a-f]{8}`)

func TestGoldenPages(t *testing.T) {
	out := buildFixture(t, fixtureCity(t))
	for file, page := range map[string]string{
		"start.golden.html":   "kiosk/kauman/index.html",
		"service.golden.html": "kiosk/kauman/sktm/index.html",
		"choices.golden.html": "kiosk/kauman/kematian/index.html",
	} {
		got := assetVersionRE.ReplaceAllString(readFile(t, filepath.Join(out, filepath.FromSlash(page))), "?v=VERSION")
		path := filepath.Join("testdata", file)
		if golden.Update() {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if got != string(want) {
			t.Errorf("%s differs from %s; run go test -update and review the diff", page, path)
		}
	}
}
