package site

import (
	"context"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
)

// fakeParts stand in for internal/diagram and internal/export to show that
// their output reaches the pages, and that JSON-LD cannot break out of its
// script element whatever it contains.
var fakeParts = parts{
	diagram: func(steps []*flow.ResolvedStep, lang string) template.HTML {
		return template.HTML(fmt.Sprintf(`<svg role="img" aria-label="bagan %s %d"></svg>`, lang, len(steps)))
	},
	serviceLD: func(s *flow.Service, base flow.BaseURL) ([]byte, error) {
		return []byte(fmt.Sprintf(`{"@type":"GovernmentService","url":%q,"name":"</script><script>alert(1)</script>"}`, base.String()+servicePath(s))), nil
	},
	officeLD: func(o *flow.Office, base flow.BaseURL) ([]byte, error) {
		return []byte(fmt.Sprintf(`{"@type":"GovernmentOffice","url":%q}`, base.String()+officePath(o))), nil
	},
	catalog: func(c *flow.Catalog, base flow.BaseURL) ([]byte, error) {
		return []byte(fmt.Sprintf(`{"offices":%d}`, len(c.Offices))), nil
	},
	open311: func(o *flow.Office, base flow.BaseURL) ([]byte, error) {
		return []byte(fmt.Sprintf(`[{"service_code":%q}]`, o.Services[0].ID)), nil
	},
}

func TestPartsFromOtherPackagesReachThePages(t *testing.T) {
	out := t.TempDir()
	cat := loadFixture(t)
	stats, err := build(context.Background(), cat, fixtureOptions(out), fakeParts)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeData(cat, fixtureOptions(out), fakeParts); err != nil {
		t.Fatal(err)
	}
	if len(stats.Warnings) > 0 {
		t.Errorf("warnings: %q", stats.Warnings)
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	checks := map[string][]string{
		"kelurahan/kauman/sktm/index.html": {
			`<figure class="al-diagram">` + "\n" + `<svg role="img" aria-label="bagan id 4"></svg>`,
			`<script type="application/ld+json">{"@type":"GovernmentService","url":"https://alur.example/kelurahan/kauman/sktm/","name":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e"}</script>`,
		},
		"en/kelurahan/kauman/sktm/index.html": {
			`aria-label="bagan en 4"`, `"url":"https://alur.example/kelurahan/kauman/sktm/"`,
		},
		"kelurahan/kauman/index.html":      {`{"@type":"GovernmentOffice","url":"https://alur.example/kelurahan/kauman/"}`},
		"katalog.json":                     {`{"offices":3}`},
		"kelurahan/arjosari/services.json": {`[{"service_code":"domisili"}]`},
	}
	for name, wants := range checks {
		got := read(name)
		for _, w := range wants {
			if !strings.Contains(got, w) {
				t.Errorf("%s lacks %s", name, w)
			}
		}
	}
	if strings.Contains(read("kelurahan/kauman/sktm/index.html"), "<script>alert") {
		t.Error("JSON-LD broke out of its script element")
	}
}

func TestInvalidStructuredDataFailsTheBuild(t *testing.T) {
	p := fakeParts
	p.officeLD = func(*flow.Office, flow.BaseURL) ([]byte, error) { return []byte(`{"broken":`), nil }
	if _, err := files(loadFixture(t), testBaseURL, p, nil, true); err == nil || !strings.Contains(err.Error(), "not valid JSON") {
		t.Errorf("err = %v, want invalid JSON reported", err)
	}
}

// The diagram memo (viewer.diagram) assumes that services whose step views
// are equal draw the same diagram. Hold the bundled Kota Malang example and
// the rich fixture to it: every service's own drawing equals the one its
// step views' key finds.
func TestServicesWithEqualStepViewsDrawTheSameDiagram(t *testing.T) {
	malang, diags := check.Dir(os.DirFS("../../services"))
	if malang == nil {
		var b strings.Builder
		diags.Print(&b, diag.EN)
		t.Fatalf("the Malang example does not load:\n%s", b.String())
	}
	for _, cat := range []*flow.Catalog{loadFixture(t), malang} {
		for _, l := range Languages {
			v := &viewer{cat: cat, lang: l.Code, base: testBaseURL, root: "/", parts: defaultParts, diagrams: map[string]string{}}
			shared := 0
			for _, o := range cat.Offices {
				for _, s := range o.Services {
					key := v.key("steps", v.steps(s.Steps, "langkah"))
					_, seen := v.diagrams[key]
					if got, want := v.diagram(key, s.Steps), defaultParts.diagramOf(s.Steps, l.Code); got != want {
						t.Fatalf("%s at %s (%s): the diagram found by its steps' key is another service's", s.ID, o.ID, l.Code)
					}
					if seen {
						shared++
					}
				}
			}
			if cat == malang && shared == 0 {
				t.Errorf("%s: no two services of the example share a diagram; the memo is never used", l.Code)
			}
		}
	}
}

// Structured data is written inside a script element: whatever made it,
// nothing in it may end the element or the line.
func TestScriptSafeJSONEscapesWhatCouldEndTheScript(t *testing.T) {
	for in, want := range map[string]string{
		`{"a":"b"}`:                   `{"a":"b"}`,
		`{"a":"</script><b>&"}`:       `{"a":"\u003c/script\u003e\u003cb\u003e\u0026"}`,
		"{\"a\":\"x\u2028y\u2029\"}":  `{"a":"x\u2028y\u2029"}`,
		`{"a":"\u003c/script\u003e"}`: `{"a":"\u003c/script\u003e"}`,
	} {
		got, err := scriptSafeJSON([]byte(in), nil)
		if err != nil || got != want {
			t.Errorf("scriptSafeJSON(%s) = %s, %v; want %s", in, got, err, want)
		}
	}
	if _, err := scriptSafeJSON([]byte(`{"a":`), nil); err == nil {
		t.Error("invalid JSON passed")
	}
}
