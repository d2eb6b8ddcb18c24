// Package stem reduces Indonesian words to their stems without a dictionary,
// so that "kelahiran", "melahirkan" and "lahir" meet in the search index.
//
// It follows the rule-based algorithm Tala described in "A Study of Stemming
// Effects on Information Retrieval in Bahasa Indonesia" (2003): strip a
// particle (-kah, -lah, -pun), then a possessive (-ku, -mu, -nya), then the
// derivational affixes, in an order that depends on which prefix the word
// starts with, never leaving fewer than two syllables. Affix pairs that
// Indonesian does not form (di-...-an, ke-...-i, ber-...-i, ...) are not
// stripped together.
//
// Without a dictionary the rules get some words wrong: a prefix that hides
// the first letter of the root (menulis from tulis, but menikah from nikah),
// a root that merely ends like a particle (sekolah), a root that starts like
// a prefix (penduduk). The override table (overrides.txt) fixes the words of
// this domain that matter; add to it when a test shows a wrong stem.
package stem

import (
	_ "embed"
	"strings"
)

// Stem returns the stem of a lower-case word. Words it does not recognise
// as Indonesian (too short, digits, no vowels) come back unchanged.
func Stem(word string) string {
	return byRules(word, overrides)
}

// byRules stems with the rules, looking words up in table first and again
// once their inflections are gone.
func byRules(word string, table map[string]string) string {
	if s, ok := table[word]; ok {
		return s
	}
	w := stemmer{word: word, table: table}
	w.run()
	return w.word
}

// prefix records which derivational prefix was stripped, because it decides
// which suffixes may follow.
type prefix int

const (
	noPrefix prefix = iota
	prefixMe        // meng-, meny-, men-, mem-, me-
	prefixPe        // peng-, peny-, pen-, pem-
	prefixDi
	prefixTer
	prefixKe
	prefixBer // ber-, be-, bel-
	prefixPer // per-, pe-, pel-
)

type stemmer struct {
	table map[string]string
	word  string
	first prefix // the first-order prefix stripped, if any
	other prefix // the second-order prefix stripped, if any
}

func (s *stemmer) run() {
	if s.removeEnding(particles) && s.overridden() {
		return
	}
	if s.removeEnding(possessives) && s.overridden() {
		return
	}
	if s.removeFirstOrderPrefix() {
		if s.removeSuffix() {
			s.removeSecondOrderPrefix()
		}
		return
	}
	s.removeSecondOrderPrefix()
	s.removeSuffix()
}

// overridden replaces the word by its listed stem once an inflection is
// gone, so "sekolahnya" stems like "sekolah".
func (s *stemmer) overridden() bool {
	if o, ok := s.table[s.word]; ok {
		s.word = o
		return true
	}
	return false
}

// long reports whether the word still has more than two syllables, the
// condition for stripping anything more from it.
func (s *stemmer) long() bool { return syllables(s.word) > 2 }

var (
	particles   = []string{"kah", "lah", "pun", "tah"}
	possessives = []string{"nya", "ku", "mu"}
)

func (s *stemmer) removeEnding(endings []string) bool {
	if !s.long() {
		return false
	}
	for _, e := range endings {
		if strings.HasSuffix(s.word, e) {
			s.word = s.word[:len(s.word)-len(e)]
			return true
		}
	}
	return false
}

// removeFirstOrderPrefix strips meN-, peN-, di-, ter- or ke-. The nasal of
// meN- and peN- may have swallowed the root's first letter: before a vowel,
// meny-/peny- stand for s, men-/pen- for t and mem-/pem- for p.
func (s *stemmer) removeFirstOrderPrefix() bool {
	if !s.long() {
		return false
	}
	w := s.word
	for _, nasal := range []struct {
		lead string
		kind prefix
	}{{"me", prefixMe}, {"pe", prefixPe}} {
		if !strings.HasPrefix(w, nasal.lead) || len(w) < 4 {
			continue
		}
		rest := w[len(nasal.lead):]
		switch {
		case strings.HasPrefix(rest, "ng"):
			s.strip(len(nasal.lead)+2, "", nasal.kind)
		case strings.HasPrefix(rest, "ny") && len(rest) > 2 && isVowel(rest[2]):
			s.strip(len(nasal.lead)+2, "s", nasal.kind)
		case strings.HasPrefix(rest, "n") && len(rest) > 1 && isVowel(rest[1]):
			s.strip(len(nasal.lead)+1, "t", nasal.kind)
		case strings.HasPrefix(rest, "n"):
			s.strip(len(nasal.lead)+1, "", nasal.kind)
		case strings.HasPrefix(rest, "m") && len(rest) > 1 && isVowel(rest[1]):
			s.strip(len(nasal.lead)+1, "p", nasal.kind)
		case strings.HasPrefix(rest, "m"):
			s.strip(len(nasal.lead)+1, "", nasal.kind)
		case nasal.kind == prefixMe && strings.ContainsRune("lrwy", rune(rest[0])):
			// me- before l, r, w, y keeps the root whole: melihat, merusak.
			s.strip(len(nasal.lead), "", nasal.kind)
		default:
			continue
		}
		return true
	}
	for _, p := range []struct {
		lead string
		kind prefix
	}{{"di", prefixDi}, {"ter", prefixTer}, {"ke", prefixKe}} {
		if strings.HasPrefix(w, p.lead) && len(w) > len(p.lead)+2 {
			s.strip(len(p.lead), "", p.kind)
			return true
		}
	}
	return false
}

// removeSecondOrderPrefix strips ber-, be-, per- or pe-.
func (s *stemmer) removeSecondOrderPrefix() bool {
	if !s.long() {
		return false
	}
	w := s.word
	switch {
	case w == "belajar" || w == "pelajar":
		s.word, s.other = "ajar", prefixBer
	case strings.HasPrefix(w, "ber") && len(w) > 5:
		s.strip(3, "", prefixBer)
	case strings.HasPrefix(w, "per") && len(w) > 5:
		s.strip(3, "", prefixPer)
	case strings.HasPrefix(w, "be") && len(w) > 5 && !isVowel(w[2]) && w[3:5] == "er":
		// be- before a syllable ending in -er: bekerja, beternak.
		s.strip(2, "", prefixBer)
	case strings.HasPrefix(w, "pe") && len(w) > 4 && !isVowel(w[2]) && !strings.ContainsRune("mnr", rune(w[2])):
		// pe- before a consonant other than the nasals: pelari, pedagang.
		s.strip(2, "", prefixPer)
	default:
		return false
	}
	return true
}

// removeSuffix strips -kan, -an or -i unless the prefix already stripped
// cannot combine with it.
func (s *stemmer) removeSuffix() bool {
	if !s.long() {
		return false
	}
	w := s.word
	had := func(ps ...prefix) bool {
		for _, p := range ps {
			if s.first == p || s.other == p {
				return true
			}
		}
		return false
	}
	switch {
	case strings.HasSuffix(w, "kan") && !had(prefixKe, prefixPe):
		s.word = w[:len(w)-3]
	case strings.HasSuffix(w, "an") && !had(prefixDi, prefixMe, prefixTer):
		s.word = w[:len(w)-2]
	case strings.HasSuffix(w, "i") && !strings.HasSuffix(w, "si") && !had(prefixBer, prefixKe, prefixPe):
		s.word = w[:len(w)-1]
	default:
		return false
	}
	return true
}

// strip removes n leading bytes, puts back the letter the nasal swallowed,
// and records the prefix.
func (s *stemmer) strip(n int, restore string, kind prefix) {
	s.word = restore + s.word[n:]
	switch kind {
	case prefixBer, prefixPer:
		s.other = kind
	default:
		s.first = kind
	}
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// syllables counts vowels, which for Indonesian is close enough to the
// number of syllables that the algorithm is defined on.
func syllables(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if isVowel(w[i]) {
			n++
		}
	}
	return n
}

//go:embed overrides.txt
var overridesText string

// overrides maps words the rules get wrong to their right stems.
var overrides = parseOverrides(overridesText)

func parseOverrides(text string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		switch len(f) {
		case 0:
		case 2:
			m[f[0]] = f[1]
		default:
			panic("stem: overrides.txt: a line needs a word and its stem: " + line)
		}
	}
	return m
}
