// Package plainhugo makes the yardstick for alur's build speed: the same
// pages as a published alur build, as plain Markdown with minimal layouts,
// built by the same Hugo (through internal/hugosite, the one package that
// calls Hugo). "Same pages" means every page Hugo rendered in the alur
// build (not the kiosk, the search index or the data files, which alur
// makes without Hugo), at the same path, with the visible text of its
// <main>.
package plainhugo

import (
	"context"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/alurlayanan/alur/internal/hugosite"
)

// Make reads the published build in dir and writes the plain site into
// siteDir: content/ (one Markdown file per page) and theme/ (the layouts).
// It returns how many pages it wrote.
func Make(dir, siteDir string) (int, error) {
	var pages []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			top := strings.SplitN(rel, "/", 2)[0]
			if rel != "." && (top == "kiosk" || strings.HasPrefix(top, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Name() == "index.html" {
			pages = append(pages, path.Dir(rel))
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	branch := map[string]bool{}
	for _, p := range pages {
		for q := path.Dir(p); ; q = path.Dir(q) {
			branch[q] = true
			if q == "." || q == "/" {
				break
			}
		}
	}
	for _, p := range pages {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p), "index.html"))
		if err != nil {
			return 0, err
		}
		title, text := visible(data)
		name := "index.md"
		if branch[p] || p == "." {
			name = "_index.md"
		}
		md := "---\ntitle: " + quote(title) + "\n---\n\n" + text + "\n"
		file := filepath.Join(siteDir, "content", filepath.FromSlash(p), name)
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return 0, err
		}
		if err := os.WriteFile(file, []byte(md), 0o644); err != nil {
			return 0, err
		}
	}
	return len(pages), writeTheme(filepath.Join(siteDir, "theme"))
}

// layout is the one template every page uses: a document with the title
// and the text, nothing else.
const layout = `<!DOCTYPE html>
<html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main>{{ .Content }}</main></body></html>
`

func writeTheme(dir string) error {
	if err := os.MkdirAll(filepath.Join(dir, "layouts"), 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "layouts", "all.html"), []byte(layout), 0o644)
}

// Build builds the plain site in siteDir into out with Hugo.
func Build(ctx context.Context, siteDir, out string) (hugosite.Stats, error) {
	files := map[string][]byte{}
	content := filepath.Join(siteDir, "content")
	err := filepath.WalkDir(content, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(siteDir, p)
		files[filepath.ToSlash(rel)] = data
		return nil
	})
	if err != nil {
		return hugosite.Stats{}, err
	}
	return hugosite.Build(ctx, hugosite.Input{
		Files: files, ThemeDir: filepath.Join(siteDir, "theme"), OutDir: out,
		Config: hugosite.Config{BaseURL: "https://alur.example.go.id/", Title: "plain",
			Languages: []hugosite.Language{{Code: "id", Name: "Bahasa Indonesia"}}, TimeZone: "Asia/Jakarta"},
	})
}

// visible is a page's title and the text a reader sees in its <main>, one
// block per paragraph.
func visible(page []byte) (title, text string) {
	doc, err := html.Parse(strings.NewReader(string(page)))
	if err != nil {
		return "", ""
	}
	var main *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if title == "" && n.FirstChild != nil {
					title = strings.TrimSpace(n.FirstChild.Data)
				}
			case atom.Main:
				if main == nil {
					main = n
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if main == nil {
		return title, ""
	}
	var b strings.Builder
	var collect func(*html.Node)
	collect = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if t := strings.Join(strings.Fields(n.Data), " "); t != "" {
				b.WriteString(escape(t))
				b.WriteByte(' ')
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Svg:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			collect(c)
		}
		if n.Type == html.ElementNode && block[n.DataAtom] {
			b.WriteString("\n\n")
		}
	}
	collect(main)
	return title, strings.TrimSpace(b.String())
}

var block = map[atom.Atom]bool{atom.P: true, atom.Li: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.Tr: true, atom.Dd: true, atom.Dt: true, atom.Section: true, atom.Div: true, atom.Figcaption: true}

// escape keeps Markdown from reading the words as markup.
var escape = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "#", `\#`, "<", "&lt;", "[", `\[`, "]", `\]`).Replace

func quote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", " ").Replace(s) + `"`
}
