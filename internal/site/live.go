package site

import (
	"context"
	"path"
	"reflect"
	"strings"
	"time"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/hugosite"
)

// Session keeps a site's pages in step with the catalog for the live
// preview: an edit makes again only the pages whose sources changed
// (opts.Cache), and Hugo re-renders the pages open in a tab at once and
// the others it changes when a tab asks for them (fast render). It is the
// pages stage of the pipeline run incrementally; Build is the same stage
// run once.
type Session struct {
	opts   Options
	hugo   *hugosite.Session // nil until a build succeeds
	config hugosite.Config   // the configuration hugo was opened with
	cat    *flow.Catalog     // the catalog of the last good build
}

// Times says where an Update spent its time.
type Times struct {
	Pages time.Duration // making the page files from the catalog
	Hugo  time.Duration // Hugo rendering them
}

// NewSession prepares a session; the first Update builds every page.
func NewSession(opts Options) *Session { return &Session{opts: opts} }

// Built reports whether a build has succeeded, so pages can be served.
func (s *Session) Built() bool { return s.hugo != nil }

// Update renders what changed for cat. The city's name and the like are
// Hugo configuration, which a running session cannot change: then it
// starts over.
func (s *Session) Update(ctx context.Context, cat *flow.Catalog) (t Times, err error) {
	start := time.Now()
	in, err := Input(cat, s.opts)
	t.Pages = time.Since(start)
	if err != nil {
		return t, err
	}
	start = time.Now()
	defer func() { t.Hugo = time.Since(start) }()
	if s.hugo != nil && reflect.DeepEqual(in.Config, s.config) {
		if _, err := s.hugo.SetFiles(ctx, in.Files); err != nil {
			return t, s.reopenAfter(ctx, err)
		}
		s.cat = cat
		return t, nil
	}
	if err := s.open(ctx, in); err != nil {
		return t, err
	}
	s.cat = cat
	return t, nil
}

// Rebuild re-reads changed theme or hand-written page files (paths as a
// file watcher reports them) and renders what they touch.
func (s *Session) Rebuild(ctx context.Context, paths []string) error {
	if s.hugo == nil {
		return nil
	}
	if _, err := s.hugo.Rebuild(ctx, paths); err != nil {
		return s.reopenAfter(ctx, err)
	}
	return nil
}

// Render brings the page at the URL path url up to date before it is
// served.
func (s *Session) Render(ctx context.Context, url string) error {
	if s.hugo == nil {
		return nil
	}
	_, err := s.hugo.RenderPages(ctx, url)
	return err
}

// Close releases Hugo's resources.
func (s *Session) Close() {
	if s.hugo != nil {
		s.hugo.Close()
		s.hugo = nil
	}
}

func (s *Session) open(ctx context.Context, in hugosite.Input) error {
	in.FastRender = true
	in.Lazy = lazyFolders()
	h, err := hugosite.Open(in)
	if err != nil {
		return err
	}
	if _, err := h.Build(ctx); err != nil {
		h.Close()
		return err
	}
	s.Close()
	s.hugo, s.config = h, in.Config
	return nil
}

// reopenAfter recovers from a failed partial rebuild (a folder renamed
// away, a template Hugo could not re-parse) with a full one from the last
// good catalog.
func (s *Session) reopenAfter(ctx context.Context, err error) error {
	s.Close()
	if s.cat == nil {
		return err
	}
	in, ierr := Input(s.cat, s.opts)
	if ierr != nil {
		return ierr
	}
	return s.open(ctx, in)
}

// lazyFolders are the content folders of the pages staff open one at a
// time: offices with their services, kecamatan, city standards, nearly
// all of a city's pages. The session renders each when a tab first asks
// for it. The home page, search, the survey and gone pages, which the
// server reads or fills in without a tab asking, render at once.
func lazyFolders() []string {
	var dirs []string
	for _, page := range []string{flow.OfficePath("x"), flow.DistrictPath("x"), flow.StandardPath("x")} {
		dirs = append(dirs, "content/"+contentName(path.Dir(strings.TrimSuffix(page, "/")))+"/")
	}
	return dirs
}
