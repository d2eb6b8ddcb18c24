package browsertest

import (
	"strings"
	"testing"
)

// The pages speak for themselves: a city-standard page, which belongs to
// no kelurahan, never says "kelurahan ini"; a member of staff on duty
// reads "name, role", not "Petugas Pelayanan 1 (contoh) (Petugas
// loket)"; a kecamatan's hours read as an office's do.
func TestPagesSpeakForThemselves(t *testing.T) {
	site := exampleSite(t)
	tb := newTab(t, site)
	for _, d := range site.Catalog.Standards {
		path := "/layanan/" + d.ID + "/"
		tb.open(t, path)
		if text := evaluate[string](t, tb, `document.querySelector("main").textContent`); strings.Contains(strings.ToLower(text), "kelurahan ini") {
			t.Errorf("%s says \"kelurahan ini\", but no kelurahan is meant there", path)
		}
	}
	tb.open(t, "/kelurahan/kauman/")
	staff := evaluate[[]string](t, tb, `[...document.querySelectorAll("#piket ~ ul ul li, section[aria-labelledby=piket] ul ul li")].map(li => li.textContent)`)
	if len(staff) == 0 {
		t.Fatal("no staff on duty listed on Kauman's page")
	}
	for _, s := range staff {
		if strings.Contains(s, ") (") || !strings.Contains(s, "(contoh), ") {
			t.Errorf("staff on duty reads %q, want \"name (contoh), role\"", s)
		}
	}
	tb.open(t, "/kecamatan/klojen/")
	if text := evaluate[string](t, tb, `document.querySelector("main").textContent`); !strings.Contains(text, "Senin-Kamis 07:30-15:30; Jumat 07:30-14:30") {
		t.Errorf("the kecamatan's hours do not read as typed hours:\n%.1500s", text)
	}
}
