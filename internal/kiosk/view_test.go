package kiosk

import (
	"fmt"
	"github.com/alurlayanan/alur/internal/locale"
	"regexp"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/flow"
)

func TestPopularServicesLeadAndTheRestFollowTheCityGroups(t *testing.T) {
	cat := fixtureCity(t)
	var kauman *flow.Office
	for _, o := range cat.Offices {
		if o.ID == "kauman" {
			kauman = o
		}
	}
	popular, groups := popularAndGrouped(cat, kauman)
	if len(popular) != 1 || popular[0].ID != "sktm" {
		t.Errorf("popular: %+v, want SKTM alone", popular)
	}
	var got []string
	for _, g := range groups {
		got = append(got, g.Name.ID+":")
		for _, s := range g.Services {
			got = append(got, s.ID)
		}
	}
	// SKTM (sosial) is among the big buttons, so the sosial group is empty
	// and left out; the office's own service has no group and comes last.
	want := "Kependudukan: kematian Lainnya: izin-keramaian"
	if strings.Join(got, " ") != want {
		t.Errorf("groups: %s, want %s", strings.Join(got, " "), want)
	}
	slides := attractSlides(popular, groups)
	if len(slides) != 3 || slides[0].ID != "sktm" {
		t.Errorf("slides: %+v", slides)
	}
	if k := popular[0].Keywords; k != "surat keterangan tidak mampu sktm surat yang menerangkan bahwa keluarga pemohon tidak mampu. surat miskin sosial" {
		t.Errorf("search words of SKTM: %q", k)
	}
}

func TestEveryWordHasBothLanguages(t *testing.T) {
	for _, table := range []map[string]locale.Text{pageWords, scriptWords} {
		for key, w := range table {
			if w.ID == "" || w.EN == "" {
				t.Errorf("word %q lacks a language: %+v", key, w)
			}
		}
	}
	if _, err := word("no-such-word"); err == nil {
		t.Error("an unknown word key must fail the build")
	}
}

func TestShortNameIsNotRepeated(t *testing.T) {
	for _, c := range []struct{ name, short, want string }{
		{"Surat Keterangan Tidak Mampu", "SKTM", "SKTM"},
		{"Pengantar Kartu Identitas Anak (KIA)", "KIA", ""},
		{"Surat Keterangan Domisili", "", ""},
	} {
		s := &flow.Service{Name: c.name, Def: &flow.ServiceDef{Short: c.short}}
		if got := shortName(s); got != c.want {
			t.Errorf("shortName(%q, %q) = %q, want %q", c.name, c.short, got, c.want)
		}
	}
}

// The script looks its words up by key and would show the key itself for a
// missing one; every key it names must be in kata.js.
func TestScriptWordsExist(t *testing.T) {
	js, err := assetFS.ReadFile("assets/kiosk.js")
	if err != nil {
		t.Fatal(err)
	}
	used := regexp.MustCompile(`word\('([a-z-]+)'\)`).FindAllStringSubmatch(string(js), -1)
	if len(used) < 10 {
		t.Fatalf("found only %d word keys in kiosk.js; has the lookup changed?", len(used))
	}
	for _, m := range used {
		if _, ok := scriptWords[m[1]]; !ok {
			t.Errorf("kiosk.js uses word %q, which kata.js lacks", m[1])
		}
	}
	for d := range 7 {
		if _, ok := scriptWords[fmt.Sprintf("day-%d", d)]; !ok {
			t.Errorf("kata.js lacks day-%d", d)
		}
	}
}
