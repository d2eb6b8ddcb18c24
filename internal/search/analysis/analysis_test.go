package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/mapping"
)

var testGroups = [][]string{
	{"ktp", "kartu tanda penduduk", "e-KTP", "KTP-el", "KTP elektronik"},
	{"kk", "kartu keluarga"},
	{"sktm", "surat keterangan tidak mampu", "surat miskin", "miskin", "tidak mampu"},
	{"nikah", "kawin"},
	{"akta", "akte"},
}

func TestTermsCollapsePhrasesAfterStemming(t *testing.T) {
	table := NewTable(testGroups)
	for _, c := range []struct{ text, want string }{
		{"Kartu Tanda Penduduk hilang", "ktp hilang"},
		{"e-KTP", "ktp"},
		{"KTP-el pemohon", "ktp mohon"},
		{"mau bikin surat miskin buat sekolah", "sktm buat sekolah"},
		{"Surat Keterangan Tidak Mampu", "sktm"},
		{"surat keterangan", "surat terang"},
		{"akte kelahiran", "akta lahir"},
		{"perkawinan", "nikah"},
		{"pernikahan", "nikah"},
		{"fotokopi Kartu Keluarga", "fotokopi kk"},
		{"gimana cara ngurus ktp yg hilang?", "ktp hilang"},
	} {
		if got := strings.Join(Terms(c.text, table), " "); got != c.want {
			t.Errorf("Terms(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestLongestPrefersTheLongerPhrase(t *testing.T) {
	table := NewTable([][]string{{"tinggal", "tempat"}, {"domisili", "tempat tinggal"}})
	if got := Terms("tempat tinggal", table); !slices.Equal(got, []string{"domisili"}) {
		t.Errorf("got %v, want the two-word phrase to win", got)
	}
}

func TestNilTableChangesNothing(t *testing.T) {
	if got := Terms("kartu keluarga", nil); !slices.Equal(got, []string{"kartu", "keluarga"}) {
		t.Errorf("got %v", got)
	}
}

func TestAnalyzerInMappingMarksPhraseAndKeepsWords(t *testing.T) {
	m := mapping.NewIndexMapping()
	if err := AddTo(m, testGroups); err != nil {
		t.Fatal(err)
	}
	text := "Bawa kartu tanda penduduk asli"
	toks := m.AnalyzerNamed(Analyzer).Analyze([]byte(text))
	var terms []string
	for _, tk := range toks {
		terms = append(terms, string(tk.Term))
		if string(tk.Term) == "ktp" {
			if span := text[tk.Start:tk.End]; span != "kartu tanda penduduk" {
				t.Errorf("ktp token spans %q, want the whole phrase", span)
			}
		}
	}
	if want := []string{"bawa", "ktp", "kartu", "tanda", "penduduk", "asli"}; !slices.Equal(terms, want) {
		t.Errorf("terms %v, want %v", terms, want)
	}
	plain := m.AnalyzerNamed(PlainAnalyzer).Analyze([]byte("Kartu Tanda-Penduduk"))
	if len(plain) != 3 || string(plain[2].Term) != "penduduk" {
		t.Errorf("plain analyzer gave %v", plain)
	}
}

func TestDomainWordsAreNotStopWords(t *testing.T) {
	for _, w := range []string{"tidak", "mampu", "belum", "buat", "kecil", "surat", "ktp"} {
		if IsStop(w) {
			t.Errorf("%q is a stop word", w)
		}
	}
	for _, w := range []string{"yang", "dan", "mau", "gimana", "di"} {
		if !IsStop(w) {
			t.Errorf("%q is not a stop word", w)
		}
	}
}

func TestTableWordsFeedTypoCorrection(t *testing.T) {
	words := NewTable(testGroups).Words()
	for _, w := range []string{"kawin", "akte", "penduduk", "el"} {
		if _, ok := slices.BinarySearch(words, w); !ok {
			t.Errorf("%q missing from %v", w, words)
		}
	}
}
