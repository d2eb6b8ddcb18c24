package check

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/locale"
)

// ComponentName returns the name of a standard component (1-based), from
// the locale catalog (component.<n>).
func ComponentName(n int, lang diag.Lang) string {
	return locale.T(lang, fmt.Sprintf("component.%d", n))
}

// OfficeSummary counts, for one office, how many of its services leave each
// standard component empty.
type OfficeSummary struct {
	Office   *flow.Office
	Services int
	Missing  [14]int // by component, 0-based
}

// Summary is what `alur check` reports after the problems.
type Summary struct {
	Districts, Offices, Standards, Local int
	PerOffice                            []OfficeSummary
}

// Summarize counts the catalog.
func Summarize(cat *flow.Catalog) Summary {
	s := Summary{Districts: len(cat.Districts), Offices: len(cat.Offices), Standards: len(cat.Standards)}
	for _, o := range cat.Offices {
		os := OfficeSummary{Office: o, Services: len(o.Services)}
		for _, svc := range o.Services {
			if svc.Local {
				s.Local++
			}
			for _, n := range svc.MissingComponents() {
				os.Missing[n-1]++
			}
		}
		s.PerOffice = append(s.PerOffice, os)
	}
	return s
}

// Print writes the summary as a table: one row per office, one column per
// component that some service leaves empty.
func (s Summary) Print(w io.Writer, lang diag.Lang) {
	t := [4]string{}
	for i, key := range []string{"check.summary", "check.complete", "check.missing", "check.header"} {
		t[i] = locale.T(lang, key)
	}
	fmt.Fprintf(w, t[0], s.Districts, s.Offices, s.Standards, s.Local)
	var cols []int
	for c := range 14 {
		for _, o := range s.PerOffice {
			if o.Missing[c] > 0 {
				cols = append(cols, c)
				break
			}
		}
	}
	if len(cols) == 0 {
		fmt.Fprint(w, t[1])
		return
	}
	fmt.Fprint(w, t[2])
	for _, c := range cols {
		fmt.Fprintf(w, "  %2d = %s\n", c+1, ComponentName(c+1, lang))
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	header := []string{t[3]}
	for _, c := range cols {
		header = append(header, fmt.Sprint(c+1))
	}
	fmt.Fprintln(tw, strings.Join(header, "\t")+"\t")
	for _, o := range s.PerOffice {
		row := []string{o.Office.Pos.File, fmt.Sprint(o.Services)}
		for _, c := range cols {
			row = append(row, fmt.Sprint(o.Missing[c]))
		}
		fmt.Fprintln(tw, strings.Join(row, "\t")+"\t")
	}
	tw.Flush()
}
