package check

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/load"
	"github.com/alurlayanan/alur/internal/testing/sample"
)

func TestFixtureCityIsClean(t *testing.T) {
	cat, diags := Dir(sample.City())
	var b strings.Builder
	diags.Print(&b, diag.ID)
	if cat == nil || b.Len() > 0 {
		t.Fatalf("fixture city has problems:\n%s", b.String())
	}
	if len(cat.Offices) != 2 || len(cat.Standards) != 3 {
		t.Fatalf("offices=%d standards=%d", len(cat.Offices), len(cat.Standards))
	}
}

// Checking never changes the source it is given: the live preview hands
// the checker the same decoded files again after every save (load.Memo),
// so a change here would leak from one check into the next.
//
// The checker cuts lists too long to publish (a city service's, an office's
// change to one, an office's own service) in what it checks, not in the
// source.
func TestCheckingLeavesTheSourceAsRead(t *testing.T) {
	for name, city := range map[string]func() fstest.MapFS{"base": sample.City, "rich": sample.RichCity, "malang": sample.MalangCity, "too long": tooLong} {
		checked, diags := load.Dir(city())
		if cat := Source(checked, diags); (cat == nil) != (name == "too long") {
			t.Fatalf("%s: checked to %v with problems %v", name, cat != nil, diags.Items())
		}
		fresh, _ := load.Dir(city())
		if !reflect.DeepEqual(checked, fresh) {
			t.Errorf("%s: checking changed the source", name)
		}
	}
}

// tooLong is the rich city with 101 requirements in a city service, in an
// office's change to one and in an office's own service.
func tooLong() fstest.MapFS {
	fsys := sample.RichCity()
	many := func(indent string) string {
		var b strings.Builder
		for i := range maxRequirements + 1 {
			fmt.Fprintf(&b, "%s- dokumen: Dokumen %d\n", indent, i)
		}
		return b.String()
	}
	edit := func(name, old, new string) {
		text := string(fsys[name].Data)
		if !strings.Contains(text, old) {
			panic(name + " lacks " + old)
		}
		fsys[name].Data = []byte(strings.Replace(text, old, new, 1))
	}
	edit("layanan/sktm.yaml", "persyaratan:\n", "persyaratan:\n"+many("  "))
	edit("kelurahan/klojen/kauman.yaml", "    tambah_persyaratan:\n", "    tambah_persyaratan:\n"+many("      "))
	edit("kelurahan/blimbing/arjosari.yaml", "persyaratan: [{dokumen: Surat pengantar RT/RW, bentuk: asli}]", "persyaratan:\n"+many("      "))
	return fsys
}
