package preview

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/hugosite"
	"github.com/alurlayanan/alur/internal/site"
)

// builder keeps the preview site in step with the sources: a Hugo session
// stays open, so an edit re-renders only the pages it changes.
type builder struct {
	// mu serializes builds with the page renders that requests ask for.
	mu       sync.Mutex
	services string
	opts     site.Options
	lang     diag.Lang

	session *hugosite.Session // nil until a build succeeds
	config  hugosite.Config   // the configuration session was opened with
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
// the services, content or theme folders); with no session yet it builds
// everything.
func (b *builder) update(ctx context.Context, paths []string) outcome {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out outcome
	other := b.held
	servicesChanged := b.session == nil
	for _, p := range paths {
		if within(b.services, p) {
			servicesChanged = true
		} else {
			other = append(other, p)
		}
	}
	if servicesChanged {
		t := time.Now()
		cat, diags := check.Folder(b.services)
		out.timings.check = time.Since(t)
		if cat == nil {
			b.held = other
			out.problems = printed(diags, b.lang)
			return out
		}
		t = time.Now()
		in, err := site.Input(cat, b.opts)
		out.timings.pages = time.Since(t)
		if err != nil {
			out.failed = err
			return out
		}
		t = time.Now()
		out.failed = b.setFiles(ctx, in)
		out.timings.hugo = time.Since(t)
		if out.failed != nil {
			return out
		}
		out.cat = cat
	}
	b.held = nil
	if len(other) > 0 {
		t := time.Now()
		if _, err := b.session.Rebuild(ctx, other); err != nil {
			out.failed = b.reopenAfter(ctx, err)
		}
		out.timings.hugo += time.Since(t)
	}
	return out
}

// setFiles hands Hugo the generated files. The city's name and the like are
// configuration, which a session cannot change: then it starts over.
func (b *builder) setFiles(ctx context.Context, in hugosite.Input) error {
	if b.session != nil && reflect.DeepEqual(in.Config, b.config) {
		if _, err := b.session.SetFiles(ctx, in.Files); err != nil {
			return b.reopenAfter(ctx, err)
		}
		return nil
	}
	return b.open(ctx, in)
}

func (b *builder) open(ctx context.Context, in hugosite.Input) error {
	// An edit then re-renders the pages open in a tab at once and the other
	// pages it changes when a tab asks for them, not every page it touches.
	in.FastRender = true
	s, err := hugosite.Open(in)
	if err != nil {
		return err
	}
	if _, err := s.Build(ctx); err != nil {
		s.Close()
		return err
	}
	b.close()
	b.session, b.config = s, in.Config
	return nil
}

// reopenAfter recovers from a failed partial rebuild (a folder renamed
// away, a template Hugo could not re-parse) with a full one.
func (b *builder) reopenAfter(ctx context.Context, err error) error {
	b.close()
	cat, diags := check.Folder(b.services)
	if cat == nil {
		return fmt.Errorf("%w (and the service files now have errors: %d)", err, len(diags.Items()))
	}
	in, ierr := site.Input(cat, b.opts)
	if ierr != nil {
		return ierr
	}
	if oerr := b.open(ctx, in); oerr != nil {
		return oerr
	}
	return nil
}

// render brings the page at the URL path url up to date before it is
// served.
func (b *builder) render(ctx context.Context, url string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.session == nil {
		return nil
	}
	_, err := b.session.RenderPages(ctx, url)
	return err
}

func (b *builder) close() {
	if b.session != nil {
		b.session.Close()
		b.session = nil
	}
}

func printed(diags *diag.List, lang diag.Lang) []string {
	var sb strings.Builder
	diags.Print(&sb, lang)
	return strings.Split(strings.TrimRight(sb.String(), "\n"), "\n")
}
