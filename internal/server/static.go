package server

import (
	"errors"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/locale"
)

// serveStatic serves a file of the request's build. Directory paths serve
// their index.html; anything missing or hidden serves the build's 404 page.
func (s *Server) serveStatic(w http.ResponseWriter, r *http.Request) {
	req := requestOf(r)
	if g, ok := req.build.goneAt(r.URL.Path); ok {
		s.gone(w, r, g)
		return
	}
	name, ok := fileName(r.URL.Path)
	if !ok {
		s.notFound(w, r)
		return
	}
	root, err := req.root()
	if err != nil {
		s.unavailable(w, r, err)
		return
	}
	f, err := root.Open(name)
	if err != nil {
		s.notFound(w, r)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		s.internalError(w, r, err)
		return
	}
	if info.IsDir() && !strings.HasSuffix(r.URL.Path, "/") {
		// Hugo links directories with a slash; relative links inside the
		// page only resolve from there.
		redirectToDir(w, r)
		return
	}
	if !info.Mode().IsRegular() {
		s.notFound(w, r)
		return
	}
	ctype := contentType(name)
	a, err := req.build.assets.get(name, f, info, compressible(ctype))
	if err != nil {
		s.internalError(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Cache-Control", cacheControl(name, ctype))
	if compressible(ctype) {
		h.Add("Vary", "Accept-Encoding")
	}
	if a.gz != nil && acceptsGzip(r.Header.Get("Accept-Encoding")) {
		h.Set("Content-Encoding", "gzip")
		serveBytes(w, r, http.StatusOK, a.gzipETag(), a.gz)
		return
	}
	h.Set("ETag", a.etag)
	// ServeContent answers ranges, HEAD and If-None-Match. No modification
	// time: every publish rewrites every file, the ETag knows better.
	http.ServeContent(w, r, "", time.Time{}, f)
}

// fileName maps a URL path to a file name inside the build. It refuses
// hidden names: a segment starting with "." anywhere (dotfiles), and the
// build's own records (layout.IsPrivate).
func fileName(urlPath string) (string, bool) {
	name := strings.TrimPrefix(urlPath, "/")
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	top := true
	for seg := range strings.SplitSeq(name, "/") {
		if seg == "" || seg[0] == '.' || (top && layout.IsPrivate(seg)) {
			return "", false
		}
		top = false
	}
	return name, fs.ValidPath(name)
}

func redirectToDir(w http.ResponseWriter, r *http.Request) {
	// The router has cleaned the path, so it starts with a single slash
	// and the redirect cannot leave the site.
	target := url.URL{Path: r.URL.Path + "/", RawQuery: r.URL.RawQuery}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	http.Redirect(w, r, target.String(), http.StatusMovedPermanently)
}

// notFound serves the build's 404 page (the English one under /en/) with
// status 404.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	page, err := s.notFoundPage(r)
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	if err != nil {
		h.Set("Content-Type", "text/plain; charset=utf-8")
		serveBytes(w, r, http.StatusNotFound, "", []byte("404 halaman tidak ditemukan / page not found\n"))
		return
	}
	h.Set("Content-Type", "text/html; charset=utf-8")
	serveBytes(w, r, http.StatusNotFound, "", page)
}

// goneAt finds the removed page a URL path is, or lies under: the
// deepest, so a removed office's service page says where that service is.
func (b *build) goneAt(urlPath string) (layout.Gone, bool) {
	p := strings.TrimPrefix(urlPath, "/en")
	if p == "" || p[0] != '/' {
		p = urlPath
	}
	var found layout.Gone
	for _, g := range b.gone {
		if g.Covers(p) && len(g.Path) > len(found.Path) {
			found = g
		}
	}
	return found, found.Path != ""
}

// gone answers 410 Gone with the page the build left at the removed
// page's path (in English under /en/), which says where to go instead.
func (s *Server) gone(w http.ResponseWriter, r *http.Request, g layout.Gone) {
	h := w.Header()
	h.Set("Cache-Control", cacheHTML)
	root, err := requestOf(r).root()
	if err != nil {
		s.unavailable(w, r, err)
		return
	}
	name := strings.TrimPrefix(g.Path, "/") + "index.html"
	if r.URL.Path == "/en" || strings.HasPrefix(r.URL.Path, "/en/") {
		name = "en/" + name
	}
	page, err := readFile(root, name)
	if err != nil {
		if page, err = s.notFoundPage(r); err != nil {
			page = []byte(locale.Get("server.gone").Both() + "\n")
			h.Set("Content-Type", "text/plain; charset=utf-8")
			serveBytes(w, r, http.StatusGone, "", page)
			return
		}
	}
	h.Set("Content-Type", "text/html; charset=utf-8")
	serveBytes(w, r, http.StatusGone, "", page)
}

func (s *Server) notFoundPage(r *http.Request) ([]byte, error) {
	root, err := requestOf(r).root()
	if err != nil {
		return nil, err
	}
	names := []string{"404.html"}
	if r.URL.Path == "/en" || strings.HasPrefix(r.URL.Path, "/en/") {
		names = []string{"en/404.html", "404.html"}
	}
	for _, name := range names {
		page, err := readFile(root, name)
		if err == nil {
			return page, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	return nil, fs.ErrNotExist
}

func readFile(root *os.Root, name string) ([]byte, error) {
	f, err := root.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// serveBytes writes body with status, answering If-None-Match with 304 when
// etag is set and the status is 200. Headers other than ETag and
// Content-Length are the caller's.
func serveBytes(w http.ResponseWriter, r *http.Request, status int, etag string, body []byte) {
	h := w.Header()
	if etag != "" {
		h.Set("ETag", etag)
		if status == http.StatusOK && etagMatches(r.Header.Get("If-None-Match"), etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// etagMatches reports whether an If-None-Match header names etag, by weak
// comparison as RFC 9110 asks for If-None-Match.
func etagMatches(header, etag string) bool {
	for tag := range strings.SplitSeq(header, ",") {
		tag = strings.TrimSpace(tag)
		if tag == "*" || strings.TrimPrefix(tag, "W/") == etag {
			return true
		}
	}
	return false
}

// acceptsGzip reads an Accept-Encoding header. gzip;q=0 refuses gzip even
// when * is accepted.
func acceptsGzip(header string) bool {
	gzipQ, starQ := "", ""
	for part := range strings.SplitSeq(header, ",") {
		coding, params, _ := strings.Cut(part, ";")
		q := "1"
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			q = strings.TrimSpace(v)
		}
		switch strings.ToLower(strings.TrimSpace(coding)) {
		case "gzip", "x-gzip":
			gzipQ = q
		case "*":
			starQ = q
		}
	}
	if gzipQ == "" {
		gzipQ = starQ
	}
	qv, err := strconv.ParseFloat(gzipQ, 64)
	return err == nil && qv > 0
}

// Content types alur's builds contain, set here rather than taken from the
// system's mime tables so the server answers the same on every machine.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".json":        "application/json",
	".map":         "application/json",
	".webmanifest": "application/manifest+json",
	".xml":         "application/xml; charset=utf-8",
	".txt":         "text/plain; charset=utf-8",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".gif":         "image/gif",
	".webp":        "image/webp",
	".avif":        "image/avif",
	".ico":         "image/x-icon",
	".woff2":       "font/woff2",
	".woff":        "font/woff",
	".pdf":         "application/pdf",
}

func contentType(name string) string {
	if t, ok := contentTypes[strings.ToLower(path.Ext(name))]; ok {
		return t
	}
	return "application/octet-stream"
}

func compressible(ctype string) bool {
	return strings.HasPrefix(ctype, "text/") || strings.Contains(ctype, "json") ||
		strings.Contains(ctype, "xml") || ctype == "image/x-icon"
}

func isHTML(ctype string) bool { return strings.HasPrefix(ctype, "text/html") }

// Cache lifetimes. HTML is short so a publish reaches residents within a
// minute; a fingerprinted name changes with its content so it never needs
// asking again.
const (
	cacheImmutable = "public, max-age=31536000, immutable"
	cacheHTML      = "public, max-age=60, must-revalidate"
	cacheOther     = "public, max-age=3600, must-revalidate"
	// A kiosk must show a new publish on its next page: its HTML is never
	// stored, its other unfingerprinted files always revalidated.
	cacheKioskHTML  = "no-store"
	cacheKioskOther = "no-cache"
)

func cacheControl(name, ctype string) string {
	kiosk := strings.HasPrefix(name, "kiosk/")
	switch {
	case fingerprinted(path.Base(name)):
		return cacheImmutable
	case kiosk && isHTML(ctype):
		return cacheKioskHTML
	case kiosk:
		return cacheKioskOther
	case isHTML(ctype):
		return cacheHTML
	default:
		return cacheOther
	}
}

// fingerprinted reports whether a file name carries a content hash, as Hugo
// writes them: a run of at least 16 hex digits set off by '.', '_' or '-'
// ("main.min.3f2a…e1.css", "peta_hu_8a1c…9d.webp").
func fingerprinted(base string) bool {
	run := 0
	for i := 0; i <= len(base); i++ {
		if i < len(base) && isHexDigit(base[i]) {
			run++
			continue
		}
		if run >= 16 && i < len(base) && isSeparator(base[i]) && i-run > 0 && isSeparator(base[i-run-1]) {
			return true
		}
		run = 0
	}
	return false
}

func isHexDigit(c byte) bool  { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' }
func isSeparator(c byte) bool { return c == '.' || c == '_' || c == '-' }
