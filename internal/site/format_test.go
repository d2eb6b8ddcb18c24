package site

import (
	"reflect"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/testing/sample"
)

func TestPhoneLinks(t *testing.T) {
	cases := []struct{ in, tel, wa string }{
		{"0341-362375", "tel:+62341362375", "https://wa.me/62341362375"},
		{"(0341) 751-543", "tel:+62341751543", "https://wa.me/62341751543"},
		{"+62 812 3456 7890", "tel:+6281234567890", "https://wa.me/6281234567890"},
		{"1708", "", ""},
		{"", "", ""},
		{"javascript:alert(1)", "", ""},
		{"0812-3456-7890\"><script>", "tel:+6281234567890", "https://wa.me/6281234567890"},
	}
	for _, c := range cases {
		if got := telURI(c.in); got != c.tel {
			t.Errorf("telURI(%q) = %q, want %q", c.in, got, c.tel)
		}
		if got := waURL(c.in); got != c.wa {
			t.Errorf("waURL(%q) = %q, want %q", c.in, got, c.wa)
		}
		if tel := telURI(c.in); strings.Trim(strings.TrimPrefix(tel, "tel:+"), "0123456789") != "" {
			t.Errorf("telURI(%q) = %q holds more than digits", c.in, tel)
		}
	}
}

func TestOpenSpansCutBreaks(t *testing.T) {
	cases := []struct {
		open, close string
		breaks      []flow.Break
		want        []string
	}{
		{"08:00", "15:00", nil, []string{"480-900"}},
		{"08:00", "15:00", []flow.Break{{From: "12:00", Until: "13:00"}}, []string{"480-720", "780-900"}},
		{"08:00", "14:00", []flow.Break{{From: "13:00", Until: "14:00"}, {From: "10:00", Until: "10:30"}}, []string{"480-600", "630-780"}},
	}
	for _, c := range cases {
		week := check.Week([]flow.Hours{{Days: []string{"senin"}, Open: c.open, Close: c.close, Breaks: c.breaks}}, nil)
		if got := openSpans(week.Hours[0]); !reflect.DeepEqual(got, c.want) {
			t.Errorf("openSpans(%s-%s, %v) = %v, want %v", c.open, c.close, c.breaks, got, c.want)
		}
	}
}

func TestDayRanges(t *testing.T) {
	got := dayRanges([]flow.Weekday{4, 0, 1, 2, 6})
	want := []dayRange{{0, 2}, {4, 4}, {6, 6}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("dayRanges = %v, want %v", got, want)
	}
}

func TestHoursSummaryGroupsDaysWithTheSameWindows(t *testing.T) {
	o := &flow.Office{OfficeFile: &flow.OfficeFile{}, Week: check.Week([]flow.Hours{
		{Days: []string{"senin", "selasa", "kamis"}, Open: "08:00", Close: "15:00"},
		{Days: []string{"rabu"}, Open: "08:00", Close: "12:00"},
	}, nil)}
	h := hoursOf(o, "2026-11-30")
	if len(h.Summary) != 2 {
		t.Fatalf("summary = %+v", h.Summary)
	}
	if want := []dayRange{{0, 1}, {3, 3}}; !reflect.DeepEqual(h.Summary[0].Days, want) {
		t.Errorf("first group days = %v, want %v", h.Summary[0].Days, want)
	}
	if !h.ClosedDay || h.Week[5].Spans != "" || h.Week[2].Spans != "480-720" {
		t.Errorf("week = %+v", h.Week)
	}
}

func TestRequirementsPutCasesApart(t *testing.T) {
	r := requirementsOf([]flow.Requirement{
		{Document: "KTP", Count: 1},
		{Document: "Surat kuasa", When: "pemohon diwakilkan"},
		{Document: "Akta cerai", When: "pemohon janda atau duda"},
		{Document: "KTP wakil", When: " pemohon diwakilkan "},
	})
	if len(r.Always) != 1 || len(r.Cases) != 2 {
		t.Fatalf("always %d, cases %d", len(r.Always), len(r.Cases))
	}
	if c := r.Cases[0]; c.When != "pemohon diwakilkan" || len(c.Items) != 2 || c.Items[1].Count != 1 {
		t.Errorf("first case = %+v", c)
	}
}

func TestStartIsTheFirstPlaceUnlessResidentsChoose(t *testing.T) {
	loket := &locationView{Kind: "place", ID: "loket", Name: "Loket"}
	lurah := &locationView{Kind: "place", ID: "ruang-lurah", Name: "Ruang Lurah"}
	task := stepView{Kind: "task", Where: loket}
	cases := []struct {
		name  string
		steps []stepView
		want  *locationView
	}{
		{"task", []stepView{task}, loket},
		{"and at one place", []stepView{{Kind: "and", Steps: []stepView{task, task}}}, loket},
		{"and at two places", []stepView{{Kind: "and", Steps: []stepView{task, {Kind: "task", Where: lurah}}}}, nil},
		{"or", []stepView{{Kind: "or", Steps: []stepView{task, task}}}, nil},
		{"none", nil, nil},
	}
	for _, c := range cases {
		if got := start(c.steps); got != c.want {
			t.Errorf("%s: start = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestNameSaidOnce: a name that already carries its abbreviation, as
// "Pengantar Kartu Identitas Anak (KIA)" does, is not followed by "(KIA)"
// again, on the service pages, the standard page or in lists.
func TestNameSaidOnce(t *testing.T) {
	fsys := sample.RichCity()
	sktm := fsys["layanan/sktm.yaml"]
	sktm.Data = []byte(strings.Replace(string(sktm.Data), "nama: Surat Keterangan Tidak Mampu\n", "nama: Surat Keterangan Tidak Mampu (SKTM)\n", 1))
	cat, diags := check.Dir(fsys)
	if cat == nil {
		t.Fatal(diags.Items())
	}
	files, err := Files(cat, testBaseURL)
	if err != nil {
		t.Fatal(err)
	}
	pages := 0
	for name, data := range files {
		if strings.Contains(string(data), "Tidak Mampu (SKTM)") {
			pages++
			if strings.Contains(string(data), `"short":"SKTM"`) {
				t.Errorf("%s says the abbreviation twice", name)
			}
		}
	}
	if pages == 0 {
		t.Fatal("no page names the service")
	}
	if got := flow.ShortShown("Persetujuan Bangunan Gedung (PBG)", "PBG"); got != "" {
		t.Errorf("ShortShown = %q", got)
	}
	if got := flow.ShortShown("Surat Keterangan Tidak Mampu", "SKTM"); got != "SKTM" {
		t.Errorf("ShortShown = %q", got)
	}
}

// TestClosuresOfTheYearBeforeStayInTheData: the list shows only what is
// still to come; the script's data keeps the past year's too, for a clock
// set before the build.
func TestClosuresOfTheYearBeforeStayInTheData(t *testing.T) {
	all := []flow.Closure{
		{From: "2025-01-01", Until: "2025-01-01", Name: "Tahun Baru 2025"},
		{From: "2026-12-25", Until: "2026-12-25", Name: "Natal"},
		{From: "2027-03-20", Until: "2027-03-21", Name: "Idulfitri"},
		{From: "2029-01-01", Until: "2029-01-01", Name: "Tahun Baru 2029"},
	}
	list, data := closuresFrom(all, "2027-03-01")
	if len(list) != 1 || list[0].Name != "Idulfitri" {
		t.Errorf("listed %+v, want Idulfitri only", list)
	}
	if want := "2026-12-25 2026-12-25 Natal\n2027-03-20 2027-03-21 Idulfitri"; data != want {
		t.Errorf("data %q, want %q", data, want)
	}
}
