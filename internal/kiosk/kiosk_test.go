package kiosk

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/testing/sample"
)

const testBaseURL = "https://alur.example.go.id"

// fixtureCity loads the shared fixture city (internal/testing/sample): two
// offices, one with overrides, an and-step, an or-step, an optional step,
// steps at other offices and hostile text.
func fixtureCity(t *testing.T) *flow.Catalog {
	t.Helper()
	cat, diags := check.Dir(sample.City())
	if cat == nil {
		t.Fatalf("fixture city does not check:\n%v", diags)
	}
	return cat
}

// buildFixture builds the kiosk of the fixture city into a fresh folder.
func buildFixture(t *testing.T, cat *flow.Catalog) string {
	t.Helper()
	out := t.TempDir()
	if err := Build(cat, out, Options{BaseURL: flow.MustBaseURL(testBaseURL + "/")}); err != nil {
		t.Fatalf("Build: %v", err)
	}
	return out
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// pages returns every HTML page the build wrote, by path under the output.
func pages(t *testing.T, out string) map[string]string {
	t.Helper()
	found := map[string]string{}
	err := filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		rel, _ := filepath.Rel(out, path)
		found[filepath.ToSlash(rel)] = readFile(t, path)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

func TestBuildWritesEveryOfficeAndService(t *testing.T) {
	cat := fixtureCity(t)
	out := buildFixture(t, cat)
	got := pages(t, out)
	want := 0
	for _, o := range cat.Offices {
		want++
		start := "kiosk/" + o.ID + "/index.html"
		if _, ok := got[start]; !ok {
			t.Errorf("no start screen %s", start)
		}
		for _, s := range o.Services {
			want++
			page, ok := got["kiosk/"+o.ID+"/"+s.ID+"/index.html"]
			if !ok {
				t.Errorf("no page for %s at %s", s.ID, o.ID)
				continue
			}
			if !strings.Contains(page, "<h1>"+s.Name) {
				t.Errorf("page of %s at %s does not lead with its name", s.ID, o.ID)
			}
			if !strings.Contains(got[start], `href="/kiosk/`+o.ID+"/"+s.ID+`/"`) {
				t.Errorf("start screen of %s has no button for %s", o.ID, s.ID)
			}
		}
		for _, n := range o.NotOffered {
			if _, ok := got["kiosk/"+o.ID+"/"+n.Def.ID+"/index.html"]; ok {
				t.Errorf("%s does not offer %s but has a kiosk page for it", o.ID, n.Def.ID)
			}
		}
	}
	if len(got) != want {
		t.Errorf("built %d pages, want %d: %v", len(got), want, keysOf(got))
	}
	for _, asset := range []string{"kiosk.css", "kiosk.js", "kata.js"} {
		if _, err := os.Stat(filepath.Join(out, "kiosk", "_assets", asset)); err != nil {
			t.Errorf("asset: %v", err)
		}
	}
}

func keysOf(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

// The kiosk must not lead anywhere but its own pages, and must keep to
// Content-Security-Policy default-src 'self'.
func TestPagesStayOnTheKioskAndNeedNoInlineCode(t *testing.T) {
	out := buildFixture(t, fixtureCity(t))
	for path, page := range pages(t, out) {
		for _, problem := range unsafeMarkup(page) {
			t.Errorf("%s: %s", path, problem)
		}
	}
}

func TestOptionsDefaultsAndLimits(t *testing.T) {
	o, err := Options{BaseURL: flow.MustBaseURL("https://a.example/")}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	if o.IdleSeconds != DefaultIdleSeconds || o.WarnSeconds != DefaultWarnSeconds || o.BaseURL.Root() != "https://a.example" {
		t.Errorf("defaults: %+v", o)
	}
	o, _ = Options{BaseURL: flow.MustBaseURL("http://a.example"), IdleSeconds: 5, WarnSeconds: 3}.withDefaults()
	if o.WarnSeconds != MinWarnSeconds || o.IdleSeconds != 5 {
		t.Errorf("a warning of 3 s must be raised to %d: %+v", MinWarnSeconds, o)
	}
	if _, err := (Options{}).withDefaults(); err == nil {
		t.Error("no base URL accepted")
	}
}

func TestIdleTimesReachThePages(t *testing.T) {
	out := t.TempDir()
	if err := Build(fixtureCity(t), out, Options{BaseURL: flow.MustBaseURL(testBaseURL), IdleSeconds: 45, WarnSeconds: 10}); err != nil {
		t.Fatal(err)
	}
	page := readFile(t, filepath.Join(out, "kiosk", "kauman", "index.html"))
	if !strings.Contains(page, `data-idle="45"`) || !strings.Contains(page, `data-warn="20"`) {
		t.Errorf("start screen does not carry idle 45 s and a warning raised to 20 s")
	}
}

func TestBuildRefusesIDsThatAreNotFolderNames(t *testing.T) {
	cat := fixtureCity(t)
	cat.Offices[0].Services[0].ID = "../../escape"
	if err := Build(cat, t.TempDir(), Options{BaseURL: flow.MustBaseURL(testBaseURL)}); err == nil {
		t.Fatal("a service id with ../ was written as a folder")
	}
}

// The start screen is what every kiosk loads after each idle reset; keep it
// light even on a slow office LAN. The figure is logged for the record.
func TestStartScreenWeight(t *testing.T) {
	const budget = 100 << 10
	out := buildFixture(t, fixtureCity(t))
	total := 0
	for _, f := range []string{"kauman/index.html", "_assets/kiosk.css", "_assets/kiosk.js", "_assets/kata.js"} {
		info, err := os.Stat(filepath.Join(out, "kiosk", filepath.FromSlash(f)))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%-20s %6d bytes", f, info.Size())
		total += int(info.Size())
	}
	t.Logf("start screen total %d bytes", total)
	if total > budget {
		t.Errorf("the start screen weighs %d bytes, over the budget of %d", total, budget)
	}
}

// A fee that varies reads as such on the kiosk, not as free nor a sum.
func TestVaryingFeeOnTheKiosk(t *testing.T) {
	cat := fixtureCity(t)
	var kematian *flow.Service
	for _, o := range cat.Offices {
		for _, s := range o.Services {
			if o.ID == "kauman" && s.ID == "kematian" {
				kematian = s
			}
		}
	}
	kematian.Cost = flow.Cost{Varies: "jarak angkutan jenazah", LegalBasis: "Perda (contoh)"}
	page := pages(t, buildFixture(t, cat))["kiosk/kauman/kematian/index.html"]
	i := strings.Index(page, "Tidak tetap, dihitung menurut")
	if i < 0 || !strings.Contains(page[i:], "jarak angkutan jenazah") {
		t.Fatalf("the kiosk page does not say the fee varies and by what")
	}
	if fact := page[i-200 : i+200]; strings.Contains(fact, "Gratis") || strings.Contains(fact, "Rp") {
		t.Errorf("the fee that varies also reads as free or a sum:\n%s", fact)
	}
}
