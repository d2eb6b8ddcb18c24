package staff

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/survey"
	"github.com/xuri/excelize/v2"
)

// want is survey.Compute over the questionnaires the fixture kept for
// Kauman, summed here from the seed, not from the store.
func (f *fixture) want() survey.Result {
	var s survey.Sums
	for _, a := range f.kaumanAnswers {
		s.Add(a)
	}
	return s.Compute()
}

// footer finds the closing rows of an IKM table by their label.
func footer(t *testing.T, rows [][]string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, r := range rows {
		if len(r) > 0 {
			out[r[0]] = r[1:]
		}
	}
	for _, label := range []string{"Jumlah nilai", "NRR", "NRR tertimbang", "IKM", "Mutu"} {
		if _, ok := out[label]; !ok {
			t.Fatalf("the IKM table has no row %q", label)
		}
	}
	return out
}

func checkTable(t *testing.T, kind string, rows [][]string, header int, want survey.Result) {
	t.Helper()
	if got := strings.Join(rows[header], ","); got != "No,U1,U2,U3,U4,U5,U6,U7,U8,U9" {
		t.Fatalf("%s header %q", kind, got)
	}
	respondents := 0
	for _, r := range rows[header+1:] {
		if _, err := strconv.Atoi(r[0]); err == nil {
			respondents++
		}
	}
	if respondents != want.Respondents {
		t.Errorf("%s: %d respondent rows, want %d", kind, respondents, want.Respondents)
	}
	foot := footer(t, rows)
	for _, e := range survey.All {
		total, _ := strconv.Atoi(foot["Jumlah nilai"][e])
		nrr, _ := strconv.ParseFloat(foot["NRR"][e], 64)
		weighted, _ := strconv.ParseFloat(foot["NRR tertimbang"][e], 64)
		if total != want.Total[e] || !near(nrr, want.NRR[e]) || !near(weighted, want.Weighted[e]) {
			t.Errorf("%s %s: %d %v %v, want %d %v %v", kind, e.Code(), total, nrr, weighted, want.Total[e], want.NRR[e], want.Weighted[e])
		}
	}
	ikm, _ := strconv.ParseFloat(foot["IKM"][0], 64)
	if !near(ikm, want.IKM) || foot["Mutu"][0] != want.Grade.Letter() {
		t.Errorf("%s: IKM %v %v, want %v %s", kind, ikm, foot["Mutu"], want.IKM, want.Grade.Letter())
	}
}

func near(a, b float64) bool { d := a - b; return d < 1e-9 && d > -1e-9 }

func TestIKMTableMatchesCompute(t *testing.T) {
	f := newFixture(t)
	want := f.want()
	c := f.as(t, "kauman")
	w := c.do("GET", ExportsPath+"/"+IKMCSV+"?periode=2026", nil)
	if w.Code != http.StatusOK || !strings.Contains(w.Header().Get("Content-Disposition"), `filename="ikm-kauman-2026.csv"`) {
		t.Fatalf("ikm.csv: %d %q", w.Code, w.Header().Get("Content-Disposition"))
	}
	rows, err := csv.NewReader(w.Body).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	checkTable(t, "csv", rows, 0, want)

	w = c.do("GET", ExportsPath+"/"+IKMXLSX+"?periode=2026", nil)
	if w.Code != http.StatusOK || !strings.Contains(w.Header().Get("Content-Type"), "spreadsheetml") {
		t.Fatalf("ikm.xlsx: %d %q", w.Code, w.Header().Get("Content-Type"))
	}
	x, err := excelize.OpenReader(bytes.NewReader(w.Body.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows, err = x.GetRows(ikmSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	header := -1
	for i, r := range rows {
		if len(r) > 0 && r[0] == "No" {
			header = i
		}
	}
	if header < 0 || rows[1][1] != "Kauman" {
		t.Fatalf("the workbook has no table header or title: %q", rows[:3])
	}
	checkTable(t, "xlsx", rows, header, want)

	// The page shows the same figures.
	body := c.do("GET", IKMPath+"?periode=2026", nil).Body.String()
	if !strings.Contains(body, formatNum("id", want.IKM, 2)) || !strings.Contains(body, formatNum("id", want.NRR[survey.Sarana], 3)) {
		t.Errorf("the page lacks IKM %v or U9's NRR %v", want.IKM, want.NRR[survey.Sarana])
	}
	// and the summary the command line prints
	if s := Summarize(want, "id"); s.IKM != want.IKM || s.Elements[8].Code != "U9" || s.Elements[8].Key != "sarana" || s.Grade != want.Grade.Letter() {
		t.Errorf("summary %+v", s)
	}
}

func TestRawExports(t *testing.T) {
	f := newFixture(t)
	c := f.as(t, "sekda")
	w := c.do("GET", ExportsPath+"/"+ResponsesCSV+"?periode=2026&kantor=kauman", nil)
	rows, err := csv.NewReader(w.Body).ReadAll()
	if err != nil || len(rows) != 1+len(f.kaumanAnswers) {
		t.Fatalf("jawaban.csv: %d rows %v", len(rows), err)
	}
	if rows[0][5] != "u1" || rows[0][13] != "u9" || rows[1][1] != "kauman" {
		t.Errorf("jawaban.csv starts %q %q", rows[0], rows[1])
	}
	w = c.do("GET", ExportsPath+"/"+ReportsCSV+"?periode=2026", nil)
	body := w.Body.String()
	if !strings.Contains(body, `'=HYPERLINK`) || strings.Contains(body, `,=HYPERLINK`) || strings.Contains(body, `"=HYPERLINK`) {
		t.Errorf("a formula in a report was not neutralised:\n%s", body)
	}
	for in, want := range map[string]string{"=1+1": "'=1+1", "+62": "'+62", "-2": "'-2", "@SUM(A1)": "'@SUM(A1)", "\t=x": "'\t=x", "biasa": "biasa", "": ""} {
		if got := Neutralise(in); got != want {
			t.Errorf("Neutralise(%q) = %q, want %q", in, got, want)
		}
	}
	if w := c.do("GET", ExportsPath+"/lain.csv", nil); w.Code != http.StatusNotFound {
		t.Errorf("an unknown export: %d", w.Code)
	}
}

func TestFeedbackPages(t *testing.T) {
	f := newFixture(t)
	c := f.as(t, "kauman")
	body := c.do("GET", FeedbackPath, nil).Body.String()
	if strings.Contains(body, "<img src=x") || !strings.Contains(body, "&lt;img src=x onerror=alert(1)&gt; javascript:alert(2)") {
		t.Errorf("hostile text is not escaped in the list:\n%s", body)
	}
	body = c.do("GET", FeedbackPath+"?alasan=syarat", nil).Body.String()
	if !strings.Contains(body, "RT tidak ada") || strings.Contains(body, "Jam buka salah") {
		t.Errorf("the reason filter: %s", body)
	}
	if w := c.do("GET", FeedbackPath+"?alasan=bohong", nil); w.Code != http.StatusNotFound {
		t.Errorf("an unknown reason: %d", w.Code)
	}
	// A report of wrong information names the YAML to fix.
	body = c.do("GET", FeedbackPath+"/rk2", nil).Body.String()
	for _, src := range []string{"services/layanan/sktm.yaml:3", "services/kelurahan/klojen/kauman.yaml:40"} {
		if !strings.Contains(body, src) {
			t.Errorf("the report of wrong information does not name %s", src)
		}
	}
	if body := c.do("GET", FeedbackPath+"/rk1?lang=en", nil).Body.String(); !strings.Contains(body, "Follow-up note") || !strings.Contains(body, `lang="en"`) {
		t.Errorf("the English report page:\n%s", body)
	}
	// Paging: 120 reports make three pages.
	for i := range 120 {
		r := mustReport(i)
		if _, err := f.db.AddReport(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	body = c.do("GET", FeedbackPath+"?hal=3", nil).Body.String()
	if !strings.Contains(body, "Halaman 3 dari 3") || !strings.Contains(body, `rel="prev"`) || strings.Contains(body, `rel="next"`) {
		t.Errorf("the third page of 124 reports:\n%s", body)
	}
	// The ranking counts Kauman's hard requirement.
	if body := c.do("GET", RankingPath, nil).Body.String(); !strings.Contains(body, "Surat pengantar RT/RW") {
		t.Errorf("the ranking lacks the hard requirement:\n%s", body)
	}
}
