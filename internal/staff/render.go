package staff

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/survey"
)

//go:embed templates/*.html gaya.css draf.js
var files embed.FS

// pageNames are the staff pages, each templates/<name>.html inside
// templates/layout.html.
var pageNames = []string{"login", "ikm", "feedback", "report", "ranking", "exports", "error", "sidak", "sidakform", "sidakdone", "inspeksi", "inspeksikantor", "temuan"}

// templates holds every page parsed once per language, so the word
// function needs no language argument.
var templates = func() map[locale.Lang]map[string]*template.Template {
	out := map[locale.Lang]map[string]*template.Template{}
	for _, lang := range []locale.Lang{locale.ID, locale.EN} {
		out[lang] = map[string]*template.Template{}
		for _, name := range pageNames {
			t := template.New("layout.html").Funcs(funcs(lang))
			out[lang][name] = template.Must(t.ParseFS(files, "templates/layout.html", "templates/scope.html", "templates/"+name+".html"))
		}
	}
	return out
}()

func funcs(lang locale.Lang) template.FuncMap {
	return template.FuncMap{
		"t":      func(key string) string { return locale.T(lang, key) },
		"tf":     func(key string, args ...any) string { return fmt.Sprintf(locale.T(lang, key), args...) },
		"u":      func(path string, kv ...any) string { return link(lang, path, kv...) },
		"num":    func(v float64, digits int) string { return formatNum(lang, v, digits) },
		"int":    func(n int) string { return groupDigits(n, lang) },
		"reason": func(r feedback.Reason) string { return reasonWord(lang, r) },
		"status": func(s feedback.Status) string { return locale.T(lang, s.Key()) },
		"grade":  func(g survey.Grade) string { return locale.T(lang, g.Key()) },
		"element": func(e survey.Element) string {
			return locale.T(lang, "survei."+e.Key()+".nama")
		},
		"when": func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return t.In(flow.Zone).Format("2006-01-02 15:04")
		},
		"period": func(p survey.Period) string { return periodName(lang, p) },
		"lang":   func() string { return string(lang) },
		"inc":    func(n int) int { return n + 1 },
		"dec":    func(n int) int { return n - 1 },
		"other":  func() string { return string(otherLang(lang)) },
		"finding": func(kind string) string {
			if k, ok := findingKeys[kind]; ok {
				return locale.T(lang, k)
			}
			return kind
		},
		"pct": func(part, whole int) string {
			if whole == 0 {
				return "–"
			}
			return formatNum(lang, 100*float64(part)/float64(whole), 0) + "%"
		},
		"seq": func(n int) []int {
			out := make([]int, n)
			for i := range out {
				out[i] = i + 1
			}
			return out
		},
		"periodForm": func(action string, p survey.Period, ps []survey.Period) periodForm {
			return periodForm{Action: action, Period: p, Periods: ps}
		},
		"role": func(sess *session, roles ...string) bool {
			return sess != nil && slices.Contains(roles, string(sess.User.Role))
		},
	}
}

// reasonWord names a reason in lang. The reasons' words belong to the
// residents' feedback form (feedback.Reason.Key); until those are in the
// catalog the reason's own Indonesian code stands in.
func reasonWord(lang locale.Lang, r feedback.Reason) string {
	if w, ok := locale.Lookup(r.Key()); ok {
		return w.In(lang)
	}
	return string(r)
}

func otherLang(lang locale.Lang) locale.Lang {
	if lang == locale.EN {
		return locale.ID
	}
	return locale.EN
}

// periodName names a period in lang (survey.Period.String is Indonesian).
func periodName(lang locale.Lang, p survey.Period) string {
	if lang == locale.ID {
		return p.String()
	}
	return p.English()
}

func groupDigits(n int, lang locale.Lang) string {
	s := strconv.Itoa(n)
	sep := ","
	if lang == locale.ID {
		sep = "."
	}
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + sep + s[i:]
	}
	return s
}

// link makes a staff URL with query pairs (empty values left out) and the
// language kept.
func link(lang locale.Lang, path string, kv ...any) string {
	q := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		if v := fmt.Sprint(kv[i+1]); v != "" && v != "0" {
			q.Set(fmt.Sprint(kv[i]), v)
		}
	}
	if lang == locale.EN {
		q.Set("lang", "en")
	}
	if len(q) == 0 {
		return path
	}
	return path + "?" + q.Encode()
}

// periodForm is the period picker of the inspection reports.
type periodForm struct {
	Action  string
	Period  survey.Period
	Periods []survey.Period
}

// view is what the layout needs besides the page's own data.
type view struct {
	Lang    locale.Lang
	Title   string // catalog key
	Nav     string // which navigation entry is current
	Session *session
	Theme   themeCSS
	Here    string // this page's URL in the other language
	Data    any
	Problem string // catalog key of a message to show, or ""
}

// themeCSS is the theme's fingerprinted stylesheet, as the site's home
// page links it.
type themeCSS struct{ Href, Integrity string }

var stylesheetLink = regexp.MustCompile(`<link[^>]*rel="?stylesheet"?[^>]*>`)
var linkAttr = regexp.MustCompile(`(href|integrity)="?([^"\s>]+)"?`)

// theme finds the theme's stylesheet in the published home page.
func (s *Staff) theme(r *http.Request) themeCSS {
	if s.Site == nil {
		return themeCSS{}
	}
	page, err := s.Site.Page(r, "index.html")
	if err != nil {
		return themeCSS{}
	}
	tag := stylesheetLink.Find(page)
	var css themeCSS
	for _, m := range linkAttr.FindAllSubmatch(tag, -1) {
		v := string(m[2])
		switch string(m[1]) {
		case "href":
			if strings.HasPrefix(v, "/") && !strings.HasPrefix(v, "//") {
				css.Href = v
			}
		case "integrity":
			css.Integrity = v
		}
	}
	return css
}

// render writes a page.
func (s *Staff) render(w http.ResponseWriter, r *http.Request, status int, name string, v view) {
	v.Theme = s.theme(r)
	if v.Here == "" {
		q := r.URL.Query()
		if v.Lang == locale.EN {
			q.Del("lang")
		} else {
			q.Set("lang", "en")
		}
		v.Here = r.URL.Path
		if len(q) > 0 {
			v.Here += "?" + q.Encode()
		}
	}
	var b bytes.Buffer
	if err := templates[v.Lang][name].Execute(&b, v); err != nil {
		s.log().Error("staff: rendering", "page", name, "err", err)
		http.Error(w, locale.Get("staf.error.internal").Both(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

// stylesheet serves the staff pages' own small stylesheet.
func stylesheet(w http.ResponseWriter, r *http.Request) {
	css, _ := files.ReadFile("gaya.css")
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Write(css)
}
