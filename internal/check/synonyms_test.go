package check

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/alurlayanan/alur/internal/diag"
)

func TestProjectSynonymsCheckClean(t *testing.T) {
	cat, diags := Folder("../../services")
	for _, p := range diags.Items() {
		if p.Pos.File == "sinonim.yaml" {
			t.Error(p.Format(diag.ID))
		}
	}
	if cat == nil || len(cat.Synonyms) < 20 {
		t.Fatalf("catalog %v carries too few synonym groups", cat != nil)
	}
}

// TestSynonymProblemsPointAtTheEntry: every problem the synonym reader can
// report, at its entry. The damaged corpus (package pipeline) runs the same
// kinds of file through `build` too, which must refuse what check refuses.
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
		{"empty", "sinonim: []\n",
			[]string{`sinonim.yaml:1:1: galat: kunci wajib "sinonim" masih kosong`}, 0},
		{"group of one", "sinonim:\n  - [kk]\n  - [akta, akte]\n",
			[]string{"sinonim.yaml:2:6: galat: kelompok sinonim perlu paling sedikit dua kata"}, 1},
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
			fsys := fixtureCity(t)
			fsys["sinonim.yaml"] = &fstest.MapFile{Data: []byte(c.yaml)}
			cat, diags := Dir(fsys)
			var got []diag.Problem
			for _, p := range diags.Items() {
				if p.Pos.File == "sinonim.yaml" {
					got = append(got, p)
				}
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %d problems, want %d: %v", len(got), len(c.want), diags.Items())
			}
			for i, p := range got {
				if line := p.Format(diag.ID); !strings.HasPrefix(line, c.want[i]) {
					t.Errorf("got  %s\nwant %s...", line, c.want[i])
				}
				if p.Message(diag.EN) == "" {
					t.Errorf("problem without English: %s", p.Format(diag.EN))
				}
			}
			errs, _ := diags.Count()
			if (errs > 0) != (cat == nil) {
				t.Errorf("errors %d, catalog %v", errs, cat != nil)
			}
			if cat != nil && len(cat.Synonyms) != c.groups {
				t.Errorf("%d groups kept, want %d", len(cat.Synonyms), c.groups)
			}
		})
	}
}

// TestSameNameWarns: two services a resident cannot tell apart in a list,
// among the city's services or between an office's own and the city's.
func TestSameNameWarns(t *testing.T) {
	rename := func(data []byte, name string) []byte {
		lines := strings.Split(string(data), "\n")
		for i, l := range lines {
			if strings.HasPrefix(l, "nama: ") {
				lines[i] = "nama: " + name
				return []byte(strings.Join(lines, "\n"))
			}
		}
		t.Fatal("no nama line")
		return nil
	}
	fsys := fixtureCity(t)
	// A city service named like another, in other letters and spacing.
	fsys["layanan/sktm.yaml"].Data = rename(fsys["layanan/sktm.yaml"].Data, "Surat Keterangan Kematian")
	fsys["layanan/kematian.yaml"].Data = rename(fsys["layanan/kematian.yaml"].Data, "surat  keterangan KEMATIAN")
	// An office's own service named like a city service.
	kauman := fsys["kelurahan/klojen/kauman.yaml"]
	kauman.Data = []byte(strings.Replace(string(kauman.Data), "nama: Surat Pengantar Izin Keramaian", "nama: Surat Keterangan Kematian", 1))
	_, diags := Dir(fsys)
	files := map[string]bool{}
	for _, p := range diags.Items() {
		if p.Code == diag.DuplicateName {
			files[p.Pos.File] = true
		}
	}
	if len(files) != 2 || !files["kelurahan/klojen/kauman.yaml"] {
		t.Errorf("same-name warnings in %v, want one city service and kauman's own", files)
	}
}
