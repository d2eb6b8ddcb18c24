package stem

import (
	"bufio"
	"maps"
	"os"
	"strings"
	"testing"
)

func TestStemWordList(t *testing.T) {
	f, err := os.Open("testdata/kata.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for line := 1; sc.Scan(); line++ {
		text, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(text)
		if len(fields) == 0 {
			continue
		}
		if len(fields) != 2 {
			t.Fatalf("kata.txt:%d: want 'word stem', got %q", line, sc.Text())
		}
		n++
		if got := Stem(fields[0]); got != fields[1] {
			t.Errorf("kata.txt:%d: Stem(%q) = %q, want %q", line, fields[0], got, fields[1])
		}
	}
	if n < 100 {
		t.Errorf("word list has %d words; keep at least 100", n)
	}
}

// Every override must fix something: an entry the rules already stem right
// only hides a change in the rules.
func TestOverridesAreNeeded(t *testing.T) {
	for word, want := range overrides {
		others := maps.Clone(overrides)
		delete(others, word)
		if byRules(word, others) == want {
			t.Errorf("overrides.txt: %q already stems to %q by the rules; remove the line", word, want)
		}
	}
}

func TestStemKeepsAtLeastTwoSyllables(t *testing.T) {
	for _, w := range []string{"kartu", "tanda", "surat", "pindah", "kantor", "bantu", "ilmu", "satu"} {
		if got := Stem(w); got != w {
			t.Errorf("Stem(%q) = %q; words of two syllables stay whole", w, got)
		}
	}
}

func TestStemNeverEmpties(t *testing.T) {
	for _, w := range []string{"", "a", "me", "di", "ke", "ber", "peng", "kan", "an", "i", "lah", "nya", "menyan", "pengan"} {
		if got := Stem(w); w != "" && got == "" {
			t.Errorf("Stem(%q) is empty", w)
		}
	}
}

func FuzzStem(f *testing.F) {
	for _, s := range []string{"kelahiran", "memperbaiki", "menyny", "pe", "ké", "belajar"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		got := Stem(w)
		if len(got) > len(w)+1 {
			t.Errorf("Stem(%q) = %q grew by more than one restored letter", w, got)
		}
		if w != "" && got == "" {
			t.Errorf("Stem(%q) is empty", w)
		}
	})
}
