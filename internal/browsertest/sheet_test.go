package browsertest

import (
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/qrsvg"
)

// The printed checklist carries the office's phone, the complaint
// channels, and the page's QR code and short address, so a resident can
// call, complain and find the page again from the sheet; on screen they
// are not repeated.
func TestPrintedChecklistCarriesPhoneComplaintsAndTheQRCode(t *testing.T) {
	tb := newTab(t, fixture)
	for _, path := range []string{"/kelurahan/kauman/sktm/", "/en/kelurahan/kauman/sktm/"} {
		tb.open(t, path)
		if n := evaluate[int](t, tb, `[...document.querySelectorAll(".al-sheet-qr, .al-sheet-foot")].filter(e => e.checkVisibility()).length`); n != 0 {
			t.Errorf("%s: %d parts meant for paper show on screen", path, n)
		}
		tb.media("print")
		type sheet struct {
			Text  string  `json:"text"`
			Path  string  `json:"path"`
			Short string  `json:"short"`
			Width float64 `json:"width"`
			// The office's survey, to answer after the visit.
			SurveyPath  string `json:"surveyPath"`
			SurveyShort string `json:"surveyShort"`
		}
		s := evaluate[sheet](t, tb, `(() => {
			const qr = document.querySelector(".al-sheet-qr");
			return {text: document.querySelector("main").innerText.replace(/\s+/g, " "),
				path: qr.querySelector("path").getAttribute("d"),
				short: qr.querySelector(":scope > span").innerText.trim(),
				width: qr.querySelector("svg").getBoundingClientRect().width,
				surveyPath: qr.querySelector(".al-sheet-survey path").getAttribute("d"),
				surveyShort: qr.querySelector(".al-sheet-survey").innerText.trim()};
		})()`)
		tb.media("")
		url := fixture.URL(path)
		want, err := qrsvg.Encode(url)
		if err != nil {
			t.Fatal(err)
		}
		if s.Path != want.Path {
			t.Errorf("%s: the printed QR code does not encode %s", path, url)
		}
		if !strings.HasSuffix(s.Short, qrsvg.Short(url)) || s.Width < 60 {
			t.Errorf("%s: printed QR code %.0f px wide with the address %q; want at least 60 px (16 mm) and %q", path, s.Width, s.Short, qrsvg.Short(url))
		}
		survey := fixture.URL("/survei/kauman/")
		if code, _ := qrsvg.Encode(survey + "?via=qr"); s.SurveyPath != code.Path || !strings.HasSuffix(s.SurveyShort, qrsvg.Short(survey)) {
			t.Errorf("%s: the printed survey code does not lead to %s?via=qr (caption %q)", path, survey, s.SurveyShort)
		}
		for _, want := range []string{"0341-000000", "SP4N-LAPOR!", "SMS 1708"} {
			if !strings.Contains(s.Text, want) {
				t.Errorf("%s: the printout lacks %q:\n%.3000s", path, want, s.Text)
			}
		}
	}
}
