package hugosite

// A session keeps a built site in memory between builds, for the live
// preview: changed files rebuild only the pages they touch.

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/bep/logg"
	"github.com/fsnotify/fsnotify"
	"github.com/gohugoio/hugo/common/loggers"
	"github.com/gohugoio/hugo/common/types"
	"github.com/gohugoio/hugo/config"
	"github.com/gohugoio/hugo/config/allconfig"
	"github.com/gohugoio/hugo/deps"
	"github.com/gohugoio/hugo/hugofs"
	"github.com/gohugoio/hugo/hugolib"
	"github.com/spf13/afero"
)

// Session keeps a built site in memory so later changes rebuild only what
// they touch: Hugo's watch-mode rebuild, driven by the paths alur reports
// instead of a file watcher. It is safe for use by one goroutine at a time;
// its methods serialize themselves.
type Session struct {
	mu       sync.Mutex
	src      afero.Fs // in-memory site the build reads
	in       Input
	theme    string // theme name: the base name of in.ThemeDir
	sites    *hugolib.HugoSites
	built    bool
	warnings *warningLog
	// pages is how many pages Hugo knew after the last build that could
	// add or remove one. Counting sorts every page, which would cost as
	// much as the rest of a one-file rebuild.
	pages int

	// pageOf is the URL path of each content file's page, by in-memory
	// name.
	pageOf map[string]string

	// Fast render only: the pages asked for recently, by URL path, and the
	// generated files changed since Hugo last saw them, by in-memory name,
	// whose pages nobody has asked for since.
	visited *types.EvictingQueue[string]
	held    map[string]change
	// linked are the generated content files, by in-memory name, that
	// Hugo has with render: link, because no tab has asked for their
	// pages (fastrender.go).
	linked map[string]bool
}

// recentPages is how many recently asked-for pages a fast-render session
// keeps up to date on every change, as Hugo's own server does.
const recentPages = 10

// Open prepares a session: it copies the theme, the hand-written pages and
// the generated files into memory and loads Hugo's configuration. It does
// not build; call Build.
func Open(in Input) (*Session, error) {
	if in.OutDir == "" {
		return nil, errors.New("hugosite: no output folder")
	}
	if in.ThemeDir == "" {
		return nil, errors.New("hugosite: no theme folder")
	}
	if len(in.Config.Languages) == 0 {
		return nil, errors.New("hugosite: no languages")
	}
	out, err := filepath.Abs(in.OutDir)
	if err != nil {
		return nil, fmt.Errorf("hugosite: output folder: %w", err)
	}
	in.OutDir = out
	s := &Session{src: afero.NewMemMapFs(), in: in, theme: filepath.Base(in.ThemeDir), warnings: &warningLog{}}
	if in.FastRender {
		s.visited = types.NewEvictingQueue[string](recentPages)
		s.held = map[string]change{}
		s.linked = map[string]bool{}
	}
	if err := s.assemble(); err != nil {
		return nil, err
	}
	if err := s.newSites(); err != nil {
		return nil, err
	}
	return s, nil
}

// assemble fills the in-memory site: config, theme, hand-written pages,
// generated files.
func (s *Session) assemble() error {
	cfg, err := hugoConfig(s.in.Config, s.theme)
	if err != nil {
		return err
	}
	if err := s.write("hugo.json", cfg); err != nil {
		return err
	}
	if err := copyTree(s.src, s.in.ThemeDir, path.Join(siteRoot, themesDir, s.theme), nil); err != nil {
		return fmt.Errorf("hugosite: theme: %w", err)
	}
	if s.in.ContentDir != "" {
		if err := copyTree(s.src, s.in.ContentDir, path.Join(siteRoot, contentDir), checkHandWritten); err != nil {
			return fmt.Errorf("hugosite: hand-written pages: %w", err)
		}
	}
	for _, name := range sortedKeys(s.in.Files) {
		if err := checkRelPath(name); err != nil {
			return err
		}
		if exists(s.src, path.Join(siteRoot, name)) {
			return fmt.Errorf("hugosite: generated file %s would replace a hand-written or theme file", name)
		}
		if err := s.write(name, s.unseen(path.Join(siteRoot, name), s.in.Files[name])); err != nil {
			return err
		}
	}
	return nil
}

func (s *Session) write(name string, data []byte) error {
	full := path.Join(siteRoot, name)
	if err := s.src.MkdirAll(path.Dir(full), 0o755); err != nil {
		return err
	}
	return afero.WriteFile(s.src, full, data, 0o644)
}

// newSites loads the configuration and creates Hugo's sites. Hugo reads only
// the environment given here (none of the process's HUGO_* variables), so a
// build depends on its input alone.
func (s *Session) newSites() error {
	flags := config.New()
	flags.Set("workingDir", siteRoot)
	flags.Set("publishDir", s.in.OutDir)
	// Watch mode keeps the dependency graph that partial rebuilds need.
	flags.Set("internal", map[string]any{"watch": true, "fastRenderMode": s.in.FastRender})
	logger := loggers.New(loggers.Options{
		Level:         logg.LevelWarn,
		StdOut:        s.warnings,
		StdErr:        s.warnings,
		DistinctLevel: logg.LevelWarn,
		HandlerPost:   s.warnings.record,
	})
	configs, err := allconfig.LoadConfig(allconfig.ConfigSourceDescriptor{
		Fs:          s.src,
		Flags:       flags,
		Logger:      logger,
		Environment: "production",
		Environ:     []string{"ALUR=1"}, // non-empty, or Hugo falls back to os.Environ
	})
	if err != nil {
		return fmt.Errorf("hugosite: config: %w", err)
	}
	out := overwriteFs{afero.NewOsFs()}
	if err := out.MkdirAll(s.in.OutDir, 0o755); err != nil {
		return fmt.Errorf("hugosite: output folder: %w", err)
	}
	fsys := hugofs.NewFromSourceAndDestination(s.src, out, flags)
	sites, err := hugolib.NewHugoSites(deps.DepsCfg{
		Configs: configs, Fs: fsys,
		// Despite its name, TestLogger is Hugo's only way to hand it a logger.
		TestLogger: logger, StdOut: s.warnings, StdErr: s.warnings, LogLevel: logg.LevelWarn,
	})
	if err != nil {
		return fmt.Errorf("hugosite: %w", err)
	}
	s.sites = sites
	return nil
}

// Build renders the whole site.
func (s *Session) Build(ctx context.Context) (Stats, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	stats, err := s.build(ctx, nil)
	if err == nil {
		s.built = true
		err = s.copyStatic()
	}
	return stats, err
}

// copyStatic copies the theme's static/ folder (the favicon) into the
// output, as the hugo command does and hugolib does not.
func (s *Session) copyStatic() error {
	static := filepath.Join(s.in.ThemeDir, "static")
	if _, err := os.Stat(static); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return fs.WalkDir(os.DirFS(static), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(filepath.Join(static, p))
		if err != nil {
			return err
		}
		dst := filepath.Join(s.in.OutDir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
}

// SetFiles replaces the generated files with files and rebuilds what
// changed: files that are new, gone, or whose bytes differ. Hand-written and
// theme files are left alone. With no differences nothing is rebuilt.
//
// Hugo never deletes what it wrote: the page of a removed file stays in
// OutDir until a fresh Build into an empty folder.
func (s *Session) SetFiles(ctx context.Context, files map[string][]byte) (Stats, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var changes []change
	for _, name := range sortedKeys(files) {
		if err := checkRelPath(name); err != nil {
			return Stats{}, err
		}
		old, had := s.in.Files[name]
		if had && string(old) == string(files[name]) {
			continue
		}
		changes = append(changes, change{name: path.Join(siteRoot, name), data: files[name]})
	}
	var gone []string // URL paths of the pages of removed files
	for _, name := range sortedKeys(s.in.Files) {
		if _, keep := files[name]; !keep {
			c := change{name: path.Join(siteRoot, name)}
			changes = append(changes, c)
			if url, ok := s.pageOf[c.name]; ok {
				gone = append(gone, url)
			}
		}
	}
	s.in.Files = files
	stats, err := s.rebuild(ctx, s.hold(changes))
	if err != nil {
		return stats, err
	}
	return stats, s.unpublish(gone)
}

// unpublish removes the rendered pages at urls from the output folder.
// Hugo never deletes what it wrote, and a session writes into the same
// folder for its whole life, so without this a removed office's pages
// would still be served.
func (s *Session) unpublish(urls []string) error {
	if len(urls) == 0 {
		return nil
	}
	root, err := os.OpenRoot(s.in.OutDir)
	if err != nil {
		return fmt.Errorf("hugosite: %w", err)
	}
	defer root.Close()
	for _, url := range urls {
		name := path.Join(strings.TrimPrefix(url, "/"), "index.html")
		if err := root.Remove(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("hugosite: remove the page of a removed file: %w", err)
		}
		// Folders emptied by this go too; one that still holds other
		// pages stays (Remove refuses a folder that is not empty).
		for dir := path.Dir(name); dir != "."; dir = path.Dir(dir) {
			if root.Remove(dir) != nil {
				break
			}
		}
	}
	return nil
}

// Rebuild re-reads files that changed on disk under the theme folder or the
// hand-written pages folder (paths as a file watcher reports them, absolute or
// relative to the working directory) and rebuilds what they touch. A path
// that no longer exists is treated as removed.
func (s *Session) Rebuild(ctx context.Context, changed []string) (Stats, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var changes []change
	for _, p := range changed {
		target, err := s.memPath(p)
		if err != nil {
			return Stats{}, err
		}
		data, err := os.ReadFile(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			changes = append(changes, change{name: target})
		case err != nil:
			return Stats{}, err
		default:
			if strings.HasPrefix(target, path.Join(siteRoot, contentDir)+"/") {
				if err := checkHandWritten(p, data); err != nil {
					return Stats{}, err
				}
			}
			changes = append(changes, change{name: target, data: data})
		}
	}
	return s.rebuild(ctx, changes)
}

// change is a file of the in-memory site to write, or to remove when data
// is nil.
type change struct {
	name string
	data []byte
}

// apply makes the change in memory and returns the event that tells Hugo.
func (s *Session) apply(c change) (fsnotify.Event, error) {
	ev := fsnotify.Event{Name: c.name, Op: fsnotify.Write}
	if c.data == nil {
		ev.Op = fsnotify.Remove
		delete(s.linked, c.name)
		if err := s.src.Remove(c.name); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return ev, err
		}
		return ev, nil
	}
	if !exists(s.src, c.name) {
		ev.Op = fsnotify.Create
	}
	if err := s.src.MkdirAll(path.Dir(c.name), 0o755); err != nil {
		return ev, err
	}
	return ev, afero.WriteFile(s.src, c.name, s.unseen(c.name, c.data), 0o644)
}

// memPath maps a path on disk to its copy in memory.
func (s *Session) memPath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	roots := []struct{ disk, mem string }{
		{s.in.ThemeDir, path.Join(siteRoot, themesDir, s.theme)},
		{s.in.ContentDir, path.Join(siteRoot, contentDir)},
	}
	for _, r := range roots {
		if r.disk == "" {
			continue
		}
		root, err := filepath.Abs(r.disk)
		if err != nil {
			return "", err
		}
		if rel, err := filepath.Rel(root, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return path.Join(r.mem, filepath.ToSlash(rel)), nil
		}
	}
	return "", fmt.Errorf("hugosite: %s is outside the theme and the hand-written pages", p)
}

// maxOneByOne is how many changed files a rebuild feeds Hugo one at a time
// before a full render is cheaper. Measured at Kota Malang's size (57
// offices, about 600 pages): one changed file costs about 90 ms, a full
// render about 900 ms.
var maxOneByOne = 8

// rebuild writes each change to memory and hands Hugo one changed file per
// build. Hugo 0.165 re-renders only
// the first of several content files changed in the same build (reproduced
// with Hugo's own integration test builder: three sibling pages edited
// together, two keep their old output), so a batch of events is not safe.
// Past maxOneByOne files, everything is re-rendered instead.
func (s *Session) rebuild(ctx context.Context, changes []change) (Stats, error) {
	if !s.built {
		return Stats{}, errors.New("hugosite: rebuild before the first build")
	}
	if len(changes) == 0 {
		return Stats{Pages: s.pages}, nil
	}
	if len(changes) > maxOneByOne {
		return s.renderAfresh(ctx, changes)
	}
	var total Stats
	for _, c := range changes {
		if err := ctx.Err(); err != nil {
			return total, err // Hugo would not be told of a change applied now
		}
		e, err := s.apply(c)
		if err != nil {
			return total, err
		}
		st, err := s.build(ctx, []fsnotify.Event{e})
		total.add(st)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

// renderAfresh applies the changes and renders the whole site with new Hugo
// sites: a second full Build of the same sites would not re-read the
// content.
func (s *Session) renderAfresh(ctx context.Context, changes []change) (Stats, error) {
	for _, c := range s.held {
		changes = append(changes, c)
	}
	clear(s.held)
	for _, c := range changes {
		if _, err := s.apply(c); err != nil {
			return Stats{}, err
		}
	}
	if err := s.sites.Close(); err != nil {
		return Stats{}, fmt.Errorf("hugosite: %w", err)
	}
	if err := s.newSites(); err != nil {
		return Stats{}, err
	}
	return s.build(ctx, nil)
}

// build runs Hugo. Hugo's build cannot be interrupted, so ctx is checked
// only before it starts.
func (s *Session) build(ctx context.Context, events []fsnotify.Event) (Stats, error) {
	if err := ctx.Err(); err != nil {
		return Stats{}, err
	}
	s.warnings.reset()
	start := time.Now()
	err := s.sites.Build(hugolib.BuildCfg{NoBuildLock: true, RecentlyTouched: s.touched()}, events...)
	stats := Stats{Elapsed: time.Since(start), Warnings: s.warnings.take()}
	if err != nil {
		return stats, fmt.Errorf("hugosite: build: %w", err)
	}
	if reshapes(events) {
		s.pages = s.pageCount()
		s.indexPages()
	}
	stats.Pages = s.pages
	return stats, nil
}

// touched is the queue of pages a build renders in fast-render mode: a copy
// of the pages asked for recently. Hugo adds to the queue it is handed the
// pages of the files a build is given, both languages of each (its own
// server does so that a page it rebuilt is not rendered again when
// visited). Added to s.visited, they would make the other language of an
// edited page look open: its changes would no longer be held, and every
// edit would cost a second build. The copy has room for them, so none of
// the pages asked for is evicted from it.
func (s *Session) touched() *types.EvictingQueue[string] {
	if s.visited == nil {
		return nil
	}
	asked := s.visited.PeekAll() // newest first
	q := types.NewEvictingQueue[string](len(asked) + s.pages + recentPages)
	for _, url := range slices.Backward(asked) {
		q.Add(url)
	}
	return q
}

// reshapes reports whether a build for events can add or remove pages: a
// whole build, or files created or removed. A file written in place keeps
// its page (a hand-written page newly marked draft is the exception; it
// stays counted until the next such build).
func reshapes(events []fsnotify.Event) bool {
	if events == nil {
		return true
	}
	for _, e := range events {
		if !e.Has(fsnotify.Write) || e.Has(fsnotify.Create) || e.Has(fsnotify.Remove) || e.Has(fsnotify.Rename) {
			return true
		}
	}
	return false
}

// indexPages records which page each content file makes, so fast render
// can tell whether a changed file's page was asked for, and a removed
// file's page can be taken down.
func (s *Session) indexPages() {
	s.pageOf = map[string]string{}
	for _, site := range s.sites.Sites {
		for _, p := range site.Pages() {
			if f := p.File(); f != nil {
				s.pageOf[filepath.ToSlash(f.Filename())] = p.RelPermalink()
			}
		}
	}
}

func (s *Session) pageCount() int {
	n := 0
	for _, site := range s.sites.Sites {
		n += len(site.Pages())
	}
	return n
}

// Close releases Hugo's resources.
func (s *Session) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sites == nil {
		return nil
	}
	err := s.sites.Close()
	s.sites = nil
	return err
}
