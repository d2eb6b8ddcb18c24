package web

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// The resident pages the server renders (survey, results, poster,
// thank-you pages) are spliced into the page shell Hugo builds for the
// survey index (/survei/ and /en/survei/, layout "hear"), so they carry the
// site's stylesheet, header, footer and language. The shell's own content
// sits between these two markers and is replaced.
const (
	isiStart = "<!--alur:isi-->"
	isiEnd   = "<!--/alur:isi-->"
)

// shellPage is what is spliced into a shell.
type shellPage struct {
	Title string // the page's own title; the shell's " · site name" stays
	Body  []byte // the fragment between the markers
	// Alternates are the page's addresses by language ("id", "en"): the
	// shell's language links point there instead of at the survey index.
	Alternates map[string]string
}

// fillHearShell splices p into shell: the body replaces what lies between
// the markers, the title replaces the shell's own, the language links point
// at the page's other language, and the shell's canonical and alternate
// links (which name the survey index) are dropped. The shell is read with
// an HTML tokenizer and copied byte for byte except for what changes.
func fillHearShell(shell []byte, p shellPage) []byte {
	var out bytes.Buffer
	out.Grow(len(shell) + len(p.Body))
	z := html.NewTokenizer(bytes.NewReader(shell))
	skipping, inTitle, spliced := false, false, false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		switch tt {
		case html.CommentToken:
			switch "<!--" + string(z.Token().Data) + "-->" {
			case isiStart:
				if !spliced {
					out.Write(p.Body)
					spliced, skipping = true, true
				}
				continue
			case isiEnd:
				skipping = false
				continue
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			if skipping {
				continue
			}
			tok := z.Token()
			switch tok.Data {
			case "title":
				inTitle = true
			case "link":
				if rel := attr(tok, "rel"); rel == "canonical" || rel == "alternate" {
					continue
				}
			case "a":
				if lang := attr(tok, "hreflang"); lang != "" {
					if href, ok := p.Alternates[lang]; ok {
						setAttr(&tok, "href", href)
						out.WriteString(tok.String())
						continue
					}
				}
			}
		case html.TextToken:
			if inTitle {
				// Keep the shell's " · site name"; replace what precedes it.
				old := string(z.Text())
				rest := ""
				if i := strings.Index(old, " · "); i >= 0 {
					rest = old[i:]
				}
				out.WriteString(html.EscapeString(p.Title + rest))
				continue
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "title" {
				inTitle = false
			}
		}
		if skipping {
			continue
		}
		out.Write(raw)
	}
	if !spliced {
		return insertBeforeBodyEnd(out.Bytes(), p.Body)
	}
	return out.Bytes()
}

// siteRoot is the site's public address as the shell's canonical link
// names it ("https://example.go.id/"), found from the survey index's own
// address; "" when the shell has none.
func siteRoot(shell []byte, indexPath string) string {
	z := html.NewTokenizer(bytes.NewReader(shell))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if tok.Data == "link" && attr(tok, "rel") == "canonical" {
				href := attr(tok, "href")
				if root, ok := strings.CutSuffix(href, strings.TrimPrefix(indexPath, "/")); ok {
					return root
				}
				return ""
			}
			if tok.Data == "body" {
				return ""
			}
		}
	}
}
