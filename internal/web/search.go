package web

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"github.com/alurlayanan/alur/internal/search"
	"log/slog"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/alurlayanan/alur/internal/locale"
)

// ScriptPath is where the server serves ScriptHandler; the /cari results
// fragment loads it.
const ScriptPath = "/aset/cari.js"

//go:embed assets/cari.js
var script []byte

// ScriptHandler serves the search-as-you-type script: an enhancement of
// the /cari form, which works without it.
func ScriptHandler() http.Handler {
	mod := time.Now()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "public, max-age=3600")
		http.ServeContent(w, r, "cari.js", mod, bytes.NewReader(script))
	})
}

// APIHandler serves GET /api/search: the search.Results of a query as JSON.
// Parameters: q (the text), kelurahan (an office id; "office" also works),
// kecamatan, limit, lang ("en" for English page links), ketik=1 when the
// last word is still being typed.
func APIHandler(ix *search.Index) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !allowRead(w, r) {
			return
		}
		q := queryFrom(r)
		res, err := ix.Search(r.Context(), q)
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		if err != nil {
			logSearchError(err)
			w.WriteHeader(http.StatusInternalServerError)
			json.NewEncoder(w).Encode(map[string]string{"error": "pencarian sedang tidak dapat dipakai / search is unavailable"})
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=60")
		json.NewEncoder(w).Encode(res)
	})
}

// hasilMarker is where the /cari shell that Hugo builds takes the results.
const hasilMarker = "<!--alur:hasil-->"

// PageHandler serves GET /cari and /en/cari: the search page shell of the
// current build (shell returns it for a language, "id" or "en") with the
// results spliced in at <!--alur:hasil-->, and the form filled in with the
// query. It works without JavaScript.
func PageHandler(ix *search.Index, shell func(lang string) ([]byte, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !allowRead(w, r) {
			return
		}
		q := queryFrom(r)
		page, err := shell(q.Lang)
		if err != nil {
			slog.Error("search page shell unavailable", "lang", q.Lang, "err", err)
			http.Error(w, locale.T(locale.ParseLang(q.Lang), "cari.unavailable"), http.StatusServiceUnavailable)
			return
		}
		var res *search.Results
		if strings.TrimSpace(q.Text) != "" {
			r, err := ix.Search(r.Context(), q)
			if err != nil {
				logSearchError(err)
			} else {
				res = &r
			}
		}
		var frag bytes.Buffer
		if err := renderResults(&frag, q, res, ix.City()); err != nil {
			slog.Error("search results page", "err", err)
			http.Error(w, locale.T(locale.ParseLang(q.Lang), "cari.failed"), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "public, max-age=60")
		w.Write(fillShell(page, frag.Bytes(), q))
	})
}

func allowRead(w http.ResponseWriter, r *http.Request) bool {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return true
	}
	w.Header().Set("Allow", "GET, HEAD")
	http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	return false
}

var idRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// queryFrom reads a search.Query from request parameters. Ids that cannot be ids
// are ignored rather than searched for; the search itself bounds the text.
func queryFrom(r *http.Request) search.Query {
	v := r.URL.Query()
	q := search.Query{Text: v.Get("q"), Lang: "id", Typing: v.Get("ketik") == "1"}
	if v.Get("lang") == "en" || strings.HasPrefix(r.URL.Path, "/en/") {
		q.Lang = "en"
	}
	for _, office := range []string{v.Get("kelurahan"), v.Get("office")} {
		if idRE.MatchString(office) && len(office) <= 64 {
			q.Office = office
			break
		}
	}
	if k := v.Get("kecamatan"); idRE.MatchString(k) && len(k) <= 64 {
		q.Kecamatan = k
	}
	if n, err := strconv.Atoi(v.Get("limit")); err == nil && n > 0 {
		q.Limit = min(n, search.MaxLimit)
	}
	return q
}

// logSearchError logs a failed search without the query, which may hold a
// resident's NIK; a client that went away is not an error of ours.
func logSearchError(err error) {
	if errors.Is(err, context.Canceled) {
		slog.Debug("search canceled by the client", "err", err)
		return
	}
	slog.Error("search failed", "err", err)
}
