package overwrite

import (
	"os"
	"path/filepath"
	"testing"
)

// A file written over holds what was written last, whether the older file
// was longer, shorter or missing.
func TestWriteFileLeavesOnlyWhatWasWritten(t *testing.T) {
	name := filepath.Join(t.TempDir(), "index.html")
	for _, c := range []struct{ old, new string }{
		{"", "baru"}, {"halaman lama yang panjang", "baru"}, {"x", "halaman baru yang panjang"}, {"sama", ""},
	} {
		os.Remove(name)
		if c.old != "" {
			if err := os.WriteFile(name, []byte(c.old), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := WriteFile(name, []byte(c.new), 0o644); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(name); string(got) != c.new {
			t.Errorf("over %q: file holds %q, want %q", c.old, got, c.new)
		}
	}
}
