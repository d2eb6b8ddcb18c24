package site

import (
	"sync"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/markdown"
)

// A city repeats the same Markdown on every office that offers a service
// (57 times in Malang), and the live preview regenerates every page after
// each save, so rendering each distinct text once is most of the work saved.
var (
	blockHTML  = newRenderCache(func(src flow.Markdown) string { return string(markdown.HTML(src)) })
	inlineHTML = newRenderCache(func(src flow.Markdown) string { return string(markdown.Inline(src)) })
)

func html(src flow.Markdown) string   { return blockHTML.get(src) }
func inline(src flow.Markdown) string { return inlineHTML.get(src) }

// renderCacheSize bounds each generation of a cache; a city's distinct texts
// fit many times over, and a long preview session's stale edits age out.
const renderCacheSize = 1 << 14

// renderCache remembers renderings by source text. It keeps two
// generations: when the current one fills up it becomes the previous one,
// so texts still in use survive and the rest are dropped.
type renderCache struct {
	render func(flow.Markdown) string

	mu         sync.Mutex
	cur, older map[flow.Markdown]string
}

func newRenderCache(render func(flow.Markdown) string) *renderCache {
	return &renderCache{render: render, cur: map[flow.Markdown]string{}}
}

func (c *renderCache) get(src flow.Markdown) string {
	c.mu.Lock()
	out, ok := c.cur[src]
	if !ok {
		out, ok = c.older[src]
	}
	c.mu.Unlock()
	if !ok {
		out = c.render(src)
	}
	c.keep(src, out)
	return out
}

func (c *renderCache) keep(src flow.Markdown, out string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.cur[src]; ok {
		return
	}
	if len(c.cur) >= renderCacheSize {
		c.older, c.cur = c.cur, map[flow.Markdown]string{}
	}
	c.cur[src] = out
}
