package pipeline

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/kiosk"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/search"
	"github.com/alurlayanan/alur/internal/site"
)

// A Stage makes one part of a build from the checked catalog, into a build
// folder. The stages are defined here once and run by two drivers: Build
// runs all of them from scratch into a staging folder; the live preview
// keeps the pages in a session of its own (site.Session) and runs the
// Extras again in the background after edits, then puts what they own in
// place with Replace. Adding a stage is a change to this file.
type Stage struct {
	Name locale.Text // in `alur build`'s report; Name.EN also keys the stage's time
	// Owns are the paths of a build folder the stage writes (layout's,
	// path.Match patterns allowed), so a driver that keeps a live folder
	// can replace them whole.
	Owns []string
	Make func(ctx context.Context, job *Job) error
}

// Job is one run of the stages.
type Job struct {
	Catalog *flow.Catalog
	Dir     string // the build folder being written
	Options Options
	Pages   int // pages Hugo rendered, set by the pages stage
	// Published are the pages the build publishes for the catalog and
	// those earlier builds published that are gone; the pages stage
	// renders a "removed" page for each gone one. The live preview leaves
	// it empty.
	Published layout.Published
}

// Pages renders the site's pages with Hugo.
var Pages = Stage{
	Name: locale.Get("stage.site"),
	Make: func(ctx context.Context, job *Job) error {
		o := job.Options
		stats, err := site.Build(ctx, job.Catalog, site.Options{ContentDir: o.Content, ThemeDir: o.Theme, OutDir: job.Dir, BaseURL: o.BaseURL, Gone: job.Published.Gone})
		job.Pages = stats.Pages
		return err
	},
}

// Extras are the stages after the pages, in the order they run.
var Extras = []Stage{
	{
		Name: locale.Get("stage.index"),
		Owns: []string{layout.IndexDir},
		Make: func(_ context.Context, job *Job) error {
			// A build folder recycled from an older build (publish.Stage)
			// holds that build's index; bleve makes one only where none is.
			if err := os.RemoveAll(layout.Index(job.Dir)); err != nil {
				return err
			}
			_, err := search.Build(job.Catalog, layout.Index(job.Dir), search.Synonyms{Groups: job.Catalog.Synonyms})
			return err
		},
	},
	{
		Name: locale.Get("stage.kiosk"),
		Owns: []string{layout.KioskDir},
		Make: func(_ context.Context, job *Job) error {
			return kiosk.Build(job.Catalog, job.Dir, kiosk.Options{BaseURL: job.Options.BaseURL})
		},
	},
	{
		Name: locale.Get("stage.data"),
		Owns: []string{layout.CatalogFile, layout.DirectoryFile, layout.OfficeServiceList("*")},
		Make: func(_ context.Context, job *Job) error {
			return site.WriteData(job.Catalog, site.Options{OutDir: job.Dir, BaseURL: job.Options.BaseURL})
		},
	},
}

// Stages are all the stages of a build, in order.
func Stages() []Stage { return append([]Stage{Pages}, Extras...) }

// Replace puts what stages own in fresh (a build folder they were just run
// into) in place in live, a folder being served: each owned path of live is
// replaced by fresh's, and one fresh no longer has (a removed office's data
// files) is removed. A folder is swapped by two renames, so a reader sees
// the old or the new one whole.
func Replace(live, fresh string, stages []Stage) error {
	for _, st := range stages {
		for _, pattern := range st.Owns {
			if err := replace(live, fresh, pattern); err != nil {
				return err
			}
		}
	}
	return nil
}

func replace(live, fresh, pattern string) error {
	old, err := filepath.Glob(filepath.Join(live, filepath.FromSlash(pattern)))
	if err != nil {
		return err
	}
	made, err := filepath.Glob(filepath.Join(fresh, filepath.FromSlash(pattern)))
	if err != nil {
		return err
	}
	for _, src := range made {
		rel, _ := filepath.Rel(fresh, src)
		dst := filepath.Join(live, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		aside := dst + ".old"
		if err := os.Rename(dst, aside); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		if err := os.Rename(src, dst); err != nil {
			return err
		}
		if err := os.RemoveAll(aside); err != nil {
			return err
		}
	}
	for _, gone := range old {
		rel, _ := filepath.Rel(live, gone)
		if !slices.Contains(made, filepath.Join(fresh, rel)) {
			if err := os.RemoveAll(gone); err != nil {
				return err
			}
			os.Remove(filepath.Dir(gone)) // its folder, if nothing else is left there
		}
	}
	return nil
}
