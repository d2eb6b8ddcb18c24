// Package qrsvg draws a QR code as one SVG path, for the screens of the
// lobby kiosk, the printed checklist of a service page and the survey's
// poster: a phone scans it to carry the page away.
package qrsvg

import (
	"fmt"
	"strconv"
	"strings"

	"rsc.io/qr"

	"github.com/alurlayanan/alur/internal/memo"
)

// QuietZone is the white border a QR reader needs around the code, in
// modules; the standard asks for four.
const QuietZone = 4

// Code is a QR code ready for a template. Path and ViewBox are built from
// numbers only, so a template can put them in attributes without any
// trust.
type Code struct {
	URL     string // what it encodes
	Size    int    // modules on a side, quiet zone included
	Path    string // one "M x y h w v1 h-w z" rectangle per run of dark modules
	ViewBox string
}

// Encode encodes url at level M: screens are clean and paper is not, but
// phones scan both at an angle, so some redundancy pays.
//
// A build draws the same codes many times over (an agency's web site on
// every kiosk page that sends residents there, a page's address on its
// printed checklist and on the kiosk), so codes are remembered by URL.
func Encode(url string) (Code, error) {
	return drawn.GetErr(url, encode)
}

// drawn are the codes drawn lately, a few kilobytes each.
var drawn = memo.New[string, Code](4096)

func encode(url string) (Code, error) {
	code, err := qr.Encode(url, qr.M)
	if err != nil {
		return Code{}, fmt.Errorf("QR code for %q: %w", url, err)
	}
	size := code.Size + 2*QuietZone
	return Code{URL: url, Size: size, Path: darkRuns(code), ViewBox: "0 0 " + strconv.Itoa(size) + " " + strconv.Itoa(size)}, nil
}

// Short is an address as people read it aloud or type it: no scheme, no
// final slash.
func Short(url string) string {
	for _, scheme := range []string{"https://", "http://"} {
		url = strings.TrimPrefix(url, scheme)
	}
	return strings.TrimSuffix(url, "/")
}

// darkRuns draws each horizontal run of dark modules as one rectangle, which
// keeps the SVG a few kilobytes where a rectangle per module would be ten
// times that.
func darkRuns(code *qr.Code) string {
	b := make([]byte, 0, 4096)
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
			// M<x> <y>h<w>v1h-<w>z
			b = append(b, 'M')
			b = strconv.AppendInt(b, int64(start+QuietZone), 10)
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(y+QuietZone), 10)
			b = append(b, 'h')
			b = strconv.AppendInt(b, int64(w), 10)
			b = append(b, "v1h-"...)
			b = strconv.AppendInt(b, int64(w), 10)
			b = append(b, 'z')
		}
	}
	return string(b)
}
