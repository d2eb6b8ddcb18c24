package loadtest

import (
	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/search"

	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// A synthetic build has Kota Malang's size.
const (
	SynthOffices  = 57
	SynthServices = 23
)

// words give synthetic pages text that compresses like real Indonesian
// prose rather than like a repeated line.
var words = strings.Fields(`surat keterangan pengantar kelurahan kecamatan warga pemohon
berkas persyaratan fotokopi kartu keluarga tanda penduduk asli loket petugas seksi
pemerintahan kesejahteraan sosial ekonomi pembangunan lurah tanda tangan stempel menunggu
hari kerja biaya gratis layanan pengaduan rukun tetangga rukun warga formulir diisi
dibawa diserahkan diperiksa dicatat ditandatangani diambil jam buka istirahat Senin Jumat`)

// Synthesize writes a published build the size of Kota Malang into dir:
// pages of about a real page's size and compressibility under the
// contract's paths, and the real search index of the city in services. It
// stands in for a real build when none is at hand, without linking Hugo.
func Synthesize(dir, services string) error {
	if err := synthesizePages(dir); err != nil {
		return err
	}
	cat, diags := check.Folder(services)
	if cat == nil {
		var b strings.Builder
		diags.Print(&b, diag.EN)
		return fmt.Errorf("%s has errors:\n%s", services, b.String())
	}
	_, err := search.Build(cat, layout.Index(dir), search.Synonyms{Groups: cat.Synonyms})
	return err
}

func synthesizePages(dir string) error {
	rng := rand.New(rand.NewPCG(1, 2))
	write := func(name, content string) error {
		full := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		return os.WriteFile(full, []byte(content), 0o644)
	}
	files := map[string]string{
		layout.ManifestFile: `{"id": "synthetic"}`,
		"index.html":        page(rng, "Beranda", 40),
		"404.html":          page(rng, "Tidak ditemukan", 2),
		"en/404.html":       page(rng, "Not found", 2),
		"css/main.min.0123456789abcdef0123456789abcdef.css": strings.Repeat("body{margin:0 auto;max-width:40rem}\n", 200),
	}
	for o := range SynthOffices {
		for _, lang := range []string{"", "en/"} {
			files[fmt.Sprintf("%skelurahan/kantor-%02d/index.html", lang, o)] = page(rng, "Kelurahan", 60)
			for sv := range SynthServices {
				files[fmt.Sprintf("%skelurahan/kantor-%02d/layanan-%02d/index.html", lang, o, sv)] = page(rng, "Layanan", 150)
			}
		}
	}
	for name, content := range files {
		if err := write(name, content); err != nil {
			return err
		}
	}
	return nil
}

// page is an HTML page of about n short paragraphs, the shape of a
// service page (requirements, steps, hours).
func page(rng *rand.Rand, title string, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>%s</title>"+
		"<link rel=\"stylesheet\" href=\"/css/main.min.0123456789abcdef0123456789abcdef.css\"></head><body><main>", title)
	for range n {
		b.WriteString("<p>")
		for range 6 + rng.IntN(8) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteByte(' ')
		}
		b.WriteString("</p>\n")
	}
	b.WriteString("</main></body></html>\n")
	return b.String()
}
