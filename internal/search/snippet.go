package search

import (
	"html"
	"strings"

	"github.com/blevesearch/bleve/v2/search"
)

// snippetFields are where a snippet may come from, in order of preference.
var snippetFields = []string{"ringkasan", "sebutan", "isi"}

// snippetBytes bounds a snippet made without a match.
const snippetBytes = 200

// snippet returns the fragment that shows why a page matched: the first
// field, in snippetFields order, where a word matched. bleve's HTML
// highlighter escapes the text and adds only <mark> elements. A page that
// matched only in its title shows the start of its summary.
func snippet(h *search.DocumentMatch) string {
	for _, f := range snippetFields {
		for _, frag := range h.Fragments[f] {
			if strings.Contains(frag, "<mark>") {
				return strings.TrimSpace(frag)
			}
		}
	}
	return html.EscapeString(cut(stored(h, "ringkasan"), snippetBytes))
}

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
