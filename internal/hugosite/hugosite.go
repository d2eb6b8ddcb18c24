// Package hugosite builds a static site with Hugo used as a Go library.
//
// It is the only package in alur that imports Hugo. Hugo has no stable Go API,
// so every call into it lives here, behind an API that speaks alur's terms:
// generated files, a theme folder, a folder of hand-written pages, a
// configuration and an output folder. A Hugo upgrade touches this package
// only.
//
// The site is assembled in memory: generated files, the theme and the
// hand-written pages are copied into an in-memory file system that Hugo reads,
// and Hugo writes the rendered site to the output folder on disk. Nothing
// outside the output folder is written: no build lock, no cache folder.
package hugosite

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/bep/logg"
	"github.com/spf13/afero"
)

// Where things live inside the in-memory source file system.
const (
	siteRoot   = "/alur-site"
	cacheDir   = "/alur-cache"
	contentDir = "content"
	themesDir  = "themes"
)

// Input is everything one build needs.
type Input struct {
	// Files are generated site files by slash-separated path relative to
	// the site root, for example "content/kelurahan/klojen/_index.md".
	Files map[string][]byte
	// ThemeDir is the theme folder on disk; its base name is the theme name.
	ThemeDir string
	// ContentDir holds hand-written pages on disk, laid over content/.
	// Optional. A hand-written page may not replace a generated one.
	ContentDir string
	Config     Config
	// OutDir is the folder the site is written to. It is created if missing;
	// files already in it are overwritten, never removed.
	OutDir string
	// FastRender is for a live preview: a session renders a page of Lazy
	// only once it is asked for with RenderPages, and re-renders only pages
	// asked for recently, so the first build and each edit cost the pages
	// someone looks at, not every page there is. Other pages in OutDir may
	// be stale or missing.
	FastRender bool
	// Lazy are the folders of generated content (slash paths such as
	// "content/kelurahan/") whose pages a fast-render session renders
	// only once asked for. Pages elsewhere render in the first build as
	// usual: a server may read them without a tab asking (a shell it
	// fills in, for example).
	Lazy []string
}

// Config is the part of Hugo's configuration alur sets.
type Config struct {
	BaseURL string
	Title   string
	// Languages in order; the first is the default and lives at the site
	// root, the others under /<code>/.
	Languages []Language
	TimeZone  string         // IANA name, for example Asia/Jakarta
	Params    map[string]any // site parameters the theme reads as site.Params
}

// Language is one language the site is built in.
type Language struct {
	Code string // BCP 47, used in URLs and lang attributes: "id", "en"
	Name string // the language's name in itself: "Bahasa Indonesia"
}

// Stats describes a finished build.
type Stats struct {
	Pages    int           // pages Hugo knows, all languages (including section and home pages)
	Elapsed  time.Duration // wall time of the Hugo build alone
	Warnings []string      // Hugo's warnings; a clean theme has none
}

// add counts st, a later build, into t: times and warnings add up, the
// page count is the latest.
func (t *Stats) add(st Stats) {
	t.Elapsed += st.Elapsed
	t.Warnings = append(t.Warnings, st.Warnings...)
	t.Pages = st.Pages
}

// hugoConfig writes Hugo's configuration as JSON. Everything not set here
// is Hugo's default.
func hugoConfig(c Config, theme string) ([]byte, error) {
	langs := map[string]any{}
	for i, l := range c.Languages {
		if l.Code == "" {
			return nil, errors.New("hugosite: a language without a code")
		}
		langs[l.Code] = map[string]any{
			"label":  l.Name,
			"locale": l.Code,
			"weight": i + 1,
			"title":  c.Title,
		}
	}
	tz := c.TimeZone
	if tz == "" {
		tz = "UTC"
	}
	cfg := map[string]any{
		"baseURL":                        c.BaseURL,
		"title":                          c.Title,
		"theme":                          theme,
		"themesDir":                      themesDir,
		"cacheDir":                       cacheDir,
		"noBuildLock":                    true,
		"timeZone":                       tz,
		"defaultContentLanguage":         c.Languages[0].Code,
		"defaultContentLanguageInSubdir": false,
		// No /id/ page redirecting to /: the default language lives at the root only.
		"disableDefaultLanguageRedirect": true,
		"languages":                      langs,
		"disableKinds":                   []string{"taxonomy", "term", "rss"},
		"enableRobotsTXT":                true,
		"params":                         c.Params,
		// Staff text arrives pre-rendered; hand-written pages must not carry raw HTML either.
		"markup": map[string]any{"goldmark": map[string]any{"renderer": map[string]any{"unsafe": false}}},
		// The sitemap lists pages only; a change frequency would be a guess.
		"sitemap": map[string]any{"filename": "sitemap.xml", "disable": false},
	}
	return json.MarshalIndent(cfg, "", "  ")
}

// copyTree copies the files under the disk folder dir into fsys at root.
// check, when not nil, may refuse a file, given its path on disk.
func copyTree(fsys afero.Fs, dir, root string, check func(name string, data []byte) error) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		target := path.Join(root, filepath.ToSlash(rel))
		if d.IsDir() {
			return fsys.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if check != nil {
			if err := check(p, data); err != nil {
				return err
			}
		}
		return afero.WriteFile(fsys, target, data, 0o644)
	})
}

// checkRelPath refuses generated paths that would escape the site root.
func checkRelPath(name string) error {
	if name == "" || path.IsAbs(name) || path.Clean(name) != name || name == ".." || strings.HasPrefix(name, "../") {
		return fmt.Errorf("hugosite: bad generated path %q", name)
	}
	return nil
}

func exists(fsys afero.Fs, name string) bool {
	_, err := fsys.Stat(name)
	return err == nil
}

func sortedKeys(m map[string][]byte) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// warningLog collects what Hugo logs at warning level and above.
type warningLog struct {
	mu   sync.Mutex
	msgs []string
}

func (w *warningLog) record(e *logg.Entry) error {
	if e.Level >= logg.LevelWarn {
		w.mu.Lock()
		w.msgs = append(w.msgs, e.Message)
		w.mu.Unlock()
	}
	return nil
}

// Write discards Hugo's formatted log lines: record keeps the messages.
func (w *warningLog) Write(p []byte) (int, error) { return len(p), nil }

func (w *warningLog) reset() {
	w.mu.Lock()
	w.msgs = nil
	w.mu.Unlock()
}

func (w *warningLog) take() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	msgs := w.msgs
	w.msgs = nil
	return msgs
}
