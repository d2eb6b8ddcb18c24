package kiosk

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// unsafeMarkup lists what in a page could take a resident off the kiosk,
// run code that is not the kiosk's own script file, or break the
// Content-Security-Policy: links and resources outside /kiosk/, new windows
// and downloads, inline scripts, styles and event handlers, and elements
// that load from elsewhere. It reads the page as a browser would, so
// escaped text (&lt;script&gt;) is text and not a finding.
func unsafeMarkup(page string) []string {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return []string{"unparsable: " + err.Error()}
	}
	var problems []string
	report := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			checkElement(n, report)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return problems
}

func checkElement(n *html.Node, report func(string, ...any)) {
	switch strings.ToLower(n.Data) {
	case "img", "iframe", "frame", "object", "embed", "form", "base", "style", "video", "audio", "source", "foreignobject", "use", "image":
		report("element <%s>", n.Data)
	case "meta":
		if strings.EqualFold(attr(n, "http-equiv"), "refresh") {
			report("meta refresh")
		}
	case "script":
		if src := attr(n, "src"); !strings.HasPrefix(src, "/kiosk/_assets/") {
			report("script not from /kiosk/_assets/: src=%q", src)
		}
		if n.FirstChild != nil {
			report("inline script")
		}
	}
	for _, a := range n.Attr {
		key := strings.ToLower(a.Key)
		switch {
		case strings.HasPrefix(key, "on"):
			report("event handler %s on <%s>", key, n.Data)
		case key == "style":
			report("style attribute on <%s>", n.Data)
		case key == "target" || key == "download":
			report("%s attribute on <%s>", key, n.Data)
		case key == "href" || key == "src" || key == "action" || key == "formaction" || key == "xlink:href" || key == "srcset":
			if !strings.HasPrefix(a.Val, "/kiosk/") && !strings.HasPrefix(a.Val, "#") {
				report("%s=%q on <%s> leaves the kiosk", key, a.Val, n.Data)
			}
		}
	}
}

// The detector itself: each kind of problem is found, and escaped text is
// not mistaken for markup.
func TestUnsafeMarkupFindsEachProblem(t *testing.T) {
	cases := map[string]string{
		`<a href="https://example.org/">x</a>`:             "leaves the kiosk",
		`<a href="/kiosk/a/" target="_blank">x</a>`:        "target attribute",
		`<a href="/kiosk/a/" download>x</a>`:               "download attribute",
		`<script>alert(1)</script>`:                        "inline script",
		`<script src="https://cdn.example/x.js"></script>`: "script not from",
		`<p style="color:red">x</p>`:                       "style attribute",
		`<style>p{}</style>`:                               "element <style>",
		`<p onclick="x()">x</p>`:                           "event handler",
		`<img src="/kiosk/_assets/x.png">`:                 "element <img>",
		`<svg><foreignObject></foreignObject></svg>`:       "element <foreignObject>",
		`<form action="/kiosk/x/"></form>`:                 "element <form>",
	}
	for page, want := range cases {
		problems := strings.Join(unsafeMarkup(page), "; ")
		if !strings.Contains(problems, want) {
			t.Errorf("%s: found %q, want %q", page, problems, want)
		}
	}
	if p := unsafeMarkup(`<p>&lt;script&gt;alert(1)&lt;/script&gt; <a href="/kiosk/k/">k</a> <a href="#x">x</a></p>`); len(p) != 0 {
		t.Errorf("escaped text and kiosk links reported: %q", p)
	}
}
