package cli

import (
	"fmt"
	"io"
	"os"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/pipeline"
)

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs, langFlag := newFlags("check", stderr)
	services := servicesFlag(fs)
	published := fs.String("site", defaultSite, locale.Get("cli.flag.compare").Both())
	quiet := quietFlag(fs)
	lang, code := parse(fs, args, langFlag)
	if code >= 0 {
		return code
	}
	cat, ok := checkServices(*services, lang, stdout, func(cat *flow.Catalog, problems *diag.List) {
		// A site that cannot be read has nothing to compare with; the
		// build that publishes to it will say why.
		pipeline.Compare(*published, cat, problems)
	})
	if cat != nil && !*quiet {
		check.Summarize(cat).Print(stdout, lang)
	}
	if !ok {
		return exitProblem
	}
	return exitOK
}

// checkServices loads and checks a services folder, then has more check
// the catalog when there is one, printing every problem and the count. It
// returns the catalog (nil on errors) and whether there were no errors.
func checkServices(dir string, lang diag.Lang, w io.Writer, more func(*flow.Catalog, *diag.List)) (*flow.Catalog, bool) {
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		fmt.Fprintf(w, say(lang, "cli.no-services"), dir)
		return nil, false
	}
	cat, diags := check.Folder(dir)
	if cat != nil && more != nil {
		more(cat, diags)
	}
	diags.Print(w, lang)
	errs, warns := diags.Count()
	fmt.Fprintf(w, say(lang, "cli.count"), errs, warns)
	return cat, errs == 0
}
