// Package site turns a resolved catalog into the public static site: it
// computes each page's view model in Go, writes it as JSON front matter of
// generated content files, and has internal/hugosite render them with the
// theme in themes/alur, in Bahasa Indonesia at / and in English at /en/.
//
// Data stays as staff wrote it (Indonesian); only the words of the interface
// change with the language, and those come from the theme's i18n files.
package site

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/hugosite"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/memo"
)

// Options say where a build reads and writes.
type Options struct {
	ContentDir string       // hand-written pages (content/); optional
	ThemeDir   string       // the theme (themes/alur)
	OutDir     string       // a staging folder the caller made (files in it are written over); publishing is the caller's job
	BaseURL    flow.BaseURL // the public address, checked where it came in
	// Gone are pages earlier builds published that are removed now: each
	// gets a page saying so, at its old path, which the server answers
	// with 410 Gone.
	Gone []layout.Gone
	// Cache, when set, keeps each office's pages for the next run (the live
	// preview's); nil makes every page afresh. A cached run keeps the parts
	// pages share in each page rather than once in Hugo's data (keys.go): a
	// page reused from the cache would name parts no run collected, and in
	// the preview a changed data file makes Hugo read all of it again.
	Cache *Cache
}

// Languages the site is built in; the first is the default, at the root.
var Languages = []hugosite.Language{
	{Code: "id", Name: "Bahasa Indonesia"},
	{Code: "en", Name: "English"},
}

// Build writes the site's pages for cat into opts.OutDir. The data files
// beside them are WriteData's.
func Build(ctx context.Context, cat *flow.Catalog, opts Options) (hugosite.Stats, error) {
	return build(ctx, cat, opts, defaultParts)
}

func build(ctx context.Context, cat *flow.Catalog, opts Options, p parts) (hugosite.Stats, error) {
	in, err := input(cat, opts, p)
	if err != nil {
		return hugosite.Stats{}, err
	}
	return hugosite.Build(ctx, in)
}

// Input is what a hugosite build or session needs for cat. The live preview
// keeps a hugosite.Session opened with it and later hands the session fresh
// Files after each edit, so Hugo re-renders only the pages that changed.
func Input(cat *flow.Catalog, opts Options) (hugosite.Input, error) {
	return input(cat, opts, defaultParts)
}

func input(cat *flow.Catalog, opts Options, p parts) (hugosite.Input, error) {
	if err := opts.check(); err != nil {
		return hugosite.Input{}, err
	}
	files, err := files(cat, opts.BaseURL, p, opts.Cache, opts.Cache == nil)
	if err != nil {
		return hugosite.Input{}, err
	}
	if err := goneFiles(opts.Gone, files); err != nil {
		return hugosite.Input{}, err
	}
	return hugosite.Input{
		Files: files, ThemeDir: opts.ThemeDir, ContentDir: opts.ContentDir, OutDir: opts.OutDir,
		Config: hugosite.Config{
			BaseURL:   opts.BaseURL.String(),
			Title:     cat.City.Name,
			Languages: Languages,
			TimeZone:  flow.TimeZone,
			Params:    map[string]any{"city": cat.City.Name, "example": cat.City.Example},
		},
	}, nil
}

func (o Options) check() error {
	switch {
	case o.ThemeDir == "":
		return errors.New("site: no theme folder")
	case o.OutDir == "":
		return errors.New("site: no output folder")
	case o.BaseURL.IsZero():
		return errors.New("site: no base URL")
	}
	return nil
}

// Files are the generated content files for cat, by path relative to the
// site root: one per page and language, each holding only JSON front
// matter, with the parts pages share kept in each page (as a cached run
// keeps them).
func Files(cat *flow.Catalog, base flow.BaseURL) (map[string][]byte, error) {
	return files(cat, base, defaultParts, nil, false)
}

func files(cat *flow.Catalog, base flow.BaseURL, p parts, cache *Cache, share bool) (map[string][]byte, error) {
	if cat == nil {
		return nil, errors.New("site: no catalog")
	}
	run := cache.start(cat, base)
	// The languages' pages are made side by side. They share the JSON-LD,
	// which every language shows alike and is made once per service, and
	// the cache, which locks.
	services := 0
	for _, o := range cat.Offices {
		services += len(o.Services)
	}
	serviceLDs := memo.New[*flow.Service, string](max(services, 1)) // each kept until both languages have it
	langs := make([]langFiles, len(Languages))
	var wg sync.WaitGroup
	for i, l := range Languages {
		v := &viewer{cat: cat, lang: l.Code, base: base, root: "/", parts: p, serviceLDs: serviceLDs, diagrams: map[string]string{}}
		if share {
			v.shared = sharedParts{}
		}
		suffix := ""
		if i > 0 {
			suffix = "." + l.Code
			v.root = "/" + l.Code + "/"
		}
		wg.Go(func() { langs[i] = v.files(run, suffix, i%2 == 1) })
	}
	wg.Wait()
	out := map[string][]byte{}
	var shared sharedParts
	if share {
		shared = sharedParts{}
	}
	for _, l := range langs {
		if l.err != nil {
			return nil, l.err
		}
		maps.Copy(out, l.files)
		// A part's key names its content, so a key both languages have
		// (the JSON-LD's) holds the same part.
		maps.Copy(shared, l.shared)
	}
	run.finish()
	if shared != nil {
		shared.addTo(out)
	}
	return out, nil
}

// langFiles are the content files of one language's pages and the parts
// they share.
type langFiles struct {
	files  map[string][]byte
	shared sharedParts
	err    error
}

// files makes the content files of v's language, whose file names end
// in suffix, office by office, from the last when backwards: languages
// made side by side then make different services' JSON-LD, not the same.
func (v *viewer) files(run *cacheRun, suffix string, backwards bool) langFiles {
	out := map[string][]byte{}
	city, err := marshalPages(v.cityPages(), suffix)
	if err != nil {
		return langFiles{err: err}
	}
	maps.Copy(out, city)
	offices := v.cat.Offices
	if backwards {
		offices = slices.Clone(offices)
		slices.Reverse(offices)
	}
	for _, o := range offices {
		if err := v.officeFiles(run, o, suffix, out); err != nil {
			return langFiles{err: err}
		}
	}
	return langFiles{files: out, shared: v.shared}
}

// goneFiles adds a page for each gone page, in each language, to out.
func goneFiles(gone []layout.Gone, out map[string][]byte) error {
	for i, l := range Languages {
		root, suffix := "/", ""
		if i > 0 {
			root, suffix = "/"+l.Code+"/", "."+l.Code
		}
		pages := map[string]pageView{}
		for n, g := range gone {
			pages[fmt.Sprintf("hilang/%d", n)] = pageView{Title: g.Name, Layout: "gone", URL: root + relative(g.Path),
				Sitemap: &sitemap{Disable: true}, Alur: goneView{Name: g.Name, Instead: relative(g.Instead),
					InsteadName: g.InsteadName, InsteadList: listWords[g.Instead]}}
		}
		files, err := marshalPages(pages, suffix)
		if err != nil {
			return err
		}
		maps.Copy(out, files)
	}
	return nil
}

// listWords are the theme's names (i18n keys) of the list pages a gone
// page may send residents to.
var listWords = map[string]string{"/kecamatan/": "nav_districts", "/kelurahan/": "nav_offices", "/layanan/": "nav_services"}

// marshalPages returns the content file of each page.
func marshalPages(pages map[string]pageView, suffix string) (map[string][]byte, error) {
	out := make(map[string][]byte, len(pages))
	for name, page := range pages {
		data, err := json.Marshal(page)
		if err != nil {
			return nil, fmt.Errorf("site: %s: %w", name, err)
		}
		out["content/"+name+suffix+".md"] = append(data, '\n')
	}
	return out, nil
}

// cityPages are the views of one language that do not belong to one office,
// by content path without extension.
func (v *viewer) cityPages() map[string]pageView {
	cat := v.cat
	pages := map[string]pageView{
		"_index":           {Title: cat.City.Name, Alur: v.home()},
		"cari":             {Layout: "search", Sitemap: &sitemap{Disable: true}, Alur: searchPage{Search: v.search(), Crumbs: crumbsHome()}},
		"layanan/_index":   {Layout: "standards", Alur: standardsView{Groups: v.standardGroups(), Crumbs: crumbsHome()}},
		"kelurahan/_index": {Layout: "offices", Alur: officesView{Districts: v.districts(), Crumbs: crumbsHome()}},
		"kecamatan/_index": {Layout: "districts", Alur: officesView{Districts: v.districts(), Crumbs: crumbsHome()}},
		// The satisfaction survey's list of offices, and the shell the
		// server splices its survey, result and thank-you pages into
		// (internal/web, shell.go).
		"survei": {Layout: "hear", Alur: officesView{Districts: v.districts()}},
	}
	for _, d := range cat.Districts {
		pages[contentName(d.Path())] = pageView{Title: d.Name, Layout: "kecamatan", Alur: v.district(d)}
	}
	for _, d := range cat.Standards {
		name, summary, _ := d.In(v.lang)
		pages[contentName(flow.StandardPath(d.ID))] = pageView{Title: name, Layout: "standard", Description: summary, Lastmod: string(d.Checked), Alur: v.standard(d)}
	}
	return pages
}

// officeFiles adds the content files of an office's page and its services'
// pages to out, from run's cache where their sources have not changed.
func (v *viewer) officeFiles(run *cacheRun, o *flow.Office, suffix string, out map[string][]byte) error {
	k, cacheable := run.officeKey(v.lang, o)
	files, err := run.files(k, cacheable, func() (map[string][]byte, error) {
		ov, err := v.office(o)
		if err != nil {
			return nil, fmt.Errorf("site: %w", err)
		}
		// The office page is a regular page, not the section of its
		// services: a change to one page then re-renders a dozen pages,
		// not every office. Its file name cannot clash with an office id
		// ("_" is not allowed in ids), and url puts it at
		// /kelurahan/<office>/.
		page := pageView{Title: o.Name, Layout: "office", URL: v.root + officePath(o), Alur: ov}
		return marshalPages(map[string]pageView{"kelurahan/kantor_" + o.ID: page}, suffix)
	})
	if err != nil {
		return err
	}
	maps.Copy(out, files)
	for _, s := range o.Services {
		k, cacheable := run.serviceKey(v.lang, s)
		files, err := run.files(k, cacheable, func() (map[string][]byte, error) {
			sv, err := v.service(s)
			if err != nil {
				return nil, fmt.Errorf("site: %w", err)
			}
			if err := v.shared.share(&sv); err != nil {
				return nil, err
			}
			page := pageView{Title: sv.Name, Layout: "service", Description: sv.Summary, Lastmod: string(s.Def.Checked), Alur: sv}
			return marshalPages(map[string]pageView{contentName(s.Path()): page}, suffix)
		})
		if err != nil {
			return err
		}
		maps.Copy(out, files)
	}
	return nil
}

// WriteData writes the machine-readable files beside the pages into
// opts.OutDir: the whole catalog and each office's Open311 service list.
func WriteData(cat *flow.Catalog, opts Options) error {
	return writeData(cat, opts, defaultParts)
}

func writeData(cat *flow.Catalog, opts Options, p parts) error {
	write := func(name string, data []byte, err error) error {
		if err != nil {
			return fmt.Errorf("site: %s: %w", name, err)
		}
		full := filepath.Join(opts.OutDir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		return os.WriteFile(full, data, 0o644)
	}
	if p.catalog != nil {
		data, err := p.catalog(cat, opts.BaseURL)
		if err := write(layout.CatalogFile, data, err); err != nil {
			return err
		}
	}
	if err := layout.WriteDirectory(opts.OutDir, directory(cat)); err != nil {
		return fmt.Errorf("site: %w", err)
	}
	if p.open311 != nil {
		for _, o := range cat.Offices {
			data, err := p.open311(o, opts.BaseURL)
			if err := write(layout.OfficeServiceList(o.ID), data, err); err != nil {
				return err
			}
		}
	}
	return nil
}

// contentName is the content file (without its suffix) whose page Hugo
// publishes at a site path: "/kecamatan/klojen/" is "kecamatan/klojen".
func contentName(path string) string { return strings.Trim(path, "/") }
