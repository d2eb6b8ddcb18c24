package diag

import (
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/flow"
)

func TestClosest(t *testing.T) {
	keys := []string{"persyaratan", "langkah", "jangka_waktu", "biaya", "id", "nama"}
	tests := []struct {
		word, want string
		ok         bool
	}{
		{"persyaratn", "persyaratan", true},
		{"persyartaan", "persyaratan", true}, // swapped letters are one edit
		{"Langkah", "langkah", true},
		{"jangka-waktu", "jangka_waktu", true},
		{"biyaa", "biaya", true},
		{"harga", "", false},
		{"x", "", false},
		{strings.Repeat("a", 10000), "", false}, // hostile length stays cheap
	}
	for _, tt := range tests {
		got, ok := Closest(tt.word, keys)
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("Closest(%.20q) = %q, %v; want %q, %v", tt.word, got, ok, tt.want, tt.ok)
		}
	}
}

func TestPrintSortsAndTranslates(t *testing.T) {
	var l List
	l.Warnf(flow.Pos{File: "b.yaml", Line: 2, Col: 3}, NoRoster)
	l.Errorf(flow.Pos{File: "a.yaml", Line: 9, Col: 1}, WrongType, "nama", WordText, WordList)
	l.Errorf(flow.Pos{File: "a.yaml", Line: 3, Col: 5}, UnknownKeyGuess, "nam", "nama")
	l.Errorf(flow.Pos{File: "kota.yaml"}, MissingCity)
	var id, en strings.Builder
	l.Print(&id, ID)
	l.Print(&en, EN)
	wantID := `a.yaml:3:5: galat: kunci "nam" tidak dikenal; maksud Anda "nama"?
a.yaml:9:1: galat: "nama" harus berisi teks, bukan daftar (baris diawali '- ')
b.yaml:2:3: peringatan: jadwal piket belum diisi: warga tidak bisa melihat siapa yang bertugas
kota.yaml: galat: berkas kota.yaml tidak ada di folder layanan
`
	if id.String() != wantID {
		t.Errorf("Indonesian:\n%s\nwant:\n%s", id.String(), wantID)
	}
	if !strings.Contains(en.String(), `a.yaml:9:1: error: "nama" must be text, not a list (lines starting with '- ')`) {
		t.Errorf("English:\n%s", en.String())
	}
	if errs, warns := l.Count(); errs != 3 || warns != 1 || !l.HasErrors() {
		t.Errorf("Count = %d, %d", errs, warns)
	}
}

func TestEveryCodeHasBothLanguages(t *testing.T) {
	for code, m := range messages {
		if m.ID == "" || m.EN == "" || strings.Count(m.ID, "%") != strings.Count(m.EN, "%") {
			t.Errorf("%s: id %q en %q", code, m.ID, m.EN)
		}
	}
}

func TestLangFromEnv(t *testing.T) {
	for env, want := range map[string]Lang{"en_US.UTF-8": EN, "id_ID.UTF-8": ID, "C.UTF-8": ID} {
		t.Setenv("LC_ALL", env)
		if got := LangFromEnv(); got != want {
			t.Errorf("LC_ALL=%s: %s, want %s", env, got, want)
		}
	}
}
