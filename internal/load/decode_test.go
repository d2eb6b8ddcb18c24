package load

import (
	"fmt"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
)

// decodeOffice decodes one office file and returns its problems formatted in
// Bahasa Indonesia, one per line.
func decodeOffice(t *testing.T, src string) (*flow.OfficeFile, string) {
	t.Helper()
	var diags diag.List
	o := &flow.OfficeFile{}
	Bytes("kelurahan/klojen/x.yaml", []byte(src), o, &diags)
	var b strings.Builder
	diags.Print(&b, diag.ID)
	return o, b.String()
}

const goodOffice = `id: x
nama: X
kecamatan: klojen
kode: "35.73.02.1001"
alamat: Jl. Contoh 1
jam_layanan:
  - hari: [senin]
    buka: "08:00"
    tutup: "15:00"
tempat:
  - id: loket
    nama: Loket
    arah: Pintu masuk, kiri.
`

func TestDecodeValidOffice(t *testing.T) {
	o, out := decodeOffice(t, goodOffice)
	if out != "" {
		t.Fatalf("unexpected problems:\n%s", out)
	}
	if o.Places[0].Directions != "Pintu masuk, kiri." || o.Hours[0].Days[0] != "senin" {
		t.Errorf("decoded wrongly: %+v", o)
	}
	if p := o.Places[0].Pos; p.Line != 11 || p.Col != 5 || p.Of("arah").Line != 13 {
		t.Errorf("place position = %d:%d, arah at %v", p.Line, p.Col, p.Of("arah"))
	}
}

func TestDecodeProblems(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unknown key with guess", strings.Replace(goodOffice, "alamat:", "alamt:", 1),
			`kelurahan/klojen/x.yaml:5:1: galat: kunci "alamt" tidak dikenal; maksud Anda "alamat"?`},
		{"missing required key reported at the mapping", strings.Replace(goodOffice, "alamat: Jl. Contoh 1\n", "", 1),
			`kelurahan/klojen/x.yaml:1:1: galat: kunci wajib "alamat" belum diisi`},
		{"required key left empty", strings.Replace(goodOffice, "alamat: Jl. Contoh 1", "alamat:", 1),
			`kelurahan/klojen/x.yaml:5:1: galat: kunci wajib "alamat" belum diisi`},
		{"wrong type: mapping for a list", strings.Replace(goodOffice, "tempat:\n  - id: loket", "tempat:\n    id: loket", 1),
			`kelurahan/klojen/x.yaml:11:5: galat: "tempat" harus berisi daftar (baris diawali '- '), bukan pasangan kunci: nilai`},
		{"wrong type: text for a bool", goodOffice + "contoh: ya\n",
			`kelurahan/klojen/x.yaml:14:9: galat: "contoh" harus berisi true atau false, bukan "ya"`},
		{"enum with guess points at the item", strings.Replace(goodOffice, "[senin]", "[senin, slasa]", 1),
			`kelurahan/klojen/x.yaml:7:19: galat: "slasa" bukan nilai yang boleh untuk "hari"; maksud Anda "selasa"?`},
		{"duplicate key", goodOffice + "nama: Y\n",
			`kelurahan/klojen/x.yaml:14:1: galat: kunci "nama" ditulis dua kali (pertama di baris 2)`},
		{"syntax error with a hint", "id: x\n\tnama: y\n",
			`kelurahan/klojen/x.yaml:2:1: galat: penulisan YAML salah: ada tab di awal baris`},
		{"two documents", goodOffice + "---\nid: y\n",
			`kelurahan/klojen/x.yaml:14:1: galat: satu berkas hanya boleh berisi satu dokumen`},
		{"empty file", "# hanya komentar\n", `kelurahan/klojen/x.yaml:1:1: galat: berkas kosong`},
		{"not utf-8", "id: x\nnama: \xff\xfe\n", `kelurahan/klojen/x.yaml:2:7: galat: berkas bukan teks UTF-8`},
		{"top level is a list", "- a\n- b\n",
			`kelurahan/klojen/x.yaml:1:1: galat: "x.yaml" harus berisi pasangan kunci: nilai, bukan daftar`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, out := decodeOffice(t, tt.src)
			if !strings.Contains(out, tt.want) {
				t.Errorf("problems:\n%s\nwant a line containing:\n%s", out, tt.want)
			}
		})
	}
}

func TestDecodeAliasBombIsBounded(t *testing.T) {
	// Each level is ten aliases of the one before: 10^12 steps if expanded.
	var b strings.Builder
	b.WriteString("id: x\nlangkah:\n  - &l0 {judul: a}\n")
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&b, "  - &l%d {dan: [", i)
		for j := range 10 {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "*l%d", i-1)
		}
		b.WriteString("]}\n")
	}
	var diags diag.List
	Bytes("layanan/x.yaml", []byte(b.String()), &flow.ServiceDef{}, &diags)
	var out strings.Builder
	diags.Print(&out, diag.ID)
	if !strings.Contains(out.String(), "terlalu banyak alias") {
		t.Errorf("alias bomb not caught:\n%s", out.String())
	}
}

func TestDecodeCapsProblemsPerFile(t *testing.T) {
	src := "id: x\nnama_lain: [" + strings.Repeat("[a], ", 5000) + "[a]]\n"
	var diags diag.List
	Bytes("layanan/x.yaml", []byte(src), &flow.ServiceDef{}, &diags)
	if n, _ := diags.Count(); n > maxProblemsPerFile+1 {
		t.Errorf("%d problems reported for one file, want at most %d", n, maxProblemsPerFile+1)
	}
}

func TestMessagesInEnglish(t *testing.T) {
	var diags diag.List
	Bytes("kelurahan/klojen/x.yaml", []byte(strings.Replace(goodOffice, "alamat:", "alamt:", 1)), &flow.OfficeFile{}, &diags)
	var b strings.Builder
	diags.Print(&b, diag.EN)
	want := `kelurahan/klojen/x.yaml:5:1: error: unknown key "alamt"; did you mean "alamat"?`
	if !strings.Contains(b.String(), want) {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}
