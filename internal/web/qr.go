package web

import "github.com/alurlayanan/alur/internal/qrsvg"

// newQRCode is the survey poster's code (see qrsvg.Encode).
func newQRCode(url string) (qrsvg.Code, error) { return qrsvg.Encode(url) }
