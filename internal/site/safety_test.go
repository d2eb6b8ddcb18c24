package site

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// htmlPages returns every built HTML page by path.
func htmlPages(t *testing.T) map[string]string {
	t.Helper()
	root := builtSite(t)
	pages := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		pages[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) < 2*len(pagesOfFixture) {
		t.Fatalf("only %d pages built", len(pages))
	}
	return pages
}

// The fixture's usaha service and Oro-oro Dowo office carry HTML, script,
// javascript: links, template syntax and quotes in every kind of field.
func TestHostileTextNeverReachesAPageUnescaped(t *testing.T) {
	unescaped := []string{
		"<script>alert", "</script><img", "<img src=x", "<iframe", "javascript:",
		"<b>tebal", "<b>Gedung", "<b>loket", "<b>kiri", "<em>\"orang", "alert('piket')</script>",
	}
	for name, html := range htmlPages(t) {
		for _, u := range unescaped {
			if strings.Contains(html, u) {
				t.Errorf("%s contains %q", name, u)
			}
		}
	}
	assertHas(t, "kelurahan/oro-oro-dowo/usaha/index.html",
		// shown as text, template syntax not evaluated, quotes intact
		`<h1>Surat Keterangan Usaha &lt;script&gt;alert(&#34;nama&#34;)&lt;/script&gt; &#34;}}{{ .Site.Title }}</h1>`,
		`&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &#34;kutip&#34; &amp; {{ printf &#34;x&#34; }}`,
		`Foto usaha &lt;b&gt;tebal&lt;/b&gt; &#34;asli&#34; &amp; {{ .Site }}`,
		`Bawa juga jika: <span>diwakilkan &lt;em&gt;&#34;orang lain&#34;&lt;/em&gt;</span>`,
		`Serahkan berkas &lt;script&gt;alert(&#39;langkah&#39;)&lt;/script&gt; }}{{</span></h3>`,
		`Jl. Guntur 19 &#34;&lt;b&gt;Gedung&lt;/b&gt;&#34; &amp; Co, Malang`,
		// a Markdown link to a javascript: target keeps only its words
		`Pemilik usaha kecil. klik di sini`,
	)
	assertHas(t, "kelurahan/oro-oro-dowo/index.html", `Petugas &lt;script&gt;alert(&#39;piket&#39;)&lt;/script&gt;`)
	// The hostile name also reaches titles, lists and selects escaped.
	assertHas(t, "layanan/index.html", `Surat Keterangan Usaha &lt;script&gt;`)
}

var (
	styleAttr    = regexp.MustCompile(`(?i)<[^>]+\sstyle\s*=`)
	scriptTag    = regexp.MustCompile(`(?i)<script\b[^>]*>`)
	resourceAttr = regexp.MustCompile(`(?i)<(?:link|script|img|iframe|source|video|audio|embed|object)\b[^>]*\s(?:src|href|data)="([^"]*)"`)
)

// The site must hold under Content-Security-Policy: default-src 'self'.
func TestPagesNeedNothingButTheSiteItself(t *testing.T) {
	for name, html := range htmlPages(t) {
		if strings.Contains(html, "<style") || styleAttr.MatchString(html) {
			t.Errorf("%s has inline style", name)
		}
		for _, tag := range scriptTag.FindAllString(html, -1) {
			if !strings.Contains(tag, ` src="/`) && !strings.Contains(tag, `type="application/ld+json"`) {
				t.Errorf("%s has an inline script: %s", name, tag)
			}
		}
		for _, m := range resourceAttr.FindAllStringSubmatch(html, -1) {
			if m[1] == "" || !strings.HasPrefix(m[1], "/") || strings.HasPrefix(m[1], "//") {
				if !strings.Contains(m[0], `rel="canonical"`) && !strings.Contains(m[0], `rel="alternate"`) {
					t.Errorf("%s loads %q from elsewhere", name, m[1])
				}
			}
		}
		if strings.Contains(html, "@import") || strings.Contains(html, "fonts.") {
			t.Errorf("%s refers to outside fonts or styles", name)
		}
	}
}

func TestPagesHaveOneH1AndASkipLink(t *testing.T) {
	h1 := regexp.MustCompile(`<h1[\s>]`)
	for name, html := range htmlPages(t) {
		if n := len(h1.FindAllString(html, -1)); n != 1 {
			t.Errorf("%s has %d h1", name, n)
		}
		if !strings.Contains(html, `<a class="al-skip" href="#isi">`) || !strings.Contains(html, `<main id="isi"`) {
			t.Errorf("%s lacks the skip link or its target", name)
		}
	}
}

// A service page with its stylesheet must stay within 20 KB gzipped, for
// residents on slow mobile data.
func TestServicePagesAreLight(t *testing.T) {
	const budget = 20 * 1024
	css := cssOf(t)
	biggest, biggestName := 0, ""
	for name, html := range htmlPages(t) {
		if !strings.HasPrefix(name, "kelurahan/") && !strings.HasPrefix(name, "en/kelurahan/") {
			continue
		}
		if size := gzipSize(t, html) + gzipSize(t, css); size > biggest {
			biggest, biggestName = size, name
		}
	}
	if biggest > budget {
		t.Errorf("%s with its CSS is %d bytes gzipped, over the %d budget", biggestName, biggest, budget)
	}
	t.Logf("heaviest page %s: %d bytes gzipped with CSS", biggestName, biggest)
}

func cssOf(t *testing.T) string {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join(builtSite(t), "css", "*.css"))
	if len(matches) != 1 {
		t.Fatalf("want exactly one stylesheet, found %v", matches)
	}
	b, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "@media print") {
		t.Error("the stylesheet lacks the print rules")
	}
	return string(b)
}

func gzipSize(t *testing.T, s string) int {
	t.Helper()
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	w.Close()
	return buf.Len()
}
