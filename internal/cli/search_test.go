package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/search"
)

// citySite is a folder holding only the search index of the project's own
// services, which is all alur search reads.
func citySite(t *testing.T) string {
	t.Helper()
	const services = "../../services"
	cat, diags := check.Folder(services)
	if cat == nil {
		t.Fatalf("services: %v", diags.Items())
	}
	site := t.TempDir()
	if _, err := search.Build(cat, layout.Index(site), search.Synonyms{Groups: cat.Synonyms}); err != nil {
		t.Fatal(err)
	}
	return site
}

func TestSearchSaysNotHereAndNothing(t *testing.T) {
	site := citySite(t)
	code, out := runCLI(t, "search", "--site", site, "perpanjang", "sim")
	if code != 0 || !strings.Contains(out, "Ini bukan layanan kelurahan") || !strings.Contains(out, "Satpas SIM") ||
		!strings.Contains(out, "openstreetmap.org") {
		t.Errorf("exit %d, no not-here answer:\n%s", code, out)
	}
	code, out = runCLI(t, "search", "--site", site, "--lang", "en", "zxqv")
	if code != 0 || !strings.Contains(out, "No service matches") || !strings.Contains(out, "/layanan/") {
		t.Errorf("exit %d, no plain no-match answer:\n%s", code, out)
	}
	code, out = runCLI(t, "search", "--site", site, "--json", "bikin", "paspor")
	var res search.Results
	if err := json.Unmarshal([]byte(out), &res); err != nil || code != 0 {
		t.Fatalf("exit %d, %v:\n%s", code, err, out)
	}
	if res.Answer != search.AnswerElsewhere || len(res.Elsewhere) == 0 || res.Elsewhere[0].ID != "imigrasi" {
		t.Errorf("--json answer %q, elsewhere %+v", res.Answer, res.Elsewhere)
	}
}
