package markdown

import (
	"bytes"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/flow"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hostileLinks are link targets that a browser reads as script or as
// another kind of document, written the ways that hide it from a check on
// the raw text.
var hostileLinks = []string{
	`[x](&#106;avascript:alert(1))`,
	`[x](&#x6A;avascript:alert(1))`,
	`[x](&#0000106avascript:alert(1))`,
	`[x](java&#115;cript:alert(1))`,
	`[x](javascript&colon;alert(1))`,
	`[x](javascript&#58;alert(1))`,
	`[x](&Tab;javascript:alert(1))`,
	`[x](java&Tab;script:alert(1))`,
	`[x](java&NewLine;script:alert(1))`,
	`[x](<java script:alert(1)>)`,
	`[x](<javascript:alert(1)>)`,
	`[x](\javascript:alert(1))`,
	`[x](JAVASCRIPT:alert(1))`,
	`[x](vbscript:msgbox(1))`,
	`[x](data:text/html;base64,PHNjcmlwdD4=)`,
	`[x](file:///etc/passwd)`,
	`[x](ftp://example.com)`,
	`[x][r]` + "\n\n" + `[r]: &#106;avascript:alert(1)`,
	`<javascript:alert(1)>`,
	`<&#106;avascript:alert(1)>`,
	`![x](javascript:alert(1))`,
	`![x](https://evil.example/pixel.gif)`,
	`[![x](https://evil.example/p.gif)](javascript:alert(1))`,
}

func TestHostileLinksLoseTheirTarget(t *testing.T) {
	for _, src := range hostileLinks {
		out := string(HTML(flow.Markdown(src)))
		if problem := unsafeMarkup(out); problem != "" {
			t.Errorf("HTML(%q) = %q: %s", src, out, problem)
		}
	}
}

func TestSafeLinksKeepTheirTarget(t *testing.T) {
	for src, want := range map[string]string{
		`[a](https://lapor.go.id)`:            `href="https://lapor.go.id"`,
		`[a](http://malangkota.go.id/x?y=1)`:  `href="http://malangkota.go.id/x?y=1"`,
		`[a](mailto:kel@malangkota.go.id)`:    `href="mailto:kel@malangkota.go.id"`,
		`[a](tel:0341-123456)`:                `href="tel:0341-123456"`,
		`[a](/layanan/sktm/)`:                 `href="/layanan/sktm/"`,
		`[a](#persyaratan)`:                   `href="#persyaratan"`,
		`[a](../kauman/)`:                     `href="../kauman/"`,
		`[a](&#104;ttps://lapor.go.id)`:       `href="https://lapor.go.id"`,
		`kirim ke kel@malangkota.go.id ya`:    `href="mailto:kel@malangkota.go.id"`,
		`[a](https://lapor.go.id/"onclick=x)`: `href="https://lapor.go.id/%22onclick=x"`,
	} {
		if got := string(HTML(flow.Markdown(src))); !strings.Contains(got, want) {
			t.Errorf("HTML(%q) = %q, want it to contain %s", src, got, want)
		}
	}
}

func FuzzLinks(f *testing.F) {
	for _, s := range hostileLinks {
		f.Add(s)
	}
	f.Add("[a](https://x.go.id) <b>b</b> www.x.go.id")
	f.Fuzz(func(t *testing.T, src string) {
		out := string(HTML(flow.Markdown(src)))
		if problem := unsafeMarkup(out); problem != "" {
			t.Fatalf("HTML(%q) = %q: %s", src, out, problem)
		}
		Text(flow.Markdown(src))
	})
}

// allowedTags are what the renderer may produce from staff Markdown.
var allowedTags = map[string]bool{
	"p": true, "a": true, "em": true, "strong": true, "del": true, "code": true, "pre": true,
	"ul": true, "ol": true, "li": true, "blockquote": true, "br": true, "hr": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
}

// unsafeMarkup parses out as a browser would and names the first thing in
// it that could run script or load another origin: an element outside
// allowedTags, an attribute other than href, title, start and class, or an
// href whose scheme, as the browser reads it, is not http(s), mailto or tel.
// It is written apart from SafeURL so that one does not check itself.
func unsafeMarkup(out string) string {
	nodes, err := html.ParseFragment(strings.NewReader(out), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return err.Error()
	}
	var walk func(n *html.Node) string
	walk = func(n *html.Node) string {
		if n.Type == html.ElementNode {
			if !allowedTags[n.Data] {
				return "element <" + n.Data + ">"
			}
			for _, a := range n.Attr {
				switch a.Key {
				case "title", "start", "class":
				case "href":
					if !safeHref(a.Val) {
						return "href " + a.Val
					}
				default:
					return "attribute " + a.Key
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if p := walk(c); p != "" {
				return p
			}
		}
		return ""
	}
	for _, n := range nodes {
		if p := walk(n); p != "" {
			return p
		}
	}
	return ""
}

// safeHref reads an attribute value (already unescaped by the parser) the
// way the URL standard does: strip leading C0 controls and spaces, drop
// tabs and newlines anywhere, then the scheme ends at the first colon.
func safeHref(v string) bool {
	var b bytes.Buffer
	for _, r := range strings.TrimLeft(v, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ") {
		if r != '\t' && r != '\n' && r != '\r' {
			b.WriteRune(r)
		}
	}
	u := strings.ToLower(b.String())
	colon := strings.IndexByte(u, ':')
	if colon < 0 || strings.ContainsAny(u[:colon], "/?#") {
		return true
	}
	for _, ok := range []string{"http:", "https:", "mailto:", "tel:"} {
		if strings.HasPrefix(u, ok) {
			return true
		}
	}
	return false
}

func TestUnsafeLinksNamesWhatHTMLDrops(t *testing.T) {
	for _, src := range hostileLinks {
		switch {
		case strings.Contains(src, "https://evil") && !strings.Contains(src, "javascript"):
			continue // an image from another site: dropped, but not a bad link
		case strings.Contains(src, "&#0000106avascript"), strings.HasPrefix(src, "<&"):
			continue // Markdown reads these as text, not as links
		}
		if len(UnsafeLinks(flow.Markdown(src))) == 0 {
			t.Errorf("UnsafeLinks(%q) found nothing", src)
		}
	}
	for _, src := range []string{"[a](https://lapor.go.id) dan [b](/layanan/) dan kel@malangkota.go.id", "jam 08:00 - 15:00", "A & B"} {
		if bad := UnsafeLinks(flow.Markdown(src)); len(bad) != 0 {
			t.Errorf("UnsafeLinks(%q) = %q", src, bad)
		}
	}
}
