package synth

import (
	"os"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/testing/sample"
)

func TestSynthesizeMakesACleanBiggerCity(t *testing.T) {
	dst := t.TempDir()
	if err := City(sample.City(), dst, 10); err != nil {
		t.Fatal(err)
	}
	cat, diags := check.Dir(os.DirFS(dst))
	if cat == nil {
		var b strings.Builder
		diags.Print(&b, diag.EN)
		t.Fatalf("synthetic city does not check:\n%s", b.String())
	}
	if len(cat.Offices) != 20 {
		t.Errorf("offices = %d, want 20", len(cat.Offices))
	}
	seen := map[string]bool{}
	for _, o := range cat.Offices {
		if seen[o.Name] {
			t.Errorf("name %q repeated", o.Name)
		}
		seen[o.Name] = true
	}
}
