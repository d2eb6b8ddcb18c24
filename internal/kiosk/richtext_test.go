package kiosk

import (
	"strings"
	"testing"
)

func TestKioskTextTurnsLinksIntoQRCodes(t *testing.T) {
	r := kioskText("Isi **formulir** di [situs Dispendukcapil](https://dukcapil.example.go.id/f1) "+
		"atau https://dukcapil.example.go.id/f1, lalu telepon [0341-1](tel:03411).", false)
	got := string(r.HTML)
	if strings.Contains(got, "<a") || strings.Contains(got, "href") {
		t.Errorf("a link survived: %s", got)
	}
	for _, want := range []string{"<strong>formulir</strong>", `<span class="k-link">situs Dispendukcapil</span>`, "0341-1"} {
		if !strings.Contains(got, want) {
			t.Errorf("%s lacks %s", got, want)
		}
	}
	if len(r.Links) != 1 || r.Links[0].URL != "https://dukcapil.example.go.id/f1" {
		t.Errorf("want one QR code for the one web address (given twice), got %+v", r.Links)
	}
}

func TestKioskTextDropsImagesAndUnsafeLinks(t *testing.T) {
	r := kioskText("![denah kantor](https://example.org/denah.png) [klik](javascript:alert(1)) <b>tebal</b>", true)
	got := string(r.HTML)
	if strings.Contains(got, "<img") || strings.Contains(got, "javascript") || strings.Contains(got, "<b>") {
		t.Errorf("unsafe markup survived: %s", got)
	}
	if !strings.Contains(got, "denah kantor") || strings.HasPrefix(got, "<p>") {
		t.Errorf("inline text should keep the image's words without a paragraph: %s", got)
	}
	if len(r.Links) != 0 {
		t.Errorf("QR codes for an image or a javascript: link: %+v", r.Links)
	}
}

func TestKioskTextOfNothingIsNothing(t *testing.T) {
	if r := kioskText("  \n", false); r.HTML != "" || r.Links != nil {
		t.Errorf("blank Markdown gave %+v", r)
	}
}
