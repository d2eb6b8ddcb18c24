// Package qrsvg draws a QR code as an SVG path: one rectangle per run of
// dark modules, which keeps the drawing a few kilobytes where a rectangle
// per module would be ten times that. The kiosk's codes and the survey's
// printed poster are drawn with it.
package qrsvg

import (
	"fmt"
	"strings"

	"rsc.io/qr"
)

// QuietZone is the white border a QR reader needs around the code, in
// modules; the standard asks for four.
const QuietZone = 4

// Code is a QR code ready for a template. Path and ViewBox are built from
// numbers only, so a template can put them in attributes without trust.
type Code struct {
	URL     string
	Size    int    // modules on a side, quiet zone included
	Path    string // one "M x y h w v1 h-w z" rectangle per run of dark modules
	ViewBox string
}

// Encode encodes url at level M: codes are scanned at an angle, through
// glare or the glass of a notice board, so some redundancy pays.
func Encode(url string) (Code, error) {
	code, err := qr.Encode(url, qr.M)
	if err != nil {
		return Code{}, fmt.Errorf("QR code for %q: %w", url, err)
	}
	size := code.Size + 2*QuietZone
	return Code{URL: url, Size: size, Path: darkRuns(code), ViewBox: fmt.Sprintf("0 0 %d %d", size, size)}, nil
}

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
			fmt.Fprintf(&b, "M%d %dh%dv1h-%dz", start+QuietZone, y+QuietZone, w, w)
		}
	}
	return b.String()
}
