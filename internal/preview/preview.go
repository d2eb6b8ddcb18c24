// Package preview is alur's live preview for staff: it serves the site
// built from the working folders, and on every save checks, rebuilds only
// what changed, and reloads the open browser tab. Problems in the service
// files show over the last good page, with file:line:col, until fixed.
//
// The reload script is added to pages as they are served; nothing of the
// preview is ever written into a build.
package preview

import (
	"context"
	"errors"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/load"
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/server"
	"github.com/alurlayanan/alur/internal/site"
)

// Config says what to preview.
type Config struct {
	Services string // the YAML folder
	Content  string // hand-written pages; none when "" or missing
	Theme    string // the Hugo theme
	Addr     string // where Run listens
	// The folders' defaults are the command's (internal/cli/flags.go).
	Lang diag.Lang
	// Logger gets one line per rebuild; default text on stderr.
	Logger *slog.Logger
}

func (c Config) withDefaults() Config {
	if c.Lang == "" {
		c.Lang = diag.ID
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	return c
}

// Run previews until ctx ends (the command cancels it on SIGINT or
// SIGTERM).
func Run(ctx context.Context, cfg Config) error {
	cfg = cfg.withDefaults()
	if cfg.Addr == "" {
		return errors.New("preview: no address to listen on")
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	return Serve(ctx, ln, cfg)
}

// Serve previews on ln until ctx ends. The first build runs while the
// server already answers, so the tab shows "building" and then the site.
func Serve(ctx context.Context, ln net.Listener, cfg Config) error {
	cfg = cfg.withDefaults()
	if cfg.Services == "" || cfg.Theme == "" {
		ln.Close()
		return errors.New("preview: no services folder or theme")
	}
	p, err := newPreview(cfg, baseURL(ln.Addr()))
	if err != nil {
		ln.Close()
		return err
	}
	defer p.cleanup()
	w, err := watch(p.watched(), cfg.Logger)
	if err != nil {
		ln.Close()
		return err
	}
	srv, err := server.New(server.Config{
		Site: p.out,
		// Access logs would drown the rebuild lines staff read.
		Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
		Search: p.extras.search,
		Wrap:   p.wrap,
	})
	if err != nil {
		ln.Close()
		return err
	}
	defer srv.Close()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go w.run(ctx)
	go p.rebuildLoop(ctx, w.out)
	p.extrasDone = make(chan struct{})
	go func() {
		defer close(p.extrasDone)
		p.extras.run(ctx)
	}()
	go func() {
		<-ctx.Done()
		p.hub.close()
	}()
	cfg.Logger.Info("preview", "url", p.base.String(), "services", cfg.Services)
	return srv.Serve(ctx, ln)
}

// preview is one running preview.
type preview struct {
	cfg     Config
	base    flow.BaseURL
	out     string // Hugo's output folder, a temporary folder
	hub     *hub
	builder *builder
	gen     atomic.Int64 // count of good builds; 0 until the first

	extras     *extras
	extrasDone chan struct{} // closed when the extras stop; nil until they start
}

func newPreview(cfg Config, base flow.BaseURL) (*preview, error) {
	out, err := os.MkdirTemp("", "alur-preview-")
	if err != nil {
		return nil, err
	}
	content := cfg.Content
	if _, err := os.Stat(content); errors.Is(err, fs.ErrNotExist) {
		content = ""
	}
	abs := func(p string) string {
		if p == "" {
			return ""
		}
		a, err := filepath.Abs(p)
		if err != nil {
			return p
		}
		return a
	}
	p := &preview{
		cfg:  cfg,
		base: base,
		out:  out,
		hub:  newHub(),
		builder: &builder{
			services: abs(cfg.Services),
			decoded:  load.NewMemo(),
			lang:     cfg.Lang,
			opts: site.Options{ContentDir: abs(content), ThemeDir: abs(cfg.Theme), OutDir: out, BaseURL: base,
				Cache: site.NewCache()},
		},
	}
	ex, err := newExtras(out, base, cfg.Logger, p.extrasMade)
	if err != nil {
		os.RemoveAll(out)
		return nil, err
	}
	p.extras = ex
	return p, nil
}

// marks are the generations pages are served at now.
func (p *preview) marks() marks {
	return marks{gen: int(p.gen.Load()), extras: p.hub.current().Extras}
}

func (p *preview) watched() []string {
	dirs := []string{p.builder.services, p.builder.opts.ThemeDir}
	if c := p.builder.opts.ContentDir; c != "" {
		dirs = append(dirs, c)
	}
	return dirs
}

func (p *preview) cleanup() {
	if p.extrasDone != nil {
		<-p.extrasDone
	}
	p.builder.close()
	if err := p.extras.close(); err != nil {
		p.cfg.Logger.Warn("preview: cleaning up", "err", err.Error())
	}
	os.RemoveAll(p.out)
}

// extrasMade tells kiosk and search tabs that the extras are new.
func (p *preview) extrasMade() {
	p.hub.update(func(s *State) { s.Extras++ })
}

// rebuildLoop builds once, then after every batch of changes.
func (p *preview) rebuildLoop(ctx context.Context, changes <-chan []string) {
	p.rebuild(ctx, nil)
	for {
		select {
		case <-ctx.Done():
			return
		case paths := <-changes:
			p.rebuild(ctx, paths)
		}
	}
}

func (p *preview) rebuild(ctx context.Context, paths []string) {
	start := time.Now()
	o := p.builder.update(ctx, paths)
	log := p.cfg.Logger.With("files", len(paths), "ms", time.Since(start).Milliseconds(),
		"check_ms", o.timings.check.Milliseconds(), "pages_ms", o.timings.pages.Milliseconds(), "hugo_ms", o.timings.hugo.Milliseconds())
	gen := int(p.gen.Load())
	switch {
	case o.problems != nil:
		log.Warn("service files have errors", "problems", len(o.problems))
		p.hub.set(State{Gen: gen, Problems: p.located(o.problems),
			Title: locale.Get("preview.problems").Both(), Hint: locale.Get("preview.problems-hint").Both()})
	case o.failed != nil:
		log.Error("build failed", "err", o.failed.Error())
		p.hub.set(State{Gen: gen, Problems: []string{o.failed.Error()},
			Title: locale.Get("preview.failed").Both(), Hint: locale.Get("preview.failed-hint").Both()})
	default:
		log.Info("rebuilt")
		p.hub.set(State{Gen: int(p.gen.Add(1))})
		if o.cat != nil {
			p.extras.want(o.cat)
		}
	}
}

// located puts the services folder in front of each problem's path, so it
// names the file from where staff work.
func (p *preview) located(lines []string) []string {
	prefix := filepath.ToSlash(filepath.Clean(p.cfg.Services)) + "/"
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = prefix + l
	}
	return out
}

// wrap adds the preview's own endpoints in front of the site and the
// reload script to its pages.
func (p *preview) wrap(site http.Handler) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+eventsPath, p.hub.events)
	mux.HandleFunc("GET "+scriptPath, serveAsset("reload.js", "text/javascript; charset=utf-8"))
	mux.HandleFunc("GET "+overlayPath, serveAsset("overlay.css", "text/css; charset=utf-8"))
	pages := withReload(site, p.marks)
	mux.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if p.gen.Load() == 0 {
			p.waitingPage(w, r)
			return
		}
		if url, ok := pageURL(r); ok {
			if err := p.builder.render(r.Context(), url); err != nil {
				p.cfg.Logger.Error("page render failed", "url", url, "err", err.Error())
			}
		}
		pages.ServeHTTP(w, r)
	}))
	return mux
}

// pageURL is the URL path of the page r asks for, as Hugo links it; ok is
// false for anything that is not a page. A path without the slash Hugo
// ends it with is the same page: the page is made before the server sends
// the browser on to it.
func pageURL(r *http.Request) (url string, ok bool) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		return "", false
	}
	p := r.URL.EscapedPath()
	p = strings.TrimSuffix(p, "index.html")
	if !strings.HasSuffix(p, "/") && path.Ext(p) == "" {
		p += "/"
	}
	return p, strings.HasSuffix(p, "/")
}

// waitingPage stands in for the site until the first good build: it says
// so, shows the problems if any, and reloads when the site is ready.
func (p *preview) waitingPage(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusServiceUnavailable)
	page := `<!doctype html><html lang="id"><meta charset="utf-8"><title>alur: pratinjau</title>` +
		`<body><p>Sedang membangun situs… / Building the site…</p>` + string(scriptTag(marks{})) + `</body></html>`
	w.Write([]byte(page))
}

// baseURL is the address a browser on this machine uses to reach addr.
func baseURL(addr net.Addr) flow.BaseURL {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return flow.MustBaseURL("http://" + addr.String() + "/")
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	return flow.MustBaseURL("http://" + host + ":" + port + "/")
}

func within(dir, p string) bool {
	abs, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(dir, abs)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func isNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
