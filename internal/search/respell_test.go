package search

import (
	"slices"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/search/analysis"
)

func TestRunTogetherWordsAreSplit(t *testing.T) {
	g := cityIndex(t).cur.Load()
	for text, want := range map[string]string{
		"suratketeranganusaha": "surat keterangan usaha",
		"aktakelahiran":        "akta kelahiran",
		"rampalcelaket":        "",          // a place written together, not two words
		"kelahran":             "kelahiran", // a typo is corrected, not split
	} {
		if p := g.readQuery(text, false); p.corrected != want {
			t.Errorf("%q read as %q, want %q", text, p.corrected, want)
		}
	}
}

func TestAbbreviationsAreJoined(t *testing.T) {
	g := cityIndex(t).cur.Load()
	for text, want := range map[string]string{
		"s.k.t.m":    "sktm",
		"S.K.T.M.":   "sktm",
		"k k hilang": "kk hilang",
		"jl.raya":    "jl raya",
		"a b c":      "a b c", // letters that spell nothing known stay letters
	} {
		var got []string
		for _, w := range g.abbreviations(analysis.Words(text)) {
			got = append(got, w.Text)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("%q read as %q, want %q", text, got, want)
		}
	}
}

func TestSplitUsesWholeWords(t *testing.T) {
	v := cityIndex(t).cur.Load().vocab
	for word, want := range map[string]string{
		"suratpindah": "surat pindah",
		"ktphilang":   "ktp hilang",
		"zzzzzzzz":    "",
		"surat":       "", // a word is not split into pieces of itself
	} {
		if got := strings.Join(v.split(word), " "); got != want {
			t.Errorf("split(%q) = %q, want %q", word, got, want)
		}
	}
	if parts := v.split("aktakelahiran"); !slices.Equal(parts, []string{"akta", "kelahiran"}) {
		t.Errorf("split(aktakelahiran) = %v", parts)
	}
}
