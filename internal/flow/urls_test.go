package flow

import "testing"

func TestParseBaseURL(t *testing.T) {
	for in, root := range map[string]string{
		"https://alur.malangkota.go.id":   "https://alur.malangkota.go.id",
		"https://alur.malangkota.go.id/":  "https://alur.malangkota.go.id",
		" http://127.0.0.1:8080/ ":        "http://127.0.0.1:8080",
		"https://example.go.id/alur/":     "https://example.go.id/alur",
		"http://[::1]:8080":               "http://[::1]:8080",
		"https://alur.malangkota.go.id//": "https://alur.malangkota.go.id",
	} {
		b, err := ParseBaseURL(in)
		if err != nil || b.Root() != root || b.String() != root+"/" {
			t.Errorf("ParseBaseURL(%q) = %q, %v; want %q", in, b.Root(), err, root)
		}
	}
	for _, bad := range []string{"", "/relative", "alur.example.go.id", "ftp://alur.example.go.id", "https://",
		"https://x.id/?q=1", "https://x.id/#top", "https://user@x.id", "javascript:alert(1)", "mailto:a@b.id"} {
		if _, err := ParseBaseURL(bad); err == nil {
			t.Errorf("ParseBaseURL accepted %q", bad)
		}
	}
}

func TestURLScheme(t *testing.T) {
	o := &Office{OfficeFile: &OfficeFile{ID: "kauman"}}
	s := &Service{ID: "sktm", Office: o}
	d := &District{Kecamatan: Kecamatan{ID: "klojen"}}
	base := MustBaseURL("https://example.go.id/alur/")
	for got, want := range map[string]string{
		o.Path():                  "/kelurahan/kauman/",
		s.Path():                  "/kelurahan/kauman/sktm/",
		d.Path():                  "/kecamatan/klojen/",
		StandardPath("sktm"):      "/layanan/sktm/",
		base.Join(s.Path()):       "https://example.go.id/alur/kelurahan/kauman/sktm/",
		base.Join("katalog.json"): "https://example.go.id/alur/katalog.json",
	} {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}
