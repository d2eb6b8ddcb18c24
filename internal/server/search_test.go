package server

import (
	"encoding/json"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/search"
	"github.com/alurlayanan/alur/internal/web"
)

// withRealIndex replaces a fixture build's stand-in index with one
// internal/search builds from the Kota Malang example.
func withRealIndex(t *testing.T, buildDir string) {
	t.Helper()
	cat, diags := check.Dir(os.DirFS("../../services"))
	if cat == nil {
		t.Fatalf("the example city has errors: %v", diags.Items())
	}
	dir := layout.Index(buildDir)
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := search.Build(cat, dir, search.Synonyms{}); err != nil {
		t.Fatal(err)
	}
}

func TestRealSearchIndexFollowsPublishes(t *testing.T) {
	f := newFixture(t)
	for _, id := range []string{"b1", "b2"} {
		withRealIndex(t, f.writeBuild(id))
	}
	f.publish("b1")
	s := f.newServer(Config{OpenSearch: OpenSearchIndex})
	h := s.Handler()

	check := func(build string) {
		t.Helper()
		w := get(h, "/api/search?q=surat+keterangan+tidak+mampu")
		var res search.Results
		if err := json.Unmarshal(w.Body.Bytes(), &res); err != nil || w.Code != http.StatusOK || len(res.Hits) == 0 {
			t.Fatalf("%s: API status %d, %d hits, err %v", build, w.Code, len(res.Hits), err)
		}
		page := get(h, "/cari/?q=sktm")
		if body := page.Body.String(); page.Code != http.StatusOK || !strings.Contains(body, "build="+build+" cari") || strings.Contains(body, "<!--alur:hasil-->") {
			t.Fatalf("%s: search page status %d, shell of the wrong build or results not spliced:\n%.300s", build, page.Code, body)
		}
		var rep healthReport
		json.Unmarshal(get(h, "/healthz").Body.Bytes(), &rep)
		if rep != (healthReport{Status: "ok", Build: build, Index: true}) {
			t.Fatalf("health %+v", rep)
		}
	}
	check("b1")
	f.publish("b2")
	waitFor(t, "build b2", func() bool { return s.BuildID() == "b2" })
	check("b2")

	w := get(h, web.ScriptPath)
	if w.Code != http.StatusOK || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/javascript") {
		t.Errorf("%s: status %d, Content-Type %q", web.ScriptPath, w.Code, w.Header().Get("Content-Type"))
	}
}
