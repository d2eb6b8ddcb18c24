package search

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Working out each distinct run of texts into a field once gives the index
// analysing every field afresh gives: the same terms, in the same
// documents, field by field, scored the same (so counted the same times,
// in fields of the same length).
func TestRepeatedTextIsIndexedAsIfAnalysedAfresh(t *testing.T) {
	cat := fixtureCity(t)
	syn := Synonyms{Groups: cat.Synonyms}
	dir := t.TempDir()
	once, afresh := filepath.Join(dir, "once"), filepath.Join(dir, "afresh")
	if _, err := build(cat, once, syn, newRepeatedText().index); err != nil {
		t.Fatal(err)
	}
	plain := func(batch *bleve.Batch, _ mapping.IndexMapping, id string, d any) error { return batch.Index(id, d) }
	if _, err := build(cat, afresh, syn, plain); err != nil {
		t.Fatal(err)
	}
	a, b := postings(t, once), postings(t, afresh)
	if len(b) < 300 {
		t.Fatalf("the index analysed afresh has %d postings; the fixture should give more", len(b))
	}
	for k, docs := range b {
		if a[k] != docs {
			t.Errorf("%s: in %s analysed once, in %s afresh", k, a[k], docs)
		}
	}
	for k := range a {
		if _, ok := b[k]; !ok {
			t.Errorf("%s: only in the index analysed once", k)
		}
	}
}

// postings are the documents of each field's terms, each with the score
// of a search for the term, by "field/term".
func postings(t *testing.T, dir string) map[string]string {
	t.Helper()
	idx, err := bleve.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	fields, err := idx.Fields()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range fields {
		dict, err := idx.FieldDict(f)
		if err != nil {
			t.Fatal(err)
		}
		for {
			e, err := dict.Next()
			if err != nil {
				t.Fatal(err)
			}
			if e == nil {
				break
			}
			q := bleve.NewTermQuery(e.Term)
			q.SetField(f)
			req := bleve.NewSearchRequestOptions(q, 10000, 0, false)
			req.SortBy([]string{"_id"})
			res, err := idx.Search(req)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, h := range res.Hits {
				ids = append(ids, fmt.Sprintf("%s:%.9g", h.ID, h.Score))
			}
			if uint64(len(ids)) != e.Count {
				t.Fatalf("%s/%s: %d documents found, %d counted", f, e.Term, len(ids), e.Count)
			}
			out[f+"/"+e.Term] = strings.Join(ids, " ")
		}
		dict.Close()
	}
	return out
}

// A field name with any part bleve must see as it is (here one that keeps
// term positions) is left to bleve whole: bleve adds a name's later parts
// into its first part's terms in place, which must never be terms shared
// by other documents.
func TestNameWithAFieldLeftToBleveIsLeftWhole(t *testing.T) {
	m := mapping.NewIndexMapping()
	doc := mapping.NewDocumentStaticMapping()
	plainPart, positions := mapping.NewTextFieldMapping(), mapping.NewTextFieldMapping()
	plainPart.Name, positions.Name = "x", "x"
	plainPart.Store, positions.Store = false, false
	plainPart.IncludeTermVectors, positions.IncludeTermVectors = false, true
	plainPart.IncludeInAll, positions.IncludeInAll = false, false
	doc.AddFieldMappingsAt("a", plainPart)
	doc.AddFieldMappingsAt("b", positions)
	m.DefaultMapping = doc
	// A struct, so that bleve meets a's part of x before b's.
	type twoParts struct {
		A string `json:"a"`
		B string `json:"b"`
	}
	docs := map[string]twoParts{
		"1": {"surat pindah", "surat pengantar"},
		"2": {"surat pindah", "surat keterangan surat"},
		"3": {"surat pindah", "pindah datang"},
	}
	indexWith := func(add addFunc) string {
		dir := filepath.Join(t.TempDir(), "x.bleve")
		idx, err := bleve.NewUsing(dir, m, "scorch", "scorch", nil)
		if err != nil {
			t.Fatal(err)
		}
		batch := idx.NewBatch()
		for _, id := range []string{"1", "2", "3"} {
			if err := add(batch, m, id, docs[id]); err != nil {
				t.Fatal(err)
			}
		}
		if err := idx.Batch(batch); err != nil {
			t.Fatal(err)
		}
		if err := idx.Close(); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	plain := func(batch *bleve.Batch, _ mapping.IndexMapping, id string, d any) error { return batch.Index(id, d) }
	once, afresh := postings(t, indexWith(newRepeatedText().index)), postings(t, indexWith(plain))
	t.Logf("once %v\nafresh %v", once, afresh)
	for k, docs := range afresh {
		if once[k] != docs {
			t.Errorf("%s: in %s analysed once, in %s afresh", k, once[k], docs)
		}
	}
}
