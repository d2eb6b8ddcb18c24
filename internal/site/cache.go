package site

import (
	"crypto/sha256"
	"maps"
	"slices"
	"sync"

	"github.com/alurlayanan/alur/internal/flow"
)

// Cache keeps each office's page files between runs of Input, so that after
// an edit only the offices whose sources changed are made again: the live
// preview regenerates the site after every save, and one office's file is
// what staff edit most.
//
// An office's pages (its own and its services') are made from its own file
// and the files every office shares (the city file, the city services),
// never from another office's file; TestCacheMatchesFreshFiles holds the
// generator to that. The pages that list offices (home, kecamatan, the
// city's services) are made every run: there are few of them.
type Cache struct {
	mu   sync.Mutex
	kept map[cacheKey]map[string][]byte
	used map[cacheKey]map[string][]byte // this run's; kept is replaced by it at the end
	// Hits and Misses count office pages sets reused and made in the last
	// run, for tests and timings.
	Hits, Misses int
}

type cacheKey struct {
	lang   string
	office string
	inputs [sha256.Size]byte
}

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{kept: map[cacheKey]map[string][]byte{}} }

// run is one run of the generator over a catalog.
type cacheRun struct {
	cache  *Cache
	shared [sha256.Size]byte // digest of everything but the offices' own files
	ok     bool              // the catalog says what it was made from
	cat    *flow.Catalog
}

func (c *Cache) start(cat *flow.Catalog, baseURL string) *cacheRun {
	r := &cacheRun{cache: c, cat: cat}
	if c == nil || cat.Sources == nil {
		return r
	}
	own := map[string]bool{}
	for _, o := range cat.Offices {
		own[o.File] = true
	}
	h := sha256.New()
	write := func(s string) { h.Write([]byte(s)); h.Write([]byte{0}) }
	write(baseURL)
	write(string(cat.Generated))
	for _, name := range slices.Sorted(maps.Keys(cat.Sources)) {
		if own[name] {
			continue
		}
		d := cat.Sources[name]
		write(name)
		h.Write(d[:])
	}
	h.Sum(r.shared[:0])
	r.ok = true
	c.mu.Lock()
	c.used = map[cacheKey]map[string][]byte{}
	c.Hits, c.Misses = 0, 0
	c.mu.Unlock()
	return r
}

func (r *cacheRun) key(lang string, o *flow.Office) (cacheKey, bool) {
	if !r.ok {
		return cacheKey{}, false
	}
	own, found := r.cat.Sources[o.File]
	if !found {
		return cacheKey{}, false
	}
	return cacheKey{lang: lang, office: o.ID, inputs: sha256.Sum256(append(r.shared[:], own[:]...))}, true
}

// officeFiles returns the office's page files from the cache, or makes
// them with generate and keeps them.
func (r *cacheRun) officeFiles(lang string, o *flow.Office, generate func() (map[string][]byte, error)) (map[string][]byte, error) {
	k, cacheable := r.key(lang, o)
	if !cacheable {
		return generate()
	}
	c := r.cache
	c.mu.Lock()
	files, hit := c.kept[k]
	c.mu.Unlock()
	if !hit {
		var err error
		if files, err = generate(); err != nil {
			return nil, err
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.used[k] = files
	if hit {
		c.Hits++
	} else {
		c.Misses++
	}
	return files, nil
}

// finish drops what this run did not use: removed offices and old edits.
func (r *cacheRun) finish() {
	if !r.ok {
		return
	}
	c := r.cache
	c.mu.Lock()
	defer c.mu.Unlock()
	c.kept, c.used = c.used, nil
}
