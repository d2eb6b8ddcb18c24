package hugosite

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/gohugoio/hugo/parser/pageparser"

	"github.com/alurlayanan/alur/internal/locale"
)

// The theme trusts a page's alur parameters: the generator writes them, and
// some are HTML or script it has already escaped (a flow diagram, the
// structured data). A hand-written page could set them too, in its own
// front matter or, through cascade, in other pages' (a service page takes a
// cascaded value where its own is missing), and so put a live script on
// the site. Hugo refuses raw HTML content by itself (security.allowContent);
// checkHandWritten refuses the rest before Hugo reads the page.

// reservedKey is the parameter that belongs to generated pages.
const reservedKey = "alur"

// contentExts are the files Hugo reads as pages, by extension.
var contentExts = map[string]bool{
	".md": true, ".markdown": true, ".mdown": true, ".html": true, ".htm": true,
	".org": true, ".adoc": true, ".asciidoc": true, ".ad": true, ".pandoc": true, ".pdc": true, ".rst": true,
}

// checkHandWritten refuses a hand-written file that would set generated
// pages' parameters: front matter with an alur key (at the top or under
// params) or a cascade, and content adapters, which make pages with any
// parameters. name is the file's path on disk, for the message.
func checkHandWritten(name string, data []byte) error {
	if path.Base(name) == "_content.gotmpl" {
		return handWrittenError(name, 1, 1, "hugosite.handwritten.adapter")
	}
	if !contentExts[strings.ToLower(path.Ext(name))] {
		return nil // a page bundle's image, say
	}
	page, err := pageparser.ParseFrontMatterAndContent(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	for key, v := range page.FrontMatter {
		key = strings.ToLower(key)
		if key == reservedKey || key == "cascade" || key == "params" && hasKey(v, reservedKey) {
			line, col := keyPosition(data, key)
			return handWrittenError(name, line, col, "hugosite.handwritten.reserved")
		}
	}
	return nil
}

// hasKey reports whether v is a map with key, in any case (Hugo lowercases
// parameter names).
func hasKey(v any, key string) bool {
	m, ok := v.(map[string]any)
	if !ok {
		return false
	}
	for k := range m {
		if strings.EqualFold(k, key) {
			return true
		}
	}
	return false
}

// keyLine finds where front matter in YAML ("alur:"), TOML ("alur =",
// "[params.alur]", "[[cascade]]") or JSON ("\"alur\":") names a key.
var keyLine = regexp.MustCompile(`(?i)^\s*(?:\[\[?\s*)?"?(params\.)?(alur|cascade|params)"?\s*(?:[:=\].]|$)`)

// keyPosition is the line and column where the front matter first names
// key, or alur for params (which holds it), or 1, 1 when it cannot tell.
func keyPosition(data []byte, key string) (line, col int) {
	lines := strings.Split(string(data), "\n")
	find := func(want string) (int, int, bool) {
		for i, l := range lines {
			m := keyLine.FindStringSubmatchIndex(l)
			if m == nil || strings.ToLower(l[m[4]:m[5]]) != want {
				continue
			}
			start := m[4]
			if m[2] >= 0 {
				start = m[2] // "params.alur"
			}
			return i + 1, start + 1, true
		}
		return 0, 0, false
	}
	if key == "params" {
		if line, col, ok := find(reservedKey); ok {
			return line, col
		}
	}
	if line, col, ok := find(key); ok {
		return line, col
	}
	return 1, 1
}

func handWrittenError(name string, line, col int, msg string) error {
	return fmt.Errorf("%s:%d:%d: %s", name, line, col, locale.Get(msg).Both())
}
