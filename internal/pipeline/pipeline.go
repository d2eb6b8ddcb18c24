// Package pipeline is the way from staff YAML to a published build: check,
// then run the stages (stages.go: the pages, the search index, the kiosk,
// the data files) into a fresh folder, then publish it atomically. `alur
// build` and the build benchmarks run every stage from scratch (Build); the
// live preview runs the same stages incrementally (package preview).
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
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/publish"
)

// Options say what to build from and where to publish.
type Options struct {
	Services string // the YAML folder (services/)
	Content  string // hand-written pages (content/); may be empty
	Theme    string // the Hugo theme (themes/alur)
	Out      string // where the current build is published (public/)
	// BaseURL is the public address of the site; when zero, the city
	// file's alamat_publik, else LocalURL (where alur serve answers).
	BaseURL  flow.BaseURL
	LocalURL flow.BaseURL
	// Unpublish confirms the removal of published pages, by
	// layout.Page.Key ("kelurahan/kauman") or "all". A build that would
	// remove a page it does not name publishes nothing (UnconfirmedError).
	Unpublish []string
}

// ErrCheck means the YAML has errors; the Result's Problems say which, and
// nothing was published.
var ErrCheck = errors.New("the service files have errors; nothing was published")

// Result tells what a build did.
type Result struct {
	Catalog  *flow.Catalog
	Problems *diag.List
	Build    string       // id of the published build
	BaseURL  flow.BaseURL // the public address it was built for
	Pages    int          // pages Hugo rendered, all languages
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
	switch {
	case !opts.BaseURL.IsZero():
	case !cat.BaseURL.IsZero():
		opts.BaseURL = cat.BaseURL
	default:
		opts.BaseURL = opts.LocalURL
	}
	res.BaseURL = opts.BaseURL
	prev, removed, err := compare(opts.Out, cat, res.Problems)
	if err != nil {
		return res, err
	}
	if keys := unconfirmed(removed, opts.Unpublish); len(keys) > 0 {
		return res, &UnconfirmedError{Keys: keys}
	}
	staged, err := publish.Stage(opts.Out)
	if err != nil {
		return res, err
	}
	pages := PublishedPages(cat)
	job := &Job{Catalog: cat, Dir: staged.Dir, Options: opts,
		Published: layout.Published{Pages: pages, Gone: gone(prev, removed, pages)}}
	if err := buildInto(ctx, job, staged.ID(), res); err != nil {
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

// buildInto runs every stage of job into its Dir, a staging folder that
// may hold an older build's files: every stage writes its files afresh
// (create or truncate), and publishing removes the ones no stage wrote.
// The pages stage runs beside the others: Hugo leaves a core idle while it
// reads and assembles the pages, and the index, the kiosk and the data
// files need only the catalog. Each stage writes its own paths.
func buildInto(ctx context.Context, job *Job, id string, res *Result) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	pages := make(chan error, 1)
	var pagesTime layout.StageTime
	go func() {
		t, err := runStage(ctx, Pages, job)
		pagesTime = t
		if err != nil {
			cancel() // the other stages' work would be thrown away
		}
		pages <- err
	}()
	var extras []layout.StageTime
	var extrasErr error
	for _, st := range Extras {
		t, err := runStage(ctx, st, job)
		if err != nil {
			extrasErr = err
			cancel()
			break
		}
		extras = append(extras, t)
	}
	if err := firstCause(<-pages, extrasErr); err != nil {
		return err
	}
	res.Timings.Stages = append(append(res.Timings.Stages, pagesTime), extras...)
	res.Pages = job.Pages
	if err := layout.WritePublished(job.Dir, job.Published); err != nil {
		return err
	}
	return writeManifest(job.Dir, id, job.Catalog, job.Options, res)
}

// firstCause is the error that stopped a build: when one side failed and
// the other was cancelled because of it, the failure alone.
func firstCause(a, b error) error {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case errors.Is(b, context.Canceled):
		return a
	case errors.Is(a, context.Canceled):
		return b
	}
	return errors.Join(a, b)
}

// runStage runs st and times it.
func runStage(ctx context.Context, st Stage, job *Job) (layout.StageTime, error) {
	if err := ctx.Err(); err != nil {
		return layout.StageTime{}, err
	}
	t := time.Now()
	if err := st.Make(ctx, job); err != nil {
		return layout.StageTime{}, fmt.Errorf("%s: %w", st.Name.EN, err)
	}
	return layout.StageTime{Name: st.Name.EN, Elapsed: time.Since(t)}, nil
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
