package kiosk

import (
	"fmt"
	"maps"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/qrsvg"
	"golang.org/x/net/html"
	"rsc.io/qr"
)

// svgQR is a QR code as a page draws it: its caption's URL and the modules
// its path paints dark.
type svgQR struct {
	label string // aria-label: the URL it carries
	size  int
	dark  map[[2]int]bool
}

var (
	viewBoxRE = regexp.MustCompile(`^0 0 (\d+) (\d+)$`)
)

// readQRCodes finds the QR codes drawn in a page.
func readQRCodes(t *testing.T, page string) []svgQR {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var codes []svgQR
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "svg" && strings.Contains(attr(n, "class"), "k-qr-code") {
			codes = append(codes, decodeSVG(t, n))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return codes
}

func decodeSVG(t *testing.T, svg *html.Node) svgQR {
	t.Helper()
	m := viewBoxRE.FindStringSubmatch(attr(svg, "viewBox"))
	if m == nil || m[1] != m[2] {
		t.Fatalf("QR svg viewBox %q is not square", attr(svg, "viewBox"))
	}
	code := svgQR{label: attr(svg, "aria-label"), dark: map[[2]int]bool{}}
	code.size, _ = strconv.Atoi(m[1])
	for c := svg.FirstChild; c != nil; c = c.NextSibling {
		if c.Data != "path" {
			continue
		}
		if attr(c, "stroke") != "#000" || attr(c, "fill") != "none" {
			t.Fatalf("QR path is not drawn as strokes: stroke %q, fill %q", attr(c, "stroke"), attr(c, "fill"))
		}
		dark, err := qrsvg.Modules(attr(c, "d"))
		if err != nil {
			t.Fatal(err)
		}
		maps.Copy(code.dark, dark)
	}
	return code
}

// sameAs reports how the drawn code differs from rsc.io/qr's encoding of
// url, module by module, quiet zone included.
func (c svgQR) sameAs(url string) error {
	want, err := qr.Encode(url, qr.M)
	if err != nil {
		return err
	}
	if c.size != want.Size+2*qrsvg.QuietZone {
		return fmt.Errorf("%d modules a side, want %d", c.size, want.Size+2*qrsvg.QuietZone)
	}
	for y := range c.size {
		for x := range c.size {
			if c.dark[[2]int{x, y}] != want.Black(x-qrsvg.QuietZone, y-qrsvg.QuietZone) {
				return fmt.Errorf("module (%d, %d) differs", x, y)
			}
		}
	}
	return nil
}

func TestQRCodeDrawsTheEncodedURL(t *testing.T) {
	const url = "https://alur.example.go.id/kelurahan/kauman/sktm/"
	code, err := newQRCode(url)
	if err != nil {
		t.Fatal(err)
	}
	page := `<svg class="k-qr-code" viewBox="` + code.ViewBox + `" aria-label="` + url + `"><path d="` + code.Path + `" fill="none" stroke="#000"/></svg>`
	drawn := readQRCodes(t, page)
	if len(drawn) != 1 {
		t.Fatalf("found %d codes", len(drawn))
	}
	if err := drawn[0].sameAs(url); err != nil {
		t.Error(err)
	}
	if err := drawn[0].sameAs(url + "x"); err == nil {
		t.Error("the comparison cannot tell two URLs apart")
	}
}

// Every service page carries a QR code of the same service on the public
// site, and every start screen one of the office's page.
func TestPagesCarryQRCodesOfTheirPublicPages(t *testing.T) {
	cat := fixtureCity(t)
	out := buildFixture(t, cat)
	for _, o := range cat.Offices {
		start := readFile(t, filepath.Join(out, "kiosk", o.ID, "index.html"))
		expectQR(t, o.ID, readQRCodes(t, start), testBaseURL+"/kelurahan/"+o.ID+"/")
		for _, s := range o.Services {
			page := readFile(t, filepath.Join(out, "kiosk", o.ID, s.ID, "index.html"))
			expectQR(t, o.ID+"/"+s.ID, readQRCodes(t, page), testBaseURL+"/kelurahan/"+o.ID+"/"+s.ID+"/")
		}
	}
}

func expectQR(t *testing.T, where string, codes []svgQR, url string) {
	t.Helper()
	for _, c := range codes {
		if c.label == url {
			if err := c.sameAs(url); err != nil {
				t.Errorf("%s: QR code labelled %s does not encode it: %v", where, url, err)
			}
			return
		}
	}
	t.Errorf("%s: no QR code for %s", where, url)
}

// A step at an office elsewhere gives QR codes for its map and website
// instead of links.
func TestLinksElsewhereBecomeQRCodes(t *testing.T) {
	cat := fixtureCity(t)
	out := buildFixture(t, cat)
	page := readFile(t, filepath.Join(out, "kiosk", "kauman", "kematian", "index.html"))
	codes := readQRCodes(t, page)
	// Dispendukcapil has a website in the fixture city.
	expectQR(t, "kauman/kematian", codes, "https://dispendukcapil.example.go.id")
	sktm := readFile(t, filepath.Join(out, "kiosk", "kauman", "sktm", "index.html"))
	// The Klojen kecamatan office has coordinates: a map.
	expectQR(t, "kauman/sktm", readQRCodes(t, sktm), "https://www.openstreetmap.org/?mlat=-7.96670&mlon=112.63260#map=18/-7.96670/112.63260")
	start := readFile(t, filepath.Join(out, "kiosk", "kauman", "index.html"))
	// The city's complaint channel has a website.
	expectQR(t, "kauman", readQRCodes(t, start), "https://www.lapor.go.id")
}
