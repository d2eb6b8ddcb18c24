package hugosite

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const hostileLD = `</script><script>alert(1)</script>`

// What a hand-written page may not set, in each front matter format Hugo
// reads, and where the message points.
func TestHandWrittenPageMayNotSetGeneratedParameters(t *testing.T) {
	for _, c := range []struct{ name, file, at string }{
		{"yaml alur", "---\ntitle: T\nalur:\n  jsonld_js: '" + hostileLD + "'\n---\nbody\n", "x.md:3:1"},
		{"yaml params.alur, other case", "---\ntitle: T\nparams:\n  Alur:\n    diagram_html: '<img src=x onerror=alert(1)>'\n---\n", "x.md:4:3"},
		{"yaml cascade", "---\ntitle: T\ncascade:\n  params:\n    alur:\n      jsonld_js: '" + hostileLD + "'\n---\n", "x.md:3:1"},
		{"toml params.alur", "+++\ntitle = 'T'\n[params.alur]\njsonld_js = '" + hostileLD + "'\n+++\n", "x.md:3:2"},
		{"toml cascade", "+++\ntitle = 'T'\n[[cascade]]\n[cascade.params]\nx = 1\n+++\n", "x.md:3:3"},
		{"json alur", "{\n  \"title\": \"T\",\n  \"alur\": {\"jsonld_js\": \"x\"}\n}\nbody\n", "x.md:3:4"},
	} {
		err := checkHandWritten("content/x.md", []byte(c.file))
		if err == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, "content/"+c.at+": ") || !strings.Contains(msg, "halaman tulisan tangan") {
			t.Errorf("%s: %q, want it at %s, in Indonesian", c.name, msg, c.at)
		}
	}
	if err := checkHandWritten("content/x/_content.gotmpl", []byte(`{{ .AddPage (dict "path" "p") }}`)); err == nil || !strings.Contains(err.Error(), "_content.gotmpl:1:1: adaptor konten") {
		t.Errorf("a content adapter: %v", err)
	}
	for name, file := range map[string]string{
		"content/ok.md":         "---\ntitle: Tentang\ndescription: \"alur: apa itu\"\nparams:\n  other: 1\n---\nalur: a word in the text\n",
		"content/ok.en.md":      "+++\ntitle = 'About'\n+++\n",
		"content/bundle/map.md": "no front matter at all\n",
		"content/bundle/a.png":  "\x89PNG alur: not a page",
	} {
		if err := checkHandWritten(name, []byte(file)); err != nil {
			t.Errorf("%s refused: %v", name, err)
		}
	}
}

// The refusal stops a build before Hugo renders anything, and stops a
// rebuild of the live preview when a page is edited that way.
func TestBuildRefusesAHandWrittenPageThatSetsAlur(t *testing.T) {
	in := testInput(t)
	content := t.TempDir()
	if err := os.CopyFS(content, os.DirFS(in.ContentDir)); err != nil {
		t.Fatal(err)
	}
	in.ContentDir = content
	hostile := filepath.Join(content, "tentang.md")
	page := []byte("---\ntitle: Tentang\ncascade:\n  params:\n    alur:\n      jsonld_js: '" + hostileLD + "'\n---\nHalaman.\n")
	if err := os.WriteFile(hostile, page, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(context.Background(), in); err == nil || !strings.Contains(err.Error(), hostile+":3:1") {
		t.Fatalf("err = %v, want a refusal at %s:3:1", err, hostile)
	}
	if left, _ := os.ReadDir(in.OutDir); len(left) > 0 {
		t.Errorf("the refused build wrote %d entries", len(left))
	}

	if err := os.WriteFile(hostile, []byte("---\ntitle: Tentang\n---\nHalaman tulisan tangan.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := builtSession(t, in)
	if err := os.WriteFile(hostile, page, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Rebuild(context.Background(), []string{hostile}); err == nil || !strings.Contains(err.Error(), hostile+":3:1") {
		t.Fatalf("rebuild: err = %v, want a refusal", err)
	}
	assertContains(t, in, "tentang/index.html", "Halaman tulisan tangan.")
	if strings.Contains(readOut(t, in, "tentang/index.html"), "alert(1)") {
		t.Error("the refused edit reached the page")
	}
}
