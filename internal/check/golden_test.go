package check

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/testing/golden"
	"github.com/alurlayanan/alur/internal/testing/sample"
	"golang.org/x/tools/txtar"
)

// TestResolvedModelGolden pins the resolved model of the fixture city: what
// every office delivers, with overrides applied and places resolved.
func TestResolvedModelGolden(t *testing.T) {
	cat, diags := Dir(sample.City())
	if cat == nil {
		var b strings.Builder
		diags.Print(&b, diag.ID)
		t.Fatal(b.String())
	}
	got := dumpCatalog(cat)
	goldenFile := filepath.Join("testdata", "city.golden")
	if golden.Update() {
		if err := os.WriteFile(goldenFile, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(goldenFile)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if got != string(want) {
		t.Errorf("resolved model differs from %s (run go test -update and review the diff):\n%s", goldenFile, got)
	}
}

func dumpCatalog(cat *flow.Catalog) string {
	var b strings.Builder
	fmt.Fprintf(&b, "city %s %q free=%q\n", cat.City.ID, cat.City.Name, cat.FreeBasis)
	for _, d := range cat.Districts {
		fmt.Fprintf(&b, "district %s %q office=%q offices=%d\n", d.ID, d.Name, d.Office.Name, len(d.Offices))
	}
	for _, o := range cat.Offices {
		fmt.Fprintf(&b, "office %s %q district=%s\n", o.ID, o.Name, o.District.ID)
		for _, n := range o.NotOffered {
			fmt.Fprintf(&b, "  not-offered %s: %s\n", n.Def.ID, n.Reason)
		}
		for _, s := range o.Services {
			group := "-"
			if s.Group != nil {
				group = s.Group.ID
			}
			fmt.Fprintf(&b, "  service %s %q group=%s local=%v duration=%q cost=free:%v/%d/%q note=%q missing=%v\n",
				s.ID, s.Name, group, s.Local, s.Duration, s.Cost.Free, s.Cost.Amount, s.Cost.LegalBasis, s.Note, s.MissingComponents())
			for _, r := range s.Requirements {
				fmt.Fprintf(&b, "    bring %q form=%s count=%d when=%q\n", r.Document, r.Form, r.Count, r.When)
			}
			for _, st := range s.Steps {
				dumpStep(&b, st, "    ")
			}
		}
	}
	return b.String()
}

func dumpStep(b *strings.Builder, st *flow.ResolvedStep, indent string) {
	where := "-"
	switch {
	case st.Where.Place != nil:
		where = "place:" + st.Where.Place.ID
	case st.Where.Agency != nil:
		where = "agency:" + st.Where.Agency.ID + "/" + st.Where.Agency.Name
	}
	fmt.Fprintf(b, "%sstep %d %s %q at=%s optional=%v duration=%q\n", indent, st.Number, st.Label, st.Title, where, st.Optional, st.Duration)
	for _, s := range st.And {
		dumpStep(b, s, indent+"  and ")
	}
	for _, s := range st.Or {
		dumpStep(b, s, indent+"  or ")
	}
	for _, s := range st.Steps {
		dumpStep(b, s, indent+"  then ")
	}
	if st.HasRoutes() {
		fmt.Fprintf(b, "%s  rejoin at step %d\n", indent, st.Rejoin)
	}
}

// TestBrokenFixtures runs every testdata/broken/*.txtar: its files replace
// or add to the fixture city (an empty file deletes it), and its `want`
// section lists the lines `alur check` must print, in order.
func TestBrokenFixtures(t *testing.T) {
	cases, _ := filepath.Glob("testdata/broken/*.txtar")
	if len(cases) == 0 {
		t.Fatal("no broken fixtures")
	}
	for _, path := range cases {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			fsys := fixtureCity(t)
			var want string
			for _, f := range ar.Files {
				switch {
				case f.Name == "want":
					want = string(f.Data)
				case len(f.Data) == 0:
					delete(fsys, f.Name)
				default:
					fsys[f.Name] = &fstest.MapFile{Data: f.Data}
				}
			}
			_, diags := Dir(fsys)
			var got strings.Builder
			diags.Print(&got, diag.ID)
			if golden.Update() {
				writeWant(t, path, ar, got.String())
				return
			}
			if strings.TrimSpace(got.String()) != strings.TrimSpace(want) {
				t.Errorf("%s\ngot:\n%s\nwant:\n%s", strings.TrimSpace(string(ar.Comment)), got.String(), want)
			}
		})
	}
}

// fixtureCity is a fresh copy of the shared fixture city, for a case to
// change.
func fixtureCity(t *testing.T) fstest.MapFS {
	t.Helper()
	return sample.City()
}

func writeWant(t *testing.T, path string, ar *txtar.Archive, want string) {
	t.Helper()
	found := false
	for i := range ar.Files {
		if ar.Files[i].Name == "want" {
			ar.Files[i].Data, found = []byte(want), true
		}
	}
	if !found {
		ar.Files = append(ar.Files, txtar.File{Name: "want", Data: []byte(want)})
	}
	if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
		t.Fatal(err)
	}
}
