package search

import (
	"strings"
	"unicode/utf8"

	"github.com/alurlayanan/alur/internal/search/analysis"
)

// Residents run words together ("suratpindah", "aktakelahiran") and write
// abbreviations with dots or spaces ("s.k.t.m", "K.K", "k k"). Both are
// read back into the words the index knows, using only its own vocabulary:
// nothing is guessed that the index could not match anyway.

// minPartLetters is the shortest word a run-together word is split into,
// unless the part is a word of the synonym table (kk, rt, rw): shorter
// pieces are too often found by chance inside a longer word.
const minPartLetters = 3

// maxParts bounds the words one run-together word is split into.
const maxParts = 4

// abbreviations joins dotted and spaced letters into the abbreviation they
// spell when the index knows it: "s.k.t.m" and "s k t m" are "sktm". A dotted
// word that spells nothing known is split at its dots ("jl.raya").
func (g *generation) abbreviations(words []analysis.Word) []analysis.Word {
	var out []analysis.Word
	for i := 0; i < len(words); i++ {
		w := words[i]
		if strings.Contains(w.Text, ".") {
			out = append(out, g.undot(w)...)
			continue
		}
		j := i
		for j < len(words) && utf8.RuneCountInString(words[j].Text) == 1 && isLetters(words[j].Text) {
			j++
		}
		if j-i >= 2 {
			joined := ""
			for _, l := range words[i:j] {
				joined += l.Text
			}
			if g.vocab.known(joined) {
				out = append(out, analysis.Word{Text: joined, Start: w.Start, End: words[j-1].End})
				i = j - 1
				continue
			}
		}
		out = append(out, w)
	}
	return out
}

func (g *generation) undot(w analysis.Word) []analysis.Word {
	if joined := strings.ReplaceAll(w.Text, ".", ""); g.vocab.known(joined) {
		return []analysis.Word{{Text: joined, Start: w.Start, End: w.End}}
	}
	var out []analysis.Word
	for _, part := range strings.Split(w.Text, ".") {
		if part != "" {
			out = append(out, analysis.Word{Text: part, Start: w.Start, End: w.End})
		}
	}
	return out
}

// split cuts an unknown word into the fewest known words that spell it,
// or returns nil: "suratketeranganusaha" is "surat keterangan usaha".
// Among splits into as many words, the one with the longest words wins
// ("akta kelahiran", not "akt akelahiran").
func (v *vocabulary) split(word string) []string {
	// Pieces are no longer than the longest known word, which also bounds
	// the work a hostile query can ask for.
	if !isLetters(word) || len(word) < 2*minPartLetters || len(word) > maxParts*v.maxLen {
		return nil
	}
	// best[i] is the best split of word[i:], or nil when there is none.
	n := len(word)
	best := make([][]string, n+1)
	best[n] = []string{}
	for i := n - 1; i >= 0; i-- {
		for j := i + 1; j <= min(n, i+v.maxLen); j++ {
			part, rest := word[i:j], best[j]
			if rest == nil || len(rest)+1 > maxParts || !v.wholeWord(part) || (i == 0 && j == n) {
				continue
			}
			cand := append([]string{part}, rest...)
			if best[i] == nil || better(cand, best[i]) {
				best[i] = cand
			}
		}
	}
	if len(best[0]) < 2 {
		return nil
	}
	return best[0]
}

// wholeWord reports whether a piece of a run-together word is a word of
// the index as written (not only by its stem: "akelahiran" is no word).
func (v *vocabulary) wholeWord(part string) bool {
	if _, ok := v.freq[part]; !ok {
		return false
	}
	return len(part) >= minPartLetters || v.synonym[part]
}

// better prefers fewer words, then the split whose shortest word is longest.
func better(a, b []string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return shortest(a) > shortest(b)
}

func shortest(parts []string) int {
	m := 0
	for i, p := range parts {
		if i == 0 || len(p) < m {
			m = len(p)
		}
	}
	return m
}

func isLetters(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return s != ""
}
