package kiosk

import (
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/qrsvg"
)

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
	code, err := qrsvg.Encode(url)
	if err != nil {
		return qrCode{}, err
	}
	return qrCode{URL: url, Shown: qrsvg.Short(url), Size: code.Size, Path: code.Path, ViewBox: code.ViewBox}, nil
}
