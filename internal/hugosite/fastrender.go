package hugosite

// Fast render: in a fast-render session, changes to pages nobody has open
// are held back, and a page is brought up to date when a tab asks for it.
//
// A generated page of Input.Lazy is not even rendered until a tab asks
// for it: its file reaches Hugo with the build option render: link, so
// the page is listed and linked like any other but not written. On every
// rebuild Hugo checks each page it has rendered for whether the change
// touches it, which at Kota Malang's size (2,800 pages) was most of a
// one-file rebuild. Pages rendered only where someone looked make that
// check, and the first build, cost a fraction.

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/gohugoio/hugo/common/types"
	"github.com/gohugoio/hugo/hugolib"
)

// hold keeps back, in fast-render mode, the changed files whose pages
// nobody has asked for recently, and returns the rest. New and removed
// files are never held: they change the site's structure.
func (s *Session) hold(changes []change) []change {
	if !s.in.FastRender {
		return changes
	}
	var now []change
	for _, c := range changes {
		url, known := s.pageOf[c.name]
		if c.data != nil && known && !s.visited.Contains(url) {
			s.held[c.name] = c
			continue
		}
		delete(s.held, c.name)
		now = append(now, c)
	}
	return now
}

// RenderPages brings the pages at urls (URL paths such as
// "/kelurahan/kauman/") up to date and keeps them so on later changes. It
// is for fast-render sessions; in others every page is always up to date
// and it does nothing.
func (s *Session) RenderPages(ctx context.Context, urls ...string) (Stats, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var total Stats
	if !s.in.FastRender || !s.built {
		return total, nil
	}
	for _, url := range urls {
		st, err := s.renderPage(ctx, url)
		total.add(st)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

// renderPage gives Hugo the held files of the page at url, one per build,
// or, with none, re-renders the page if anything it shows has changed.
func (s *Session) renderPage(ctx context.Context, url string) (Stats, error) {
	if err := ctx.Err(); err != nil {
		return Stats{}, err // before anything is taken off held or linked
	}
	var mine []change
	for _, name := range sortedChanges(s.held) {
		if s.pageOf[name] == url {
			mine = append(mine, s.held[name])
			delete(s.held, name)
		}
	}
	for _, name := range s.linkedAt(url) {
		if !slices.ContainsFunc(mine, func(c change) bool { return c.name == name }) {
			mine = append(mine, change{name: name, data: s.in.Files[strings.TrimPrefix(name, siteRoot+"/")]})
		}
	}
	wasVisited := s.visited.Contains(url)
	s.visited.Add(url)
	if len(mine) > 0 {
		stats, err := s.rebuild(ctx, mine)
		if err != nil {
			// Hugo may not have them: the next ask tries again, where a
			// newer change has not come since.
			for _, c := range mine {
				if _, newer := s.held[c.name]; !newer {
					s.held[c.name] = c
				}
			}
		}
		return stats, err
	}
	if wasVisited {
		return Stats{Pages: s.pages}, nil
	}
	if err := ctx.Err(); err != nil {
		return Stats{}, err
	}
	s.warnings.reset()
	start := time.Now()
	err := s.sites.Build(hugolib.BuildCfg{NoBuildLock: true, PartialReRender: true, RecentlyTouched: types.NewEvictingQueue[string](1).Add(url)})
	stats := Stats{Elapsed: time.Since(start), Warnings: s.warnings.take(), Pages: s.pages}
	if err != nil {
		return stats, fmt.Errorf("hugosite: render %s: %w", url, err)
	}
	return stats, nil
}

// unseen is what Hugo gets of the file at the in-memory name: in a
// fast-render session, a generated content file in Input.Lazy whose page
// no tab has asked for gets render: link put in its JSON front matter
// (first, so an option of its own wins). Other files are left as they
// are.
func (s *Session) unseen(name string, data []byte) []byte {
	if s.linked == nil {
		return data
	}
	delete(s.linked, name)
	rel := strings.TrimPrefix(name, siteRoot+"/")
	if _, generated := s.in.Files[rel]; !generated || !s.lazy(rel) || s.visited.Contains(s.pageOf[name]) {
		return data
	}
	body := bytes.TrimLeft(data, " \t\r\n")
	if len(body) == 0 || body[0] != '{' {
		return data
	}
	rest := bytes.TrimLeft(body[1:], " \t\r\n")
	option := `{"build":{"render":"link"}`
	if len(rest) > 0 && rest[0] != '}' {
		option += ","
	}
	s.linked[name] = true
	return append([]byte(option), body[1:]...)
}

// lazy reports whether the generated file at rel (relative to the site
// root) is in a folder of Input.Lazy.
func (s *Session) lazy(rel string) bool {
	return slices.ContainsFunc(s.in.Lazy, func(dir string) bool { return strings.HasPrefix(rel, dir) })
}

// linkedAt is the files of the page at url that Hugo has with render: link.
func (s *Session) linkedAt(url string) []string {
	var names []string
	for name := range s.linked {
		if s.pageOf[name] == url {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

func sortedChanges(m map[string]change) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
