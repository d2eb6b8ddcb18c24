package site

import (
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/markdown"
	"github.com/alurlayanan/alur/internal/memo"
)

// A city repeats the same Markdown on every office that offers a service
// (57 times in Malang), and the live preview regenerates every page after
// each save, so rendering each distinct text once is most of the work saved.
var (
	blockHTML  = memo.New[flow.Markdown, string](renderCacheSize)
	inlineHTML = memo.New[flow.Markdown, string](renderCacheSize)
)

func html(src flow.Markdown) string {
	return blockHTML.Get(src, func(src flow.Markdown) string { return string(markdown.HTML(src)) })
}

func inline(src flow.Markdown) string {
	return inlineHTML.Get(src, func(src flow.Markdown) string { return string(markdown.Inline(src)) })
}

// renderCacheSize bounds each generation of a cache; a city's distinct texts
// fit many times over, and a long preview session's stale edits age out.
const renderCacheSize = 1 << 14
