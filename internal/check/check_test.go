package check

import (
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/diag"
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
