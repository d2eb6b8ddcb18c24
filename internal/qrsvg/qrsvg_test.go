package qrsvg

import (
	"fmt"
	"testing"

	"rsc.io/qr"
)

// Every module of the code is drawn as rsc.io/qr encodes it.
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
		dark, err := Modules(got.Path)
		if err != nil {
			t.Fatal(err)
		}
		for y := range code.Size + 2*QuietZone {
			for x := range code.Size + 2*QuietZone {
				if want := code.Black(x-QuietZone, y-QuietZone); dark[[2]int{x, y}] != want {
					t.Fatalf("%s: module (%d, %d) is drawn dark %v, want %v; path %s", url, x, y, !want, want, got.Path)
				}
			}
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

// A path is read back only when it is made of runs, so a check of a page
// that draws anything else fails rather than reading part of it.
func TestModulesReadRunsOnly(t *testing.T) {
	dark, err := Modules("M4 4.5h3m2 0h1M4 5.5h1")
	if err != nil {
		t.Fatal(err)
	}
	want := [][2]int{{4, 4}, {5, 4}, {6, 4}, {9, 4}, {4, 5}}
	if len(dark) != len(want) {
		t.Fatalf("dark modules %v, want %v", dark, want)
	}
	for _, m := range want {
		if !dark[m] {
			t.Errorf("module %v is not dark: %v", m, dark)
		}
	}
	for _, bad := range []string{"M4 4h7v1h-7z", "M4 4.5h3L9 9", "m-2 0h1", "M4 4.5h"} {
		if _, err := Modules(bad); err == nil {
			t.Errorf("Modules(%q) read it", bad)
		}
	}
}
