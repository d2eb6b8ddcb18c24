package preview

import (
	"bufio"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/server"
)

func TestInjectScript(t *testing.T) {
	tag := []byte("<script></script>")
	for page, want := range map[string]string{
		"<html><body><p>x</p></body></html>":   "<html><body><p>x</p><script></script></body></html>",
		"<HTML><BODY>x</BODY></HTML>":          "<HTML><BODY>x<script></script></BODY></HTML>",
		"<p>no body element</p>":               "<p>no body element</p><script></script>",
		"<body><pre></body></pre>x</body>tail": "<body><pre></body></pre>x<script></script></body>tail",
		"":                                     "<script></script>",
	} {
		if got := string(injectScript([]byte(page), tag)); got != want {
			t.Errorf("injectScript(%q) = %q, want %q", page, got, want)
		}
	}
}

// builtSite is a published-looking folder for the production server.
func builtSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range map[string]string{
		"index.html":    "<!doctype html><html><body><p>beranda</p></body></html>",
		"404.html":      "<!doctype html><html><body><p>tidak ada</p></body></html>",
		"css/situs.css": "body { margin: 0 auto; max-width: 40rem; font-family: system-ui, sans-serif; }",
		"css/situs.min.0123456789abcdef0123456789abcdef.css": "body { margin: 0; }",
		"katalog.json":   `{"kota": "Uji", "layanan": ["sktm", "domisili", "sktm", "domisili", "sktm"]}`,
		"kiosk/x/a.html": "<html><body>kiosk</body></html>",
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func siteServer(t *testing.T, wrap func(http.Handler) http.Handler) http.Handler {
	t.Helper()
	s, err := server.New(server.Config{Site: builtSite(t), Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Wrap: wrap})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s.Handler()
}

func TestReloadScriptOnlyInPreview(t *testing.T) {
	gen := 7
	preview := siteServer(t, func(h http.Handler) http.Handler { return withReload(h, func() marks { return marks{gen: gen} }) })
	production := siteServer(t, nil)

	get := func(h http.Handler, path string) *httptest.ResponseRecorder {
		r := httptest.NewRequest(http.MethodGet, path, nil)
		r.Header.Set("Accept-Encoding", "gzip")
		r.Header.Set("If-None-Match", "*")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}
	tag := string(scriptTag(marks{gen: 7}))
	for _, path := range []string{"/", "/tidak-ada/"} {
		w := get(preview, path)
		body := w.Body.String()
		if !strings.Contains(body, tag+"</body>") {
			t.Errorf("preview %s: no reload script before </body>: %q", path, body)
		}
		if w.Header().Get("Content-Length") != strconv.Itoa(len(body)) || w.Header().Get("Content-Encoding") != "" {
			t.Errorf("preview %s: Content-Length %q, Content-Encoding %q for %d bytes", path, w.Header().Get("Content-Length"), w.Header().Get("Content-Encoding"), len(body))
		}
		if w.Header().Get("Cache-Control") != "no-store" || w.Header().Get("ETag") != "" {
			t.Errorf("preview %s: Cache-Control %q, ETag %q", path, w.Header().Get("Cache-Control"), w.Header().Get("ETag"))
		}
		if strings.Contains(get(production, path).Body.String(), "_preview") {
			t.Errorf("production %s carries the reload script", path)
		}
	}
	if got := get(preview, "/").Code; got != http.StatusOK {
		t.Errorf("preview answered a conditional request with %d: pages must arrive whole", got)
	}
	for _, path := range []string{"/css/situs.css", "/katalog.json"} {
		w := get(preview, path)
		if strings.Contains(w.Body.String(), "_preview") || w.Code != http.StatusOK {
			t.Errorf("preview %s: status %d, body %q", path, w.Code, w.Body)
		}
		if cc := w.Header().Get("Cache-Control"); cc != "no-store" {
			t.Errorf("preview %s: Cache-Control %q: a file that changes in place must not be stored", path, cc)
		}
	}
	// A reload after a save fetches the page alone: what has its content's
	// hash in its name is kept.
	if cc := get(preview, "/css/situs.min.0123456789abcdef0123456789abcdef.css").Header().Get("Cache-Control"); !strings.Contains(cc, "immutable") {
		t.Errorf("preview: fingerprinted stylesheet has Cache-Control %q", cc)
	}
}

// The reload script and the overlay's stylesheet are kept by the browser
// when asked for with this binary's version, and only then.
func TestPreviewAssetsCachedByVersion(t *testing.T) {
	for _, c := range []struct {
		path, want string
	}{
		{scriptPath + "?v=" + assetsVersion, "immutable"},
		{overlayPath + "?v=" + assetsVersion, "immutable"},
		{scriptPath, "no-store"},
		{overlayPath + "?v=0000", "no-store"},
	} {
		w := httptest.NewRecorder()
		name := strings.TrimPrefix(strings.SplitN(c.path, "?", 2)[0], "/_preview/")
		serveAsset(name, "text/plain")(w, httptest.NewRequest(http.MethodGet, c.path, nil))
		if cc := w.Header().Get("Cache-Control"); w.Code != http.StatusOK || !strings.Contains(cc, c.want) {
			t.Errorf("%s: status %d, Cache-Control %q; want %q", c.path, w.Code, cc, c.want)
		}
	}
	if tag := string(scriptTag(marks{})); !strings.Contains(tag, scriptPath+"?v="+assetsVersion) {
		t.Errorf("script tag %s does not ask for this version", tag)
	}
}

func TestHubGivesLatestState(t *testing.T) {
	h := newHub()
	h.set(State{Gen: 1})
	ch, cancel := h.subscribe()
	defer cancel()
	if s := <-ch; s.Gen != 1 {
		t.Fatalf("first state gen %d, want the current 1", s.Gen)
	}
	// A listener that has not read keeps only the newest state.
	h.set(State{Gen: 2})
	h.set(State{Gen: 2, Problems: []string{"x.yaml:1:1: galat: rusak"}})
	s := <-ch
	if s.Gen != 2 || len(s.Problems) != 1 {
		t.Fatalf("got %+v, want gen 2 with the problem", s)
	}
	select {
	case s := <-ch:
		t.Fatalf("stale state %+v delivered", s)
	default:
	}
}

func TestEventStream(t *testing.T) {
	h := newHub()
	h.set(State{Gen: 3})
	mux := http.NewServeMux()
	mux.HandleFunc(eventsPath, h.events)
	ts := httptest.NewServer(mux)
	defer ts.Close()
	defer h.close()

	events := openEvents(t, ts.URL)
	if s := events.next(t); s.Gen != 3 {
		t.Fatalf("first event %+v, want gen 3", s)
	}
	h.set(State{Gen: 3, Problems: []string{"services/a.yaml:2:5: galat: x"}})
	if s := events.next(t); len(s.Problems) != 1 || s.Problems[0] != "services/a.yaml:2:5: galat: x" {
		t.Fatalf("second event %+v", s)
	}
	h.close()
	if rest, err := io.ReadAll(events.r); err != nil || strings.TrimSpace(string(rest)) != "" {
		t.Fatalf("stream after close: %q, %v; want its end", rest, err)
	}
}

// eventReader reads a server-sent event stream as a browser would.
type eventReader struct {
	resp *http.Response
	r    *bufio.Reader
}

func openEvents(t testing.TB, base string) *eventReader {
	t.Helper()
	resp, err := http.Get(base + eventsPath)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("Content-Type %q", ct)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return &eventReader{resp: resp, r: bufio.NewReader(resp.Body)}
}

// next returns the next state event, failing after a generous wait.
func (e *eventReader) next(t testing.TB) State {
	t.Helper()
	type result struct {
		s   State
		err error
	}
	res := make(chan result, 1)
	go func() {
		event := ""
		for {
			line, err := e.r.ReadString('\n')
			if err != nil {
				res <- result{err: err}
				return
			}
			line = strings.TrimRight(line, "\n")
			switch {
			case strings.HasPrefix(line, "event: "):
				event = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: ") && event == "state":
				var s State
				err := json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &s)
				res <- result{s, err}
				return
			}
		}
	}()
	select {
	case r := <-res:
		if r.err != nil {
			t.Fatal(r.err)
		}
		return r.s
	case <-time.After(60 * time.Second):
		t.Fatal("no event")
		return State{}
	}
}
