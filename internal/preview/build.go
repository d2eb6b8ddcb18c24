package preview

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/load"
	"github.com/alurlayanan/alur/internal/site"
)

// builder keeps the preview site in step with the sources: it checks the
// service files after each edit and hands the catalog to the pages stage
// run incrementally (site.Session).
type builder struct {
	// mu serializes builds with the page renders that requests ask for.
	mu       sync.Mutex
	services string
	opts     site.Options
	lang     diag.Lang
	// decoded keeps the service files as decoded, so a save decodes only
	// the file saved.
	decoded *load.Memo

	pages *site.Session
	// held are content and theme changes not yet given to Hugo, because the
	// service files had errors when they came.
	held []string
}

// outcome is what one build did.
type outcome struct {
	cat      *flow.Catalog // the service files' catalog, when they were read again and built
	problems []string      // check errors (and warnings beside them); nothing was built
	failed   error         // the build itself failed; the last good site stays
	timings  timings
}

type timings struct {
	check, pages, hugo time.Duration
}

// update brings the site up to date after changes to paths (files under
// the services, content or theme folders); with no build yet it builds
// everything.
func (b *builder) update(ctx context.Context, paths []string) outcome {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.pages == nil {
		b.pages = site.NewSession(b.opts)
	}
	var out outcome
	other := b.held
	servicesChanged := !b.pages.Built()
	for _, p := range paths {
		if within(b.services, p) {
			servicesChanged = true
		} else {
			other = append(other, p)
		}
	}
	if servicesChanged {
		t := time.Now()
		src, diags := b.decoded.Folder(b.services)
		cat := check.Source(src, diags)
		out.timings.check = time.Since(t)
		if cat == nil {
			b.held = other
			out.problems = printed(diags, b.lang)
			return out
		}
		times, err := b.pages.Update(ctx, cat)
		out.timings.pages, out.timings.hugo = times.Pages, times.Hugo
		if out.failed = err; err != nil {
			return out
		}
		out.cat = cat
	}
	b.held = nil
	if len(other) > 0 {
		t := time.Now()
		out.failed = b.pages.Rebuild(ctx, other)
		out.timings.hugo += time.Since(t)
	}
	return out
}

// render brings the page at the URL path url up to date before it is
// served.
func (b *builder) render(ctx context.Context, url string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.pages == nil {
		return nil
	}
	return b.pages.Render(ctx, url)
}

func (b *builder) close() {
	if b.pages != nil {
		b.pages.Close()
	}
}

func printed(diags *diag.List, lang diag.Lang) []string {
	var sb strings.Builder
	diags.Print(&sb, lang)
	return strings.Split(strings.TrimRight(sb.String(), "\n"), "\n")
}
