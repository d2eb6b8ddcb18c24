package search

import (
	"github.com/blevesearch/bleve/v2"
	blevanalysis "github.com/blevesearch/bleve/v2/analysis"
	blevedoc "github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/alurlayanan/alur/internal/memo"
)

// A city's documents repeat their text: a city service reads the same at
// most of its offices, so a build sees about 500 distinct texts in its
// 1,400 documents (Kota Malang; 1.76 MB of text, 0.16 MB of it distinct).
// A build analyses each distinct text once per analyzer and hands every
// document with that text the same terms.

// repeatedText keeps the analysis of every text one build has seen, per
// analyzer.
type repeatedText struct {
	analyzers map[blevanalysis.Analyzer]*onceAnalyzer // used by the goroutine mapping documents only
}

func newRepeatedText() *repeatedText {
	return &repeatedText{analyzers: map[blevanalysis.Analyzer]*onceAnalyzer{}}
}

// index adds d to batch, mapped by m, with its text fields analysed
// through r.
func (r *repeatedText) index(batch *bleve.Batch, m mapping.IndexMapping, id string, d any) error {
	doc := blevedoc.NewDocument(id)
	if err := m.MapDocument(doc, d); err != nil {
		return err
	}
	for i, f := range doc.Fields {
		tf, ok := f.(*blevedoc.TextField)
		if !ok || tf.Analyzer() == nil {
			continue
		}
		doc.Fields[i] = blevedoc.NewTextFieldCustom(tf.Name(), tf.ArrayPositions(), tf.Value(), tf.Options(), r.of(tf.Analyzer()))
	}
	return batch.IndexAdvanced(doc)
}

func (r *repeatedText) of(a blevanalysis.Analyzer) *onceAnalyzer {
	o, ok := r.analyzers[a]
	if !ok {
		o = &onceAnalyzer{inner: a, seen: memo.New[string, blevanalysis.TokenStream](1 << 14)}
		r.analyzers[a] = o
	}
	return o
}

// onceAnalyzer analyses each distinct text once; bleve analyses the
// documents of a batch on several goroutines, and the memo locks. The
// terms it hands out are shared: bleve only reads them
// (analysis.TokenFrequency, the segment builder).
type onceAnalyzer struct {
	inner blevanalysis.Analyzer
	seen  *memo.Memo[string, blevanalysis.TokenStream]
}

func (o *onceAnalyzer) Analyze(text []byte) blevanalysis.TokenStream {
	// The key is taken before the analysis, which lower-cases text in place.
	return o.seen.Get(string(text), func(string) blevanalysis.TokenStream { return o.inner.Analyze(text) })
}
