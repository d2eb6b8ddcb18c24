package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/publish"
	"github.com/alurlayanan/alur/internal/search"
)

func runSearch(args []string, stdout, stderr io.Writer) int {
	fs, langFlag := newFlags("search", stderr)
	site := siteFlag(fs, "site")
	office := fs.String("office", "", "hanya kantor kelurahan ini (kode) / only this office (id)")
	kecamatan := fs.String("kecamatan", "", "hanya kecamatan ini (kode) / only this kecamatan (id)")
	limit := fs.Int("n", search.DefaultLimit, "jumlah hasil / number of hits")
	asJSON := fs.Bool("json", false, "keluaran JSON / JSON output")
	lang, code := parse(fs, args, langFlag)
	if code >= 0 {
		return code
	}
	text := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(text) == "" {
		fmt.Fprintln(stderr, pick(lang, "Pemakaian: alur search [opsi] KATA KUNCI", "Usage: alur search [options] QUERY"))
		return exitUsage
	}
	ix, err := search.Open(layout.Index(buildDir(*site)))
	if err != nil {
		fmt.Fprintf(stderr, pick(lang, "alur search: indeks tidak dapat dibuka (sudah menjalankan alur build?): %v\n",
			"alur search: cannot open the index (did you run alur build?): %v\n"), err)
		return exitProblem
	}
	defer ix.Close()
	res, err := ix.Search(context.Background(), search.Query{Text: text, Office: *office, Kecamatan: *kecamatan, Limit: *limit})
	if err != nil {
		fmt.Fprintf(stderr, "alur search: %v\n", err)
		return exitProblem
	}
	if *asJSON {
		// The same object /api/search answers: "answer" tells scripts a
		// list of services from "not here" (with "elsewhere") and nothing.
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return exitProblem
		}
		return exitOK
	}
	if res.Corrected != "" && res.Corrected != res.Query {
		fmt.Fprintf(stdout, pick(lang, "Dicari: %s\n", "Searched for: %s\n"), res.Corrected)
	}
	switch res.Answer {
	case search.AnswerNone:
		fmt.Fprintln(stdout, pick(lang, "Tidak ada layanan yang cocok. Lihat daftar semua layanan di /layanan/.",
			"No service matches. See the list of all services at /layanan/."))
	case search.AnswerElsewhere:
		printElsewhere(stdout, lang, res.Elsewhere)
		if len(res.Hits) > 0 {
			fmt.Fprintln(stdout, pick(lang, "\nLayanan kelurahan yang mungkin terkait:", "\nKelurahan services that may be related:"))
		}
	}
	for i, h := range res.Hits {
		where := h.OfficeName
		if where == "" {
			where = h.KecamatanName
		}
		fmt.Fprintf(stdout, "%2d. %s", i+1, h.Title)
		if where != "" {
			fmt.Fprintf(stdout, " — %s", where)
		}
		fmt.Fprintf(stdout, "\n    %s  (%.3f)\n", h.URL, h.Score)
	}
	return exitOK
}

// printElsewhere says that what was asked is not a kelurahan service, and
// where to go instead.
func printElsewhere(w io.Writer, lang diag.Lang, agencies []search.Agency) {
	fmt.Fprintln(w, pick(lang, "Ini bukan layanan kelurahan. Urusan ini dilayani oleh:", "This is not a kelurahan service. It is handled by:"))
	for _, a := range agencies {
		fmt.Fprintf(w, "  %s\n", a.Name)
		for _, l := range []struct{ label, value string }{
			{pick(lang, "alamat", "address"), a.Address}, {pick(lang, "peta", "map"), a.MapURL},
			{pick(lang, "telepon", "phone"), a.Phone}, {"WhatsApp", a.WhatsApp}, {"email", a.Email},
			{pick(lang, "situs", "website"), a.Website},
		} {
			if l.value != "" {
				fmt.Fprintf(w, "    %s: %s\n", l.label, l.value)
			}
		}
		if a.Example {
			fmt.Fprintln(w, pick(lang, "    (alamat dan kontak contoh, belum diperiksa)", "    (example address and contact, not yet checked)"))
		}
	}
}

// buildDir is the build folder a published path points to; a plain folder
// is its own build.
func buildDir(site string) string {
	if dir, err := publish.Current(site); err == nil {
		return dir
	}
	return site
}
