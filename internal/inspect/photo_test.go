package inspect

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"
)

func testImage() image.Image {
	img := image.NewRGBA(image.Rect(0, 0, 64, 48))
	for x := range 64 {
		img.Set(x, x%48, color.RGBA{200, 30, 30, 255})
	}
	return img
}

// withEXIF puts an APP1 Exif segment with a GPS-looking payload right
// after the JPEG's start marker, as phone cameras do.
func withEXIF(t *testing.T) []byte {
	var b bytes.Buffer
	if err := jpeg.Encode(&b, testImage(), nil); err != nil {
		t.Fatal(err)
	}
	payload := []byte("Exif\x00\x00GPSLatitude -7.9839 GPSLongitude 112.6318 Model PhoneX")
	seg := append([]byte{0xFF, 0xE1, byte((len(payload) + 2) >> 8), byte(len(payload) + 2)}, payload...)
	raw := b.Bytes()
	return append(append(append([]byte{}, raw[:2]...), seg...), raw[2:]...)
}

func TestCleanPhotoDropsMetadata(t *testing.T) {
	in := withEXIF(t)
	if !bytes.Contains(in, []byte("GPSLatitude")) {
		t.Fatal("the test photo carries no location")
	}
	out, err := CleanPhoto(bytes.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	for _, leak := range []string{"Exif", "GPS", "PhoneX", "112.6318"} {
		if bytes.Contains(out, []byte(leak)) {
			t.Errorf("the cleaned photo still holds %q", leak)
		}
	}
	img, format, err := image.Decode(bytes.NewReader(out))
	if err != nil || format != "jpeg" || img.Bounds().Dx() != 64 {
		t.Errorf("cleaned photo: %v %s %v", img.Bounds(), format, err)
	}

	var p bytes.Buffer
	png.Encode(&p, testImage())
	if out, err := CleanPhoto(&p); err != nil || !bytes.HasPrefix(out, []byte{0xFF, 0xD8}) {
		t.Errorf("a PNG: %v, want a JPEG", err)
	}
}

func TestCleanPhotoRefuses(t *testing.T) {
	if _, err := CleanPhoto(strings.NewReader("<svg onload=alert(1)>")); err != ErrNotAPhoto {
		t.Errorf("SVG text: %v", err)
	}
	big := bytes.Repeat([]byte{0}, MaxPhotoBytes+1)
	if _, err := CleanPhoto(bytes.NewReader(big)); err != ErrPhotoTooLarge {
		t.Errorf("5 MB + 1: %v", err)
	}
	// A PNG header claiming 100,000 × 100,000 pixels: refused before
	// decoding.
	var b bytes.Buffer
	png.Encode(&b, image.NewGray(image.Rect(0, 0, 1, 1)))
	raw := b.Bytes()
	copy(raw[16:24], []byte{0, 1, 0x86, 0xA0, 0, 1, 0x86, 0xA0})
	binary.BigEndian.PutUint32(raw[29:33], crc32.ChecksumIEEE(raw[12:29])) // IHDR's CRC
	if _, err := CleanPhoto(bytes.NewReader(raw)); err != ErrPhotoTooBig {
		t.Errorf("a pixel bomb: %v", err)
	}
}

func TestFindings(t *testing.T) {
	closed := Inspection{Open: false}
	if f := closed.Findings([]string{"Budi"}); len(f) != 1 || f[0].Kind != FindingClosed {
		t.Errorf("closed office: %+v", f)
	}
	all := Inspection{Open: true, FrontDesk: true, StaffPresent: []string{"Budi"}, Maklumat: true, Standards: true, Flow: true, Complaint: true,
		Facilities: map[string]bool{"ruang tunggu": true, "toilet": false}}
	f := all.Findings([]string{"Budi", "Sari"})
	if len(f) != 2 || f[0] != (Finding{FindingStaffAbsent, "Sari"}) || f[1] != (Finding{FindingFacility, "toilet"}) {
		t.Errorf("findings %+v", f)
	}
	if !all.Staffed() || closed.Staffed() {
		t.Error("staffed")
	}
}
