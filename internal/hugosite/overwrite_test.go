package hugosite

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/spf13/afero"
)

// A file written over is what was written last, whether the older file
// was longer, shorter or missing; a file opened to append still appends.
func TestOverwriteFsLeavesOnlyWhatWasWritten(t *testing.T) {
	dir := t.TempDir()
	fsys := overwriteFs{afero.NewOsFs()}
	for _, c := range []struct{ old, new string }{
		{"", "baru"}, {"halaman lama yang panjang", "baru"}, {"x", "halaman baru yang panjang"}, {"sama", ""},
	} {
		name := filepath.Join(dir, "index.html")
		os.Remove(name)
		if c.old != "" {
			if err := os.WriteFile(name, []byte(c.old), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		f, err := fsys.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(c.new)); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(name); string(got) != c.new {
			t.Errorf("over %q: file holds %q, want %q", c.old, got, c.new)
		}
	}
	log := filepath.Join(dir, "log")
	os.WriteFile(log, []byte("a"), 0o644)
	f, err := fsys.OpenFile(log, os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("b"))
	f.Close()
	if got, _ := os.ReadFile(log); string(got) != "ab" {
		t.Errorf("appended file holds %q, want %q", got, "ab")
	}
}
