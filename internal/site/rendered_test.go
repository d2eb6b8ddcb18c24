package site

import (
	"fmt"
	"testing"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/markdown"
)

func TestRenderCacheMatchesMarkdown(t *testing.T) {
	for _, src := range []flow.Markdown{"", "**KTP** asli", "Bawa *KK*.\n\n- satu\n- dua", "**KTP** asli"} {
		if got, want := html(src), string(markdown.HTML(src)); got != want {
			t.Errorf("html(%q) = %q, want %q", src, got, want)
		}
		if got, want := inline(src), string(markdown.Inline(src)); got != want {
			t.Errorf("inline(%q) = %q, want %q", src, got, want)
		}
	}
}

func TestRenderCacheRendersEachTextOnceAndForgetsStaleOnes(t *testing.T) {
	renders := map[flow.Markdown]int{}
	c := newRenderCache(func(src flow.Markdown) string { renders[src]++; return string(src) + "!" })
	if got := c.get("a"); got != "a!" {
		t.Fatalf("get(a) = %q, want a!", got)
	}
	c.get("a")
	if renders["a"] != 1 {
		t.Fatalf("a rendered %d times, want once", renders["a"])
	}
	// Two generations' worth of other texts push "a" out.
	for i := range 2 * renderCacheSize {
		c.get(flow.Markdown(fmt.Sprint(i)))
	}
	c.get("a")
	if renders["a"] != 2 {
		t.Errorf("a rendered %d times after aging out, want 2", renders["a"])
	}
	if n := len(c.cur) + len(c.older); n > 2*renderCacheSize {
		t.Errorf("cache holds %d texts, want at most %d", n, 2*renderCacheSize)
	}
}
