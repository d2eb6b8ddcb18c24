package search

import (
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/alurlayanan/alur/internal/search/analysis"
)

// The stemmed fields a query searches are cumulative: each holds the text
// of the one before it and more. A word in a service's title is in all
// four, a word only in its body in the last. bleve scores a match in k of
// the four clauses of a word by k/4 (its "coord"), so this layout turns
// that factor into the weight of where the word was found, instead of a
// reward for repeating it everywhere.
var textFields = []struct {
	name   string
	weight float64
}{
	{"t_judul", 2},   // title
	{"t_nama", 1.5},  // + the names residents use (singkatan, nama_lain)
	{"t_ringkas", 1}, // + summary and audience
	{"t_semua", 1},   // + documents, steps, product, notes
}

// Fields of the unstemmed copies.
const (
	// fieldTitlePlain holds title and names unstemmed: completing the
	// word being typed prefers words of titles.
	fieldTitlePlain = "judul_polos"
	// fieldPlain holds every text field unstemmed: the words typo
	// correction and completion choose from.
	fieldPlain = "polos"
	// fieldArea holds place names, unstemmed.
	fieldArea = "wilayah"
)

// Fields of neighbouring-term pairs (analysis.PairAnalyzer), cumulative
// like textFields: the title, then the title and names.
var pairFields = []string{"p_judul", "p_nama"}

// sources says which document property feeds which searched fields.
var sources = []struct {
	property string
	fields   []string // stemmed fields
	pairs    []string // pair fields
	title    bool     // also in fieldTitlePlain
}{
	{"judul", []string{"t_judul", "t_nama", "t_ringkas", "t_semua"}, pairFields, true},
	{"sebutan", []string{"t_nama", "t_ringkas", "t_semua"}, pairFields[1:], true},
	{"ringkasan", []string{"t_ringkas", "t_semua"}, nil, false},
	{"isi", []string{"t_semua"}, nil, false},
}

// newMapping says how each document property is analysed and stored.
func newMapping(syn Synonyms) (*mapping.IndexMappingImpl, error) {
	m := mapping.NewIndexMapping()
	if err := analysis.AddTo(m, syn.Groups); err != nil {
		return nil, err
	}
	m.DefaultAnalyzer = analysis.Analyzer
	m.StoreDynamic, m.IndexDynamic, m.DocValuesDynamic = false, false, false

	doc := mapping.NewDocumentStaticMapping()
	for _, f := range []string{"jenis", "layanan", "kantor", "kecamatan", "instansi", "lokal", "populer"} {
		doc.AddFieldMappingsAt(f, keywordField())
	}
	for _, s := range sources {
		fms := []*mapping.FieldMapping{storedOnly(s.property), textField(fieldPlain, analysis.PlainAnalyzer)}
		for _, f := range s.fields {
			fms = append(fms, textField(f, analysis.Analyzer))
		}
		for _, f := range s.pairs {
			fms = append(fms, textField(f, analysis.PairAnalyzer))
		}
		if s.title {
			fms = append(fms, textField(fieldTitlePlain, analysis.PlainAnalyzer))
		}
		doc.AddFieldMappingsAt(s.property, fms...)
	}
	doc.AddFieldMappingsAt(fieldArea, textField(fieldArea, analysis.PlainAnalyzer), textField(fieldPlain, analysis.PlainAnalyzer))
	for _, f := range []string{"url", "nama_kantor", "nama_kecamatan"} {
		doc.AddFieldMappingsAt(f, storedOnly(f))
	}
	// Every query names its fields: no "_all" field of every term.
	doc.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())
	m.DefaultMapping = doc
	return m, m.Validate()
}

func keywordField() *mapping.FieldMapping {
	f := mapping.NewKeywordFieldMapping()
	f.Analyzer = keyword.Name
	f.Store, f.IncludeInAll, f.IncludeTermVectors, f.DocValues = true, false, false, true
	return f
}

func textField(name, analyzer string) *mapping.FieldMapping {
	f := mapping.NewTextFieldMapping()
	f.Name, f.Analyzer = name, analyzer
	f.Store, f.IncludeTermVectors, f.IncludeInAll, f.DocValues = false, false, false, false
	return f
}

func storedOnly(name string) *mapping.FieldMapping {
	f := mapping.NewTextFieldMapping()
	f.Name = name
	f.Index, f.Store, f.IncludeInAll, f.IncludeTermVectors, f.DocValues = false, true, false, false, false
	return f
}
