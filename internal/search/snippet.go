package search

import (
	"html"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/search"
)

// snippetFields are where a snippet may come from, in order of preference.
var snippetFields = []string{"ringkasan", "sebutan", "isi"}

// snippetBytes bounds the text of a snippet.
const snippetBytes = 200

// terms returns every term the plan searches for, to mark in snippets.
func (p plan) terms() map[string]bool {
	m := map[string]bool{}
	for _, s := range p.slots {
		for _, a := range s.alts {
			m[a.term] = true
		}
	}
	return m
}

// snippet shows why a page matched: text from the first field, in
// snippetFields order, that holds a searched term, with the words that
// match (in any form: "kelahiran" for "lahir", "kartu keluarga" for "kk")
// in <mark>. Everything else is escaped. A page that matched only in its
// title shows the start of its summary.
func (g *generation) snippet(h *search.DocumentMatch, marks map[string]bool) string {
	for _, f := range snippetFields {
		text := stored(h, f)
		var spans []span
		for _, tk := range g.analyzer.Analyze([]byte(text)) {
			if marks[string(tk.Term)] {
				spans = append(spans, span{tk.Start, tk.End})
			}
		}
		if len(spans) > 0 {
			return highlight(text, spans, snippetBytes)
		}
	}
	return html.EscapeString(cut(stored(h, "ringkasan"), snippetBytes))
}

type span struct{ start, end int }

// highlight escapes a window of about n bytes of text around the first
// span and marks the spans inside it.
func highlight(text string, spans []span, n int) string {
	slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	from := wordStart(text, max(0, spans[0].start-n/3))
	to := wordEnd(text, min(len(text), from+n))
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	at := from
	for _, s := range spans {
		if s.start < at || s.end > to {
			continue // inside a span already marked, or past the window
		}
		b.WriteString(html.EscapeString(text[at:s.start]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[s.start:s.end]))
		b.WriteString("</mark>")
		at = s.end
	}
	b.WriteString(html.EscapeString(text[at:to]))
	if to < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

// wordStart moves i forward to the start of a word, unless it is at one.
func wordStart(text string, i int) int {
	if i == 0 {
		return 0
	}
	if j := strings.IndexByte(text[i:], ' '); j >= 0 && j < 30 {
		return i + j + 1
	}
	return i
}

// wordEnd moves i back to the end of a word, unless it is at the end.
func wordEnd(text string, i int) int {
	if i >= len(text) {
		return len(text)
	}
	if j := strings.LastIndexByte(text[:i], ' '); j > 0 && i-j < 30 {
		return j
	}
	for i > 0 && !utf8RuneStart(text[i]) {
		i--
	}
	return i
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// cut shortens text to at most n bytes, at a word boundary, with an
// ellipsis when something was cut.
func cut(text string, n int) string {
	if len(text) <= n {
		return text
	}
	text = clip(text, n)
	if i := strings.LastIndexByte(text, ' '); i > n/2 {
		text = text[:i]
	}
	return strings.TrimRight(text, " ,.;:") + "…"
}
