package web

import (
	"fmt"
	"strings"

	"rsc.io/qr"
)

// qrCode is a QR code drawn as one SVG path of its dark modules, as the
// kiosk draws its own (internal/kiosk/qr.go): numbers only, so the
// template can put it in an attribute without trust.
type qrCode struct {
	URL     string
	Path    string
	ViewBox string
}

// newQRCode encodes url at level M with the standard four-module quiet
// zone: a poster is read at an angle through a glass case.
func newQRCode(url string) (qrCode, error) {
	code, err := qr.Encode(url, qr.M)
	if err != nil {
		return qrCode{}, fmt.Errorf("QR code for %q: %w", url, err)
	}
	const quiet = 4
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
			fmt.Fprintf(&b, "M%d %dh%dv1h-%dz", start+quiet, y+quiet, x-start, x-start)
		}
	}
	size := code.Size + 2*quiet
	return qrCode{URL: url, Path: b.String(), ViewBox: fmt.Sprintf("0 0 %d %d", size, size)}, nil
}
