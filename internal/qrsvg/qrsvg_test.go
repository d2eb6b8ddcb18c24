package qrsvg

import (
	"fmt"
	"strings"
	"testing"

	"rsc.io/qr"
)

// plainRuns is darkRuns written the obvious way, to hold the fast one to.
func plainRuns(code *qr.Code) string {
	var b strings.Builder
	for y := 0; y < code.Size; y++ {
		for x := 0; x < code.Size; x++ {
			if code.Black(x, y) && (x == 0 || !code.Black(x-1, y)) {
				w := 1
				for x+w < code.Size && code.Black(x+w, y) {
					w++
				}
				fmt.Fprintf(&b, "M%d %dh%dv1h-%dz", x+QuietZone, y+QuietZone, w, w)
			}
		}
	}
	return b.String()
}

func TestEncodeDrawsEachRunOfDarkModules(t *testing.T) {
	for _, url := range []string{"https://alur.example.go.id/kelurahan/kauman/sktm/", "http://127.0.0.1:8080/survei/kauman/?via=qr"} {
		code, err := qr.Encode(url, qr.M)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Encode(url)
		if err != nil {
			t.Fatal(err)
		}
		if want := plainRuns(code); got.Path != want {
			t.Errorf("%s: path\n%s\nwant\n%s", url, got.Path, want)
		}
		size := code.Size + 2*QuietZone
		if got.Size != size || got.ViewBox != fmt.Sprintf("0 0 %d %d", size, size) || got.URL != url {
			t.Errorf("%s: size %d view box %q url %q", url, got.Size, got.ViewBox, got.URL)
		}
		again, _ := Encode(url)
		if again != got {
			t.Errorf("%s: a second Encode differs", url)
		}
	}
}
