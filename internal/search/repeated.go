package search

import (
	"maps"

	"github.com/blevesearch/bleve/v2"
	blevanalysis "github.com/blevesearch/bleve/v2/analysis"
	blevedoc "github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/alurlayanan/alur/internal/memo"
)

// A city's documents repeat their text: a city service reads the same at
// most of its offices, so a build sees about 500 distinct texts in its
// 1,400 documents (Kota Malang; 1.76 MB of text, 0.16 MB of it distinct).
// And one field takes the text of several properties (the cumulative
// fields of mapping.go), which bleve would count term by term into the
// field's first part for every document. A build works out the terms of
// each distinct run of texts into a field once and hands every document
// with that run the same terms, as one field.

// repeatedText keeps the terms of every run of texts into a field that
// one build has seen. It is used by the goroutine mapping documents only.
type repeatedText struct {
	seen *memo.Memo[runKey, *fieldTerms]
}

func newRepeatedText() *repeatedText {
	return &repeatedText{seen: memo.New[runKey, *fieldTerms](1 << 14)}
}

// fieldTerms are a field's terms and their number, shared by every document
// whose field holds the same texts: bleve only reads them (the segment
// builder).
type fieldTerms struct {
	length int
	freqs  index.TokenFrequencies
}

// runKey names the terms of a field's texts so far: those of before,
// then text analysed by a.
type runKey struct {
	before *fieldTerms // nil for a field's first text
	a      blevanalysis.Analyzer
	text   string
}

// index adds d to batch, mapped by m, with each text field analysed once
// and given whole (termsField).
func (r *repeatedText) index(batch *bleve.Batch, m mapping.IndexMapping, id string, d any) error {
	doc := blevedoc.NewDocument(id)
	if err := m.MapDocument(doc, d); err != nil {
		return err
	}
	// bleve adds the terms of a name's later fields into its first one's
	// in place: a name with any field left to bleve is left to it whole,
	// so that no shared terms are ever added to.
	leftToBleve := map[string]bool{}
	for _, f := range doc.Fields {
		if _, ok := termsOnly(f); !ok {
			leftToBleve[f.Name()] = true
		}
	}
	kept := doc.Fields[:0]
	at := map[string]*termsField{} // the field of each name, once
	for _, f := range doc.Fields {
		tf, ok := termsOnly(f)
		if !ok || leftToBleve[f.Name()] {
			kept = append(kept, f)
			continue
		}
		field := at[tf.Name()]
		if field == nil {
			field = &termsField{name: tf.Name(), options: tf.Options()}
			at[tf.Name()] = field
			kept = append(kept, field)
		}
		field.fieldTerms = r.then(field.fieldTerms, tf.Analyzer(), tf.Value())
		field.plainBytes += tf.NumPlainTextBytes()
	}
	doc.Fields = kept
	return batch.IndexAdvanced(doc)
}

// termsOnly returns f as a text field if all bleve takes from it is its
// terms, each counted: it is indexed, analysed, stores nothing, keeps no
// positions or doc values and counts its terms.
func termsOnly(f blevedoc.Field) (*blevedoc.TextField, bool) {
	tf, ok := f.(*blevedoc.TextField)
	if !ok || tf.Analyzer() == nil {
		return nil, false
	}
	o := tf.Options()
	return tf, o.IsIndexed() && !o.IsStored() && !o.IncludeTermVectors() && !o.IncludeDocValues() && !o.SkipFreqNorm()
}

// then returns the terms of before followed by those of text analysed by
// a, worked out once per build.
func (r *repeatedText) then(before *fieldTerms, a blevanalysis.Analyzer, text []byte) *fieldTerms {
	return r.seen.Get(runKey{before, a, string(text)}, func(k runKey) *fieldTerms {
		// The analysis may change text in place (lower case).
		tokens := a.Analyze([]byte(k.text))
		freqs := blevanalysis.TokenFrequency(tokens, nil, 0)
		if before == nil {
			return &fieldTerms{length: len(tokens), freqs: freqs}
		}
		return &fieldTerms{length: before.length + len(tokens), freqs: added(before.freqs, freqs)}
	})
}

// added returns the frequencies of a and b together, leaving both as
// they are.
func added(a, b index.TokenFrequencies) index.TokenFrequencies {
	sum := maps.Clone(a)
	for term, tf := range b {
		if old, ok := sum[term]; ok {
			both := *old
			both.SetFrequency(old.Frequency() + tf.Frequency())
			tf = &both
		}
		sum[term] = tf
	}
	return sum
}

// termsField is an indexed text field whose terms are worked out before
// bleve sees it; it stores nothing, so it keeps no text.
type termsField struct {
	name       string
	options    index.FieldIndexingOptions
	plainBytes uint64
	*fieldTerms
}

func (f *termsField) Name() string                                     { return f.name }
func (f *termsField) ArrayPositions() []uint64                         { return nil }
func (f *termsField) Options() index.FieldIndexingOptions              { return f.options }
func (f *termsField) Analyze()                                         {}
func (f *termsField) Value() []byte                                    { return nil }
func (f *termsField) NumPlainTextBytes() uint64                        { return f.plainBytes }
func (f *termsField) EncodedFieldType() byte                           { return 't' }
func (f *termsField) AnalyzedLength() int                              { return f.length }
func (f *termsField) AnalyzedTokenFrequencies() index.TokenFrequencies { return f.freqs }

// Size is what bleve counts the field's memory as; the terms are shared,
// so a share of them is not counted.
func (f *termsField) Size() int { return len(f.name) + 64 }
