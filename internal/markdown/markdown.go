// Package markdown renders the Markdown staff write in YAML text fields.
//
// Raw HTML is never passed through (goldmark drops it unless told otherwise)
// and links with dangerous schemes (javascript:, vbscript:, data: outside
// images) lose their target, so text from YAML cannot inject markup or script
// into a page.
package markdown

import (
	"bytes"
	"html/template"
	"strings"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
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
}

// renderLink writes a link, or only its words when its target is
// dangerous (javascript:, vbscript:, data:).
func renderLink(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	link := n.(*ast.Link)
	if html.IsDangerousURL(link.Destination) {
		return ast.WalkContinue, nil
	}
	if entering {
		w.WriteString(`<a href="`)
		w.Write(util.EscapeHTML(util.URLEscape(link.Destination, true)))
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
	if html.IsDangerousURL(url) {
		w.Write(util.EscapeHTML(label))
		return ast.WalkContinue, nil
	}
	w.WriteString(`<a href="`)
	w.Write(util.EscapeHTML(util.URLEscape(url, false)))
	w.WriteString(`">`)
	w.Write(util.EscapeHTML(label))
	w.WriteString("</a>")
	return ast.WalkContinue, nil
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
