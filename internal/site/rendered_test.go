package site

import (
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
