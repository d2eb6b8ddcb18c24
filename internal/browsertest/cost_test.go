package browsertest

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// A service that is free at the office but needs a meterai and photocopies
// says so beside the fee, with what to bring in all, in both languages.
func TestOtherCostsBesideTheFee(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	site, _ := variant(t, ctx, func(fsys fstest.MapFS) {
		f := fsys["layanan/sktm.yaml"]
		f.Data = []byte(strings.Replace(string(f.Data), "produk:", `biaya_lain:
  - nama: Meterai
    tarif: 10000
    dibayar_di: kantor pos
  - nama: Fotokopi KTP-el dan KK
    tarif: 500
    jumlah: 4
produk:`, 1))
	})
	defer site.close()
	tb := newTab(t, site)
	for _, c := range []struct{ path, free, other, total string }{
		{"/kelurahan/kauman/sktm/", "Gratis", "Meterai: Rp10.000 (dibayar di kantor pos)", "Siapkan sekitar Rp12.000"},
		{"/en/kelurahan/kauman/sktm/", "Free", "Meterai: Rp10.000 (paid at kantor pos)", "Bring about Rp12.000"},
	} {
		tb.open(t, c.path)
		type block struct {
			Text string `json:"text"`
		}
		b := evaluate[block](t, tb, `(() => {
			const dd = document.querySelector(".al-glance__cost dd");
			return {text: dd.textContent.replace(/\s+/g, " ")};
		})()`)
		for _, want := range []string{c.free, c.other, "Fotokopi KTP-el dan KK: Rp500 × 4", c.total} {
			if !strings.Contains(b.Text, want) {
				t.Errorf("%s: the cost block %q lacks %q", c.path, b.Text, want)
			}
		}
	}
	tb.viewport(1080, 1920, 1)
	tb.open(t, "/kiosk/kauman/sktm/")
	if text := evaluate[string](t, tb, `document.body.textContent.replace(/\s+/g, " ")`); !strings.Contains(text, "Biaya lain yang Anda tanggung:") || !strings.Contains(text, "Meterai: Rp10.000 (kantor pos)") {
		t.Errorf("the kiosk's service view does not list the other costs:\n%.2000s", text)
	}
}
