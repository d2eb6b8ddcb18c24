package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/staff"
	"github.com/alurlayanan/alur/internal/store"
)

// runIKM is `alur ikm --data DIR [--office ID] [--service ID] [--from DATE
// --to DATE] [--json]`: the survey index the staff page shows, for
// scripts and tests. Dates are days in the city's time zone, both
// inclusive; without them, the current year (as the page).
func runIKM(args []string, stdout, stderr io.Writer) int {
	fs, langFlag := newFlags("ikm", stderr)
	data := dataFlag(fs)
	office := fs.String("office", "", locale.Get("cli.flag.office").Both())
	service := fs.String("service", "", locale.Get("cli.flag.service").Both())
	fromFlag := fs.String("from", "", locale.Get("cli.flag.from").Both())
	toFlag := fs.String("to", "", locale.Get("cli.flag.to").Both())
	asJSON := fs.Bool("json", false, locale.Get("cli.flag.json").Both())
	lang, code := parse(fs, args, langFlag)
	if code >= 0 {
		return code
	}
	if fs.NArg() != 0 {
		fmt.Fprintln(stderr, say(lang, "cli.ikm-usage"))
		return exitUsage
	}
	now := time.Now().In(flow.Zone)
	from := time.Date(now.Year(), 1, 1, 0, 0, 0, 0, flow.Zone)
	to := time.Date(now.Year(), 12, 31, 0, 0, 0, 0, flow.Zone)
	for _, d := range []struct {
		flag, value string
		into        *time.Time
	}{{"--from", *fromFlag, &from}, {"--to", *toFlag, &to}} {
		if d.value == "" {
			continue
		}
		t, err := time.ParseInLocation(time.DateOnly, d.value, flow.Zone)
		if err != nil {
			fmt.Fprintf(stderr, say(lang, "cli.ikm-date"), d.flag, d.value)
			return exitUsage
		}
		*d.into = t
	}
	if to.Before(from) {
		fmt.Fprintf(stderr, say(lang, "cli.ikm-date"), "--to", *toFlag)
		return exitUsage
	}
	db, err := openExisting(*data)
	if err != nil {
		fmt.Fprintf(stderr, "alur ikm: %v\n", err)
		return exitProblem
	}
	defer db.Close()
	f := store.Filter{Service: *service, From: from, To: to.AddDate(0, 0, 1)}
	if *office != "" {
		f.Offices = []string{*office}
	}
	sums, err := db.Sums(context.Background(), f)
	if err != nil {
		fmt.Fprintf(stderr, "alur ikm: %v\n", err)
		return exitProblem
	}
	s := staff.Summarize(sums.Compute(), locale.Lang(lang))
	s.Office, s.Service, s.From, s.To = *office, *service, from.Format(time.DateOnly), to.Format(time.DateOnly)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(s); err != nil {
			return exitProblem
		}
		return exitOK
	}
	printIKM(stdout, lang, s)
	return exitOK
}

func printIKM(w io.Writer, lang diag.Lang, s staff.Summary) {
	where := s.Office
	if where == "" {
		where = say(lang, "cli.ikm-city")
	}
	if s.Service != "" {
		where += " · " + s.Service
	}
	fmt.Fprintf(w, say(lang, "cli.ikm-head"), where, s.From, s.To, s.Respondents)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, say(lang, "cli.ikm-columns"))
	for _, e := range s.Elements {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.3f\t%.3f\n", e.Code, e.Name, e.Total, e.NRR, e.Weighted)
	}
	tw.Flush()
	ikm := "-"
	if s.Respondents > 0 {
		ikm = strconv.FormatFloat(s.IKM, 'f', 2, 64)
	}
	fmt.Fprintf(w, say(lang, "cli.ikm-result"), s.Index, ikm, s.Grade, s.Mutu)
}
