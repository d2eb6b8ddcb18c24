package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/publish"
	"github.com/alurlayanan/alur/internal/search"
)

func runSearch(args []string, stdout, stderr io.Writer) int {
	fs, langFlag := newFlags("search", stderr)
	site := fs.String("site", "public", "folder situs yang sudah dibangun / published site folder")
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
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if res.Hits == nil {
			res.Hits = []search.Hit{}
		}
		if err := enc.Encode(res.Hits); err != nil {
			return exitProblem
		}
		return exitOK
	}
	if res.Corrected != "" && res.Corrected != res.Query {
		fmt.Fprintf(stdout, pick(lang, "Dicari: %s\n", "Searched for: %s\n"), res.Corrected)
	}
	if len(res.Hits) == 0 {
		fmt.Fprintln(stdout, pick(lang, "Tidak ada hasil.", "No results."))
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

// buildDir is the build folder a published path points to; a plain folder
// is its own build.
func buildDir(site string) string {
	if dir, err := publish.Current(site); err == nil {
		return dir
	}
	return site
}
