package kiosk

import (
	"fmt"
	"github.com/alurlayanan/alur/internal/locale"
	"strings"

	"rsc.io/qr"
)

// quietZone is the white border a QR reader needs around the code, in
// modules; the standard asks for four.
const quietZone = 4

// qrCode is a QR code ready for the page template: the URL it carries and an
// SVG path of its dark modules. The path is built from numbers only, so the
// template can put it in an attribute without any trust.
type qrCode struct {
	URL     string
	Shown   string      // the address as the caption shows it, for typing in by hand; empty to show none
	Label   locale.Text // what the link was: a map, a website; empty for the page's own code
	Size    int         // modules on a side, quiet zone included
	Path    string      // one "M x y h w v1 h-w z" rectangle per run of dark modules
	ViewBox string
}

// newQRCode encodes url at level M: screens are clean, but phones scan them
// at an angle through glare, so some redundancy pays.
func newQRCode(url string) (qrCode, error) {
	code, err := qr.Encode(url, qr.M)
	if err != nil {
		return qrCode{}, fmt.Errorf("QR code for %q: %w", url, err)
	}
	size := code.Size + 2*quietZone
	return qrCode{
		URL:     url,
		Shown:   shortURL(url),
		Size:    size,
		Path:    darkRuns(code),
		ViewBox: fmt.Sprintf("0 0 %d %d", size, size),
	}, nil
}

// shortURL is an address as people read it aloud: no scheme, no final
// slash.
func shortURL(url string) string {
	for _, scheme := range []string{"https://", "http://"} {
		url = strings.TrimPrefix(url, scheme)
	}
	return strings.TrimSuffix(url, "/")
}

// darkRuns draws each horizontal run of dark modules as one rectangle, which
// keeps the SVG a few kilobytes where a rectangle per module would be ten
// times that.
func darkRuns(code *qr.Code) string {
	var b strings.Builder
	for y := 0; y < code.Size; y++ {
		for x := 0; x < code.Size; {
			if !code.Black(x, y) {
				x++
				continue
			}
			start := x
			for x < code.Size && code.Black(x, y) {
				x++
			}
			w := x - start
			fmt.Fprintf(&b, "M%d %dh%dv1h-%dz", start+quietZone, y+quietZone, w, w)
		}
	}
	return b.String()
}
