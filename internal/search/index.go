package search

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"

	"github.com/alurlayanan/alur/internal/search/analysis"
)

// Index is an open search index that a rebuild can replace while queries
// run. It is safe for concurrent use.
type Index struct {
	// alias is what queries run on. Its Swap waits for searches in
	// flight on the old index, so the old one can be closed after it.
	alias bleve.IndexAlias
	cur   atomic.Pointer[generation]
	mu    sync.Mutex // serialises Swap and Close
}

// generation is one opened index folder and what was read from it.
type generation struct {
	index  bleve.Index
	dir    string
	meta   meta
	table  *analysis.Table
	vocab  *vocabulary
	places *places
	// officeTerms are the terms of officeQuestion, with this index's
	// synonyms ("jam buka" is "jam layanan").
	officeTerms map[string]bool
	// analyzer marks matched words in snippets; it outlives the index.
	analyzer bleveanalysis.Analyzer
}

// ErrStale is returned by Open for an index built with a different analysis
// (stems, stop words): searching it would miss words. Rebuild it.
var ErrStale = errors.New("search: the index was built by another version of alur; run alur build again")

// Open opens an index that Build wrote, read-only.
func Open(dir string) (*Index, error) {
	g, err := openGeneration(dir)
	if err != nil {
		return nil, err
	}
	ix := &Index{alias: bleve.NewIndexAlias(g.index)}
	ix.cur.Store(g)
	return ix, nil
}

func openGeneration(dir string) (*generation, error) {
	idx, err := bleve.OpenUsing(dir, map[string]interface{}{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("search: open %s: %w", dir, err)
	}
	g, err := readGeneration(idx, dir)
	if err != nil {
		idx.Close()
		return nil, err
	}
	return g, nil
}

func readGeneration(idx bleve.Index, dir string) (*generation, error) {
	raw, err := idx.GetInternal([]byte(metaKey))
	if err != nil {
		return nil, fmt.Errorf("search: open %s: %w", dir, err)
	}
	g := &generation{index: idx, dir: dir}
	if raw == nil {
		return nil, fmt.Errorf("search: open %s: %w", dir, ErrStale)
	}
	if err := json.Unmarshal(raw, &g.meta); err != nil {
		return nil, fmt.Errorf("search: open %s: %w", dir, err)
	}
	if g.meta.Analysis != analysis.Version {
		return nil, fmt.Errorf("search: open %s (analysis %q, want %q): %w", dir, g.meta.Analysis, analysis.Version, ErrStale)
	}
	g.table = analysis.NewTable(g.meta.Synonyms)
	if g.vocab, err = loadVocabulary(idx, g.table); err != nil {
		return nil, fmt.Errorf("search: open %s: %w", dir, err)
	}
	g.places = newPlaces(g.meta)
	g.officeTerms = map[string]bool{}
	for _, t := range analysis.Terms(officeQuestion, g.table) {
		g.officeTerms[t] = true
	}
	g.analyzer = idx.Mapping().AnalyzerNamed(analysis.Analyzer)
	if g.analyzer == nil {
		return nil, fmt.Errorf("search: open %s: no analyzer %q", dir, analysis.Analyzer)
	}
	return g, nil
}

// Dir returns the folder of the index being searched.
func (ix *Index) Dir() string { return ix.cur.Load().dir }

// City is the name of the city the current index was built for; empty for
// an index built before it was recorded.
func (ix *Index) City() string { return ix.cur.Load().meta.City }

// Swap opens the index in newDir and makes every later query use it; queries
// already running finish on the old one, which is then closed. On error the
// old index stays in use.
func (ix *Index) Swap(newDir string) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	old := ix.cur.Load()
	if old == nil {
		return bleve.ErrorIndexClosed
	}
	g, err := openGeneration(newDir)
	if err != nil {
		return err
	}
	// Publish the generation first: a query that reads it and then runs on
	// the old index still gets right answers, only built from the old
	// index's words for typo correction.
	ix.cur.Store(g)
	ix.alias.Swap([]bleve.Index{g.index}, []bleve.Index{old.index})
	if err := old.index.Close(); err != nil {
		return fmt.Errorf("search: close %s: %w", old.dir, err)
	}
	return nil
}

// Close closes the index; searches after it fail.
func (ix *Index) Close() error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	g := ix.cur.Swap(nil)
	if g == nil {
		return nil
	}
	ix.alias.Remove(g.index) // waits for searches in flight
	ix.alias.Close()
	return g.index.Close()
}
