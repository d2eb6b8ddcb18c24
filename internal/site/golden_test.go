package site

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/testing/golden"
)

// goldenPages are one page of each template, plus the English service page.
var goldenPages = map[string]string{
	"home":           "index.html",
	"kecamatan":      "kecamatan/klojen/index.html",
	"office":         "kelurahan/kauman/index.html",
	"service":        "kelurahan/kauman/sktm/index.html",
	"service-and-or": "kelurahan/kauman/kematian/index.html",
	"service-en":     "en/kelurahan/kauman/sktm/index.html",
	"layanan":        "layanan/domisili/index.html",
	"layanan-list":   "layanan/index.html",
	"kelurahan-list": "kelurahan/index.html",
	"kecamatan-list": "kecamatan/index.html",
	"cari":           "cari/index.html",
	"not-found":      "404.html",
	"hand-written":   "tentang/index.html",
}

var (
	fingerprint = regexp.MustCompile(`\.[0-9a-f]{64}\.(css|js|svg)`)
	integrity   = regexp.MustCompile(`integrity="sha256-[^"]+"`)
)

// normalize takes out what changes whenever the CSS or the script changes,
// so a golden file only changes when its page does.
func normalize(html string) string {
	html = fingerprint.ReplaceAllString(html, ".FINGERPRINT.$1")
	return integrity.ReplaceAllString(html, `integrity="sha256-INTEGRITY"`)
}

func TestPagesMatchGoldenFiles(t *testing.T) {
	for name, page := range goldenPages {
		t.Run(name, func(t *testing.T) {
			got := normalize(readPage(t, page))
			goldenFile := filepath.Join("testdata", name+".golden")
			if golden.Update() {
				if err := os.WriteFile(goldenFile, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(goldenFile)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/site -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s (run go test ./internal/site -update and review the diff):\n%s", page, goldenFile, firstDiff(string(want), got))
			}
		})
	}
}

// firstDiff shows the first differing line with a little context.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + wl + "\n  got:  " + gl
		}
	}
	return ""
}
