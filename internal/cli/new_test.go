package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/testing/sample"
)

// `alur new` writes a commented skeleton with its schema line; check then
// names each value left to fill, in the new file and nowhere else, and
// passes once they are filled.
func TestNewWritesSkeletonsCheckPointsAtWhatIsLeft(t *testing.T) {
	dir := sample.WriteCity(t, t.TempDir())
	if code, out := runCLI(t, "new", "layanan", "surat-baru", "--services", dir); code != 0 || !strings.Contains(out, "alur check") {
		t.Fatalf("new layanan: exit %d\n%s", code, out)
	}
	if code, out := runCLI(t, "new", "kantor", "klojen/samaan", "--services", dir); code != 0 {
		t.Fatalf("new kantor: exit %d\n%s", code, out)
	}
	svc := filepath.Join(dir, "layanan", "surat-baru.yaml")
	office := filepath.Join(dir, "kelurahan", "klojen", "samaan.yaml")
	for path, schema := range map[string]string{svc: "../schema/layanan.schema.json", office: "../../schema/kelurahan.schema.json"} {
		data, err := os.ReadFile(path)
		if err != nil || !strings.HasPrefix(string(data), "# yaml-language-server: $schema="+schema+"\n") || !strings.Contains(string(data), "\n# ") {
			t.Errorf("%s: no commented skeleton with its schema line (%v):\n%s", path, err, data)
		}
	}

	code, out := runCLI(t, "check", "--services", dir, "-q")
	line := regexp.MustCompile(`^(\S+):\d+:\d+: galat: (.*)$`)
	var empty []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		m := line.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		if m[1] != "layanan/surat-baru.yaml" && m[1] != "kelurahan/klojen/samaan.yaml" {
			t.Errorf("a problem outside the new files: %s", l)
		}
		if strings.Contains(m[2], "masih kosong") {
			empty = append(empty, m[1]+" "+strings.Fields(m[2])[2])
		}
	}
	for _, want := range []string{`layanan/surat-baru.yaml "nama"`, `layanan/surat-baru.yaml "produk"`, `kelurahan/klojen/samaan.yaml "alamat"`, `kelurahan/klojen/samaan.yaml "buka"`} {
		if !strings.Contains(strings.Join(empty, "\n"), want) {
			t.Errorf("check does not point at %s:\n%s", want, out)
		}
	}
	if code != 1 || strings.Count(out, `jam "" tidak dimengerti`) > 0 {
		t.Errorf("exit %d; an empty value must be reported once, as empty:\n%s", code, out)
	}

	// Filled in, the new service passes.
	os.Remove(office)
	data, _ := os.ReadFile(svc)
	filled := strings.NewReplacer(`nama: ""`, `nama: Surat Baru`, `ringkasan: ""`, `ringkasan: Surat untuk uji.`,
		`untuk: ""`, `untuk: Warga.`, `dokumen: ""`, `dokumen: KTP-el`, `judul: ""`, `judul: Serahkan berkas`,
		`tempat: ""`, `tempat: loket`, `pelaku: ""`, `pelaku: Pemohon`, `waktu: ""`, `waktu: 15 menit`,
		`jangka_waktu: ""`, `jangka_waktu: 1 hari kerja`, `produk: ""`, `produk: Surat`, `dasar_hukum: []`, `dasar_hukum: [Perwali (contoh)]`,
		`diperiksa: ""`, `diperiksa: 2026-11-23`, `singkatan: ""`, `singkatan: SB`, `kelompok: ""`, `kelompok: sosial`).Replace(string(data))
	os.WriteFile(svc, []byte(filled), 0o644)
	if code, out := runCLI(t, "check", "--services", dir, "-q"); code != 0 || !strings.Contains(out, "0 galat") {
		t.Errorf("the filled skeleton does not pass: exit %d\n%s", code, out)
	}

	if code, _ := runCLI(t, "new", "layanan", "sktm", "--services", dir); code != 1 {
		t.Errorf("new over an existing file: exit %d, want 1", code)
	}
	if code, _ := runCLI(t, "new", "kantor", "Klojen", "--services", dir); code != 2 {
		t.Errorf("new with a bad id: exit %d, want 2", code)
	}
	if code, out := runCLI(t, "new", "-h"); code != 0 || !strings.Contains(out, "alur new kantor <kecamatan>/<kelurahan>") {
		t.Errorf("new -h: exit %d, no usage of the kinds:\n%s", code, out)
	}
}
