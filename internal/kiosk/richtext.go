package kiosk

import (
	"bytes"
	"html/template"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/markdown"
	"github.com/alurlayanan/alur/internal/memo"
)

// richText is staff Markdown made fit for the kiosk. Formatting stays; links
// become plain words, because a kiosk must never leave for another site, and
// every web address they pointed at comes back as a QR code the resident can
// open on a phone.
type richText struct {
	HTML  template.HTML
	Links []qrCode
}

// kioskText renders Markdown for the kiosk. Inline text (a line in a list)
// loses its paragraph, as markdown.Inline does. A city's offices repeat
// the same texts, so each is rendered once; templates only read the
// result, which pages may therefore share.
func kioskText(src flow.Markdown, inline bool) richText {
	if strings.TrimSpace(string(src)) == "" {
		return richText{}
	}
	return rendered.Get(textKey{src, inline}, func(k textKey) richText { return renderText(k.src, k.inline) })
}

type textKey struct {
	src    flow.Markdown
	inline bool
}

var rendered = memo.New[textKey, richText](1 << 14)

func renderText(src flow.Markdown, inline bool) richText {
	rendered := markdown.HTML(src)
	if inline {
		rendered = markdown.Inline(src)
	}
	context := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(string(rendered)), context)
	if err != nil {
		// The parser only fails on reader errors; a strings.Reader has none.
		return richText{HTML: template.HTML(template.HTMLEscapeString(markdown.Text(src)))}
	}
	var urls []string
	var b bytes.Buffer
	for _, n := range nodes {
		unlink(n, &urls)
		_ = html.Render(&b, n) // writes to a bytes.Buffer cannot fail
	}
	out := richText{HTML: template.HTML(b.String())} // #nosec: goldmark output with raw HTML off, re-rendered by the parser
	for _, u := range urls {
		if code := linkQR(u, pageWords["link-qr"]); code != nil {
			out.Links = append(out.Links, *code)
		}
	}
	return out
}

// unlink turns links into spans and images into their alt text, collecting
// web addresses once each.
func unlink(n *html.Node, urls *[]string) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		unlink(c, urls)
		c = next
	}
	if n.Type != html.ElementNode {
		return
	}
	switch n.DataAtom {
	case atom.A:
		if u := webAddress(attr(n, "href")); u != "" && !slices.Contains(*urls, u) {
			*urls = append(*urls, u)
		}
		n.Data, n.DataAtom = "span", atom.Span
		n.Attr = []html.Attribute{{Key: "class", Val: "k-link"}}
	case atom.Img:
		n.Type, n.Data, n.DataAtom, n.Attr = html.TextNode, attr(n, "alt"), 0, nil
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// webAddress returns href when a phone can open it: an absolute http or
// https address. mailto: and tel: links keep their words, which already show
// the address or number.
func webAddress(href string) string {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return ""
	}
	return u.String()
}
