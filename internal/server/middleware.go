package server

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/staff"
	"github.com/alurlayanan/alur/internal/web"
)

// request is what one request is served from: the build current when it
// arrived, so every file, 404 page and search shell it reads comes from
// that one build even if a publish lands meanwhile.
type request struct {
	build    *build
	openRoot *os.Root
}

// root opens the build's folder on first use. Files are opened through it,
// so no name (.., symlinks) can reach outside the build.
func (q *request) root() (*os.Root, error) {
	if q.openRoot == nil {
		r, err := os.OpenRoot(q.build.dir)
		if err != nil {
			return nil, err
		}
		q.openRoot = r
	}
	return q.openRoot, nil
}

func (q *request) close() {
	if q.openRoot != nil {
		q.openRoot.Close()
	}
}

type requestKey struct{}

func requestOf(r *http.Request) *request { return r.Context().Value(requestKey{}).(*request) }

// withBuild pins the request to the current build.
func (s *Server) withBuild(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := &request{build: s.site.build()}
		defer q.close()
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestKey{}, q)))
	})
}

// accessLog writes one JSON line per request. The query string is left
// out: residents type names and NIK numbers into search.
func (s *Server) accessLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		s.log.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", rec.status),
			slog.Int64("bytes", rec.bytes),
			slog.Float64("ms", float64(time.Since(start).Microseconds())/1000),
			slog.String("build", requestOf(r).build.id),
		)
	})
}

// recorder notes the status and body size a handler wrote.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(p []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(p)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection (flushes, and
// deadlines for long-lived streams).
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// Content-Security-Policy for the site: nothing from elsewhere, no inline
// script or style, no plugins, no framing.
const sitePolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// kioskPolicy is stricter still: a lobby screen has no way out to other
// sites, so it loads nothing but its own scripts, styles, images and
// fetches (no frames, media or workers).
const kioskPolicy = "default-src 'none'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
	"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

const permissionsPolicy = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), " +
	"microphone=(), payment=(), usb=(), browsing-topics=()"

// The kiosk may go full screen; nothing else changes.
const kioskPermissionsPolicy = permissionsPolicy + ", fullscreen=(self)"

// securityHeaders sets the headers every response carries.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", sitePolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("Permissions-Policy", permissionsPolicy)
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

func kioskHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", kioskPolicy)
		w.Header().Set("Permissions-Policy", kioskPermissionsPolicy)
		next.ServeHTTP(w, r)
	})
}

// Request limits. The pages only read: no request for them needs a body,
// and no honest URL is long. Only the forms (postable) take a POST, each
// with its own body limit.
const (
	maxBodyBytes  = 4 << 10
	maxQueryBytes = 2 << 10
)

// postable are the paths that take a POST and the largest body each
// accepts: residents' feedback and survey answers, and the staff pages,
// of which the inspection form carries photos. The first prefix that
// matches counts.
var postable = []struct {
	prefix string
	max    int64
}{
	{web.FeedbackPath, web.MaxBody},
	{web.SurveyPrefix, web.MaxBody},
	{web.APIPrefix, web.MaxBody},
	{web.EnglishPrefix + web.FeedbackPath, web.MaxBody},
	{web.EnglishPrefix + web.SurveyPrefix, web.MaxBody},
	{staff.SidakPath, staff.MaxSidakBody},
	{staff.Prefix, staff.MaxBody},
}

// bodyLimit is how large a body a request for path may carry, and whether
// it may POST at all.
func bodyLimit(path string) (int64, bool) {
	for _, p := range postable {
		if strings.HasPrefix(path, p.prefix) {
			return p.max, true
		}
	}
	return maxBodyBytes, false
}

// guard refuses what no page of the site needs: methods other than GET and
// HEAD (and POST to the forms), bodies beyond their limit, long queries,
// and paths that try to step outside the site.
func guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		limit, post := bodyLimit(r.URL.Path)
		switch {
		case r.Method == http.MethodPost && !post, r.Method != http.MethodGet && r.Method != http.MethodHead && r.Method != http.MethodPost:
			allow := "GET, HEAD"
			if post {
				allow += ", POST"
			}
			w.Header().Set("Allow", allow)
			plainError(w, http.StatusMethodNotAllowed, "server.method")
		case r.ContentLength > limit:
			plainError(w, http.StatusRequestEntityTooLarge, "server.too-large")
		case len(r.URL.RawQuery) > maxQueryBytes:
			plainError(w, http.StatusRequestURITooLong, "server.uri-too-long")
		case !safePath(r.URL):
			plainError(w, http.StatusBadRequest, "server.bad-request")
		default:
			r.Body = http.MaxBytesReader(w, r.Body, limit)
			next.ServeHTTP(w, r)
		}
	})
}

// safePath refuses dot-dot segments, backslashes, NULs and encoded slashes:
// no link of the site has them, and each is a way to name a file the path
// does not seem to name.
func safePath(u *url.URL) bool {
	if strings.Contains(strings.ToLower(u.EscapedPath()), "%2f") || strings.ContainsAny(u.Path, "\\\x00") {
		return false
	}
	for seg := range strings.SplitSeq(u.Path, "/") {
		if seg == ".." {
			return false
		}
	}
	return true
}

// plainError answers with the catalog's text for key in both languages,
// "Indonesian / English": the server does not know which one the reader
// wants.
func plainError(w http.ResponseWriter, status int, key string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write([]byte(locale.Get(key).Both() + "\n"))
}
