package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/publish"
	"github.com/alurlayanan/alur/internal/search"
)

func runSearch(args []string, stdout, stderr io.Writer) int {
	fs, langFlag := newFlags("search", stderr)
	site := siteFlag(fs, "site")
	office := fs.String("office", "", locale.Get("cli.flag.office").Both())
	kecamatan := fs.String("kecamatan", "", locale.Get("cli.flag.kecamatan").Both())
	limit := fs.Int("n", search.DefaultLimit, locale.Get("cli.flag.hits").Both())
	asJSON := fs.Bool("json", false, locale.Get("cli.flag.json").Both())
	lang, code := parse(fs, args, langFlag)
	if code >= 0 {
		return code
	}
	text := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(text) == "" {
		fmt.Fprintln(stderr, say(lang, "cli.search-usage"))
		return exitUsage
	}
	ix, err := search.Open(layout.Index(buildDir(*site)))
	if err != nil {
		fmt.Fprintf(stderr, say(lang, "cli.search-no-index"), err)
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
		fmt.Fprintf(stdout, say(lang, "cli.search-corrected"), res.Corrected)
	}
	switch res.Answer {
	case search.AnswerNone:
		fmt.Fprintln(stdout, say(lang, "cli.search-none"))
	case search.AnswerElsewhere:
		printElsewhere(stdout, lang, res.Elsewhere)
		if len(res.Hits) > 0 {
			fmt.Fprintln(stdout, say(lang, "cli.search-related"))
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
	fmt.Fprintln(w, say(lang, "cli.search-elsewhere"))
	for _, a := range agencies {
		fmt.Fprintf(w, "  %s\n", a.Name)
		for _, l := range []struct{ label, value string }{
			{say(lang, "cli.address"), a.Address}, {say(lang, "cli.map"), a.MapURL},
			{say(lang, "cli.phone"), a.Phone}, {"WhatsApp", a.WhatsApp}, {"email", a.Email},
			{say(lang, "cli.website"), a.Website},
		} {
			if l.value != "" {
				fmt.Fprintf(w, "    %s: %s\n", l.label, l.value)
			}
		}
		if a.Example {
			fmt.Fprintln(w, say(lang, "cli.example"))
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
