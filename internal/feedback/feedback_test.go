package feedback

import (
	"strings"
	"testing"
	"time"
)

func TestMask(t *testing.T) {
	for in, want := range map[string]string{
		"NIK saya 3573012345670001 ditolak":    "NIK saya " + MaskedNIK + " ditolak",
		"nik 3573 0123 4567 0001.":             "nik " + MaskedNIK + ".",
		"hubungi 081234567890":                 "hubungi " + MaskedPhone,
		"WA +62 812-3456-7890 ya":              "WA " + MaskedPhone + " ya",
		"telp 62.812.3456.789":                 "telp " + MaskedPhone,
		"email saya warga@contoh.id":           "email saya " + MaskedEmail,
		"antre 2 jam, loket 3, biaya Rp10.000": "antre 2 jam, loket 3, biaya Rp10.000",
		"tahun 2026 tanggal 12":                "tahun 2026 tanggal 12",
		"kode pos 65119 dan RT 05/RW 02":       "kode pos 65119 dan RT 05/RW 02",
		"<script>3573012345670001</script>":    "<script>" + MaskedNIK + "</script>",
	} {
		if got := Mask(in); got != want {
			t.Errorf("Mask(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPrepare(t *testing.T) {
	seen := time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC)
	ok := Report{ID: "k-1", Office: "kauman", Reason: Empty, Seen: seen, Requirement: "KTP", Text: "  kosong, HP 081234567890 "}
	got, err := ok.Prepare()
	if err != nil {
		t.Fatal(err)
	}
	if got.Requirement != "" || got.Status != New || got.Text != "kosong, HP "+MaskedPhone || !got.Seen.Equal(seen) {
		t.Errorf("prepared %+v", got)
	}
	for name, r := range map[string]Report{
		"umpan.salah.alasan":  {ID: "a", Reason: "bogus"},
		"umpan.salah.syarat":  {ID: "a", Reason: Hard},
		"umpan.salah.waktu":   {ID: "a", Reason: Empty},
		"umpan.salah.panjang": {ID: "a", Reason: Other, Text: strings.Repeat("é", MaxText+1)},
		"umpan.salah.id":      {ID: "a b", Reason: Other},
	} {
		_, err := r.Prepare()
		if !IsProblem(err) || err.(*Problem).Key != name {
			t.Errorf("%+v: %v, want %s", r, err, name)
		}
	}
	if _, err := (Report{ID: "a", Reason: Other, Text: strings.Repeat("é", MaxText)}).Prepare(); err != nil {
		t.Errorf("exactly %d characters refused: %v", MaxText, err)
	}
}
