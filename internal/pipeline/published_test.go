package pipeline

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/publish"
)

// Deleting an office's file is never silent: the build that would take its
// pages offline publishes nothing until the removal is confirmed, and the
// confirmed build leaves a page at each removed path saying where to go
// instead (the server answers it with 410 Gone).
func TestBuildRefusesToUnpublishUntilConfirmed(t *testing.T) {
	opts := fixtureOptions(t)
	first, err := Build(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	kauman := filepath.Join(opts.Services, "kelurahan", "klojen", "kauman.yaml")
	data, err := os.ReadFile(kauman)
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(kauman)

	res, err := Build(context.Background(), opts)
	var refused *UnconfirmedError
	if !errors.As(err, &refused) || !slices.Equal(refused.Keys, []string{"kelurahan/kauman"}) {
		t.Fatalf("build without confirmation: err %v, want a refusal naming kelurahan/kauman", err)
	}
	if cur, _ := publish.Current(opts.Out); filepath.Base(cur) != first.Build {
		t.Errorf("a refused build published %s", cur)
	}
	if got := warnings(res.Problems, diag.UnpublishWith); len(got) != 1 || !strings.HasPrefix(got[0], "kelurahan/klojen/kauman.yaml: ") ||
		!strings.Contains(got[0], "Kelurahan Kauman (/kelurahan/kauman/)") {
		t.Errorf("warnings %q, want one naming Kelurahan Kauman in its file", got)
	}

	opts.Unpublish = []string{"kelurahan/kauman"}
	if _, err := Build(context.Background(), opts); err != nil {
		t.Fatalf("confirmed build: %v", err)
	}
	dir, _ := publish.Current(opts.Out)
	p, err := layout.ReadPublished(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"/kelurahan/kauman/": "/kecamatan/klojen/", "/kelurahan/kauman/sktm/": "/layanan/sktm/", "/kelurahan/kauman/izin-keramaian/": "/kelurahan/"}
	for _, g := range p.Gone {
		if w, ok := want[g.Path]; ok && g.Instead != w {
			t.Errorf("gone %s sends residents to %s, want %s", g.Path, g.Instead, w)
		}
		delete(want, g.Path)
	}
	if len(want) > 0 {
		t.Errorf("not recorded as gone: %v (gone: %+v)", want, p.Gone)
	}
	for _, page := range []string{"kelurahan/kauman/index.html", "en/kelurahan/kauman/sktm/index.html"} {
		html, err := os.ReadFile(filepath.Join(dir, page))
		if err != nil || !strings.Contains(string(html), `noindex`) || !strings.Contains(string(html), "Kauman") {
			t.Errorf("%s: no page saying Kauman is gone (%v)", page, err)
		}
	}

	// Gone stays gone in the next build without asking again, and the
	// office comes back when its file does.
	opts.Unpublish = nil
	if _, err := Build(context.Background(), opts); err != nil {
		t.Fatalf("the build after: %v", err)
	}
	dir, _ = publish.Current(opts.Out)
	if p, _ := layout.ReadPublished(dir); len(p.Gone) != 4 {
		t.Errorf("the next build keeps %d gone pages, want 4", len(p.Gone))
	}
	os.WriteFile(kauman, data, 0o644)
	if _, err := Build(context.Background(), opts); err != nil {
		t.Fatalf("the office back: %v", err)
	}
	dir, _ = publish.Current(opts.Out)
	if p, _ := layout.ReadPublished(dir); len(p.Gone) != 0 {
		t.Errorf("the office is back but still gone: %+v", p.Gone)
	}
}

func warnings(l *diag.List, code diag.Code) []string {
	var out []string
	for _, p := range l.Items() {
		if p.Code == code {
			out = append(out, p.Format(diag.ID))
		}
	}
	return out
}

// The public address comes from kota.yaml's alamat_publik; --base-url
// (Options.BaseURL) overrides it; with neither, the local address.
func TestBaseURLFromTheCityFileUnlessOverridden(t *testing.T) {
	opts := fixtureOptions(t)
	opts.LocalURL = flow.MustBaseURL("http://127.0.0.1:8080/")
	built := func() string {
		t.Helper()
		res, err := Build(context.Background(), opts)
		if err != nil {
			t.Fatal(err)
		}
		dir, _ := publish.Current(opts.Out)
		m, _ := layout.ReadManifest(dir)
		page, _ := os.ReadFile(filepath.Join(dir, "kelurahan/kauman/index.html"))
		if m.BaseURL != res.BaseURL.String() || !strings.Contains(string(page), `rel="canonical" href="`+res.BaseURL.String()+`kelurahan/kauman/"`) {
			t.Errorf("built for %s, manifest says %s, page %.300s", res.BaseURL, m.BaseURL, page)
		}
		return res.BaseURL.String()
	}
	if got := built(); got != "https://alur.example.go.id/" {
		t.Errorf("with Options.BaseURL: %s", got)
	}
	opts.BaseURL = flow.BaseURL{}
	if got := built(); got != "http://127.0.0.1:8080/" {
		t.Errorf("with no address anywhere: %s", got)
	}
	city := filepath.Join(opts.Services, "kota.yaml")
	data, _ := os.ReadFile(city)
	os.WriteFile(city, []byte(strings.Replace(string(data), "\nkota:\n", "\nkota:\n  alamat_publik: https://alur.kota-uji.go.id\n", 1)), 0o644)
	if got := built(); got != "https://alur.kota-uji.go.id/" {
		t.Errorf("with alamat_publik: %s", got)
	}
}
