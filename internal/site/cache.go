package site

import (
	"crypto/sha256"
	"maps"
	"slices"
	"sync"

	"github.com/alurlayanan/alur/internal/flow"
)

// Cache keeps page files between runs of Input, so that after an edit only
// the pages made from the files that changed are made again: the live
// preview regenerates the site after every save.
//
// Each cached page is keyed by the files it is made from:
//   - a service page at an office: the office's file, the service's own
//     file (a city service's, or the office's for its own services) and
//     the city's other files (kota.yaml: kecamatan, agencies, groups,
//     complaint channels);
//   - an office page: the office's file and every file but other offices'
//     (it lists the office's services).
//
// No page of one office is made from another office's file.
// TestCacheMatchesFreshFiles holds the generator to these keys. The pages
// that list offices (home, kecamatan, the city's services) are made every
// run: there are few of them.
type Cache struct {
	mu   sync.Mutex
	kept map[cacheKey]map[string][]byte
	used map[cacheKey]map[string][]byte // this run's; kept is replaced by it at the end
	// Hits and Misses count the pages reused and made in the last run, for
	// tests and timings.
	Hits, Misses int
}

type cacheKey struct {
	lang   string
	page   string // the office, or the office and service
	inputs [sha256.Size]byte
}

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{kept: map[cacheKey]map[string][]byte{}} }

// cacheRun is one run of the generator over a catalog.
type cacheRun struct {
	cache *Cache
	cat   *flow.Catalog
	// city digests the files no office page owns: kota.yaml and any other
	// file that is neither an office's nor a city service's. allButOffices
	// adds the city services' files.
	city, allButOffices [sha256.Size]byte
	ok                  bool // the catalog says what it was made from
}

func (c *Cache) start(cat *flow.Catalog, base flow.BaseURL) *cacheRun {
	r := &cacheRun{cache: c, cat: cat}
	if c == nil || cat.Sources == nil {
		return r
	}
	offices, services := map[string]bool{}, map[string]bool{}
	for _, o := range cat.Offices {
		offices[o.File] = true
	}
	for _, d := range cat.Standards {
		services[d.File] = true
	}
	r.city = r.digest(base.String(), func(name string) bool { return !offices[name] && !services[name] })
	r.allButOffices = r.digest(base.String(), func(name string) bool { return !offices[name] })
	r.ok = true
	c.mu.Lock()
	c.used = map[cacheKey]map[string][]byte{}
	c.Hits, c.Misses = 0, 0
	c.mu.Unlock()
	return r
}

// digest sums the run's base URL and build date and the source files that
// keep says, by name.
func (r *cacheRun) digest(baseURL string, keep func(name string) bool) [sha256.Size]byte {
	h := sha256.New()
	write := func(s string) { h.Write([]byte(s)); h.Write([]byte{0}) }
	write(baseURL)
	write(string(r.cat.Generated))
	for _, name := range slices.Sorted(maps.Keys(r.cat.Sources)) {
		if keep(name) {
			d := r.cat.Sources[name]
			write(name)
			h.Write(d[:])
		}
	}
	var out [sha256.Size]byte
	h.Sum(out[:0])
	return out
}

// key is the cache key of a page of lang made from base and the files
// named.
func (r *cacheRun) key(lang, page string, base [sha256.Size]byte, files ...string) (cacheKey, bool) {
	if !r.ok {
		return cacheKey{}, false
	}
	h := sha256.New()
	h.Write(base[:])
	for _, name := range files {
		d, found := r.cat.Sources[name]
		if !found {
			return cacheKey{}, false
		}
		h.Write([]byte(name))
		h.Write(d[:])
	}
	k := cacheKey{lang: lang, page: page}
	h.Sum(k.inputs[:0])
	return k, true
}

func (r *cacheRun) officeKey(lang string, o *flow.Office) (cacheKey, bool) {
	return r.key(lang, o.ID, r.allButOffices, o.File)
}

func (r *cacheRun) serviceKey(lang string, s *flow.Service) (cacheKey, bool) {
	return r.key(lang, s.Office.ID+"/"+s.ID, r.city, s.Office.File, s.Def.File)
}

// files returns the page files under k from the cache, or makes them with
// generate and keeps them.
func (r *cacheRun) files(k cacheKey, cacheable bool, generate func() (map[string][]byte, error)) (map[string][]byte, error) {
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

// finish drops what this run did not use: removed pages and old edits.
func (r *cacheRun) finish() {
	if !r.ok {
		return
	}
	c := r.cache
	c.mu.Lock()
	defer c.mu.Unlock()
	c.kept, c.used = c.used, nil
}
