// Package markdown renders the Markdown staff write in YAML text fields.
//
// Raw HTML is never passed through (goldmark drops it unless told otherwise)
// and a link keeps its target only when that target, decoded as a browser
// decodes it, is http, https, mailto, tel or relative (SafeURL), so text
// from YAML cannot inject markup or script into a page.
package markdown

import (
	"bytes"
	"html/template"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// md has raw HTML off: that is goldmark's default, and we never enable
// html.WithUnsafe. Its safe renderer would still print a placeholder
// comment for raw HTML and an empty href (a link to the page itself) for a
// dangerous link; safeRenderer drops the first and keeps only the words of
// the second.
var md = goldmark.New(
	goldmark.WithExtensions(extension.Linkify, extension.Strikethrough),
	goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(safeRenderer{}, 100))),
)

type safeRenderer struct{}

func (safeRenderer) RegisterFuncs(r renderer.NodeRendererFuncRegisterer) {
	skip := func(util.BufWriter, []byte, ast.Node, bool) (ast.WalkStatus, error) { return ast.WalkSkipChildren, nil }
	r.Register(ast.KindRawHTML, skip)
	r.Register(ast.KindHTMLBlock, skip)
	r.Register(ast.KindLink, renderLink)
	r.Register(ast.KindAutoLink, renderAutoLink)
	r.Register(ast.KindImage, renderImage)
}

// renderLink writes a link, or only its words when its target is not safe.
func renderLink(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	link := n.(*ast.Link)
	dest, ok := SafeURL(link.Destination)
	if !ok {
		return ast.WalkContinue, nil
	}
	if entering {
		w.WriteString(`<a href="`)
		w.Write(util.EscapeHTML(util.URLEscape(dest, false)))
		w.WriteByte('"')
		if link.Title != nil {
			w.WriteString(` title="`)
			w.Write(util.EscapeHTML(link.Title))
			w.WriteByte('"')
		}
		w.WriteByte('>')
	} else {
		w.WriteString("</a>")
	}
	return ast.WalkContinue, nil
}

func renderAutoLink(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	l := n.(*ast.AutoLink)
	url, label := l.URL(source), l.Label(source)
	if l.AutoLinkType == ast.AutoLinkEmail && !bytes.HasPrefix(bytes.ToLower(url), []byte("mailto:")) {
		url = append([]byte("mailto:"), url...)
	}
	dest, ok := SafeURL(url)
	if !ok {
		w.Write(util.EscapeHTML(label))
		return ast.WalkContinue, nil
	}
	w.WriteString(`<a href="`)
	w.Write(util.EscapeHTML(util.URLEscape(dest, false)))
	w.WriteString(`">`)
	w.Write(util.EscapeHTML(label))
	w.WriteString("</a>")
	return ast.WalkContinue, nil
}

// renderImage writes only an image's words (its children): pages load
// nothing from other origins, and a picture staff link to could be anything.
func renderImage(util.BufWriter, []byte, ast.Node, bool) (ast.WalkStatus, error) {
	return ast.WalkContinue, nil
}

// safeSchemes are the only schemes a link from staff text may use.
var safeSchemes = []string{"http", "https", "mailto", "tel"}

// SafeURL decodes a link target the way a browser will read it (backslash
// escapes, character references, then dropping the tabs, line breaks and
// control characters browsers ignore) and returns it when its scheme is
// one of safeSchemes, or when it has none (a relative link). The decision
// is made on the decoded text: "&#106;avascript:" is javascript: to a
// browser, whatever the raw text looks like.
func SafeURL(raw []byte) ([]byte, bool) {
	dec := util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(raw)))
	clean := make([]byte, 0, len(dec))
	for _, c := range dec {
		if c > ' ' && c != 0x7f {
			clean = append(clean, c)
		}
	}
	if !utf8.Valid(clean) {
		return nil, false
	}
	scheme, ok := schemeOf(string(clean))
	if !ok {
		return clean, true // relative: this site
	}
	return clean, slices.Contains(safeSchemes, strings.ToLower(scheme))
}

// schemeOf returns the scheme of an absolute URL: letters, digits, + - .
// before the first colon, with no / ? # before it.
func schemeOf(u string) (string, bool) {
	i := strings.IndexAny(u, ":/?#")
	if i < 0 || u[i] != ':' {
		return "", false
	}
	for j, r := range u[:i] {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !letter && (j == 0 || !(r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')) {
			// Not a scheme as URL parsers read it; a browser would still
			// not run it, but nothing good is meant by it either.
			return u[:i], true
		}
	}
	return u[:i], true
}

// HTML renders Markdown to safe HTML.
func HTML(src flow.Markdown) template.HTML {
	if src == "" {
		return ""
	}
	var buf bytes.Buffer
	if err := md.Convert([]byte(src), &buf); err != nil {
		// goldmark only fails on writer errors, which a bytes.Buffer never returns.
		return template.HTML(template.HTMLEscapeString(string(src)))
	}
	return template.HTML(buf.String()) // #nosec: rendered with raw HTML off
}

// Inline renders Markdown that is meant to sit inside a sentence or a list
// item: a single paragraph loses its <p> wrapper.
func Inline(src flow.Markdown) template.HTML {
	h := strings.TrimSpace(string(HTML(src)))
	if strings.HasPrefix(h, "<p>") && strings.HasSuffix(h, "</p>") && strings.Count(h, "<p>") == 1 {
		h = h[len("<p>") : len(h)-len("</p>")]
	}
	return template.HTML(h)
}

// Text returns the words of the Markdown without markup, for search
// indexing, meta descriptions and structured data.
func Text(src flow.Markdown) string {
	source := []byte(src)
	doc := md.Parser().Parse(text.NewReader(source))
	var b strings.Builder
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if n.Type() == ast.TypeBlock && b.Len() > 0 {
				b.WriteByte(' ')
			}
			return ast.WalkContinue, nil
		}
		switch t := n.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(source))
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.CodeSpan:
			for c := t.FirstChild(); c != nil; c = c.NextSibling() {
				if s, ok := c.(*ast.Text); ok {
					b.Write(s.Segment.Value(source))
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.AutoLink:
			b.Write(t.Label(source))
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(strings.Fields(b.String()), " ")
}

// UnsafeLinks returns the targets of the links in src that HTML would
// render as plain words because SafeURL refuses them, decoded, so the
// checker can tell staff at the line.
func UnsafeLinks(src flow.Markdown) []string {
	if !strings.ContainsAny(string(src), ":&\\") {
		return nil // no scheme, no reference, no escape: every link is relative
	}
	source := []byte(src)
	var bad []string
	_ = ast.Walk(md.Parser().Parse(text.NewReader(source)), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var dest []byte
		switch l := n.(type) {
		case *ast.Link:
			dest = l.Destination
		case *ast.Image:
			dest = l.Destination
		case *ast.AutoLink:
			dest = l.URL(source)
		default:
			return ast.WalkContinue, nil
		}
		if clean, ok := SafeURL(dest); !ok {
			bad = append(bad, string(clean))
		}
		return ast.WalkContinue, nil
	})
	return bad
}
