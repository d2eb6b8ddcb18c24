package inspect

import (
	"bytes"
	"errors"
	"image"
	"image/jpeg"
	_ "image/png" // PNG photos are accepted and re-encoded as JPEG
	"io"
)

// Photo limits: what a phone camera makes, and no more.
const (
	MaxPhotoBytes  = 5 << 20
	MaxPhotoPixels = 50_000_000 // a 50-megapixel image decodes to 200 MB; refuse before decoding
	photoQuality   = 85
)

// Photo errors a form can show.
var (
	ErrPhotoTooLarge = errors.New("inspect: photo larger than 5 MB")
	ErrNotAPhoto     = errors.New("inspect: not a JPEG or PNG photo")
	ErrPhotoTooBig   = errors.New("inspect: photo has too many pixels")
)

// CleanPhoto reads a JPEG or PNG of at most MaxPhotoBytes and re-encodes it
// as a JPEG: only the pixels survive, so the location, the camera and any
// other metadata the phone wrote are gone.
func CleanPhoto(r io.Reader) ([]byte, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxPhotoBytes+1))
	if err != nil {
		return nil, err
	}
	if len(raw) > MaxPhotoBytes {
		return nil, ErrPhotoTooLarge
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(raw))
	if err != nil || (format != "jpeg" && format != "png") {
		return nil, ErrNotAPhoto
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || int64(cfg.Width)*int64(cfg.Height) > MaxPhotoPixels {
		return nil, ErrPhotoTooBig
	}
	img, _, err := image.Decode(bytes.NewReader(raw))
	if err != nil {
		return nil, ErrNotAPhoto
	}
	var out bytes.Buffer
	if err := jpeg.Encode(&out, img, &jpeg.Options{Quality: photoQuality}); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
