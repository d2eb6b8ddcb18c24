package web

import (
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/store"
)

// Where residents' feedback and survey answers go. The server lets POST
// reach these paths only (internal/server's guard), with MaxBody. Each
// page path is also served under EnglishPrefix, in English.
const (
	// FeedbackPath takes the page forms: "Apakah halaman ini membantu?"
	// and "Laporkan masalah", as plain POSTs that redirect to a thank-you
	// page (FeedbackThanks).
	FeedbackPath = "/umpan-balik/"
	// SurveyPrefix is the satisfaction survey: /survei/<office>/ asks,
	// /survei/<office>/hasil/ publishes the office's current index,
	// /survei/<office>/poster/ is the printable QR code. /survei/ itself
	// is the build's list of offices (and the page shell).
	SurveyPrefix = flow.SurveyPrefix
	// APIPrefix takes the same as JSON, from pages with JavaScript and
	// from kiosks that queue while offline: FeedbackAPI, SurveyAPI.
	APIPrefix = "/api/v1/"
	// MaxBody bounds a form's body: 1,000 characters of text, percent-
	// encoded, and the rest of the form fit well inside.
	MaxBody = 32 << 10
	// EnglishPrefix puts a page in English: /en/survei/<office>/.
	EnglishPrefix = "/en"
)

// The JSON endpoints and the thank-you page of the feedback forms.
const (
	FeedbackAPI    = APIPrefix + "umpan-balik"
	SurveyAPI      = APIPrefix + "survei"
	FeedbackThanks = FeedbackPath + "terima-kasih/"
)

// SurveyPath is an office's survey; ResultPath its published result;
// PosterPath its printable poster.
func SurveyPath(office string) string { return SurveyPrefix + office + "/" }

// ResultPath is where an office's survey result is published.
func ResultPath(office string) string { return SurveyPath(office) + "hasil/" }

// PosterPath is an office's printable survey poster.
func PosterPath(office string) string { return SurveyPath(office) + "poster/" }

// Site is what the resident handlers need from the build serving a
// request (the server provides it).
type Site interface {
	// Directory lists the build's offices, services and requirements.
	Directory(r *http.Request) (*layout.Directory, error)
	// Page reads a published file of the build, e.g. "cari/index.html".
	Page(r *http.Request, name string) ([]byte, error)
}

// Hear answers residents' feedback and survey answers and publishes each
// office's survey result from the data.
type Hear struct {
	DB   *store.DB
	Site Site
	Log  *slog.Logger
	Now  func() time.Time // default time.Now
	// PerClient is how many submissions one client address may send per
	// minute after a burst of 30: 0 is the default (15), a negative
	// number no limit (behind a proxy that limits, or in a load test).
	PerClient int
}

// hear is a Hear at work: the abuse guards live as long as its handler.
type hear struct {
	*Hear
	limit *limiter
	seen  *recent
}

// Handler serves FeedbackPath, SurveyPrefix and APIPrefix, and the same
// pages under EnglishPrefix.
func (h *Hear) Handler() http.Handler {
	hh := &hear{Hear: h, limit: newLimiter(h.PerClient), seen: newRecent(dedupWindow)}
	if hh.Log == nil {
		hh.Log = slog.Default()
	}
	if hh.Now == nil {
		hh.Now = time.Now
	}
	return http.HandlerFunc(hh.serve)
}

func (h *hear) serve(w http.ResponseWriter, r *http.Request) {
	lang, path := locale.ID, r.URL.Path
	if rest, ok := strings.CutPrefix(path, EnglishPrefix+"/"); ok {
		lang, path = locale.EN, "/"+rest
	}
	switch {
	case path == FeedbackAPI:
		h.feedbackAPI(w, r)
	case path == SurveyAPI:
		h.surveyAPI(w, r)
	case path == FeedbackPath:
		h.feedbackForm(w, r, lang)
	case path == FeedbackThanks:
		h.feedbackThanks(w, r, lang)
	case path == SurveyPrefix:
		h.surveyIndex(w, r, lang)
	case strings.HasPrefix(path, SurveyPrefix):
		office, page, _ := strings.Cut(strings.TrimPrefix(path, SurveyPrefix), "/")
		h.survey(w, r, lang, office, page)
	default:
		h.notFound(w, r, lang)
	}
}

// Abuse guards: a token bucket per client and a window in which the same
// content from the same client is kept once.
const (
	bucketSize  = 30               // submissions in a burst (a kiosk sending its queue)
	bucketEvery = 4 * time.Second  // one more allowed per interval after that
	dedupWindow = 10 * time.Minute // the same content from the same client is kept once
)

// client names who sent a request for the abuse guards: its address
// without the port.
func client(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// sameOrigin refuses a POST another site's page made: browsers send
// Origin with every POST, and a resident's own page has ours.
func sameOrigin(r *http.Request) bool {
	o := r.Header.Get("Origin")
	if o == "" || o == "null" {
		return o == ""
	}
	u, err := url.Parse(o)
	return err == nil && u.Host == r.Host
}

// newID makes an id for a record the server keeps for a page without
// JavaScript (a survey form carries it, so sending it twice keeps it once).
func newID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return "s-" + hex.EncodeToString(b)
}

// directory is the build's directory, or an answer that there is none.
func (h *hear) directory(w http.ResponseWriter, r *http.Request) (*layout.Directory, bool) {
	d, err := h.Site.Directory(r)
	if err != nil {
		h.Log.Error("directory unreadable", "err", err.Error())
		http.Error(w, locale.Get("dengar.tidak-siap").Both(), http.StatusServiceUnavailable)
		return nil, false
	}
	return d, true
}

// shell reads the page shell of lang.
func (h *hear) shell(r *http.Request, lang locale.Lang) ([]byte, error) {
	name := "survei/index.html"
	if lang == locale.EN {
		name = "en/" + name
	}
	return h.Site.Page(r, name)
}

// langPath puts a site path in lang.
func langPath(lang locale.Lang, path string) string {
	if lang == locale.EN {
		return EnglishPrefix + path
	}
	return path
}

// page writes a server-rendered page in the site's shell, compressed when
// the client takes gzip.
func (h *hear) page(w http.ResponseWriter, r *http.Request, lang locale.Lang, status int, p shellPage, cache string) {
	shell, err := h.shell(r, lang)
	if err != nil {
		h.Log.Error("survey page shell unavailable", "lang", string(lang), "err", err.Error())
		http.Error(w, locale.Get("dengar.tidak-siap").Both(), http.StatusServiceUnavailable)
		return
	}
	body := fillHearShell(shell, p)
	hd := w.Header()
	hd.Set("Content-Type", "text/html; charset=utf-8")
	hd.Set("Cache-Control", cache)
	hd.Add("Vary", "Accept-Encoding")
	if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		var zb bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&zb, gzip.BestCompression)
		zw.Write(body)
		zw.Close()
		hd.Set("Content-Encoding", "gzip")
		body = zb.Bytes()
	}
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

func (h *hear) notFound(w http.ResponseWriter, r *http.Request, lang locale.Lang) {
	h.message(w, r, lang, http.StatusNotFound, "dengar.tidak-ada", "dengar.tidak-ada-isi", "/", "dengar.beranda")
}

// message is a page saying one thing, with one link on: back, a site path
// (its English twin is under EnglishPrefix).
func (h *hear) message(w http.ResponseWriter, r *http.Request, lang locale.Lang, status int, title, text, back, backText string) {
	var b bytes.Buffer
	err := tmpl(lang).ExecuteTemplate(&b, "message", messageData{
		hearPage: hearPageFor(lang), Title: locale.T(lang, title), Text: locale.T(lang, text),
		Back: langPath(lang, back), BackText: locale.T(lang, backText),
	})
	if err != nil {
		h.Log.Error("message page", "err", err.Error())
	}
	alt := map[string]string{"id": back, "en": EnglishPrefix + back}
	h.page(w, r, lang, status, shellPage{Title: locale.T(lang, title), Body: b.Bytes(), Alternates: alt}, "no-store")
}

// alternates are a page's addresses in both languages, its query kept.
func alternates(r *http.Request, path string) map[string]string {
	q := ""
	if r.URL.RawQuery != "" {
		q = "?" + r.URL.RawQuery
	}
	return map[string]string{"id": path + q, "en": EnglishPrefix + path + q}
}

// allowMethods answers 405 to a method not in methods.
func allowMethods(w http.ResponseWriter, r *http.Request, methods ...string) bool {
	for _, m := range methods {
		if r.Method == m || (m == http.MethodGet && r.Method == http.MethodHead) {
			return true
		}
	}
	w.Header().Set("Allow", strings.Join(methods, ", "))
	http.Error(w, locale.Get("dengar.metode").Both(), http.StatusMethodNotAllowed)
	return false
}

// apiAnswer is what the JSON endpoints answer.
type apiAnswer struct {
	OK bool `json:"ok"`
	// Added is false when a record with the same id (or, from the web,
	// the same content) was already kept: a retry, which is delivered.
	Added bool `json:"added,omitempty"`
	// Error is the catalog key of a refusal; Message says it in Bahasa
	// Indonesia and English.
	Error   string `json:"error,omitempty"`
	Message string `json:"message,omitempty"`
}

func writeJSON(w http.ResponseWriter, status int, a apiAnswer) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(a)
}

func apiError(w http.ResponseWriter, status int, key string) {
	writeJSON(w, status, apiAnswer{Error: key, Message: locale.Get(key).Both()})
}

// readJSON decodes a JSON body into v, refusing unknown fields and bodies
// over MaxBody.
func readJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	if !allowMethods(w, r, http.MethodPost) {
		return false
	}
	if !sameOrigin(r) {
		apiError(w, http.StatusForbidden, "dengar.asal")
		return false
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, MaxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		apiError(w, http.StatusBadRequest, "dengar.rusak")
		return false
	}
	return true
}
