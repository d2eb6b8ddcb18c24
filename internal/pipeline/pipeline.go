// Package pipeline is the way from staff YAML to a published build: check,
// then build the pages, the search index, the kiosk and the data files into
// a fresh folder, then publish it atomically. `alur build` and the build
// benchmarks go through it, so what is measured is what ships. The live
// preview (package preview) still runs the same stages with a driver of its
// own, incrementally.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/kiosk"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/publish"
	"github.com/alurlayanan/alur/internal/search"
	"github.com/alurlayanan/alur/internal/site"
)

// Options say what to build from and where to publish.
type Options struct {
	Services string       // the YAML folder (services/)
	Content  string       // hand-written pages (content/); may be empty
	Theme    string       // the Hugo theme (themes/alur)
	Out      string       // where the current build is published (public/)
	BaseURL  flow.BaseURL // the public address of the site
}

// ErrCheck means the YAML has errors; the Result's Problems say which, and
// nothing was published.
var ErrCheck = errors.New("the service files have errors; nothing was published")

// Result tells what a build did.
type Result struct {
	Catalog  *flow.Catalog
	Problems *diag.List
	Build    string // id of the published build
	Pages    int    // pages Hugo rendered, all languages
	Timings  Timings
}

// Timings of each stage, for `alur build` output and the benchmarks.
type Timings = layout.Timings

// Build checks opts.Services and, when there are no errors, builds and
// publishes. On any failure the previously published build stays in place.
func Build(ctx context.Context, opts Options) (*Result, error) {
	start := time.Now()
	res := &Result{}
	cat, diags := check.Folder(opts.Services)
	res.Catalog, res.Problems = cat, diags
	res.Timings.Check = time.Since(start)
	if cat == nil {
		return res, ErrCheck
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}
	staged, err := publish.Stage(opts.Out)
	if err != nil {
		return res, err
	}
	if err := buildInto(ctx, staged.Dir, staged.ID(), cat, opts, res); err != nil {
		return res, errors.Join(err, staged.Abort())
	}
	t := time.Now()
	if err := staged.Commit(); err != nil {
		return res, errors.Join(err, staged.Abort())
	}
	res.Build = filepath.Base(staged.Dir)
	res.Timings.Publish = time.Since(t)
	res.Timings.Total = time.Since(start)
	return res, nil
}

// buildInto writes a whole build into dir, a fresh staging folder.
func buildInto(ctx context.Context, dir, id string, cat *flow.Catalog, opts Options, res *Result) error {
	t := time.Now()
	stats, err := site.Build(ctx, cat, site.Options{ContentDir: opts.Content, ThemeDir: opts.Theme, OutDir: dir, BaseURL: opts.BaseURL})
	if err != nil {
		return fmt.Errorf("site: %w", err)
	}
	res.Pages, res.Timings.Site = stats.Pages, time.Since(t)
	if err := ctx.Err(); err != nil {
		return err
	}

	t = time.Now()
	if _, err := search.Build(cat, layout.Index(dir), search.Synonyms{Groups: cat.Synonyms}); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	res.Timings.Index = time.Since(t)
	if err := ctx.Err(); err != nil {
		return err
	}

	t = time.Now()
	if err := kiosk.Build(cat, dir, kiosk.Options{BaseURL: opts.BaseURL}); err != nil {
		return fmt.Errorf("kiosk: %w", err)
	}
	res.Timings.Kiosk = time.Since(t)

	return writeManifest(dir, id, cat, opts, res)
}

func writeManifest(dir, id string, cat *flow.Catalog, opts Options, res *Result) error {
	services := 0
	for _, o := range cat.Offices {
		services += len(o.Services)
	}
	_, warnings := res.Problems.Count()
	return layout.WriteManifest(dir, layout.Manifest{ID: id, BuiltAt: time.Now().UTC(), BaseURL: opts.BaseURL.String(),
		Offices: len(cat.Offices), Services: services, Pages: res.Pages, Problems: warnings, Timings: res.Timings,
		Languages: []string{"id", "en"}})
}
