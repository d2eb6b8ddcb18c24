package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alurlayanan/alur/internal/search/analysis"
)

// Bounds on what a query may ask of the index, whatever a resident (or an
// attacker) types. User text never reaches bleve's query parser: queries
// are built from terms here.
const (
	MaxQueryBytes    = 200 // longer text is cut
	maxQueryWords    = 8   // words searched, after places and stop words are set aside
	maxCorrections   = 2   // known words tried for one misspelt word
	maxCompletions   = 8   // known words tried for the word being typed
	minPrefixLetters = 2   // shorter unfinished words are not completed
)

// Weights of the alternatives for one word.
const (
	weightTyped     = 1.0
	weightCorrected = 0.8
	weightCompleted = 0.6
)

// plan is a query read and ready to run: the words to match and the places
// it names.
type plan struct {
	slots     []slot
	offices   []string // kelurahan named in the text
	kecamatan []string // kecamatan named in the text
	corrected string   // the text as searched, when a typo was corrected
	named     bool     // the text named a place and nothing else
	// asksOffice says a word asks about an office rather than a service:
	// its hours, days, address, contact.
	asksOffice bool
}

// officeQuestion are words that ask about an office itself.
const officeQuestion = "buka tutup libur istirahat jam layanan senin selasa rabu kamis jumat sabtu minggu " +
	"alamat telepon whatsapp email kontak piket"

// slot is one word of the query (or one synonym phrase) and the terms that
// may stand for it: as typed, corrected, completed.
type slot struct {
	alts []alt
}

type alt struct {
	term   string
	weight float64
}

// word is a query word and the words that may stand for it.
type word struct {
	typed    string
	fixes    []string // corrections of a misspelt word
	respelt  bool     // a piece of a run-together word
	complete []string // completions of the word being typed
}

// readQuery turns text into a plan. typing says the resident has not
// finished the last word (search-as-you-type), so it is completed.
func (g *generation) readQuery(text string, typing bool) plan {
	text = clip(text, MaxQueryBytes)
	words := g.abbreviations(analysis.Words(text))
	typing = typing && len(words) > 0 && words[len(words)-1].End == len(text)
	var p plan
	matches := g.places.find(words)
	rest := words
	if len(matches) > 0 {
		rest = nil
		next := 0
		for _, m := range matches {
			for _, o := range m.ref.offices {
				p.offices = appendNew(p.offices, o)
			}
			for _, k := range m.ref.kecamatan {
				p.kecamatan = appendNew(p.kecamatan, k)
			}
			rest = append(rest, words[next:m.from]...)
			next = m.to
		}
		rest = append(rest, words[next:]...)
		rest = dropPlaceWords(rest)
		if len(matches) > 0 && matches[len(matches)-1].to == len(words) {
			typing = false // the last word was a place name, not a word to complete
		}
	}
	ws := g.lookUp(rest, typing)
	p.slots = g.slots(ws)
	p.named = len(p.slots) == 0 && len(matches) > 0
	p.asksOffice = g.asksOffice(p.slots)
	p.corrected = correctedText(ws)
	return p
}

func (g *generation) asksOffice(slots []slot) bool {
	for _, s := range slots {
		if g.officeTerms[s.alts[0].term] {
			return true
		}
	}
	return false
}

func dropPlaceWords(words []analysis.Word) []analysis.Word {
	var out []analysis.Word
	for _, w := range words {
		if !placeWords[w.Text] {
			out = append(out, w)
		}
	}
	return out
}

// lookUp decides, for each word, whether it is known, misspelt or being
// typed, and what may stand for it.
func (g *generation) lookUp(words []analysis.Word, typing bool) []word {
	var out []word
	words = g.content(words, typing)
	for i, w := range words {
		if len(out) == maxQueryWords {
			break
		}
		wd := word{typed: w.Text}
		last := i == len(words)-1
		if typing && last && utf8.RuneCountInString(w.Text) >= minPrefixLetters {
			wd.complete = g.vocab.completions(w.Text, maxCompletions)
		}
		if !g.vocab.known(w.Text) && !isNumber(w.Text) {
			wd.fixes = g.vocab.corrections(w.Text, maxCorrections)
			if parts := g.vocab.split(w.Text); len(wd.fixes) == 0 && len(parts) > 0 {
				for _, p := range parts[:min(len(parts), maxQueryWords-len(out))] {
					out = append(out, word{typed: p, respelt: true})
				}
				continue
			}
			// An unknown word with no near neighbour may be cut short,
			// typed on a kiosk or phone by someone who gave up typing.
			if len(wd.fixes) == 0 && len(wd.complete) == 0 && utf8.RuneCountInString(w.Text) > minPrefixLetters {
				wd.complete = g.vocab.completions(w.Text, maxCompletions)
			}
		}
		out = append(out, wd)
	}
	return out
}

// content drops stop words and, of a long query, keeps the maxQueryWords
// words most likely to name a service: words of titles, then other words
// the index holds, then the rest; later words first among equals, since a
// resident tells their story before they ask. The words keep their order.
func (g *generation) content(words []analysis.Word, typing bool) []analysis.Word {
	var out []analysis.Word
	for i, w := range words {
		// A word being typed may be the start of another ("ke" of
		// "keterangan"): it stays, to be completed.
		if !analysis.IsStop(w.Text) || typing && i == len(words)-1 {
			out = append(out, w)
		}
	}
	if len(out) <= maxQueryWords {
		return out
	}
	rank := make([]int, len(out))
	for i, w := range out {
		switch {
		case g.vocab.title[w.Text] > 0:
			rank[i] = 2
		case g.vocab.known(w.Text):
			rank[i] = 1
		}
	}
	keep := make([]bool, len(out))
	for r, n := 2, 0; r >= 0 && n < maxQueryWords; r-- {
		for i := len(out) - 1; i >= 0 && n < maxQueryWords; i-- {
			if rank[i] == r {
				keep[i] = true
				n++
			}
		}
	}
	kept := out[:0]
	for i, w := range out {
		if keep[i] {
			kept = append(kept, w)
		}
	}
	return kept
}

// slots stems the words, collapses synonym phrases, and drops stop words.
func (g *generation) slots(words []word) []slot {
	var raw []slot
	for _, w := range words {
		if alts := alternatives(w); len(alts) > 0 {
			raw = append(raw, slot{alts: alts})
		}
	}
	var out []slot
	for i := 0; i < len(raw); {
		first := terms(raw[i])
		n, canon := g.table.Longest(len(raw)-i, func(j int, s string) bool {
			return hasTerm(raw[i+j], s)
		}, first...)
		if n > 0 {
			out = append(out, slot{alts: []alt{{canon, minWeight(raw[i : i+n])}}})
			i += n
			continue
		}
		// A word alone may still be a one-word synonym under another
		// spelling: "kawin" is searched as "nikah".
		var s slot
		for _, a := range raw[i].alts {
			if m, canon := g.table.Longest(1, nil, a.term); m == 1 {
				a.term = canon
			}
			s.alts = appendAlt(s.alts, a)
		}
		out = append(out, s)
		i++
	}
	return out
}

// alternatives are the index terms a word may stand for, stop words left
// out (a word that is only a stop word gives none).
func alternatives(w word) []alt {
	var alts []alt
	add := func(text string, weight float64) {
		if t := analysis.Term(text); t != "" {
			alts = appendAlt(alts, alt{t, weight})
		}
	}
	add(w.typed, weightTyped)
	for _, f := range w.fixes {
		add(f, weightCorrected)
	}
	for _, c := range w.complete {
		add(c, weightCompleted)
	}
	return alts
}

// appendAlt adds an alternative unless its term is there already with at
// least the same weight.
func appendAlt(alts []alt, a alt) []alt {
	for i, b := range alts {
		if b.term == a.term {
			alts[i].weight = max(b.weight, a.weight)
			return alts
		}
	}
	return append(alts, a)
}

func terms(s slot) []string {
	out := make([]string, len(s.alts))
	for i, a := range s.alts {
		out[i] = a.term
	}
	return out
}

func hasTerm(s slot, t string) bool {
	for _, a := range s.alts {
		if a.term == t {
			return true
		}
	}
	return false
}

func minWeight(slots []slot) float64 {
	w := weightTyped
	for _, s := range slots {
		best := 0.0
		for _, a := range s.alts {
			best = max(best, a.weight)
		}
		w = min(w, best)
	}
	return w
}

// correctedText is the query with each misspelt word replaced by its best
// correction, or "" when nothing was corrected.
func correctedText(words []word) string {
	changed := false
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = w.typed
		changed = changed || w.respelt
		if len(w.fixes) > 0 && len(w.complete) == 0 {
			parts[i], changed = w.fixes[0], true
		}
	}
	if !changed {
		return ""
	}
	return strings.Join(parts, " ")
}

// clip cuts text to at most n bytes without splitting a character, and
// drops control characters.
func clip(text string, n int) string {
	if len(text) > n {
		text = text[:n]
		for !utf8.ValidString(text) {
			text = text[:len(text)-1]
		}
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, text)
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}
