package site

import (
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/testing/sample"
)

// loadFixture reads the rich fixture city (sample.RichCity): 2 kecamatan, 3
// offices, 4 city services with an "and" step, an "or" step, an optional
// step, an override, a service one office does not offer, an office-only
// service, and hostile text in names, Markdown and addresses.
func loadFixture(t testing.TB) *flow.Catalog {
	t.Helper()
	cat, diags := check.Dir(sample.RichCity())
	var b strings.Builder
	diags.Print(&b, diag.EN)
	if cat == nil {
		t.Fatalf("fixture city does not load:\n%s", b.String())
	}
	// Builds must not depend on the day they run.
	cat.Generated = "2026-11-30"
	return cat
}

func TestFixtureCityIsCleanAndComplete(t *testing.T) {
	cat, diags := check.Dir(sample.RichCity())
	var b strings.Builder
	diags.Print(&b, diag.EN)
	// Arjosari has no duty roster on purpose: its page must cope. The usaha
	// service's two javascript: links are there on purpose too, for the
	// pages to drop; check warns of each.
	if errs, warns := diags.Count(); cat == nil || errs > 0 || warns != 3 || strings.Count(b.String(), "javascript:alert") != 2 {
		t.Fatalf("fixture city has problems beyond Arjosari's missing roster and usaha's two script links:\n%s", b.String())
	}
	if len(cat.Districts) != 2 || len(cat.Offices) != 3 || len(cat.Standards) != 4 {
		t.Errorf("districts=%d offices=%d standards=%d, want 2, 3, 4", len(cat.Districts), len(cat.Offices), len(cat.Standards))
	}
}
