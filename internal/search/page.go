package search

import (
	"bytes"
	"html/template"
	"io"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// words are the texts of the results fragment, in Bahasa Indonesia and
// English. The script reads the ones it needs from data attributes, so
// it carries no language of its own.
var words = map[string]map[string]string{
	"id": {
		"heading":   "Hasil pencarian",
		"count":     "{n} hasil untuk “{q}”",
		"none":      "Tidak ada layanan yang cocok dengan “{q}”.",
		"tips":      "Coba kata lain, misalnya “KTP”, “surat pindah” atau “akte lahir”, atau lihat",
		"all":       "daftar semua layanan",
		"corrected": "Menampilkan hasil untuk",
		"city":      "Layanan kota: pilih kelurahan Anda di halamannya",
		"office":    "Kelurahan {o}, Kecamatan {k}",
		"kecamatan": "Kecamatan di Kota Malang",
	},
	"en": {
		"heading":   "Search results",
		"count":     "{n} results for “{q}”",
		"none":      "No service matches “{q}”.",
		"tips":      "Try other words, such as “KTP”, “surat pindah” (moving) or “akte lahir” (birth certificate), or see",
		"all":       "the list of all services",
		"corrected": "Showing results for",
		"city":      "City service: choose your kelurahan on its page",
		"office":    "Kelurahan {o}, Kecamatan {k}",
		"kecamatan": "Kecamatan in Kota Malang",
	},
}

type pageHit struct {
	Hit
	Where   string
	Snippet template.HTML // escaped by the search, with <mark> only
}

type pageData struct {
	Q         Query
	Prefix    string // "/en" for English
	Results   *Results
	Hits      []pageHit
	Count     string
	None      string
	Corrected string
	W         map[string]string
	Script    string
}

var resultsTemplate = template.Must(template.New("hasil").Parse(`<section class="alur-hasil" aria-labelledby="alur-hasil-judul" data-alur-hasil data-teks-count="{{.W.count}}" data-teks-none="{{.W.none}}" data-teks-city="{{.W.city}}" data-teks-office="{{.W.office}}" data-teks-corrected="{{.W.corrected}}">
<h2 class="alur-hasil__judul" id="alur-hasil-judul">{{.W.heading}}</h2>
<p class="alur-hasil__status" role="status">{{if .Results}}{{if .Hits}}{{.Count}}{{else}}{{.None}}{{end}}{{end}}</p>
{{- if .Corrected}}
<p class="alur-hasil__koreksi">{{.W.corrected}} <strong>{{.Corrected}}</strong></p>
{{- end}}
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
{{- if and .Results (not .Hits)}}
<p class="alur-hasil__saran">{{.W.tips}} <a href="{{.Prefix}}/layanan/">{{.W.all}}</a>.</p>
{{- end}}
</section>
<script src="{{.Script}}" defer></script>
`))

// renderResults writes the results fragment; res is nil when nothing was
// searched (an empty query) or the search failed.
func renderResults(w io.Writer, q Query, res *Results) error {
	lang := "id"
	if q.Lang == "en" {
		lang = "en"
	}
	d := pageData{Q: q, Results: res, W: words[lang], Script: ScriptPath}
	if lang == "en" {
		d.Prefix = "/en"
	}
	if res != nil {
		fill := strings.NewReplacer("{q}", q.Text).Replace
		d.Count = strings.ReplaceAll(fill(d.W["count"]), "{n}", strconv.Itoa(len(res.Hits)))
		d.None = fill(d.W["none"])
		d.Corrected = res.Corrected
		for _, h := range res.Hits {
			d.Hits = append(d.Hits, pageHit{Hit: h, Where: where(h, d.W), Snippet: template.HTML(h.Snippet)})
		}
	}
	return resultsTemplate.Execute(w, d)
}

// where says whose page a hit is.
func where(h Hit, w map[string]string) string {
	switch h.Kind {
	case KindService, KindOffice:
		return strings.NewReplacer("{o}", h.OfficeName, "{k}", h.KecamatanName).Replace(w["office"])
	case KindStandard:
		return w["city"]
	case KindKecamatan:
		return w["kecamatan"]
	}
	return ""
}

// fillShell splices the fragment into the shell at the marker and fills the
// search form with what was asked: the text in the q box, the chosen
// kecamatan and kelurahan selected. The shell is read with an HTML
// tokenizer and copied byte for byte except for the tags it changes.
func fillShell(shell, fragment []byte, q Query) []byte {
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
