package preview

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// State is what every open tab is told: the generation of the last good
// build, and the problems keeping the next one from being built.
type State struct {
	Gen int `json:"gen"`
	// Extras counts the search indexes, kiosks and data files made; kiosk
	// and search pages reload when it grows (see extras.go).
	Extras   int      `json:"extras"`
	Title    string   `json:"title,omitempty"`
	Hint     string   `json:"hint,omitempty"`
	Problems []string `json:"problems,omitempty"` // as alur check prints them: path:line:col: galat: ...
}

// hub holds the current state and hands every change to the tabs
// listening. A slow tab only ever misses intermediate states, never the
// latest.
type hub struct {
	mu     sync.Mutex
	state  State
	subs   map[chan State]struct{}
	closed chan struct{}
}

func newHub() *hub { return &hub{subs: map[chan State]struct{}{}, closed: make(chan struct{})} }

// set replaces the state, keeping its count of extras, and tells every
// listener.
func (h *hub) set(s State) {
	h.update(func(st *State) {
		s.Extras = st.Extras
		*st = s
	})
}

func (h *hub) current() State {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.state
}

// update changes the state with change and tells every listener.
func (h *hub) update(change func(*State)) {
	h.mu.Lock()
	defer h.mu.Unlock()
	change(&h.state)
	s := h.state
	for ch := range h.subs {
		select {
		case <-ch: // drop the state it has not read yet
		default:
		}
		ch <- s
	}
}

// subscribe returns a channel that first holds the current state.
func (h *hub) subscribe() (<-chan State, func()) {
	ch := make(chan State, 1)
	h.mu.Lock()
	h.subs[ch] = struct{}{}
	ch <- h.state
	h.mu.Unlock()
	return ch, func() {
		h.mu.Lock()
		delete(h.subs, ch)
		h.mu.Unlock()
	}
}

// close ends every stream, so a graceful shutdown does not wait for tabs.
func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	select {
	case <-h.closed:
	default:
		close(h.closed)
	}
}

// Paths the preview adds. The production server never serves paths with a
// segment starting with "_", so none of these can shadow a page.
const (
	eventsPath  = "/_preview/events"
	scriptPath  = "/_preview/reload.js"
	overlayPath = "/_preview/overlay.css"
)

//go:embed assets
var assets embed.FS

// events streams the state to a tab as server-sent events: plain HTTP,
// same origin, so the site's Content-Security-Policy allows it.
func (h *hub) events(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	// The stream lives as long as the tab; the server's write timeout is
	// for pages.
	rc.SetWriteDeadline(time.Time{})
	hd := w.Header()
	hd.Set("Content-Type", "text/event-stream")
	hd.Set("Cache-Control", "no-store")
	// A tab that lost the stream (the preview restarted) retries quickly.
	fmt.Fprint(w, "retry: 500\n\n")
	ch, cancel := h.subscribe()
	defer cancel()
	for {
		select {
		case s := <-ch:
			data, _ := json.Marshal(s) // a State always marshals
			if _, err := fmt.Fprintf(w, "event: state\ndata: %s\n\n", data); err != nil {
				return
			}
			if err := rc.Flush(); err != nil {
				return
			}
		case <-r.Context().Done():
			return
		case <-h.closed:
			return
		}
	}
}

// assetsVersion names this binary's assets. Pages ask for them with it
// (reload.js asks for overlay.css with its own query), so a tab keeps them
// for good and a reload after a save fetches only the page.
var assetsVersion = func() string {
	h := sha256.New()
	for _, name := range []string{"reload.js", "overlay.css"} {
		data, err := assets.ReadFile("assets/" + name)
		if err != nil {
			panic(err) // embedded: cannot happen
		}
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}()

func serveAsset(name, ctype string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		data, err := assets.ReadFile("assets/" + name)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", ctype)
		if r.URL.Query().Get("v") == assetsVersion {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			w.Header().Set("Cache-Control", "no-store")
		}
		w.Write(data)
	}
}

// scriptTag is what the preview adds to each HTML page. The page carries
// the generation it was built at, so a tab that connects after a rebuild
// it missed still reloads.
func scriptTag(m marks) []byte {
	return []byte(`<script src="` + scriptPath + `?v=` + assetsVersion + `" data-gen="` + strconv.Itoa(m.gen) +
		`" data-extras="` + strconv.Itoa(m.extras) + `" defer></script>`)
}

// marks are the generations a page is served at: of the pages, and of the
// extras (search index, kiosks, data files).
type marks struct{ gen, extras int }

// injectScript puts tag before the page's last </body>, or at its end.
func injectScript(page, tag []byte) []byte {
	i := bytes.LastIndex(bytes.ToLower(page), []byte("</body>"))
	if i < 0 {
		return append(page[:len(page):len(page)], tag...)
	}
	out := make([]byte, 0, len(page)+len(tag))
	out = append(out, page[:i]...)
	out = append(out, tag...)
	return append(out, page[i:]...)
}

// withReload adds the reload script to HTML responses of site on the fly:
// it is never written into a build. Requests are made unconditional and
// uncompressed, so every page arrives whole and can be edited. Nothing is
// stored by the browser but files whose names carry their content's hash
// (the site's stylesheet and scripts): a reload after a save then fetches
// the page alone.
func withReload(site http.Handler, now func() marks) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			site.ServeHTTP(w, r)
			return
		}
		r = r.Clone(r.Context())
		for _, h := range []string{"Accept-Encoding", "If-None-Match", "If-Modified-Since", "Range"} {
			r.Header.Del(h)
		}
		iw := &injector{ResponseWriter: w, marks: now()}
		site.ServeHTTP(iw, r)
		iw.finish()
	})
}

// injector holds back an HTML body to add the script to it; anything else
// passes through.
type injector struct {
	http.ResponseWriter
	marks       marks
	wroteHeader bool
	status      int
	html        *bytes.Buffer
}

func (w *injector) WriteHeader(code int) {
	if w.wroteHeader {
		return
	}
	w.wroteHeader = true
	h := w.Header()
	// A preview page is never stored: the next look must be the next build.
	// A file the site calls immutable has its content's hash in its name.
	if !strings.Contains(h.Get("Cache-Control"), "immutable") {
		h.Set("Cache-Control", "no-store")
	}
	h.Del("ETag")
	if strings.HasPrefix(h.Get("Content-Type"), "text/html") {
		w.status, w.html = code, new(bytes.Buffer)
		return
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *injector) Write(p []byte) (int, error) {
	if !w.wroteHeader {
		w.WriteHeader(http.StatusOK)
	}
	if w.html != nil {
		return w.html.Write(p)
	}
	return w.ResponseWriter.Write(p)
}

func (w *injector) finish() {
	if w.html == nil {
		return
	}
	page := injectScript(w.html.Bytes(), scriptTag(w.marks))
	w.Header().Set("Content-Length", strconv.Itoa(len(page)))
	w.ResponseWriter.WriteHeader(w.status)
	w.ResponseWriter.Write(page)
}
