package staff

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/inspect"
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/store"
	"github.com/xuri/excelize/v2"
)

// reportURLs are the inspection reports' URLs: the city and inspectors.
var reportURLs = []staffURL{
	{method: "GET", path: InspectionsPath + "?periode=2026", only: overseers},
	{method: "GET", path: InspectionsPath + "/jodipan?periode=2026", only: overseers, jodipan: true},
	{method: "GET", path: InspectionsPath + "/kauman?lang=en", only: overseers},
	{method: "GET", path: FindingPath + "1", only: overseers, jodipan: true},
	{method: "POST", path: FindingPath + "1", form: url.Values{"status": {"selesai"}, "catatan": {"x"}}, only: overseers, jodipan: true},
	{method: "GET", path: InspectionsPath + "/" + InspectionsCSV + "?periode=2026", export: true, only: overseers},
	{method: "GET", path: InspectionsPath + "/" + InspectionsXLSX + "?periode=2026", export: true, only: overseers},
	{method: "GET", path: PhotoPath + "j0/1", export: true, only: overseers, jodipan: true},
}

// seedInspections keeps three inspections of Jodipan in 2026: staffed
// with nothing wrong, the front desk empty, and closed; and one of Kauman,
// staffed.
func seedInspections(t *testing.T, db *store.DB) {
	t.Helper()
	roster := []string{"Budi Santoso", "Sari Wulandari"}
	all := inspect.Inspection{Open: true, FrontDesk: true, StaffPresent: roster, Maklumat: true, Standards: true, Flow: true, Complaint: true,
		Facilities: map[string]bool{"ruang tunggu": true, "toilet": true}}
	noDesk := all
	noDesk.FrontDesk, noDesk.StaffPresent = false, roster[:1]
	closed := inspect.Inspection{Open: false}
	for i, in := range []inspect.Inspection{all, noDesk, closed} {
		in.ID, in.Office, in.Inspector = "j"+strconv.Itoa(i), "jodipan", "inspektur"
		in.Arrived = time.Date(2026, time.Month(3+i), 10, 9, 30, 0, 0, wib)
		in.Submitted = in.Arrived.Add(20 * time.Minute)
		var photos [][]byte
		if i == 0 {
			photos = [][]byte{{0xFF, 0xD8, 0xFF, 0xD9}}
		}
		if _, err := db.AddInspection(ctx, in, roster, photos); err != nil {
			t.Fatal(err)
		}
	}
	k := all
	k.ID, k.Office, k.Inspector, k.StaffPresent, k.Facilities = "k0", "kauman", "inspektur", nil, nil
	k.Arrived, k.Submitted = time.Date(2026, 6, 1, 10, 0, 0, 0, wib), time.Date(2026, 6, 1, 10, 10, 0, 0, wib)
	if _, err := db.AddInspection(ctx, k, nil, nil); err != nil {
		t.Fatal(err)
	}
}

func TestInspectionFigures(t *testing.T) {
	f := newFixture(t)
	seedInspections(t, f.db)
	c := f.as(t, "sekda")
	body := c.do("GET", InspectionsPath+"?periode=2026", nil).Body.String()
	// Jodipan: 3 inspections, 1 staffed (33%), findings: desk empty and
	// Sari absent, then closed = 3; incidents: its resident's report and
	// the closed visit = 2.
	jodipan := regexp.MustCompile(`Jodipan</a></th>\s*<td class="st-num">3</td><td class="st-num">33%</td>\s*<td class="st-num">3 \(3 belum selesai\)</td>\s*<td class="st-num">2</td>`)
	if !jodipan.MatchString(body) {
		t.Errorf("the city table's Jodipan row is wrong:\n%s", body)
	}
	if !strings.Contains(body, `<td class="st-num">4</td><td class="st-num">50%</td>`) {
		t.Errorf("the city total (4 inspections, 2 staffed) is wrong:\n%s", body)
	}
	page := c.do("GET", InspectionsPath+"/jodipan?periode=2026", nil).Body.String()
	for _, want := range []string{"2026-05-10 09:30", "2026-04-02 10:00", "laporan warga", "sidak mendapati kantor tutup",
		"Petugas tidak hadir: Sari Wulandari", "Loket tidak dijaga", ">33%<"} {
		if !strings.Contains(page, want) {
			t.Errorf("Jodipan's page lacks %q", want)
		}
	}
	if !strings.Contains(page, `href="/staf/inspeksi/foto/j0/1"`) {
		t.Error("Jodipan's page does not link the photo of its first inspection")
	}
	if w := c.do("GET", PhotoPath+"j0/1", nil); w.Code != http.StatusOK || w.Header().Get("Content-Type") != "image/jpeg" || w.Header().Get("Cache-Control") != "no-store" {
		t.Errorf("photo: %d %q %q", w.Code, w.Header().Get("Content-Type"), w.Header().Get("Cache-Control"))
	}
	for _, p := range []string{PhotoPath + "j0/2", PhotoPath + "j0/x", PhotoPath + "none/1"} {
		if w := c.do("GET", p, nil); w.Code != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", p, w.Code)
		}
	}
	if strings.Index(page, "2026-05-10 09:30") > strings.Index(page, "2026-04-02 10:00") {
		t.Error("incidents are not newest first")
	}

	// CSV: the same figures.
	w := c.do("GET", InspectionsPath+"/"+InspectionsCSV+"?periode=2026", nil)
	if w.Code != http.StatusOK || !strings.Contains(w.Header().Get("Content-Disposition"), "sidak-kota-2026.csv") {
		t.Fatalf("CSV: %d %q", w.Code, w.Header().Get("Content-Disposition"))
	}
	rows, err := csv.NewReader(w.Body).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"kauman": "kauman,Kauman,Klojen,1,1,100.0,0,0,0,0,0", "jodipan": "jodipan,Jodipan,Blimbing,3,1,33.3,3,3,1,1,2", "total": "total,Total,,4,2,50.0,3,3,1,1,2"}
	for _, r := range rows[1:] {
		if got := strings.Join(r, ","); want[r[0]] != got {
			t.Errorf("CSV row %s, want %s", got, want[r[0]])
		}
	}
	// Excel: the same.
	w = c.do("GET", InspectionsPath+"/"+InspectionsXLSX+"?periode=2026", nil)
	x, err := excelize.OpenReader(w.Body)
	if err != nil {
		t.Fatalf("the workbook does not open: %v", err)
	}
	cells, _ := x.GetRows("Sidak")
	if len(cells) != 6 || strings.Join(cells[4][:5], ",") != "jodipan,Jodipan,Blimbing,3,1" || cells[5][3] != "4" {
		t.Errorf("workbook rows %v", cells)
	}
}

func TestInspectionExportsNeutraliseFormulas(t *testing.T) {
	rows := []OfficeFigures{{Office: "x", Name: `=HYPERLINK("http://x","klik")`, District: "+1", ByKind: map[string]int{}}}
	var b bytes.Buffer
	if err := WriteInspectionsCSV(&b, rows); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"'=HYPERLINK(""http://x"",""klik"")"`) || !strings.Contains(b.String(), ",'+1,") {
		t.Errorf("CSV cells not neutralised:\n%s", b.String())
	}
	b.Reset()
	if err := WriteInspectionsXLSX(&b, rows, locale.ID, "2026"); err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	if f, _ := x.GetCellFormula("Sidak", "B4"); f != "" {
		t.Errorf("the office name became a formula %q", f)
	}
	if v, _ := x.GetCellValue("Sidak", "B4"); v != rows[0].Name {
		t.Errorf("B4 = %q", v)
	}
}

func TestFindingFollowUp(t *testing.T) {
	f := newFixture(t)
	seedInspections(t, f.db)
	fs, err := f.db.InspectionFindings(ctx, "j2")
	if err != nil || len(fs) != 1 {
		t.Fatal(fs, err)
	}
	path := FindingPath + strconv.FormatInt(fs[0].ID, 10)
	insp := f.as(t, "inspektur")
	if body := insp.do("GET", path, nil).Body.String(); strings.Contains(body, `name="catatan"`) || !strings.Contains(body, "Kantor tutup") {
		t.Errorf("the inspector's view of a finding:\n%s", body)
	}
	if w := insp.do("POST", path, url.Values{"csrf": {insp.csrf(t, path)}, "status": {"selesai"}}); w.Code != http.StatusForbidden {
		t.Errorf("the inspector's follow-up: %d, want 403", w.Code)
	}
	city := f.as(t, "sekda")
	token := city.csrf(t, path)
	if w := city.do("POST", path, url.Values{"csrf": {token}, "status": {"tutup"}}); w.Code != http.StatusBadRequest {
		t.Errorf("a bad status: %d", w.Code)
	}
	if w := city.do("POST", path, url.Values{"csrf": {token}, "status": {"ditindaklanjuti"}, "catatan": {"Teguran tertulis"}}); w.Code != http.StatusSeeOther {
		t.Fatalf("follow-up: %d\n%s", w.Code, w.Body)
	}
	got, _ := f.db.Finding(ctx, fs[0].ID)
	if got.Status != feedback.Handling || got.Note != "Teguran tertulis" {
		t.Errorf("after follow-up %+v", got)
	}
	if body := city.do("GET", InspectionsPath+"/jodipan?periode=2026", nil).Body.String(); !strings.Contains(body, "Ditindaklanjuti") {
		t.Error("the office page does not show the follow-up")
	}
}

func TestReportsForCityAndInspectorsOnly(t *testing.T) {
	f := newFixture(t)
	seedInspections(t, f.db)
	for _, name := range []string{"sekda", "inspektur"} {
		c := f.as(t, name)
		for _, u := range reportURLs {
			if u.method != "GET" {
				continue
			}
			if w := c.send(t, u, ""); w.Code != http.StatusOK {
				t.Errorf("%s GET %s: %d", name, u.path, w.Code)
			}
		}
		nav := c.do("GET", IKMPath, nil).Body.String()
		if !strings.Contains(nav, `href="/staf/inspeksi"`) {
			t.Errorf("%s's menu lacks the inspection reports", name)
		}
		if strings.Contains(nav, `href="/staf/sidak/"`) != (name == "inspektur") {
			t.Errorf("%s's menu and today's inspections: only inspectors get the link", name)
		}
	}
	for _, name := range []string{"kauman", "jodipan"} {
		c := f.as(t, name)
		token := c.csrf(t, IKMPath)
		for _, u := range reportURLs {
			if w := c.send(t, u, token); w.Code != http.StatusNotFound {
				t.Errorf("%s %s %s: %d, want 404", name, u.method, u.path, w.Code)
			}
		}
	}
	if got, _ := f.db.Findings(ctx, store.Filter{Status: feedback.New}, 10); len(got) != 3 {
		t.Errorf("office accounts changed findings: %d new, want 3", len(got))
	}
}
