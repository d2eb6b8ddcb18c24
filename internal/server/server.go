// Package server serves a published alur build: the static site, the
// search endpoints and the lobby kiosks.
//
// The published path is a symlink the publisher swaps atomically (or a
// plain folder). The server re-resolves it about once a second and pins
// each request to the build current when the request arrived, so a publish
// is picked up without a restart and no response mixes two builds.
package server

import (
	"context"
	"errors"

	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/store"
	"github.com/alurlayanan/alur/internal/web"
	"github.com/gorilla/mux"
)

// Config says what to serve and where.
type Config struct {
	Site string // published folder or symlink to it
	Addr string // where Run listens
	// Their defaults are the command's (internal/cli/flags.go).

	// Logger receives access and error logs; default JSON on stderr.
	Logger *slog.Logger

	// OpenSearch opens the search index of a build (its _search/index.bleve
	// folder). Nil serves no search: /api/search answers 503 and /cari/ is
	// the plain page of the build.
	OpenSearch func(indexDir string) (Search, error)
	// Search, when set, answers search for every build instead of an
	// index opened from the build: the live preview keeps its own, which
	// it closes itself.
	Search SearchHandlers

	// Poll is how often the published path is re-resolved; default 1s.
	Poll time.Duration

	Timeouts Timeouts

	// Data is where residents' feedback and survey answers are kept and
	// staff accounts live. Nil serves the site without them: the forms
	// and the staff pages answer 503.
	Data *store.DB
	// Webhook, when set with Data, receives each incident (an office
	// found closed or empty in service hours) as JSON, retried until
	// accepted (internal/notify). WebhookSecret signs the body.
	Webhook, WebhookSecret string
	// SubmitLimit is how many feedback or survey submissions one client
	// address may send per minute (web.Hear.PerClient): 0 the default, a
	// negative number no limit.
	SubmitLimit int

	// Wrap, when set, wraps the whole handler. The live preview adds its
	// reload endpoint and script this way; production leaves it nil.
	Wrap func(http.Handler) http.Handler
}

// SearchHandlers answer the search requests.
type SearchHandlers interface {
	// APIHandler answers GET /api/search?q=.
	APIHandler() http.Handler
	// PageHandler answers GET /cari and /en/cari, splicing results into
	// the page shell returns for a language ("id", "en").
	PageHandler(shell func(lang string) ([]byte, error)) http.Handler
}

// Search is a search index kept in step with the published build.
type Search interface {
	SearchHandlers
	// Swap moves the index to another build's index folder; queries
	// running meanwhile are safe.
	Swap(indexDir string) error
	Close() error
}

// Timeouts bound how long a client may hold a connection. Zero fields take
// the defaults.
type Timeouts struct {
	ReadHeader time.Duration // default 5s: slow-header clients are cut off
	Read       time.Duration // default 10s
	// Write bounds a whole response; default 60s, enough for a page on
	// 2G data.
	Write    time.Duration
	Idle     time.Duration // default 120s
	Shutdown time.Duration // in-flight requests get this long; default 15s
}

// DefaultTimeouts are used for zero fields of Config.Timeouts.
var DefaultTimeouts = Timeouts{
	ReadHeader: 5 * time.Second,
	Read:       10 * time.Second,
	Write:      60 * time.Second,
	Idle:       120 * time.Second,
	Shutdown:   15 * time.Second,
}

const maxHeaderBytes = 16 << 10

func (c Config) withDefaults() Config {
	if c.Logger == nil {
		c.Logger = slog.New(slog.NewJSONHandler(os.Stderr, nil))
	}
	if c.Poll <= 0 {
		c.Poll = time.Second
	}
	t, d := &c.Timeouts, DefaultTimeouts
	for _, f := range []struct{ v, def *time.Duration }{
		{&t.ReadHeader, &d.ReadHeader}, {&t.Read, &d.Read}, {&t.Write, &d.Write},
		{&t.Idle, &d.Idle}, {&t.Shutdown, &d.Shutdown},
	} {
		if *f.v <= 0 {
			*f.v = *f.def
		}
	}
	return c
}

// Run serves cfg until ctx ends (the command cancels it on SIGINT or
// SIGTERM), then shuts down gracefully: in-flight requests finish, up to
// Timeouts.Shutdown.
func Run(ctx context.Context, cfg Config) error {
	s, err := New(cfg)
	if err != nil {
		return err
	}
	defer s.Close()
	if s.cfg.Addr == "" {
		return errors.New("server: no address to listen on")
	}
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return err
	}
	return s.Serve(ctx, ln)
}

// Server serves one published site.
type Server struct {
	cfg     Config
	log     *slog.Logger
	site    *site
	search  Search // nil until an index opens
	handler http.Handler
	stop    chan struct{}
	polling chan struct{} // closed when the poller has stopped
}

// New opens the published site and starts following it. Close stops.
func New(cfg Config) (*Server, error) {
	cfg = cfg.withDefaults()
	if cfg.Site == "" {
		return nil, errors.New("server: no site folder")
	}
	s := &Server{cfg: cfg, log: cfg.Logger, stop: make(chan struct{}), polling: make(chan struct{})}
	site, err := openSite(cfg.Site, s.buildChanged)
	if err != nil {
		return nil, fmt.Errorf("situs %s tidak bisa dibuka (jalankan alur build) / cannot open site %s: %w", cfg.Site, cfg.Site, err)
	}
	s.site = site
	s.handler = s.routes()
	go func() {
		defer close(s.polling)
		site.poll(cfg.Poll, s.stop, s.logRefresh)
	}()
	return s, nil
}

// Handler serves the site; tests use it with httptest.
func (s *Server) Handler() http.Handler { return s.handler }

// BuildID is the id of the build being served.
func (s *Server) BuildID() string { return s.site.build().id }

// Serve accepts connections on ln until ctx ends, then shuts down
// gracefully.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	t := s.cfg.Timeouts
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: t.ReadHeader,
		ReadTimeout:       t.Read,
		WriteTimeout:      t.Write,
		IdleTimeout:       t.Idle,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	s.log.Info("serving", "addr", ln.Addr().String(), "site", s.cfg.Site, "build", s.BuildID())
	notifying := s.startNotifier(ctx)
	defer notifying()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down", "grace", t.Shutdown.String())
	sctx, cancel := context.WithTimeout(context.Background(), t.Shutdown)
	defer cancel()
	err := srv.Shutdown(sctx)
	<-served
	if err != nil {
		srv.Close()
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// Close stops following the site and closes the search index.
func (s *Server) Close() error {
	select {
	case <-s.stop:
		return nil
	default:
	}
	close(s.stop)
	<-s.polling
	if s.search != nil {
		return s.search.Close()
	}
	return nil
}

func (s *Server) routes() http.Handler {
	r := mux.NewRouter()
	r.Handle("/healthz", http.HandlerFunc(s.health))
	r.Handle("/api/search", http.HandlerFunc(s.searchAPI))
	// The search-as-you-type script ships in the binary, beside the code
	// that answers it; the /cari page works without it.
	r.Handle(web.ScriptPath, web.ScriptHandler())
	for _, p := range []string{"/cari", "/cari/", "/en/cari", "/en/cari/"} {
		r.Handle(p, http.HandlerFunc(s.searchPage))
	}
	s.hearRoutes(r)
	kiosk := r.PathPrefix("/kiosk/").Subrouter()
	kiosk.Use(kioskHeaders)
	kiosk.PathPrefix("/").HandlerFunc(s.serveStatic)
	r.PathPrefix("/").HandlerFunc(s.serveStatic)
	h := s.withBuild(s.accessLog(securityHeaders(guard(r))))
	if s.cfg.Wrap != nil {
		h = s.cfg.Wrap(h)
	}
	return h
}

func (s *Server) logRefresh(switched bool, err error) {
	switch {
	case err != nil:
		s.log.Warn("published site unreadable; serving the last build", "site", s.cfg.Site, "err", err.Error())
	case switched:
		s.log.Info("new build", "build", s.BuildID(), "dir", s.site.build().dir)
	}
}

func (s *Server) unavailable(w http.ResponseWriter, r *http.Request, err error) {
	s.log.Error("build unreadable", "path", r.URL.Path, "build", requestOf(r).build.id, "err", err.Error())
	w.Header().Set("Retry-After", "5")
	plainError(w, http.StatusServiceUnavailable, "server.updating")
}

func (s *Server) internalError(w http.ResponseWriter, r *http.Request, err error) {
	s.log.Error("internal error", "path", r.URL.Path, "build", requestOf(r).build.id, "err", err.Error())
	plainError(w, http.StatusInternalServerError, "server.error")
}

// indexDir is where a build keeps its search index.
func indexDir(b *build) string { return layout.Index(b.dir) }
