package load

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unsafe"

	"github.com/alurlayanan/alur/internal/testing/sample"
)

// A folder read through a memo gives what a fresh read gives, problems
// included, while only the files that changed are decoded again.
func TestMemoGivesWhatAFreshReadGives(t *testing.T) {
	dir := sample.WriteCity(t, t.TempDir())
	sktm := filepath.Join(dir, "layanan", "sktm.yaml")
	m := NewMemo()
	var last *Source
	for round, edit := range []func(){
		func() {},
		func() {}, // nothing changed
		func() {
			sample.Replace(t, sktm, "nama: Surat Keterangan Tidak Mampu", "nama: Surat Keterangan Tidak Mampu (baru)")
		},
		func() { write(t, filepath.Join(dir, "layanan", "rusak.yaml"), "id: rusak\nnama: [tidak ditutup\n") },
		func() {}, // the broken file again: its problem must come back
		func() { os.Remove(filepath.Join(dir, "layanan", "rusak.yaml")) },
	} {
		edit()
		got, gotDiags := m.Folder(dir)
		want, wantDiags := Folder(dir)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: the memo's source differs from a fresh read", round)
		}
		if !reflect.DeepEqual(gotDiags.Items(), wantDiags.Items()) {
			t.Fatalf("round %d: problems %v, a fresh read finds %v", round, gotDiags.Items(), wantDiags.Items())
		}
		if last != nil {
			for i, s := range got.Services {
				reused := unsafe.StringData(s.Name) == unsafe.StringData(last.Services[i].Name)
				if changed := s.ID == "sktm" && round == 2; reused == changed {
					t.Errorf("round %d: %s decoded again: %v, changed: %v", round, s.ID, !reused, changed)
				}
			}
		}
		if len(got.Services) == 3 {
			last = got
		}
	}
	if last.Services[2].Name != "Surat Keterangan Tidak Mampu (baru)" {
		t.Errorf("the edit was not read: %q", last.Services[2].Name)
	}
}

func write(t *testing.T, name, text string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
