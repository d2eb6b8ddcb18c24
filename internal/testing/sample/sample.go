// Package sample holds the one fixture city every test reads, so that no
// package reaches into another's testdata/ and no copy drifts from another.
//
// There is one base city and one named variant built from it:
//
//   - City: the base. One city ("Kota Uji"), 2 kecamatan, 2 offices (Kauman
//     and Arjosari), 3 city services (domisili, kematian, sktm), agencies,
//     complaint channels, synonyms.
//     Kauman does not offer domisili, overrides sktm and adds a local
//     service; kematian has an "or" step, one of whose alternatives is a
//     route of two steps, and an "and" step; sktm has an optional
//     step at the kecamatan; Arjosari's directions carry a <script> tag.
//     The checker, command line, pipeline (and its damaged corpus), kiosk,
//     browser tests, synth's tests and load's fuzzer use it.
//   - RichCity: the base overlaid with the files in rich/: 3 offices, a
//     fourth service (usaha) with hostile text in names, Markdown and links,
//     every optional office field filled in, Arjosari without a duty roster.
//     The site and the live preview use it, for pages with everything on
//     them.
//
// The two cannot be one: the checker and the command line pin a city with
// no problem at all, while the site pins exactly the three warnings the
// hostile and incomplete rich files cause. Both share kota.yaml and
// sinonim.yaml; rich/ still replaces the other base files (site's and
// check's cities had drifted apart before they met here, and each side's
// golden files pin its version). Make a new variant the same way, as a
// small overlay, and shrink rich/ when its golden pages are regenerated
// anyway.
//
//   - MalangCity: a second, separate small city named after the real one
//     ("Kota Malang": Kauman and Oro-oro Dowo with a local service,
//     pinjam-balai; its SKTM ends with a choice whose second alternative
//     is a route), whose every value the export tests pin in JSON-LD,
//     katalog.json and Open311 golden files. It is not a copy of the base:
//     it is the export tests' own city, kept here so that no package keeps
//     fixture cities of its own.
//
// Content holds the hand-written pages (content/) that go with both.
//
// The files are embedded, so tests get them wherever they run. Each call
// returns a fresh copy that a test may change; Write puts one on disk for
// code that needs a real folder.
//
// The package must not import the packages it serves (check, load, ...):
// their own tests import it.
package sample

import (
	"embed"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

//go:embed city rich malang content
var files embed.FS

// City returns a fresh copy of the base fixture city, as the services/
// folder staff would write it.
func City() fstest.MapFS {
	return copyOf("city")
}

// RichCity returns a fresh copy of the base city overlaid with rich/: a
// file in rich/ replaces the base file of the same name or adds to it.
func RichCity() fstest.MapFS {
	fsys := City()
	for name, f := range copyOf("rich") {
		fsys[name] = f
	}
	return fsys
}

// MalangCity returns a fresh copy of the exports' city (malang/).
func MalangCity() fstest.MapFS {
	return copyOf("malang")
}

// Content returns a fresh copy of the hand-written pages (content/).
func Content() fstest.MapFS {
	return copyOf("content")
}

// WriteCity writes the base city into dir and returns dir.
func WriteCity(t testing.TB, dir string) string {
	t.Helper()
	return Write(t, dir, City())
}

// WriteRichCity writes the rich city into dir and returns dir.
func WriteRichCity(t testing.TB, dir string) string {
	t.Helper()
	return Write(t, dir, RichCity())
}

// Write writes fsys into dir (made if missing) and returns dir.
func Write(t testing.TB, dir string, fsys fs.FS) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(dir, fsys); err != nil {
		t.Fatal(err)
	}
	return dir
}

func copyOf(root string) fstest.MapFS {
	sub, err := fs.Sub(files, root)
	if err != nil {
		panic(err)
	}
	fsys := fstest.MapFS{}
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(sub, p)
		fsys[p] = &fstest.MapFile{Data: data, Mode: 0o644}
		return err
	})
	if err != nil {
		panic(err)
	}
	return fsys
}

// Replace changes the first old in the file at path to new, as staff
// editing a file would; the test fails if the file lacks old.
func Replace(t testing.TB, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s has no %q", path, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}
