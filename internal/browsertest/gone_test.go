package browsertest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/pipeline"
)

// An office whose file was deleted, once the removal is confirmed, answers
// 410 Gone with a page in the site's own look that names the office and
// links to where the resident can go instead, in both languages.
func TestRemovedOfficeSaysWhereToGo(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	first, services := variant(t, ctx, nil)
	out := first.Dir
	first.close()
	if err := os.Remove(filepath.Join(services, "kelurahan", "blimbing", "arjosari.yaml")); err != nil {
		t.Fatal(err)
	}
	if _, err := buildAndServe(ctx, services, out); err == nil || !strings.Contains(err.Error(), "kelurahan/arjosari") {
		t.Fatalf("a build removing Arjosari without confirmation: %v", err)
	}
	site, err := buildAndServe(ctx, services, out, func(o *pipeline.Options) { o.Unpublish = []string{"kelurahan/arjosari"} })
	if err != nil {
		t.Fatal(err)
	}
	defer site.close()

	tb := newTab(t, site)
	for _, c := range []struct{ path, heading, instead string }{
		{"/kelurahan/arjosari/", "Halaman ini sudah tidak ada", "/kecamatan/blimbing/"},
		{"/en/kelurahan/arjosari/", "This page has been removed", "/en/kecamatan/blimbing/"},
		{"/kiosk/arjosari/", "Halaman ini sudah tidak ada", "/kecamatan/blimbing/"},
	} {
		tb.openStatus(t, c.path, 410)
		got := evaluate[[]string](t, tb, `[document.querySelector("h1").textContent, document.querySelector("main").textContent,
			document.querySelector("main a[href*='/kecamatan/']")?.getAttribute("href") ?? ""]`)
		if got[0] != c.heading || !strings.Contains(got[1], "Kelurahan Arjosari") || got[2] != c.instead {
			t.Errorf("%s: heading %q, names Arjosari %v, link %q; want %q and a link to %s", c.path, got[0], strings.Contains(got[1], "Arjosari"), got[2], c.heading, c.instead)
		}
	}
	tb.open(t, "/kecamatan/blimbing/")
	if h1 := evaluate[string](t, tb, `document.querySelector("h1").textContent`); !strings.Contains(h1, "Blimbing") {
		t.Errorf("the page the removed office sends residents to is %q, want Kecamatan Blimbing", h1)
	}
}
