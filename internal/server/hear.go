package server

import (
	"context"
	"net/http"
	"strings"
	"sync"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/notify"
	"github.com/alurlayanan/alur/internal/staff"
	"github.com/alurlayanan/alur/internal/web"
	"github.com/gorilla/mux"
)

// directory reads a build's directory of offices and services once (see
// layout.DirectoryFile); the forms check what residents send against it.
type directoryOnce struct {
	once sync.Once
	dir  *layout.Directory
	err  error
}

func (b *build) directory() (*layout.Directory, error) {
	b.dirOnce.once.Do(func() { b.dirOnce.dir, b.dirOnce.err = layout.ReadDirectory(b.dir) })
	return b.dirOnce.dir, b.dirOnce.err
}

// buildView is what the resident and staff handlers may know of the build
// serving a request: its directory and its pages. It satisfies web.Site
// and staff.Site.
type buildView struct{}

// Directory is the directory of the build serving r.
func (buildView) Directory(r *http.Request) (*layout.Directory, error) {
	return requestOf(r).build.directory()
}

// Page reads a published page of the build serving r (e.g.
// "en/cari/index.html"), for handlers that splice into a page shell.
func (buildView) Page(r *http.Request, name string) ([]byte, error) {
	root, err := requestOf(r).root()
	if err != nil {
		return nil, err
	}
	return readFile(root, name)
}

// hearRoutes mounts what residents send back and the staff pages. Without
// a database they answer 503: the site itself still serves.
func (s *Server) hearRoutes(r *mux.Router) {
	var hear, staffPages, inspections http.Handler = http.HandlerFunc(s.noData), http.HandlerFunc(s.noData), http.HandlerFunc(s.noData)
	if s.cfg.Data != nil {
		hear = (&web.Hear{DB: s.cfg.Data, Site: buildView{}, Log: s.log, PerClient: s.cfg.SubmitLimit}).Handler()
		staffPages = (&staff.Staff{DB: s.cfg.Data, Site: buildView{}, Log: s.log}).Handler()
		inspections = (&web.Inspections{DB: s.cfg.Data, Site: buildView{}, Log: s.log}).Handler()
	}
	for _, p := range []string{web.FeedbackPath, web.SurveyPrefix, web.EnglishPrefix + web.FeedbackPath, web.EnglishPrefix + web.SurveyPrefix, web.APIPrefix} {
		r.PathPrefix(p).Handler(hear)
	}
	r.PathPrefix(staff.Prefix).Handler(staffPages)
	r.PathPrefix(flow.InspectionsPrefix).Handler(inspections)
}

func (s *Server) noData(w http.ResponseWriter, r *http.Request) {
	plainError(w, http.StatusServiceUnavailable, "server.no-data")
}

// startNotifier posts incidents to the city's webhook while the server
// runs; the returned func waits for it to stop after ctx ends.
func (s *Server) startNotifier(ctx context.Context) (wait func()) {
	if s.cfg.Data == nil || s.cfg.Webhook == "" {
		return func() {}
	}
	n := &notify.Notifier{DB: s.cfg.Data, URL: s.cfg.Webhook, Secret: s.cfg.WebhookSecret, Log: s.log, Office: s.officeLink}
	done := make(chan struct{})
	go func() {
		defer close(done)
		n.Run(ctx)
	}()
	return func() { <-done }
}

// officeLink names an office and links its page, from the build being
// served.
func (s *Server) officeLink(id string) (name, url string) {
	b := s.site.build()
	d, err := b.directory()
	if err != nil {
		return "", ""
	}
	o, ok := d.Office(id)
	if !ok {
		return "", ""
	}
	if m, err := layout.ReadManifest(b.dir); err == nil && m.BaseURL != "" {
		return o.Name, strings.TrimSuffix(m.BaseURL, "/") + o.Path
	}
	return o.Name, o.Path
}
