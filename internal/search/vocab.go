package search

import (
	"github.com/alurlayanan/alur/internal/fuzzy"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"

	"github.com/alurlayanan/alur/internal/search/analysis"
)

// vocabulary is every word the index knows, unstemmed, for correcting typos
// and completing the word being typed. It is read once when an index is
// opened: a few thousand words for a city.
type vocabulary struct {
	words []string       // sorted
	freq  map[string]int // documents each word is in
	title map[string]int // documents whose title or names hold each word
	byLen map[int][]string
	terms map[string]bool // the stems the text fields hold
	// synonym holds the words of the synonym table, which may be
	// shorter than other pieces of a run-together word (kk, rt).
	synonym map[string]bool
	maxLen  int
}

func loadVocabulary(idx bleve.Index, table *analysis.Table) (*vocabulary, error) {
	v := &vocabulary{freq: map[string]int{}, title: map[string]int{}, byLen: map[int][]string{}, terms: map[string]bool{}, synonym: map[string]bool{}}
	if err := eachTerm(idx, fieldPlain, func(t string, n int) { v.freq[t] = n }); err != nil {
		return nil, err
	}
	if err := eachTerm(idx, fieldTitlePlain, func(t string, n int) { v.title[t] = n }); err != nil {
		return nil, err
	}
	for _, f := range textFields {
		if err := eachTerm(idx, f.name, func(t string, _ int) { v.terms[t] = true }); err != nil {
			return nil, err
		}
	}
	for _, w := range table.Words() {
		v.synonym[w] = true
		if _, ok := v.freq[w]; !ok {
			v.freq[w] = 1
		}
	}
	for w := range v.freq {
		v.words = append(v.words, w)
		n := utf8.RuneCountInString(w)
		v.byLen[n] = append(v.byLen[n], w)
		v.maxLen = max(v.maxLen, n)
	}
	slices.Sort(v.words)
	return v, nil
}

func eachTerm(idx bleve.Index, field string, fn func(term string, count int)) error {
	d, err := idx.FieldDict(field)
	if err != nil {
		return err
	}
	defer d.Close()
	for {
		e, err := d.Next()
		if err != nil {
			return err
		}
		if e == nil {
			return nil
		}
		fn(e.Term, int(e.Count))
	}
}

// known reports whether a lower-case word needs no correction: the index
// or the synonym table has it as written, or has its stem.
func (v *vocabulary) known(word string) bool {
	if _, ok := v.freq[word]; ok {
		return true
	}
	t := analysis.Term(word)
	return t == "" || v.terms[t]
}

// maxTypos is how many edits a word of n letters may carry and still be
// corrected: none for very short words, where any change makes another
// word; two for long ones.
func maxTypos(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 8:
		return 1
	default:
		return 2
	}
}

// corrections returns up to max known words closest to a misspelt one,
// nearest and most common first.
func (v *vocabulary) corrections(word string, limit int) []string {
	n := utf8.RuneCountInString(word)
	k := maxTypos(n)
	if k == 0 {
		return nil
	}
	type cand struct {
		w    string
		dist int
	}
	var cands []cand
	rw := []rune(word)
	for l := n - k; l <= n+k; l++ {
		for _, w := range v.byLen[l] {
			if d := fuzzy.Distance(rw, []rune(w), k); d <= k {
				cands = append(cands, cand{w, d})
			}
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if a.dist != b.dist {
			return a.dist - b.dist
		}
		if fa, fb := v.freq[a.w], v.freq[b.w]; fa != fb {
			return fb - fa
		}
		return strings.Compare(a.w, b.w)
	})
	var out []string
	for _, c := range cands {
		if len(out) == limit || c.dist > cands[0].dist {
			break
		}
		out = append(out, c.w)
	}
	return out
}

// completions returns up to limit known words that start with prefix and
// are longer than it: words of titles first, then the most common.
func (v *vocabulary) completions(prefix string, limit int) []string {
	i, _ := slices.BinarySearch(v.words, prefix)
	var found []string
	for ; i < len(v.words) && strings.HasPrefix(v.words[i], prefix); i++ {
		if v.words[i] != prefix {
			found = append(found, v.words[i])
		}
	}
	slices.SortStableFunc(found, func(a, b string) int {
		if ta, tb := v.title[a], v.title[b]; (ta > 0) != (tb > 0) {
			if ta > 0 {
				return -1
			}
			return 1
		}
		return v.freq[b] - v.freq[a]
	})
	return found[:min(limit, len(found))]
}
