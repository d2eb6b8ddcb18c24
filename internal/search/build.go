package search

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/search/analysis"
)

// BuildStats describes an index just built.
type BuildStats struct {
	Documents int           // pages indexed: services per office, standards, offices, kecamatan
	Offices   int           // kelurahan offices
	Bytes     int64         // size of the index folder
	Took      time.Duration // time to build and write it
}

// Build writes the search index of a catalog to dir, which must not exist
// yet (`alur build` passes <site>/_search/index.bleve of a new build).
// The synonyms and the names of places go into the index, so a program
// that opens it needs nothing else.
func Build(cat *flow.Catalog, dir string, syn Synonyms) (stats BuildStats, err error) {
	return build(cat, dir, syn, newRepeatedText().index)
}

// addFunc adds a document, mapped by m, to a batch.
type addFunc func(batch *bleve.Batch, m mapping.IndexMapping, id string, d any) error

func build(cat *flow.Catalog, dir string, syn Synonyms, add addFunc) (stats BuildStats, err error) {
	start := time.Now()
	if _, err := os.Stat(dir); err == nil {
		return stats, fmt.Errorf("search: build %s: the folder already exists", dir)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return stats, fmt.Errorf("search: build %s: %w", dir, err)
	}
	m, err := newMapping(syn)
	if err != nil {
		return stats, fmt.Errorf("search: mapping: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return stats, fmt.Errorf("search: build: %w", err)
	}
	idx, err := bleve.NewUsing(dir, m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return stats, fmt.Errorf("search: create %s: %w", dir, err)
	}
	defer func() {
		if cerr := idx.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("search: close %s: %w", dir, cerr)
		}
		if err == nil {
			stats.Bytes, err = folderSize(dir)
			stats.Took = time.Since(start)
		}
	}()
	docs := documents(cat)
	batch := idx.NewBatch()
	for _, d := range docs {
		if err := add(batch, m, d.id(), d); err != nil {
			return stats, fmt.Errorf("search: index %s: %w", d.id(), err)
		}
	}
	if err := idx.Batch(batch); err != nil {
		return stats, fmt.Errorf("search: write %s: %w", dir, err)
	}
	meta, err := json.Marshal(newMeta(cat, syn))
	if err != nil {
		return stats, err
	}
	if err := idx.SetInternal([]byte(metaKey), meta); err != nil {
		return stats, fmt.Errorf("search: write %s: %w", dir, err)
	}
	stats.Documents, stats.Offices = len(docs), len(cat.Offices)
	return stats, nil
}

func folderSize(dir string) (int64, error) {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			n += info.Size()
		}
		return nil
	})
	return n, err
}

// metaKey is where the index keeps what queries need besides documents.
const metaKey = "alur:meta"

// meta is what the index keeps for reading queries: which words name
// places, and which synonyms it was built with.
type meta struct {
	Analysis  string      `json:"analysis"`       // analysis.Version at build time
	City      string      `json:"city,omitempty"` // the city's name, for the results page
	Built     time.Time   `json:"built"`
	Offices   []placeName `json:"offices"`
	Kecamatan []placeName `json:"kecamatan"`
	Synonyms  [][]string  `json:"synonyms"`
	Agencies  []Agency    `json:"agencies,omitempty"` // those search may answer "go there" with
}

// placeName is a kelurahan or kecamatan and the names residents give it.
type placeName struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Aliases   []string `json:"aliases,omitempty"`
	Kecamatan string   `json:"kecamatan,omitempty"` // for a kelurahan
}

func newMeta(cat *flow.Catalog, syn Synonyms) meta {
	m := meta{Analysis: analysis.Version, City: cat.City.Name, Built: time.Now().UTC(), Synonyms: syn.Groups}
	for _, d := range cat.Districts {
		m.Kecamatan = append(m.Kecamatan, placeName{ID: d.ID, Name: d.Name, Aliases: d.Aliases})
	}
	for _, o := range cat.Offices {
		m.Offices = append(m.Offices, placeName{ID: o.ID, Name: o.Name, Aliases: o.Aliases, Kecamatan: o.District.ID})
	}
	for _, a := range elsewhere(cat) {
		m.Agencies = append(m.Agencies, agencyOf(a.agency, a.kecamatan))
	}
	return m
}
