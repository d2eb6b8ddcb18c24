package search

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/diag"
)

func TestProjectSynonymsLoadClean(t *testing.T) {
	syn, problems := LoadSynonyms(filepath.Join(servicesDir, "sinonim.yaml"))
	for _, p := range problems {
		t.Error(p.Format(diag.ID))
	}
	if len(syn.Groups) < 20 {
		t.Errorf("%d groups loaded", len(syn.Groups))
	}
}

func TestSynonymProblemsPointAtTheEntry(t *testing.T) {
	for _, c := range []struct {
		name, yaml string
		want       []string // formatted problems, in Indonesian
		groups     int      // groups that survive
	}{
		{"syntax", "sinonim:\n\t- [a, b]\n",
			[]string{"sinonim.yaml:2:1: galat: penulisan YAML salah: ada"}, 0},
		{"unknown key", "sinonimm:\n  - [kk, kartu keluarga]\n",
			[]string{`sinonim.yaml:1:1: galat: kunci "sinonimm" tidak dikenal; maksud Anda "sinonim"?`}, 0},
		{"not a list", "sinonim:\n  - kk, kartu keluarga\n",
			[]string{`sinonim.yaml:2:5: galat: "sinonim" harus berisi daftar`}, 0},
		{"group of one", "sinonim:\n  - [kk]\n  - [akta, akte]\n",
			[]string{"sinonim.yaml:2:5: galat: kelompok sinonim perlu paling sedikit dua kata"}, 1},
		{"in two groups", "sinonim:\n  - [nikah, kawin]\n  - [kawin, married]\n",
			[]string{`sinonim.yaml:3:6: galat: sinonim "kawin" sudah ada di kelompok lain (baris 2 kolom 13`}, 1},
		{"same stem in a group", "sinonim:\n  - [nikah, pernikahan, kawin]\n",
			[]string{`sinonim.yaml:2:13: peringatan: sinonim "pernikahan" tidak perlu`}, 1},
		{"only stop words", "sinonim:\n  - [ktp, yang di]\n  - ['', kk, '!!']\n",
			[]string{`sinonim.yaml:2:11: galat: sinonim "yang di" hanya berisi kata umum`,
				`sinonim.yaml:3:6: galat: sinonim "" tidak berisi kata`,
				`sinonim.yaml:3:14: galat: sinonim "!!" tidak berisi kata`}, 0},
		{"too long", "sinonim:\n  - [ktp, satu dua tiga empat lima enam tujuh]\n",
			[]string{`sinonim.yaml:2:11: galat: sinonim "satu dua tiga empat lima enam tujuh" terlalu panjang`}, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			syn, problems := ParseSynonyms("sinonim.yaml", []byte(c.yaml))
			if len(problems) != len(c.want) {
				t.Fatalf("got %d problems, want %d: %v", len(problems), len(c.want), format(problems))
			}
			for i, p := range problems {
				if got := p.Format(diag.ID); !strings.HasPrefix(got, c.want[i]) {
					t.Errorf("got  %s\nwant %s...", got, c.want[i])
				}
				if p.EN == "" {
					t.Errorf("problem without English: %s", p.Format(diag.EN))
				}
			}
			if len(syn.Groups) != c.groups {
				t.Errorf("%d groups kept, want %d", len(syn.Groups), c.groups)
			}
		})
	}
}

func TestLoadSynonymsMissingFile(t *testing.T) {
	_, problems := LoadSynonyms(filepath.Join(t.TempDir(), "sinonim.yaml"))
	if len(problems) != 1 || problems[0].Severity != diag.Error || !strings.HasPrefix(problems[0].Format(diag.EN), "sinonim.yaml: error: cannot read") {
		t.Errorf("got %v", format(problems))
	}
}

func format(ps []Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Format(diag.ID))
	}
	return out
}
