package search

import (
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/alurlayanan/alur/internal/search/analysis"
)

// Index fields beyond the document's own: unstemmed copies.
const (
	// fieldTitlePlain holds title and names unstemmed, so completion of
	// the word being typed can weigh titles.
	fieldTitlePlain = "judul_polos"
	// fieldPlain holds every text field unstemmed: the words typo
	// correction and completion choose from.
	fieldPlain = "polos"
)

// textFields are the stemmed fields a query searches, with the weight of a
// match in each: what a service is called matters most.
var textFields = []struct {
	name   string
	weight float64
}{
	{"judul", 10},
	{"sebutan", 7},
	{"ringkasan", 2},
	{"isi", 0.6},
}

// fieldArea holds place names; it is matched word for word, unstemmed.
const fieldArea = "wilayah"

// newMapping says how each document field is analysed and stored.
func newMapping(syn Synonyms) (*mapping.IndexMappingImpl, error) {
	m := mapping.NewIndexMapping()
	if err := analysis.AddTo(m, syn.Groups); err != nil {
		return nil, err
	}
	m.DefaultAnalyzer = analysis.Analyzer
	m.StoreDynamic, m.IndexDynamic, m.DocValuesDynamic = false, false, false

	doc := mapping.NewDocumentStaticMapping()
	for _, f := range []string{"jenis", "layanan", "kantor", "kecamatan", "lokal", "populer"} {
		doc.AddFieldMappingsAt(f, keywordField())
	}
	// Stored with term vectors, so results can show highlighted snippets.
	for _, f := range []string{"judul", "sebutan", "ringkasan", "isi"} {
		copies := []*mapping.FieldMapping{textField(f, analysis.Analyzer, true), textField(fieldPlain, analysis.PlainAnalyzer, false)}
		if f == "judul" || f == "sebutan" {
			copies = append(copies, textField(fieldTitlePlain, analysis.PlainAnalyzer, false))
		}
		doc.AddFieldMappingsAt(f, copies...)
	}
	doc.AddFieldMappingsAt(fieldArea, textField(fieldArea, analysis.PlainAnalyzer, false), textField(fieldPlain, analysis.PlainAnalyzer, false))
	for _, f := range []string{"url", "nama_kantor", "nama_kecamatan"} {
		doc.AddFieldMappingsAt(f, storedOnly())
	}
	m.DefaultMapping = doc
	return m, m.Validate()
}

func keywordField() *mapping.FieldMapping {
	f := mapping.NewKeywordFieldMapping()
	f.Analyzer = keyword.Name
	f.Store, f.IncludeInAll, f.IncludeTermVectors, f.DocValues = true, false, false, true
	return f
}

func textField(name, analyzer string, stored bool) *mapping.FieldMapping {
	f := mapping.NewTextFieldMapping()
	f.Name, f.Analyzer = name, analyzer
	f.Store, f.IncludeTermVectors, f.IncludeInAll, f.DocValues = stored, stored, false, false
	return f
}

func storedOnly() *mapping.FieldMapping {
	f := mapping.NewTextFieldMapping()
	f.Index, f.Store, f.IncludeInAll, f.IncludeTermVectors, f.DocValues = false, true, false, false, false
	return f
}
