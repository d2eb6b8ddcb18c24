package check

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/alurlayanan/alur/internal/diag"
	"golang.org/x/tools/txtar"
)

// FuzzFolder feeds whole services folders through the file walk, the
// loader and the checker: a txtar archive whose files replace or add files
// of the fixture city. A name ending in "@link" makes a symbolic link to
// the file's text, "@dir" a folder, and an empty file removes one. Check
// must return, never panic, and give every problem a file name and words
// in both languages. Seeds are the broken fixtures.
func FuzzFolder(f *testing.F) {
	paths, _ := filepath.Glob("testdata/broken/*.txtar")
	for _, p := range paths {
		ar, err := txtar.ParseFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(txtar.Format(ar))
	}
	f.Add([]byte("-- layanan/x.yaml@link --\n../../etc/passwd\n-- kelurahan/klojen/kauman.yaml@dir --\n"))
	f.Add([]byte("-- layanan/sktm.yaml@link --\ndomisili.yaml\n-- kota.yaml@link --\nkota.yaml\n"))
	f.Add([]byte("-- layanan/sktm.yaml --\nid: sktm\nnama_lain: &a [*a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fixtureCity(t)
		for _, file := range txtar.Parse(data).Files {
			name := strings.TrimSuffix(strings.TrimSuffix(file.Name, "@link"), "@dir")
			if !fs.ValidPath(name) || name == "." {
				continue
			}
			switch {
			case strings.HasSuffix(file.Name, "@link"):
				fsys[name] = &fstest.MapFile{Data: file.Data, Mode: fs.ModeSymlink}
			case strings.HasSuffix(file.Name, "@dir"):
				fsys[name] = &fstest.MapFile{Mode: fs.ModeDir | 0o755}
			case len(file.Data) == 0:
				delete(fsys, name)
			default:
				fsys[name] = &fstest.MapFile{Data: file.Data}
			}
		}
		_, diags := Dir(fsys)
		for _, p := range diags.Items() {
			if p.Pos.File == "" {
				t.Fatalf("a problem without a file: %s", p.Format(diag.EN))
			}
			if p.Message(diag.ID) == "" || p.Message(diag.EN) == "" {
				t.Fatalf("empty message for %s", p.Code)
			}
		}
	})
}
