package web

import (
	"embed"
	"html/template"
	"strings"

	"github.com/alurlayanan/alur/internal/locale"
)

//go:embed templates/hear.html
var templateFiles embed.FS

// byLang are the resident pages' templates, one set per language, whose
// t looks words up in the catalog in that language.
var byLang = map[locale.Lang]*template.Template{}

func init() {
	for _, lang := range []locale.Lang{locale.ID, locale.EN} {
		funcs := template.FuncMap{
			"t":    func(key string) string { return locale.T(lang, key) },
			"fill": func(s, office string) string { return strings.ReplaceAll(s, "{o}", office) },
		}
		byLang[lang] = template.Must(template.New("hear").Funcs(funcs).ParseFS(templateFiles, "templates/hear.html"))
	}
}

// tmpl is the templates of lang.
func tmpl(lang locale.Lang) *template.Template { return byLang[lang] }

// hearPage is what every resident page knows: its language.
type hearPage struct {
	Lang locale.Lang
}

func hearPageFor(lang locale.Lang) hearPage { return hearPage{Lang: lang} }

// messageData is a page that says one thing (thanks, a refusal) and links
// on.
type messageData struct {
	hearPage
	Title, Lead, Text string
	Back, BackText    string
	More, MoreText    string
	Status            bool // Lead is the outcome the resident waited for
}
