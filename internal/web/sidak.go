package web

import (
	"bytes"
	"encoding/json"
	"html/template"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/store"
)

// PublicDays is how far back the public inspection figures count.
const PublicDays = 90

// PublicFigures are an office's public inspection figures: how many
// unannounced inspections there were in the PublicDays days up to
// yesterday (WIB), and how many found the office open with its front
// desk staffed. No names, no times: today's round is never shown while
// it runs, so no office can follow it.
type PublicFigures struct {
	Office      string `json:"office"`
	Days        int    `json:"days"`
	From        string `json:"from"`  // first day counted, YYYY-MM-DD
	Until       string `json:"until"` // last day counted
	Inspections int    `json:"inspections"`
	Staffed     int    `json:"staffed"`
}

// Inspections answers flow.InspectionsJSON and flow.InspectionsPath for
// every office, when the build's city publishes them; otherwise 404.
type Inspections struct {
	DB   *store.DB
	Site Site
	Log  *slog.Logger
	Now  func() time.Time // default time.Now
}

// Handler serves flow.InspectionsPrefix.
func (h *Inspections) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+flow.InspectionsPrefix+"{file}", h.json)
	mux.HandleFunc("GET "+flow.InspectionsPrefix+"{office}/{$}", h.page)
	return mux
}

// figures reads the figures of the office named in r, if the city
// publishes them and the office exists.
func (h *Inspections) figures(r *http.Request, office string) (PublicFigures, string, int) {
	dir, err := h.Site.Directory(r)
	if err != nil || dir == nil {
		return PublicFigures{}, "", http.StatusServiceUnavailable
	}
	o, ok := dir.Office(office)
	if !dir.PublicInspections || !ok {
		return PublicFigures{}, "", http.StatusNotFound
	}
	now := time.Now()
	if h.Now != nil {
		now = h.Now()
	}
	day := now.In(flow.Zone)
	today := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, flow.Zone)
	from := today.AddDate(0, 0, -PublicDays)
	list, err := h.DB.Inspections(r.Context(), store.Filter{Offices: []string{o.ID}, From: from, To: today}, 100_000)
	if err != nil {
		if h.Log != nil {
			h.Log.Error("public inspections", "office", o.ID, "err", err)
		}
		return PublicFigures{}, "", http.StatusInternalServerError
	}
	f := PublicFigures{Office: o.ID, Days: PublicDays, From: from.Format(time.DateOnly), Until: today.AddDate(0, 0, -1).Format(time.DateOnly), Inspections: len(list)}
	for _, in := range list {
		if in.Staffed() {
			f.Staffed++
		}
	}
	return f, o.Name, http.StatusOK
}

func publicHeaders(w http.ResponseWriter) {
	// The figures change once a day; an hour old is fresh enough.
	w.Header().Set("Cache-Control", "public, max-age=3600")
}

// json answers <office>.json.
func (h *Inspections) json(w http.ResponseWriter, r *http.Request) {
	office, ok := strings.CutSuffix(r.PathValue("file"), ".json")
	if !ok {
		http.NotFound(w, r)
		return
	}
	f, _, status := h.figures(r, office)
	if status != http.StatusOK {
		http.Error(w, http.StatusText(status), status)
		return
	}
	publicHeaders(w)
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(f)
}

var inspectionsPage = template.Must(template.New("sidak").Parse(`<!doctype html>
<html lang="{{.Lang}}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title></head>
<body><main>
<h1>{{.Title}}</h1>
<p>{{.Figure}}</p>
<p><a href="{{.Back}}">{{.BackText}}</a></p>
</main></body></html>
`))

// page answers <office>/ for readers without JavaScript.
func (h *Inspections) page(w http.ResponseWriter, r *http.Request) {
	f, name, status := h.figures(r, r.PathValue("office"))
	if status != http.StatusOK {
		http.Error(w, http.StatusText(status), status)
		return
	}
	lang := locale.ParseLang(r.URL.Query().Get("lang"))
	back := flow.OfficePath(f.Office)
	if lang == locale.EN {
		back = "/en" + back
	}
	var b bytes.Buffer
	err := inspectionsPage.Execute(&b, map[string]any{
		"Lang": string(lang), "Title": PublicFiguresTitle(lang, name), "Figure": PublicFiguresText(lang, f),
		"Back": back, "BackText": locale.T(lang, "sidak.back"),
	})
	if err != nil {
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	publicHeaders(w)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(b.Bytes())
}

// PublicFiguresTitle heads an office's figures.
func PublicFiguresTitle(lang locale.Lang, office string) string {
	return locale.T(lang, "sidak.heading") + " · " + office
}

// PublicFiguresText says the figures in a sentence; the theme's word
// inspections_figure says the same with the same placeholders.
func PublicFiguresText(lang locale.Lang, f PublicFigures) string {
	return strings.NewReplacer("{days}", strconv.Itoa(f.Days), "{n}", strconv.Itoa(f.Inspections), "{staffed}", strconv.Itoa(f.Staffed),
		"{until}", f.Until).Replace(locale.T(lang, "sidak.figure"))
}
