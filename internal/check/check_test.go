package check

import (
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
func TestCheckingLeavesTheSourceAsRead(t *testing.T) {
	for name, city := range map[string]func() fstest.MapFS{"base": sample.City, "rich": sample.RichCity, "malang": sample.MalangCity} {
		checked, diags := load.Dir(city())
		if Source(checked, diags) == nil {
			t.Fatalf("%s: the city has errors", name)
		}
		fresh, _ := load.Dir(city())
		if !reflect.DeepEqual(checked, fresh) {
			t.Errorf("%s: checking changed the source", name)
		}
	}
}
