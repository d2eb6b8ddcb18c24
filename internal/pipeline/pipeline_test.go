package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/publish"
	"github.com/alurlayanan/alur/internal/search"
	"github.com/alurlayanan/alur/internal/testing/sample"
)

func fixtureOptions(t *testing.T) Options {
	t.Helper()
	services := sample.WriteCity(t, filepath.Join(t.TempDir(), "services"))
	return Options{Services: services, Content: "../../content", Theme: "../../themes/alur",
		Out: filepath.Join(t.TempDir(), "public"), BaseURL: flow.MustBaseURL("https://alur.example.go.id/")}
}

func TestBuildPublishesSiteIndexKioskAndManifest(t *testing.T) {
	opts := fixtureOptions(t)
	res, err := Build(context.Background(), opts)
	if err != nil {
		var b strings.Builder
		res.Problems.Print(&b, diag.EN)
		t.Fatalf("%v\n%s", err, b.String())
	}
	dir, err := publish.Current(opts.Out)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{
		"index.html", "en/index.html", "kelurahan/kauman/sktm/index.html", "kecamatan/klojen/index.html",
		"kiosk/kauman/index.html", "kiosk/kauman/sktm/index.html", "tentang/index.html",
		layout.IndexDir, layout.ManifestFile,
	} {
		if _, err := os.Stat(filepath.Join(dir, p)); err != nil {
			t.Errorf("published build lacks %s", p)
		}
	}
	m, err := layout.ReadManifest(dir)
	if err != nil || m.ID != res.Build || m.Offices != 2 || m.Pages == 0 {
		t.Errorf("manifest %+v (err %v), build %s", m, err, res.Build)
	}
	ix, err := search.Open(layout.Index(dir))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	hits, err := ix.Search(context.Background(), search.Query{Text: "surat miskin", Office: "kauman"})
	if err != nil || len(hits.Hits) == 0 || hits.Hits[0].URL != "/kelurahan/kauman/sktm/" {
		t.Errorf("search in the published index: %+v, %v", hits, err)
	}
}

// TestFailedBuildLeavesPreviousSite breaks the YAML, then the theme; each
// time the published site must be exactly the previous one and no staging
// folder may be left behind.
func TestFailedBuildLeavesPreviousSite(t *testing.T) {
	opts := fixtureOptions(t)
	first, err := Build(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, opts.Out)

	sktm := filepath.Join(opts.Services, "layanan", "sktm.yaml")
	good, _ := os.ReadFile(sktm)
	os.WriteFile(sktm, []byte(strings.Replace(string(good), "persyaratan:", "persyaratn:", 1)), 0o644)
	res, err := Build(context.Background(), opts)
	if !errors.Is(err, ErrCheck) || !res.Problems.HasErrors() {
		t.Fatalf("broken YAML: err %v", err)
	}
	assertUnchanged(t, opts.Out, first.Build, before)

	os.WriteFile(sktm, good, 0o644)
	// A staff member's edit to the theme that breaks the service template.
	brokenTheme := filepath.Join(t.TempDir(), "theme")
	if err := os.CopyFS(brokenTheme, os.DirFS(opts.Theme)); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(brokenTheme, "layouts", "service.html"), []byte("{{ define \"main\" }}{{ .Params.nope.broken }"), 0o644)
	opts.Theme = brokenTheme
	if _, err := Build(context.Background(), opts); err == nil || errors.Is(err, ErrCheck) {
		t.Fatalf("broken theme: err %v, want a build error", err)
	}
	assertUnchanged(t, opts.Out, first.Build, before)
}

func assertUnchanged(t *testing.T, out, build string, before map[string]string) {
	t.Helper()
	dir, err := publish.Current(out)
	if err != nil || filepath.Base(dir) != build {
		t.Fatalf("published build is %s (%v), want %s", dir, err, build)
	}
	after := snapshot(t, out)
	if len(after) != len(before) {
		t.Errorf("published files: %d before, %d after", len(before), len(after))
	}
	for p, sum := range before {
		if after[p] != sum {
			t.Errorf("%s changed", p)
		}
	}
	entries, _ := os.ReadDir(publish.BuildsDir(out))
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".staging") {
			t.Errorf("staging folder left behind: %s", e.Name())
		}
	}
}

// snapshot maps each file of the published build to its size and content
// prefix: enough to see a change, cheap enough for a few hundred files.
func snapshot(t *testing.T, out string) map[string]string {
	t.Helper()
	dir, err := publish.Current(out)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[rel] = string(data)
		return err
	})
	return files
}

// A stage that fails cancels the others; the build reports the failure,
// not the cancellations it caused.
func TestABuildReportsTheFailureNotTheCancellation(t *testing.T) {
	failed := errors.New("render: template broken")
	cancelled := fmt.Errorf("kiosk: %w", context.Canceled)
	for _, c := range []struct {
		a, b, want error
	}{
		{failed, cancelled, failed},
		{cancelled, failed, failed},
		{nil, failed, failed},
		{failed, nil, failed},
		{cancelled, cancelled, nil}, // both cancelled from outside: either says so
	} {
		got := firstCause(c.a, c.b)
		if c.want == nil {
			if !errors.Is(got, context.Canceled) {
				t.Errorf("firstCause(%v, %v) = %v, want a cancellation", c.a, c.b, got)
			}
			continue
		}
		if got != c.want {
			t.Errorf("firstCause(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	if err := firstCause(failed, errors.New("index: disk full")); !strings.Contains(err.Error(), "template broken") || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("two failures: %v, want both", err)
	}
}

// A build writes over the files of a build set aside (publish.Stage
// recycles its folder). What it publishes is what a build into a fresh
// folder publishes: every file written afresh, nothing of the old build
// left, not even a file no build of this catalog makes.
func TestABuildOverARecycledFolderPublishesWhatAFreshOneDoes(t *testing.T) {
	opts := fixtureOptions(t)
	for range 3 {
		mustBuild(t, opts) // the third commit sets the first build aside
	}
	builds := publish.BuildsDir(opts.Out)
	aside, _ := filepath.Glob(filepath.Join(builds, "*.removed"))
	if len(aside) != 1 {
		t.Fatalf("builds set aside: %q, want one", aside)
	}
	leftovers := []string{"css/lama.0123abcd.css", "kelurahan/lama/index.html", "kiosk/lama/layanan/index.html"}
	for _, f := range leftovers {
		p := filepath.Join(aside[0], filepath.FromSlash(f))
		must(t, os.MkdirAll(filepath.Dir(p), 0o755))
		must(t, os.WriteFile(p, []byte("dari build lama"), 0o644))
	}
	kauman := filepath.Join(opts.Services, "kelurahan", "klojen", "kauman.yaml")
	sample.Replace(t, kauman, "alamat: ", "alamat: Pindah ke ")
	recycled := mustBuild(t, opts)
	if _, err := os.Stat(aside[0]); err == nil {
		t.Errorf("%s is still there; the build should have written over it", aside[0])
	}

	fresh := opts
	fresh.Out = filepath.Join(t.TempDir(), "public")
	mustBuild(t, fresh)
	got, want := snapshot(t, opts.Out), snapshot(t, fresh.Out)
	for p := range want {
		if _, ok := got[p]; !ok {
			t.Errorf("%s: missing from the build over a recycled folder", p)
		}
	}
	for p, data := range got {
		w, ok := want[p]
		switch {
		case !ok:
			t.Errorf("%s: left over from the old build", p)
		case data != w && p != layout.ManifestFile && !strings.HasPrefix(p, layout.IndexDir+"/"):
			// The manifest names the build; bleve's files are not the
			// same bytes from one run to the next.
			t.Errorf("%s differs from the fresh build's", p)
		}
	}
	if page := got["kelurahan/kauman/index.html"]; !strings.Contains(page, "Pindah ke ") {
		t.Errorf("the office page of build %s lacks the edit", recycled.Build)
	}
}
