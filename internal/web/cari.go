package web

import (
	"bytes"
	"github.com/alurlayanan/alur/internal/search"
	"html/template"
	"io"
	"strconv"
	"strings"

	"github.com/alurlayanan/alur/internal/locale"
	"golang.org/x/net/html"
)

// words are the texts of the results fragment by language: the catalog's
// cari.* words. The script reads the ones it needs from data attributes,
// so it carries no language of its own.
var words = map[locale.Lang]map[string]string{locale.ID: {}, locale.EN: {}}

func init() {
	for key, t := range locale.Prefixed("cari.") {
		for lang, w := range words {
			w[key] = t.In(lang)
		}
	}
}

type pageHit struct {
	search.Hit
	Where   string
	Snippet template.HTML // escaped by the search, with <mark> only
}

type pageData struct {
	Q         search.Query
	Prefix    string // "/en" for English
	Results   *search.Results
	Hits      []pageHit
	Count     string
	None      string
	Corrected string
	W         map[string]string
	Script    string
}

// agencyItem is one agency of a "not here" answer; cari.js draws the same
// markup from the JSON.
const agencyItem = `<strong class="alur-hasil__nama-instansi">{{.Name}}</strong>
{{- with .Address}}<br>{{.}}{{end}}
{{- with .MapURL}}<br><a href="{{.}}">{{$.W.map}}</a>{{end}}
{{- with .Hours}}<br>{{$.W.hours}}: {{.}}{{end}}
{{- with .Phone}}<br>{{$.W.phone}}: <a href="tel:{{.}}">{{.}}</a>{{end}}
{{- with .Website}}<br>{{$.W.website}}: <a href="{{.}}">{{.}}</a>{{end}}
{{- with .Note}}<br>{{.}}{{end}}
{{- if .Example}}<br><small>{{$.W.example}}</small>{{end}}`

var resultsTemplate = template.Must(template.New("hasil").Parse(`<section class="alur-hasil" aria-labelledby="alur-hasil-judul" data-alur-hasil data-teks-count="{{.W.count}}" data-teks-none="{{.W.none}}" data-teks-city="{{.W.city}}" data-teks-office="{{.W.office}}" data-teks-corrected="{{.W.corrected}}" data-teks-elsewhere="{{.W.elsewhere}}" data-teks-map="{{.W.map}}" data-teks-phone="{{.W.phone}}" data-teks-hours="{{.W.hours}}" data-teks-website="{{.W.website}}" data-teks-example="{{.W.example}}" data-teks-remember="{{.W.remember}}" data-teks-which="{{.W.which}}">
<h2 class="alur-hasil__judul" id="alur-hasil-judul">{{.W.heading}}</h2>
<p class="alur-hasil__status" role="status">{{if .Results}}{{if .Results.Elsewhere}}{{.W.elsewhere}}{{else if .Hits}}{{.Count}}{{else}}{{.None}}{{end}}{{end}}</p>
{{- if .Corrected}}
<p class="alur-hasil__koreksi">{{.W.corrected}} <strong>{{.Corrected}}</strong></p>
{{- end}}
<div class="alur-hasil__bukan"{{if not (and .Results .Results.Elsewhere)}} hidden{{end}}>
<p><strong>{{.W.elsewhere}}</strong> {{.W.go}}</p>
<ul class="alur-hasil__instansi">
{{- if .Results}}{{range .Results.Elsewhere}}
<li>` + agencyItem + `</li>
{{- end}}{{end}}
</ul>
<h3 class="alur-hasil__terkait"{{if not .Hits}} hidden{{end}}>{{.W.related}}</h3>
</div>
<ol class="alur-hasil__daftar">
{{- range .Hits}}
<li class="alur-hasil__butir alur-hasil__butir--{{.Kind}}">
<a class="alur-hasil__tautan" href="{{.URL}}">{{.Title}}</a>
{{- with .Where}}
<p class="alur-hasil__tempat">{{.}}</p>
{{- end}}
{{- with .Snippet}}
<p class="alur-hasil__cuplikan">{{.}}</p>
{{- end}}
</li>
{{- end}}
</ol>
<p class="alur-hasil__saran"{{if not (and .Results (eq .Results.Answer "none"))}} hidden{{end}}>{{.W.tips}} <a href="{{.Prefix}}/layanan/">{{.W.all}}</a>.</p>
</section>
<script src="{{.Script}}" defer></script>
`))

// renderResults writes the results fragment; res is nil when nothing was
// searched (an empty query) or the search failed. city is the name of the
// city the index was built for.
func renderResults(w io.Writer, q search.Query, res *search.Results, city string) error {
	lang := locale.ParseLang(q.Lang)
	d := pageData{Q: q, Results: res, W: words[lang], Script: ScriptPath}
	if lang == locale.EN {
		d.Prefix = "/en"
	}
	if res != nil {
		fill := strings.NewReplacer("{q}", q.Text).Replace
		d.Count = strings.ReplaceAll(fill(d.W["count"]), "{n}", strconv.Itoa(len(res.Hits)))
		d.None = fill(d.W["none"])
		d.Corrected = res.Corrected
		for _, h := range res.Hits {
			d.Hits = append(d.Hits, pageHit{Hit: h, Where: where(h, d.W, city), Snippet: template.HTML(h.Snippet)})
		}
	}
	return resultsTemplate.Execute(w, d)
}

// where says whose page a hit is. A kecamatan is in the city; an index
// from before the city's name was recorded leaves that line out.
func where(h search.Hit, w map[string]string, city string) string {
	switch h.Kind {
	case search.KindService, search.KindOffice:
		return strings.NewReplacer("{o}", h.OfficeName, "{k}", h.KecamatanName).Replace(w["office"])
	case search.KindStandard:
		return w["city"]
	case search.KindKecamatan:
		if city == "" {
			return ""
		}
		return strings.ReplaceAll(w["kecamatan"], "{c}", city)
	}
	return ""
}

// fillShell splices the fragment into the shell at the marker and fills the
// search form with what was asked: the text in the q box, the chosen
// kecamatan and kelurahan selected. The shell is read with an HTML
// tokenizer and copied byte for byte except for the tags it changes.
func fillShell(shell, fragment []byte, q search.Query) []byte {
	var out bytes.Buffer
	out.Grow(len(shell) + len(fragment))
	chosen := map[string]string{"kecamatan": q.Kecamatan, "kelurahan": q.Office}
	inSelect := ""
	spliced := false
	z := html.NewTokenizer(bytes.NewReader(shell))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		switch tt {
		case html.CommentToken:
			if "<!--"+string(z.Token().Data)+"-->" == hasilMarker && !spliced {
				out.Write(fragment)
				spliced = true
				continue
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch tok.Data {
			case "input":
				if attr(tok, "name") == "q" {
					setAttr(&tok, "value", q.Text)
					out.WriteString(tok.String())
					continue
				}
			case "select":
				inSelect = attr(tok, "name")
			case "option":
				if want, ok := chosen[inSelect]; ok && want != "" {
					removeAttr(&tok, "selected")
					if attr(tok, "value") == want {
						tok.Attr = append(tok.Attr, html.Attribute{Key: "selected"})
					}
					out.WriteString(tok.String())
					continue
				}
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "select" {
				inSelect = ""
			}
		}
		out.Write(raw)
	}
	if !spliced {
		return insertBeforeBodyEnd(out.Bytes(), fragment)
	}
	return out.Bytes()
}

// insertBeforeBodyEnd puts the fragment before </body> of a shell that
// lacks the marker, so results still show.
func insertBeforeBodyEnd(page, fragment []byte) []byte {
	i := bytes.LastIndex(bytes.ToLower(page), []byte("</body>"))
	if i < 0 {
		return append(page, fragment...)
	}
	return append(append(append([]byte{}, page[:i]...), fragment...), page[i:]...)
}

func attr(t html.Token, key string) string {
	for _, a := range t.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func setAttr(t *html.Token, key, val string) {
	removeAttr(t, key)
	t.Attr = append(t.Attr, html.Attribute{Key: key, Val: val})
}

func removeAttr(t *html.Token, key string) {
	out := t.Attr[:0]
	for _, a := range t.Attr {
		if a.Key != key {
			out = append(out, a)
		}
	}
	t.Attr = out
}
