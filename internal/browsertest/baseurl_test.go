package browsertest

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/pipeline"
)

// A city whose kota.yaml gives its public address, built without
// --base-url and served on a LAN address: the canonical link and the
// kiosk's QR code name the public address, while every link a resident
// follows stays on the server that served the page.
func TestPublicAddressFromTheCityFile(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	site, _ := variant(t, ctx, func(fsys fstest.MapFS) {
		f := fsys["kota.yaml"]
		f.Data = []byte(strings.Replace(string(f.Data), "\nkota:\n", "\nkota:\n  alamat_publik: https://alur.kota-uji.go.id\n", 1))
	}, func(o *pipeline.Options) { o.BaseURL = flow.BaseURL{} })
	defer site.close()
	tb := newTab(t, site)
	tb.open(t, "/kelurahan/kauman/sktm/")
	type links struct {
		Canonical string   `json:"canonical"`
		Foreign   []string `json:"foreign"`
	}
	got := evaluate[links](t, tb, `({
		canonical: document.querySelector("link[rel=canonical]").href,
		foreign: [...document.querySelectorAll("a[href]")].map(a => a.href).filter(h => h.startsWith("http") && !h.startsWith(location.origin) && h.includes("kota-uji")),
	})`)
	if got.Canonical != "https://alur.kota-uji.go.id/kelurahan/kauman/sktm/" {
		t.Errorf("canonical %q, want the public address from kota.yaml", got.Canonical)
	}
	if len(got.Foreign) > 0 {
		t.Errorf("links that leave the serving host for the public address: %q", got.Foreign)
	}
	tb.open(t, "/kelurahan/")
	tb.viewport(1080, 1920, 1)
	tb.open(t, "/kiosk/kauman/sktm/")
	if text := evaluate[string](t, tb, `document.body.textContent`); !strings.Contains(text, "alur.kota-uji.go.id/kelurahan/kauman/sktm") {
		t.Errorf("the kiosk's QR code does not name the public address:\n%.1500s", text)
	}
}
