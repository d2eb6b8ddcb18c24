package hugosite

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func testInput(t *testing.T) Input {
	t.Helper()
	return Input{
		Files: map[string][]byte{
			"content/layanan/_index.md":      []byte(`{"title": "Layanan"}`),
			"content/layanan/sktm.md":        []byte(`{"title": "SKTM", "note": "<b>catatan</b>"}`),
			"content/layanan/sktm.en.md":     []byte(`{"title": "SKTM", "note": "note in English"}`),
			"content/layanan/domisili.md":    []byte(`{"title": "Domisili", "note": "lama"}`),
			"content/layanan/domisili.en.md": []byte(`{"title": "Domisili", "note": "old"}`),
		},
		ThemeDir:   "testdata/theme",
		ContentDir: "testdata/content",
		Config: Config{
			BaseURL:   "https://alur.example/",
			Title:     "Alur Layanan",
			Languages: []Language{{Code: "id", Name: "Bahasa Indonesia"}, {Code: "en", Name: "English"}},
			TimeZone:  "Asia/Jakarta",
		},
		OutDir: t.TempDir(),
	}
}

// builtSession opens a session on in and builds it; it closes when the
// test ends.
func builtSession(t *testing.T, in Input) *Session {
	t.Helper()
	s, err := Open(in)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Build(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s
}

func readOut(t *testing.T, in Input, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(in.OutDir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func assertContains(t *testing.T, in Input, name string, want ...string) {
	t.Helper()
	got := readOut(t, in, name)
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%s lacks %q:\n%s", name, w, got)
		}
	}
}

func TestBuildWritesBothLanguagesAndNothingElsewhere(t *testing.T) {
	t.Setenv("HUGO_BASEURL", "https://wrong.example/")
	t.Setenv("HUGO_TITLE", "Wrong")
	wd := t.TempDir()
	t.Chdir(wd)
	in := testInput(t)
	in.ThemeDir = filepath.Join(testdataAbs, "theme")
	in.ContentDir = filepath.Join(testdataAbs, "content")

	stats, err := Build(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if len(stats.Warnings) > 0 {
		t.Errorf("warnings: %q", stats.Warnings)
	}
	if stats.Pages == 0 {
		t.Error("no pages counted")
	}
	assertContains(t, in, "index.html", `<html lang="id">`, "Selamat datang di Alur Layanan", `href="/layanan/sktm/"`)
	assertContains(t, in, "en/index.html", `<html lang="en">`, "Welcome to Alur Layanan", `href="/en/layanan/sktm/"`)
	assertContains(t, in, "layanan/sktm/index.html", "&lt;b&gt;catatan&lt;/b&gt;")
	assertContains(t, in, "tentang/index.html", "Halaman tulisan tangan.")
	assertContains(t, in, "en/tentang/index.html", "A hand-written page.")
	assertContains(t, in, "sitemap.xml", "https://alur.example/")

	left, err := os.ReadDir(wd)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range left {
		t.Errorf("build left %s in the working directory", e.Name())
	}
}

// testdataAbs is testdata as an absolute path, taken before any test
// changes directory.
var testdataAbs, _ = filepath.Abs("testdata")

func TestGeneratedFileMayNotReplaceHandWrittenPage(t *testing.T) {
	in := testInput(t)
	in.Files["content/tentang.md"] = []byte(`{"title": "x"}`)
	if _, err := Build(context.Background(), in); err == nil || !strings.Contains(err.Error(), "content/tentang.md") {
		t.Fatalf("err = %v, want a refusal naming content/tentang.md", err)
	}
}

func TestGeneratedPathMustStayInsideSite(t *testing.T) {
	for _, name := range []string{"../escape.md", "/abs.md", "content/../../x.md", ""} {
		in := testInput(t)
		in.Files = map[string][]byte{name: []byte("{}")}
		if _, err := Build(context.Background(), in); err == nil || !strings.Contains(err.Error(), "bad generated path") {
			t.Errorf("path %q: err = %v, want a refusal", name, err)
		}
	}
}

func TestSessionSetFilesRebuildsChangedPages(t *testing.T) {
	t.Run("one file at a time", func(t *testing.T) { testSetFiles(t) })
	t.Run("everything at once", func(t *testing.T) {
		defer func(n int) { maxOneByOne = n }(maxOneByOne)
		maxOneByOne = 0
		testSetFiles(t)
	})
}

func testSetFiles(t *testing.T) {
	in := testInput(t)
	s := builtSession(t, in)
	ctx := context.Background()
	files := map[string][]byte{}
	for k, v := range in.Files {
		files[k] = v
	}
	files["content/layanan/sktm.md"] = []byte(`{"title": "SKTM", "note": "baru"}`)
	files["content/layanan/kematian.md"] = []byte(`{"title": "Kematian"}`)
	files["content/layanan/kematian.en.md"] = []byte(`{"title": "Death"}`)
	delete(files, "content/layanan/domisili.md")
	delete(files, "content/layanan/domisili.en.md")

	stats, err := s.SetFiles(ctx, files)
	if err != nil {
		t.Fatal(err)
	}
	if len(stats.Warnings) > 0 {
		t.Errorf("warnings: %q", stats.Warnings)
	}
	assertContains(t, in, "layanan/sktm/index.html", `<p class="note">baru</p>`)
	assertContains(t, in, "layanan/kematian/index.html", "<h1>Kematian</h1>")
	assertContains(t, in, "layanan/index.html", `href="/layanan/kematian/"`)
	if got := readOut(t, in, "layanan/index.html"); strings.Contains(got, "domisili") {
		t.Errorf("removed page still listed:\n%s", got)
	}
}

// Hugo 0.165 re-renders only the first of several pages changed in one
// build; the session must not inherit that.
func TestSessionRebuildsSiblingPagesChangedTogether(t *testing.T) {
	in := testInput(t)
	s := builtSession(t, in)
	ctx := context.Background()
	files := map[string][]byte{}
	for k, v := range in.Files {
		files[k] = []byte(strings.Replace(string(v), `"note": "`, `"note": "diubah `, 1))
	}
	if _, err := s.SetFiles(ctx, files); err != nil {
		t.Fatal(err)
	}
	for _, page := range []string{"layanan/sktm/index.html", "layanan/domisili/index.html", "en/layanan/sktm/index.html", "en/layanan/domisili/index.html"} {
		assertContains(t, in, page, `<p class="note">diubah `)
	}
}

func TestSessionRebuildReadsChangedThemeFiles(t *testing.T) {
	in := testInput(t)
	theme := filepath.Join(t.TempDir(), "alur")
	if err := os.CopyFS(theme, os.DirFS(in.ThemeDir)); err != nil {
		t.Fatal(err)
	}
	in.ThemeDir = theme
	s := builtSession(t, in)
	ctx := context.Background()
	page := filepath.Join(theme, "layouts", "page.html")
	if err := os.WriteFile(page, []byte(`{{ define "main" }}<h2>changed {{ .Title }}</h2>{{ end }}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Rebuild(ctx, []string{page}); err != nil {
		t.Fatal(err)
	}
	assertContains(t, in, "layanan/sktm/index.html", "<h2>changed SKTM</h2>")
	assertContains(t, in, "en/layanan/sktm/index.html", "<h2>changed SKTM</h2>")

	if _, err := s.Rebuild(ctx, []string{"/etc/passwd"}); err == nil {
		t.Error("a path outside the theme and content folders was accepted")
	}
}

func TestRebuildBeforeBuildFails(t *testing.T) {
	s, err := Open(testInput(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.SetFiles(context.Background(), nil); err == nil {
		t.Error("SetFiles before Build succeeded")
	}
}

// In fast-render mode a change reaches the pages asked for at once and
// the others when they are asked for.
func TestFastRenderRendersChangedPagesWhenAskedFor(t *testing.T) {
	in := testInput(t)
	in.FastRender = true
	s := builtSession(t, in)
	ctx := context.Background()
	if _, err := s.RenderPages(ctx, "/layanan/sktm/"); err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for k, v := range in.Files {
		files[k] = []byte(strings.Replace(string(v), `"note": "`, `"note": "diubah `, 1))
	}
	if _, err := s.SetFiles(ctx, files); err != nil {
		t.Fatal(err)
	}
	assertContains(t, in, "layanan/sktm/index.html", `<p class="note">diubah `)
	if got := readOut(t, in, "layanan/domisili/index.html"); strings.Contains(got, "diubah") {
		t.Errorf("a page nobody asked for was rendered at once:\n%s", got)
	}
	if _, err := s.RenderPages(ctx, "/layanan/domisili/", "/en/layanan/domisili/"); err != nil {
		t.Fatal(err)
	}
	assertContains(t, in, "layanan/domisili/index.html", `<p class="note">diubah lama`)
	assertContains(t, in, "en/layanan/domisili/index.html", `<p class="note">diubah old`)
}

// A fast-render session renders a generated page of Input.Lazy only once
// a tab asks for it: Hugo checks every page it has rendered on each rebuild, so the
// first build and every edit cost the pages staff look at. Pages not yet
// rendered are still listed and linked, and a file that carries a build
// option of its own keeps it.
func TestFastRenderRendersAGeneratedPageWhenFirstAskedFor(t *testing.T) {
	in := testInput(t)
	in.FastRender = true
	in.Lazy = []string{"content/layanan/"}
	in.Files["content/layanan/draft.md"] = []byte(` {"build": {"render": "never"}, "title": "Draf"}`)
	in.Files["content/layanan/empty.md"] = []byte(`{}`)
	in.Files["content/survei.md"] = []byte(`{"title": "Survei", "note": "cangkang"}`)
	s := builtSession(t, in)
	assertContains(t, in, "survei/index.html", "cangkang") // not in Lazy: rendered as always
	for _, page := range []string{"layanan/sktm/index.html", "en/layanan/domisili/index.html", "layanan/empty/index.html"} {
		if _, err := os.Stat(filepath.Join(in.OutDir, page)); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s was rendered before anyone asked for it (err %v)", page, err)
		}
	}
	assertContains(t, in, "tentang/index.html", "<h1>") // hand-written pages render as always
	ctx := context.Background()
	if _, err := s.RenderPages(ctx, "/layanan/", "/layanan/sktm/", "/layanan/draft/", "/layanan/empty/"); err != nil {
		t.Fatal(err)
	}
	assertContains(t, in, "layanan/index.html", `<a href="/layanan/domisili/">Domisili</a>`, `<a href="/layanan/sktm/">SKTM</a>`)
	assertContains(t, in, "layanan/sktm/index.html", `<p class="note">&lt;b&gt;catatan&lt;/b&gt;</p>`)
	assertContains(t, in, "layanan/empty/index.html", `<p class="note"></p>`)
	if _, err := os.Stat(filepath.Join(in.OutDir, "layanan/draft/index.html")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a page whose file says render: never was rendered (err %v)", err)
	}
	if _, err := os.Stat(filepath.Join(in.OutDir, "en/layanan/sktm/index.html")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the other language of the page asked for was rendered too (err %v)", err)
	}
}

// A tab that gives up on its page (a reload while the page waited for a
// save) must not leave that page unrendered for good.
func TestFastRenderRendersAPageAskedForAgainAfterACancel(t *testing.T) {
	in := testInput(t)
	in.FastRender = true
	in.Lazy = []string{"content/layanan/"}
	s := builtSession(t, in)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.RenderPages(cancelled, "/layanan/sktm/"); err == nil {
		t.Fatal("a render with its context cancelled succeeded")
	}
	if _, err := s.RenderPages(context.Background(), "/layanan/sktm/"); err != nil {
		t.Fatal(err)
	}
	assertContains(t, in, "layanan/sktm/index.html", "<h1>SKTM</h1>")
}

// Hugo leaves what it rendered in place; a page whose file is gone must
// not go on being served from the output folder.
func TestSetFilesTakesDownRemovedPages(t *testing.T) {
	for _, fast := range []bool{false, true} {
		in := testInput(t)
		in.FastRender = fast
		s := builtSession(t, in)
		ctx := context.Background()
		readOut(t, in, "en/layanan/domisili/index.html")
		files := maps.Clone(in.Files)
		delete(files, "content/layanan/domisili.md")
		delete(files, "content/layanan/domisili.en.md")
		if _, err := s.SetFiles(ctx, files); err != nil {
			t.Fatal(err)
		}
		for _, gone := range []string{"layanan/domisili", "en/layanan/domisili"} {
			if _, err := os.Stat(filepath.Join(in.OutDir, gone)); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("fast render %v: %s still there after its file was removed (err %v)", fast, gone, err)
			}
		}
		assertContains(t, in, "layanan/sktm/index.html", "catatan")
	}
}

// An edit to both languages of the page open in a tab renders that page
// only: Hugo marks the other language as touched, and the session must
// not take that for a tab asking for it, or every later edit would cost a
// second build. The other language shows the edit when asked for.
func TestFastRenderEditsTheOpenLanguageOnly(t *testing.T) {
	in := testInput(t)
	in.FastRender = true
	s := builtSession(t, in)
	ctx := context.Background()
	if _, err := s.RenderPages(ctx, "/layanan/sktm/"); err != nil {
		t.Fatal(err)
	}
	files := maps.Clone(in.Files)
	for i := range 2 {
		for _, name := range []string{"content/layanan/sktm.md", "content/layanan/sktm.en.md"} {
			files[name] = []byte(fmt.Sprintf(`{"title": "SKTM", "note": "versi %d"}`, i))
		}
		if _, err := s.SetFiles(ctx, maps.Clone(files)); err != nil {
			t.Fatal(err)
		}
		assertContains(t, in, "layanan/sktm/index.html", fmt.Sprintf(`<p class="note">versi %d</p>`, i))
		if s.visited.Contains("/en/layanan/sktm/") {
			t.Fatalf("edit %d: the English page counts as open", i)
		}
		if _, held := s.held[path.Join(siteRoot, "content/layanan/sktm.en.md")]; !held {
			t.Errorf("edit %d: the English page's change was rendered at once, not held (held: %v)", i, slices.Collect(maps.Keys(s.held)))
		}
	}
	if _, err := s.RenderPages(ctx, "/en/layanan/sktm/"); err != nil {
		t.Fatal(err)
	}
	assertContains(t, in, "en/layanan/sktm/index.html", `<p class="note">versi 1</p>`)
}
