package check

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
)

// sktmWithRoutes is the fixture's SKTM whose desk work is a choice of two
// routes, and whose only step at the loket is inside a route: Kauman's
// pindah_tempat (loket: loket-2) must still find and move it.
const sktmWithRoutes = `id: sktm
nama: Surat Keterangan Tidak Mampu
kelompok: sosial
ringkasan: Surat yang menerangkan bahwa keluarga pemohon tidak mampu.
untuk: Warga yang mengajukan keringanan biaya.
persyaratan:
  - dokumen: Surat pengantar RT/RW
langkah:
  - judul: Minta surat pengantar RT/RW
    tempat: rt-rw
  - judul: Ajukan SKTM
    atau:
      - judul: Ajukan sendiri
        jika: pemohon datang sendiri
        langkah:
          - judul: Serahkan berkas
            tempat: loket
            waktu: 15 menit
          - judul: Tanda tangan Camat
            tempat: kecamatan
            opsional: true
      - judul: Ajukan lewat Ketua RT
        tempat: rt-rw
  - judul: Pakai SKTM di sekolah
jangka_waktu: 1 hari kerja
produk: Surat Keterangan Tidak Mampu
dasar_hukum: [Contoh]
`

func TestRoutesResolveLikeSteps(t *testing.T) {
	fsys := fixtureCity(t)
	fsys["layanan/sktm.yaml"] = &fstest.MapFile{Data: []byte(sktmWithRoutes)}
	cat, diags := Dir(fsys)
	var b strings.Builder
	diags.Print(&b, diag.ID)
	if cat == nil || b.Len() > 0 {
		t.Fatalf("a service with routes does not check clean:\n%s", b.String())
	}
	for _, c := range []struct{ office, loket, kecamatan string }{
		{"kauman", "loket-2", "Kantor Kecamatan Klojen"},
		{"arjosari", "loket", "Kantor Kecamatan Blimbing"},
	} {
		steps := serviceAt(t, cat, c.office, "sktm").Steps
		if len(steps) != 3 {
			t.Fatalf("%s: %d top-level steps, want 3: the routes' steps stay inside their step", c.office, len(steps))
		}
		choice := steps[1]
		if len(choice.Or) != 2 || !choice.HasRoutes() {
			t.Fatalf("%s: step 2 has %d alternatives, routes %v", c.office, len(choice.Or), choice.HasRoutes())
		}
		route, single := choice.Or[0], choice.Or[1]
		if !route.IsRoute() || len(route.Steps) != 2 || single.IsRoute() {
			t.Fatalf("%s: the first alternative should be a route of 2 steps, the second a single task", c.office)
		}
		wants := []struct {
			st                *flow.ResolvedStep
			label, title, loc string
		}{
			{steps[0], "1", "Minta surat pengantar RT/RW", "Ketua RT dan RW"},
			{choice, "2", "Ajukan SKTM", ""},
			{route, "2a", "Ajukan sendiri", ""},
			{route.Steps[0], "2a.1", "Serahkan berkas", c.loket},
			{route.Steps[1], "2a.2", "Tanda tangan Camat", c.kecamatan},
			{single, "2b", "Ajukan lewat Ketua RT", "Ketua RT dan RW"},
			{steps[2], "3", "Pakai SKTM di sekolah", ""},
		}
		for _, want := range wants {
			got := want.st
			if got.Label != want.label || got.Title != want.title || placeName(got.Where) != want.loc {
				t.Errorf("%s: step %q labelled %q at %q; want %q labelled %q at %q",
					c.office, got.Title, got.Label, placeName(got.Where), want.title, want.label, want.loc)
			}
		}
		if d := route.Steps[0].Duration; d.String() != "15 menit" {
			t.Errorf("%s: a route's step lost its time: %q", c.office, d)
		}
		if !route.Steps[1].Optional || route.When != "pemohon datang sendiri" {
			t.Errorf("%s: a route's condition or its step's opsional was lost", c.office)
		}
		if choice.Rejoin != 3 || steps[0].Rejoin != 0 {
			t.Errorf("%s: the routes of step 2 rejoin at step %d, want 3", c.office, choice.Rejoin)
		}
		if steps[2].Number != 3 || route.Number != 0 || route.Steps[0].Number != 0 {
			t.Errorf("%s: Number is for top-level steps only: %d, %d, %d", c.office, steps[2].Number, route.Number, route.Steps[0].Number)
		}
	}
}

func serviceAt(t *testing.T, cat *flow.Catalog, office, id string) *flow.Service {
	t.Helper()
	for _, o := range cat.Offices {
		for _, s := range o.Services {
			if o.ID == office && s.ID == id {
				return s
			}
		}
	}
	t.Fatalf("no service %s at %s", id, office)
	return nil
}

// placeName is the place's ID inside the office, the agency's name outside.
func placeName(l flow.Location) string {
	switch {
	case l.Place != nil:
		return l.Place.ID
	case l.Agency != nil:
		return l.Agency.Name
	}
	return ""
}

func TestLetters(t *testing.T) {
	for i, want := range map[int]string{0: "a", 1: "b", 25: "z", 26: "aa", 27: "ab", 51: "az", 52: "ba", 701: "zz", 702: "aaa"} {
		if got := letters(i); got != want {
			t.Errorf("letters(%d) = %q, want %q", i, got, want)
		}
	}
}

func TestRoutesThatEndTheFlowRejoinNowhere(t *testing.T) {
	fsys := fixtureCity(t)
	last := "  - judul: Pakai SKTM di sekolah\n"
	fsys["layanan/sktm.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(sktmWithRoutes, last, "", 1))}
	cat, diags := Dir(fsys)
	if cat == nil || diags.HasErrors() {
		t.Fatal("the service does not check")
	}
	steps := serviceAt(t, cat, "kauman", "sktm").Steps
	if len(steps) != 2 || steps[1].Rejoin != 0 || !steps[1].HasRoutes() {
		t.Errorf("the routes of the last step rejoin at step %d, want 0 (the end)", steps[len(steps)-1].Rejoin)
	}
}
