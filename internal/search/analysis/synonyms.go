package analysis

import (
	"slices"
	"strings"
)

// Table is a synonym table ready to match: every phrase of a group, as the
// stems the analysis makes of it, leads to one term for the whole group.
// The zero value and nil are empty tables.
type Table struct {
	byFirst map[string][]phrase // by the phrase's first stem, longest first
	words   []string            // every word written in the groups, for typo correction
}

type phrase struct {
	stems []string
	term  string
}

// MaxPhraseWords bounds a synonym phrase, and so the look-ahead of matching.
const MaxPhraseWords = 6

// NewTable prepares synonym groups. A phrase that is already in an earlier
// group, or that has no words left once stop words go, is skipped: the
// loader reports both to staff.
func NewTable(groups [][]string) *Table {
	t := &Table{byFirst: map[string][]phrase{}}
	seen := map[string]bool{}
	words := map[string]bool{}
	for _, g := range groups {
		term := GroupTerm(g)
		if term == "" {
			continue
		}
		for _, p := range g {
			for _, w := range Words(p) {
				words[w.Text] = true
			}
			stems := Normalize(p)
			key := strings.Join(stems, " ")
			if len(stems) == 0 || len(stems) > MaxPhraseWords || seen[key] {
				continue
			}
			seen[key] = true
			t.byFirst[stems[0]] = append(t.byFirst[stems[0]], phrase{stems, term})
		}
	}
	for _, list := range t.byFirst {
		slices.SortStableFunc(list, func(a, b phrase) int { return len(b.stems) - len(a.stems) })
	}
	for w := range words {
		t.words = append(t.words, w)
	}
	slices.Sort(t.words)
	return t
}

// Normalize returns the stems of a phrase, stop words dropped.
func Normalize(p string) []string {
	var out []string
	for _, w := range Words(p) {
		if s := Term(w.Text); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// GroupTerm is the term a group's phrases become: the stems of its first
// phrase, joined by "_" when it has several words. It is "" when the first
// phrase has no words that count.
func GroupTerm(group []string) string {
	if len(group) == 0 {
		return ""
	}
	return strings.Join(Normalize(group[0]), "_")
}

// Longest finds the longest phrase that starts with one of the stems in
// first and goes on through the following positions, where has(j, s)
// reports whether position j (0 for the first) holds stem s and avail is
// how many positions there are. It returns the number of positions the
// phrase covers (0 when none matches) and the group's term.
func (t *Table) Longest(avail int, has func(j int, s string) bool, first ...string) (int, string) {
	if t == nil {
		return 0, ""
	}
	best, term := 0, ""
	for _, f := range first {
		for _, p := range t.byFirst[f] {
			if len(p.stems) <= best || len(p.stems) > avail {
				continue
			}
			if matches(p.stems, has) {
				best, term = len(p.stems), p.term
			}
		}
	}
	return best, term
}

func matches(stems []string, has func(j int, s string) bool) bool {
	for j := 1; j < len(stems); j++ {
		if !has(j, stems[j]) {
			return false
		}
	}
	return true
}

// Words returns every word written in the table, sorted, so a misspelt
// "kawn" can be corrected to "kawin" even if no service uses that word.
func (t *Table) Words() []string {
	if t == nil {
		return nil
	}
	return t.words
}
