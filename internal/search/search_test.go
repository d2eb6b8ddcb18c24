package search

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Hostile or broken queries must give an answer, never an error: user text
// never reaches bleve's query parser, and length and word count are capped.
func TestHostileQueriesNeverFail(t *testing.T) {
	ix := cityIndex(t)
	hostile := []string{
		strings.Repeat("a", 100_000),
		strings.Repeat("ktp ", 5_000),
		`+-:^~*?"()[]{}/\`,
		`*`, `?`, `.*`, `a*b?c`, `/.*/`, `/(a+)+$/`, `ktp~2`, `nikah^100`, `judul:ktp`, `+ktp -kk`,
		`"kartu keluarga`, `(((((((((((`, `\\\\\\`, "\x00\x01\x02", "ktp\u202e", "🙂🙂🙂", "a", "  ",
		strings.Repeat("zq", 99) + "x",
	}
	for _, text := range hostile {
		res, err := ix.Search(context.Background(), Query{Text: text, Typing: true})
		if err != nil {
			t.Errorf("%.40q: %v", text, err)
		}
		if len(res.Hits) > DefaultLimit {
			t.Errorf("%.40q: %d hits", text, len(res.Hits))
		}
	}
}

func TestQueriesAreBounded(t *testing.T) {
	ix := cityIndex(t)
	g := ix.cur.Load()
	p := g.readQuery(strings.Repeat("kartu keluarga ", 1000), true)
	if len(p.slots) > maxQueryWords {
		t.Errorf("%d words searched, want at most %d", len(p.slots), maxQueryWords)
	}
	for _, s := range p.slots {
		if len(s.alts) > 1+maxCorrections+maxCompletions {
			t.Errorf("a word has %d alternatives", len(s.alts))
		}
	}
}

func TestEmptyQueryGivesNoHits(t *testing.T) {
	res, err := cityIndex(t).Search(context.Background(), Query{Text: "yang dan di"})
	if err != nil || len(res.Hits) != 0 {
		t.Errorf("stop words alone gave %d hits, err %v", len(res.Hits), err)
	}
}

func TestOfficeFilterKeepsToTheOffice(t *testing.T) {
	res, err := cityIndex(t).Search(context.Background(), Query{Text: "surat", Office: "dinoyo", Limit: MaxLimit})
	if err != nil || len(res.Hits) < 10 {
		t.Fatalf("%d hits, err %v", len(res.Hits), err)
	}
	for _, h := range res.Hits {
		if h.Office != "dinoyo" {
			t.Errorf("hit %s is not Dinoyo's", h.URL)
		}
	}
}

func TestKecamatanFilterNarrowsOffices(t *testing.T) {
	res, err := cityIndex(t).Search(context.Background(), Query{Text: "kelurahan", Kecamatan: "sukun", Limit: MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	offices := 0
	for _, h := range res.Hits {
		if h.Office != "" && h.Kecamatan != "sukun" {
			t.Errorf("hit %s is outside Sukun", h.URL)
		}
		if h.Kind == KindOffice {
			offices++
		}
	}
	if offices == 0 {
		t.Errorf("no kelurahan of Sukun found")
	}
}

func TestPlaceNamesInEverySpelling(t *testing.T) {
	ix := cityIndex(t)
	for text, office := range map[string]string{
		"rampal celaket": "rampalcelaket", "Rampalcelaket": "rampalcelaket", "RAMPAL-CELAKET": "rampalcelaket",
		"oro oro dowo": "oro-oro-dowo", "oro-oro dowo": "oro-oro-dowo", "bakalan krajan": "bakalankrajan",
		"tasik madu": "tasikmadu", "ketawangede": "ketawanggede", "kelurahan bareng": "bareng",
	} {
		res, err := ix.Search(context.Background(), Query{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || res.Hits[0].Office != office || res.Hits[0].Kind != KindOffice || res.Office != office {
			t.Errorf("%q: want the office %s first, got %+v", text, office, res.Hits)
		}
	}
	// "bareng" alone is an everyday word (together), not the kelurahan.
	res, _ := ix.Search(context.Background(), Query{Text: "urus ktp bareng kk"})
	if res.Office == "bareng" {
		t.Errorf("bareng in a sentence taken for the kelurahan")
	}
}

func TestTypoCorrectionIsReported(t *testing.T) {
	res, err := cityIndex(t).Search(context.Background(), Query{Text: "akte kelahran"})
	if err != nil || res.Corrected != "akte kelahiran" {
		t.Errorf("corrected %q, err %v", res.Corrected, err)
	}
	res, _ = cityIndex(t).Search(context.Background(), Query{Text: "akte kelahiran"})
	if res.Corrected != "" {
		t.Errorf("a correct query reported as corrected to %q", res.Corrected)
	}
}

func TestSearchAsYouTypeCompletesTheLastWord(t *testing.T) {
	ix := cityIndex(t)
	res, err := ix.Search(context.Background(), Query{Text: "surat kete", Typing: true})
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("no hits, err %v", err)
	}
	if !strings.Contains(strings.ToLower(res.Hits[0].Title), "keterangan") {
		t.Errorf("first hit %q does not complete kete", res.Hits[0].Title)
	}
}

// "Not here" names the agencies that do what was asked, not every agency
// one word of the query matches.
func TestNotHereNamesOnlyTheAgenciesThatFit(t *testing.T) {
	ix := cityIndex(t)
	for q, want := range map[string]string{
		"perpanjang sim":    "satlantas",
		"stnk motor dicuri": "", // the letter of loss matches more words than Samsat
		"bikin ktp baru":    "",
	} {
		res, err := ix.Search(context.Background(), Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range res.Elsewhere {
			got = append(got, a.ID)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("%q: elsewhere %v, want %q", q, got, want)
		}
	}
}

// A kecamatan's own agency (its Polsek) may say what it does too; a query
// that names the kecamatan is sent to that one.
func TestNotHereAtAKecamatanAgency(t *testing.T) {
	cat, syn := cityCatalog(t)
	c := *cat
	c.Districts = nil
	for _, d := range cat.Districts {
		dc := *d
		dc.Agencies = slices.Clone(d.Agencies)
		for i := range dc.Agencies {
			if dc.Agencies[i].ID == "polsek" {
				dc.Agencies[i].Does = []string{"laporan polisi kecelakaan lalu lintas"}
			}
		}
		c.Districts = append(c.Districts, &dc)
	}
	dir := filepath.Join(t.TempDir(), "polsek.bleve")
	if _, err := Build(&c, dir, syn); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := ix.Search(context.Background(), Query{Text: "laporan kecelakaan lalu lintas kecamatan sukun"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Answer != AnswerElsewhere || len(res.Elsewhere) != 1 || res.Elsewhere[0].Name != "Polsek Sukun" {
		t.Errorf("answer %q, elsewhere %+v; want Polsek Sukun alone", res.Answer, res.Elsewhere)
	}
	res, err = ix.Search(context.Background(), Query{Text: "laporan kecelakaan lalu lintas", Office: "kauman"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Elsewhere) != 1 || res.Elsewhere[0].Name != "Polsek Klojen" {
		t.Errorf("at Kauman's kiosk: elsewhere %+v; want Polsek Klojen alone", res.Elsewhere)
	}
}
