package browsertest

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestNoBrokenInternalLink crawls the Kota Malang example as the real
// server serves it, from both languages' home pages and every office's
// kiosk, and follows every link, script, stylesheet and image that stays
// on the site. Each must answer 200: a resident never meets a 404 by
// following the site. /favicon.ico and /robots.txt must exist too.
func TestNoBrokenInternalLink(t *testing.T) {
	site := exampleSite(t)
	origin, err := url.Parse(site.Origin)
	if err != nil {
		t.Fatal(err)
	}
	queue := []string{"/", "/en/", "/favicon.ico", "/robots.txt"}
	for _, o := range site.Catalog.Offices {
		queue = append(queue, "/kiosk/"+o.ID+"/")
	}
	seen := map[string]string{} // path -> the page that links to it
	for _, p := range queue {
		seen[p] = "(start)"
	}
	client := &http.Client{}
	pages, broken := 0, 0
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		resp, err := client.Get(site.URL(p))
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			broken++
			if broken <= 20 {
				t.Errorf("%s answers %d (linked from %s)", p, resp.StatusCode, seen[p])
			}
			continue
		}
		if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
			continue
		}
		pages++
		for _, ref := range links(body) {
			u, err := url.Parse(ref)
			if err != nil {
				t.Errorf("%s links to %q, which is not a URL", p, ref)
				continue
			}
			u = resp.Request.URL.ResolveReference(u)
			if u.Host != origin.Host || u.Scheme != origin.Scheme {
				continue // another site: not ours to check here
			}
			target := u.Path
			if u.RawQuery != "" {
				target += "?" + u.RawQuery
			}
			if _, ok := seen[target]; !ok {
				seen[target] = p
				queue = append(queue, target)
			}
		}
	}
	if broken > 0 {
		t.Errorf("%d broken internal links", broken)
	}
	if pages < 2000 {
		t.Errorf("crawled only %d pages: the crawl does not reach the site", pages)
	}
	t.Logf("crawled %d pages, %d addresses, %d broken", pages, len(seen), broken)
}

// links returns the href and src values of a page's elements.
func links(page []byte) []string {
	var out []string
	z := html.NewTokenizer(strings.NewReader(string(page)))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.StartTagToken, html.SelfClosingTagToken:
			for {
				key, val, more := z.TagAttr()
				if k := string(key); (k == "href" || k == "src") && len(val) > 0 && val[0] != '#' {
					out = append(out, string(val))
				}
				if !more {
					break
				}
			}
		}
	}
}
