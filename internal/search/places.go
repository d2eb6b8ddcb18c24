package search

import (
	"github.com/alurlayanan/alur/internal/fuzzy"
	"slices"
	"unicode"

	"github.com/alurlayanan/alur/internal/search/analysis"
)

// places recognises kelurahan and kecamatan named in a query, however
// they are spelled apart or together: "rampal celaket", "Rampalcelaket",
// "oro oro dowo", "bakalan krajan".
type places struct {
	byKey map[string]placeRef // squashed spelling -> place
	keys  []string
	// fuzzy are the keys long enough to match with a typo, as runes,
	// read once: closest runs for many windows of every query.
	fuzzy []placeKey
}

type placeKey struct {
	key   string
	runes []rune
}

type placeRef struct {
	offices   []string // kelurahan office ids
	kecamatan []string // kecamatan ids
}

// maxPlaceWords is the most words a place name is written in.
const maxPlaceWords = 4

// ordinaryWords are kelurahan names that are also everyday words; they
// name the place only after "kelurahan", "kel" or "di".
var ordinaryWords = map[string]bool{"bareng": true, "samaan": true}

// placeWords introduce a place; once a place is found they add nothing.
var placeWords = map[string]bool{
	"kelurahan": true, "kel": true, "kantor": true, "kecamatan": true, "kec": true, "camat": true,
	"desa": true, "lurah": true, "kota": true, "malang": true, "di": true, "wilayah": true,
}

// Words that say which kind of place the name after them is: five
// kelurahan share their kecamatan's name, and "kantor kecamatan klojen"
// means the kecamatan.
var (
	kecamatanWords = map[string]bool{"kecamatan": true, "kec": true, "camat": true}
	kelurahanWords = map[string]bool{"kelurahan": true, "kel": true, "lurah": true, "desa": true}
)

func newPlaces(m meta) *places {
	p := &places{byKey: map[string]placeRef{}}
	add := func(name string, fn func(*placeRef)) {
		k := squash(name)
		if k == "" {
			return
		}
		r, ok := p.byKey[k]
		if !ok {
			p.keys = append(p.keys, k)
		}
		fn(&r)
		p.byKey[k] = r
	}
	for _, o := range m.Offices {
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			add(n, func(r *placeRef) { r.offices = appendNew(r.offices, o.ID) })
		}
	}
	for _, k := range m.Kecamatan {
		for _, n := range append([]string{k.Name}, k.Aliases...) {
			add(n, func(r *placeRef) { r.kecamatan = appendNew(r.kecamatan, k.ID) })
		}
	}
	for _, k := range p.keys {
		if len(k) >= 8 {
			p.fuzzy = append(p.fuzzy, placeKey{k, []rune(k)})
		}
	}
	return p
}

// placeMatch is a place found at words [from, to).
type placeMatch struct {
	from, to int
	ref      placeRef
}

// find returns the places the words name, longest spelling first. A name
// of eight letters or more is recognised with one typo.
func (p *places) find(words []analysis.Word) []placeMatch {
	var out []placeMatch
	for i := 0; i < len(words); {
		m, ok := p.longestAt(words, i)
		if !ok {
			i++
			continue
		}
		out = append(out, m)
		i = m.to
	}
	return out
}

func (p *places) longestAt(words []analysis.Word, i int) (placeMatch, bool) {
	for n := min(maxPlaceWords, len(words)-i); n >= 1; n-- {
		key := ""
		for _, w := range words[i : i+n] {
			key += squash(w.Text)
		}
		ref, ok := p.byKey[key]
		if !ok && len(key) >= 8 {
			ref, ok = p.closest(key)
		}
		if !ok {
			continue
		}
		if n == 1 && ordinaryWords[key] && (i == 0 || !placeWords[words[i-1].Text]) {
			continue
		}
		if i > 0 {
			ref = ref.narrow(words[i-1].Text)
		}
		return placeMatch{from: i, to: i + n, ref: ref}, true
	}
	return placeMatch{}, false
}

// narrow keeps, of a name both a kelurahan and a kecamatan bear, the kind
// of place the word before it names.
func (r placeRef) narrow(before string) placeRef {
	switch {
	case kecamatanWords[before] && len(r.kecamatan) > 0:
		r.offices = nil
	case kelurahanWords[before] && len(r.offices) > 0:
		r.kecamatan = nil
	}
	return r
}

// closest finds the one place within one edit of key; none when two are.
func (p *places) closest(key string) (placeRef, bool) {
	var found []placeRef
	rk := []rune(key)
	for _, k := range p.fuzzy {
		if d := len(k.runes) - len(rk); d >= -1 && d <= 1 && fuzzy.Distance(rk, k.runes, 1) <= 1 {
			found = append(found, p.byKey[k.key])
		}
	}
	if len(found) != 1 {
		return placeRef{}, false
	}
	return found[0], true
}

func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
