package search

import (
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/testing/sample"
)

// A route's steps are searched as every other step is: the fixture's
// kematian has a route whose steps say "Laporkan kematian ke Ketua RT",
// both in each office's service and in the city standard.
func TestDocumentsHoldTheStepsOfRoutes(t *testing.T) {
	cat := fixtureCity(t)
	found := map[string]bool{}
	for _, d := range documents(cat) {
		if d.Service != "kematian" {
			continue
		}
		found[d.Kind] = true
		for _, want := range []string{"Minta surat lewat RT/RW", "Laporkan kematian ke Ketua RT", "Ambil surat dari RT/RW"} {
			if !strings.Contains(d.Body, want) {
				t.Errorf("the %s document %s lacks the route's %q:\n%s", d.Kind, d.URL, want, d.Body)
			}
		}
	}
	if !found[KindService] || !found[KindStandard] {
		t.Fatalf("no kematian documents of both kinds: %v", found)
	}
}

// fixtureCity is the checked catalog of the shared fixture city.
func fixtureCity(t *testing.T) *flow.Catalog {
	t.Helper()
	cat, diags := check.Dir(sample.City())
	if cat == nil {
		t.Fatalf("fixture city does not check: %v", diags.Items())
	}
	return cat
}
