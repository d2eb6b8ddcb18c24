package server

import (
	"bytes"
	"encoding/json"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/tools/txtar"
)

// fixture is a publisher's folder: builds under builds/<id>, and public, a
// symlink to the current one, swapped by rename as the publisher does.
type fixture struct {
	t    *testing.T
	dir  string
	site string
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	dir := t.TempDir()
	return &fixture{t: t, dir: dir, site: filepath.Join(dir, "public")}
}

func (f *fixture) buildDir(id string) string { return filepath.Join(f.dir, "builds", id) }

// writeBuild writes testdata/build.txtar as build id and returns its folder.
func (f *fixture) writeBuild(id string) string {
	f.t.Helper()
	ar, err := txtar.ParseFile("testdata/build.txtar")
	if err != nil {
		f.t.Fatal(err)
	}
	dir := f.buildDir(id)
	for _, file := range ar.Files {
		writeFile(f.t, filepath.Join(dir, file.Name), bytes.ReplaceAll(file.Data, []byte("BUILD"), []byte(id)))
	}
	return dir
}

// publish points public at build id atomically.
func (f *fixture) publish(id string) {
	f.t.Helper()
	tmp := f.site + ".new"
	if err := os.Symlink(filepath.Join("builds", id), tmp); err != nil {
		f.t.Fatal(err)
	}
	if err := os.Rename(tmp, f.site); err != nil {
		f.t.Fatal(err)
	}
}

func writeFile(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// newServer serves the fixture with a fast poll and a quiet log.
func (f *fixture) newServer(cfg Config) *Server {
	f.t.Helper()
	cfg.Site = f.site
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewJSONHandler(io.Discard, nil))
	}
	if cfg.Poll == 0 {
		cfg.Poll = 5 * time.Millisecond
	}
	s, err := New(cfg)
	if err != nil {
		f.t.Fatal(err)
	}
	f.t.Cleanup(func() { s.Close() })
	return s
}

// newRequest makes a request with header name, value pairs.
func newRequest(method, target string, header ...string) *http.Request {
	r := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	return r
}

func serve(h http.Handler, r *http.Request) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// get sends a GET to h and returns the recorded response.
func get(h http.Handler, target string, header ...string) *httptest.ResponseRecorder {
	return serve(h, newRequest(http.MethodGet, target, header...))
}

var buildMark = regexp.MustCompile(`build=([a-z0-9-]+)`)

// buildOf returns the build a body names, failing if it names none or
// several.
func buildOf(t *testing.T, body string) string {
	t.Helper()
	marks := buildMark.FindAllStringSubmatch(body, -1)
	if len(marks) == 0 {
		t.Fatalf("body names no build: %.200q", body)
	}
	for _, m := range marks[1:] {
		if m[1] != marks[0][1] {
			t.Fatalf("body mixes builds %s and %s", marks[0][1], m[1])
		}
	}
	return marks[0][1]
}

// waitFor polls cond until it holds or a generous deadline passes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// fakeSearch stands in for internal/search: it remembers which index
// folder it was swapped to and splices the query into the page shell.
type fakeSearch struct {
	mu     sync.Mutex
	dirs   []string
	closed bool

	// When set, API requests signal entered and wait for release.
	entered, release chan struct{}
}

func (f *fakeSearch) Swap(dir string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.dirs = append(f.dirs, dir)
	return nil
}

func (f *fakeSearch) current() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.dirs[len(f.dirs)-1]
}

func (f *fakeSearch) APIHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if f.entered != nil {
			f.entered <- struct{}{}
			<-f.release
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]string{"q": r.URL.Query().Get("q"), "index": f.current()})
	})
}

func (f *fakeSearch) PageHandler(shell func(lang string) ([]byte, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		lang := "id"
		if strings.HasPrefix(r.URL.Path, "/en/") {
			lang = "en"
		}
		page, err := shell(lang)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(bytes.Replace(page, []byte("<!--alur:hasil-->"), []byte("hasil:"+html.EscapeString(r.URL.Query().Get("q"))), 1))
	})
}

func (f *fakeSearch) Close() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.closed = true
	return nil
}

// openFake returns an OpenSearch that opens fs, swapped to dir.
func openFake(fs *fakeSearch) func(string) (Search, error) {
	return func(dir string) (Search, error) {
		fs.Swap(dir)
		return fs, nil
	}
}
