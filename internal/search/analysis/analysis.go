// Package analysis turns Indonesian text into the terms of the search index,
// and registers that analysis with bleve. Any program that opens an index
// built with it must import this package (the search package does), or
// bleve cannot rebuild the analyzers named in the index mapping.
//
// Text is split into words (Unicode word boundaries, so "KTP-el" is two
// words and "RT/RW" too), lower-cased, stripped of stop words, stemmed, and
// finally each phrase from the synonym table is marked with its group's
// term: "kartu tanda penduduk", "e-KTP" and "KTP" all carry "ktp". Synonyms are matched
// on stems, so the table needs one spelling per word ("pernikahan" and
// "menikah" both stem to "nikah").
package analysis

import (
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/shingle"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/alurlayanan/alur/internal/search/stem"
)

// Names under which the analysis is registered with bleve or added to a
// mapping. Changing one breaks indexes already built.
const (
	// Analyzer is the full analysis: words, stop words, stems, synonyms.
	Analyzer = "alur"
	// PlainAnalyzer only splits and lower-cases, for the unstemmed copies
	// that typo correction and prefix completion look words up in.
	PlainAnalyzer = "alur_polos"
	// PairAnalyzer is the full analysis turned into pairs of neighbouring
	// terms ("ktp anak"): a pair is one term, so favouring a title that
	// holds two query words side by side costs a term lookup, not a phrase
	// search through positions.
	PairAnalyzer = "alur_pasangan"
	pairFilter   = "alur_pasangan"

	StopFilter    = "alur_stop"
	StemFilter    = "alur_stem"
	SynonymFilter = "alur_sinonim"

	synonymInstance = "alur_sinonim_kota"
	groupsKey       = "kelompok"
)

// Version names the analysis an index was built with. Bump it when stems,
// stop words or the meaning of the synonym table change, so that an old
// index is rebuilt rather than silently searched with different terms.
const Version = "alur-analysis-3"

func init() {
	for name, ctor := range map[string]registry.TokenFilterConstructor{
		StopFilter:    func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) { return stopFilter{}, nil },
		StemFilter:    func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) { return stemFilter{}, nil },
		SynonymFilter: newSynonymFilter,
	} {
		if err := registry.RegisterTokenFilter(name, ctor); err != nil {
			panic(err)
		}
	}
}

// AddTo declares the analyzers in an index mapping, with the synonym groups
// (phrases as staff wrote them, the first of each group the main one). The
// groups are stored in the mapping, so the index carries its own synonyms.
func AddTo(m *mapping.IndexMappingImpl, groups [][]string) error {
	raw := make([]interface{}, len(groups))
	for i, g := range groups {
		phrases := make([]interface{}, len(g))
		for j, p := range g {
			phrases[j] = p
		}
		raw[i] = phrases
	}
	if err := m.AddCustomTokenFilter(synonymInstance, map[string]interface{}{
		"type": SynonymFilter, groupsKey: raw,
	}); err != nil {
		return err
	}
	if err := m.AddCustomAnalyzer(Analyzer, map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []interface{}{lowercase.Name, StopFilter, StemFilter, synonymInstance},
	}); err != nil {
		return err
	}
	if err := m.AddCustomTokenFilter(pairFilter, map[string]interface{}{
		"type": shingle.Name, "min": 2.0, "max": 2.0, "output_original": false, "separator": " ",
	}); err != nil {
		return err
	}
	if err := m.AddCustomAnalyzer(PairAnalyzer, map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []interface{}{lowercase.Name, StopFilter, StemFilter, synonymInstance, pairFilter},
	}); err != nil {
		return err
	}
	return m.AddCustomAnalyzer(PlainAnalyzer, map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []interface{}{lowercase.Name},
	})
}

// Word is a lower-cased word of a text and where it was.
type Word struct {
	Text       string
	Start, End int // byte offsets in the text
}

// Words splits text into lower-case words the way the index does.
func Words(text string) []Word {
	toks := unicode.NewUnicodeTokenizer().Tokenize([]byte(text))
	out := make([]Word, 0, len(toks))
	for _, t := range toks {
		out = append(out, Word{Text: strings.ToLower(string(t.Term)), Start: t.Start, End: t.End})
	}
	return out
}

// Term returns the index term of one lower-case word: its stem, or "" for a
// stop word. Synonyms are not applied: they need the words around it.
func Term(word string) string {
	if IsStop(word) {
		return ""
	}
	return stem.Stem(word)
}

// Terms returns the terms a query text is searched by: stems, with each
// synonym phrase replaced by its group's term.
func Terms(text string, t *Table) []string {
	var stems []string
	for _, w := range Words(text) {
		if s := Term(w.Text); s != "" {
			stems = append(stems, s)
		}
	}
	var out []string
	for i := 0; i < len(stems); {
		n, canon := t.Longest(len(stems)-i, func(j int, s string) bool { return stems[i+j] == s }, stems[i])
		if n == 0 {
			out = append(out, stems[i])
			i++
			continue
		}
		out = append(out, canon)
		i += n
	}
	return out
}

type stopFilter struct{}

func (stopFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	out := in[:0]
	for _, t := range in {
		if t.KeyWord || !IsStop(string(t.Term)) {
			out = append(out, t)
		}
	}
	return out
}

type stemFilter struct{}

func (stemFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		if !t.KeyWord {
			t.Term = []byte(stem.Stem(string(t.Term)))
		}
	}
	return in
}

type synonymFilter struct{ table *Table }

func newSynonymFilter(config map[string]interface{}, _ *registry.Cache) (analysis.TokenFilter, error) {
	raw, _ := config[groupsKey].([]interface{})
	groups := make([][]string, 0, len(raw))
	for _, g := range raw {
		list, ok := g.([]interface{})
		if !ok {
			return nil, fmt.Errorf("%s: a synonym group is %T, not a list", SynonymFilter, g)
		}
		var group []string
		for _, p := range list {
			s, ok := p.(string)
			if !ok {
				return nil, fmt.Errorf("%s: a synonym is %T, not text", SynonymFilter, p)
			}
			group = append(group, s)
		}
		groups = append(groups, group)
	}
	return synonymFilter{NewTable(groups)}, nil
}

// Filter adds, at each synonym phrase, its group's term: one token
// spanning the phrase, so a highlight marks all of it. The words of the
// phrase stay too, so "Kartu Identitas Anak" is still found by "anak".
// (Queries, read by the search package, keep only the group's term.)
func (f synonymFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	out := make(analysis.TokenStream, 0, len(in))
	for i := 0; i < len(in); {
		n, canon := f.table.Longest(len(in)-i, func(j int, s string) bool {
			return string(in[i+j].Term) == s
		}, string(in[i].Term))
		if n == 0 || (n == 1 && string(in[i].Term) == canon) {
			out = append(out, in[i])
			i++
			continue
		}
		first, last := in[i], in[i+n-1]
		out = append(out, &analysis.Token{
			Term: []byte(canon), Start: first.Start, End: last.End,
			Position: first.Position, Type: first.Type, KeyWord: true,
		})
		out = append(out, in[i:i+n]...)
		i += n
	}
	return out
}
