package staff

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/alurlayanan/alur/internal/account"
	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/inspect"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/store"
	"github.com/alurlayanan/alur/internal/survey"
	"github.com/xuri/excelize/v2"
)

// The inspection reports, for the city and the inspectors (office
// accounts get 404): what inspections found, per office over time and
// city-wide, and the follow-up of each finding (by the city; inspectors
// read). They show inspections already made, never a draw.
const (
	// InspectionsPath is the city-wide table; InspectionsPath+"/{office}"
	// one office over time; FindingPath+"{id}" one finding's follow-up.
	InspectionsPath = Prefix + "inspeksi"
	FindingPath     = InspectionsPath + "/temuan/"
	// PhotoPath+"{inspection}/{n}" is an inspection's n-th photo (from 1).
	PhotoPath = InspectionsPath + "/foto/"
	// The city-wide table as files, under InspectionsPath.
	InspectionsCSV  = "sidak-kota.csv"
	InspectionsXLSX = "sidak-kota.xlsx"
)

var overseers = []account.Role{account.City, account.Inspector}

// onlyFile is only for downloads: 401 without a session, 404 for other
// roles.
func (s *Staff) onlyFile(roles []account.Role, h func(http.ResponseWriter, *http.Request, *session)) http.HandlerFunc {
	return s.file(func(w http.ResponseWriter, r *http.Request, sess *session) {
		for _, role := range roles {
			if sess.User.Role == role {
				h(w, r, sess)
				return
			}
		}
		plain(w, http.StatusNotFound, "staf.error.notfound")
	})
}

// findingKinds are the kinds in the order reports show them.
var findingKinds = []string{inspect.FindingClosed, inspect.FindingNoDesk, inspect.FindingStaffAbsent, inspect.FindingMaklumat,
	inspect.FindingStandards, inspect.FindingFlow, inspect.FindingComplaint, inspect.FindingFacility, inspect.FindingRefused}

// OfficeFigures are one office's inspection figures over a period.
type OfficeFigures struct {
	Office, Name, District string
	Inspections            int
	Staffed                int // open with the front desk staffed
	Findings, OpenFindings int // open: not yet done
	ByKind                 map[string]int
	// Incidents: residents' empty-office reports, and inspections that
	// found the office closed.
	ResidentIncidents, ClosedFound int
}

// Incidents counts every empty-office incident.
func (f OfficeFigures) Incidents() int { return f.ResidentIncidents + f.ClosedFound }

// inspectionData is what the reports read for a period.
type inspectionData struct {
	inspections []inspect.Inspection
	findings    []store.StoredFinding
	empty       []feedback.Report // residents' empty-office reports
}

// maxRows bounds what a report reads: a year of daily rounds of a large
// city is far below it.
const maxRows = 100_000

func (s *Staff) inspectionData(ctx context.Context, f store.Filter) (inspectionData, error) {
	var d inspectionData
	var err error
	if d.inspections, err = s.DB.Inspections(ctx, f, maxRows); err != nil {
		return d, err
	}
	if d.findings, err = s.DB.Findings(ctx, f, maxRows); err != nil {
		return d, err
	}
	g := f
	g.Reason = feedback.Empty
	d.empty, err = s.DB.Reports(ctx, g, maxRows, 0)
	return d, err
}

// Figures adds up the figures of every office of dir (and of any office
// the data names that dir does not), in dir's order, then by id.
func Figures(dir *layout.Directory, ins []inspect.Inspection, fs []store.StoredFinding, empty []feedback.Report) []OfficeFigures {
	byOffice := map[string]*OfficeFigures{}
	var order []string
	get := func(id string) *OfficeFigures {
		if f, ok := byOffice[id]; ok {
			return f
		}
		f := &OfficeFigures{Office: id, Name: id, ByKind: map[string]int{}}
		if o, ok := dir.Office(id); ok {
			f.Name, f.District = o.Name, o.District
		}
		byOffice[id] = f
		order = append(order, id)
		return f
	}
	for _, o := range dir.Offices {
		get(o.ID)
	}
	known := len(order)
	for _, in := range ins {
		f := get(in.Office)
		f.Inspections++
		if in.Staffed() {
			f.Staffed++
		}
		if !in.Open {
			f.ClosedFound++
		}
	}
	for _, x := range fs {
		f := get(x.Office)
		f.Findings++
		f.ByKind[x.Kind]++
		if x.Status != feedback.Done {
			f.OpenFindings++
		}
	}
	for _, r := range empty {
		get(r.Office).ResidentIncidents++
	}
	sort.Strings(order[known:])
	out := make([]OfficeFigures, len(order))
	for i, id := range order {
		out[i] = *byOffice[id]
	}
	return out
}

// Total adds up rows.
func Total(rows []OfficeFigures) OfficeFigures {
	t := OfficeFigures{ByKind: map[string]int{}}
	for _, r := range rows {
		t.Inspections += r.Inspections
		t.Staffed += r.Staffed
		t.Findings += r.Findings
		t.OpenFindings += r.OpenFindings
		t.ResidentIncidents += r.ResidentIncidents
		t.ClosedFound += r.ClosedFound
		for k, n := range r.ByKind {
			t.ByKind[k] += n
		}
	}
	return t
}

// inspectionPeriod reads ?periode (a survey.Period ID; this year by
// default).
func (s *Staff) inspectionPeriod(r *http.Request) (survey.Period, bool) {
	p := survey.PeriodOf(survey.Year, s.now().In(zone))
	if v := r.URL.Query().Get("periode"); v != "" {
		var ok bool
		if p, ok = survey.ParsePeriod(v); !ok {
			return p, false
		}
	}
	return p, true
}

// inspectionsData is the city-wide table's page.
type inspectionsData struct {
	Period  survey.Period
	Periods []survey.Period
	Rows    []OfficeFigures
	Total   OfficeFigures
	Files   []string
}

// inspections shows the city-wide table.
func (s *Staff) inspections(w http.ResponseWriter, r *http.Request, sess *session) {
	p, ok := s.inspectionPeriod(r)
	if !ok {
		s.fail(w, r, sess, http.StatusNotFound, "staf.error.notfound")
		return
	}
	data, err := s.inspectionData(r.Context(), store.Filter{From: p.Start(zone), To: p.End(zone)})
	if err != nil {
		s.internal(w, r, sess, err)
		return
	}
	rows := Figures(s.directory(r), data.inspections, data.findings, data.empty)
	d := inspectionsData{Period: p, Periods: periodChoices(s.now(), p), Rows: rows, Total: Total(rows), Files: []string{InspectionsXLSX, InspectionsCSV}}
	s.render(w, r, http.StatusOK, "inspeksi", view{Lang: sess.Lang, Title: "staf.inspeksi.title", Nav: "inspeksi", Session: sess, Data: d})
}

// inspectionMonth is one month of an office's inspections.
type inspectionMonth struct {
	Month                survey.Period
	Inspections, Staffed int
}

// incident is one empty-office incident, from a resident or an
// inspection.
type incident struct {
	When     time.Time // when the office was found empty
	Resident bool
	Link     string
	Status   feedback.Status
}

// officeInspectionsData is one office's page.
type officeInspectionsData struct {
	Office      OfficeFigures
	Period      survey.Period
	Periods     []survey.Period
	Months      []inspectionMonth
	Kinds       []string
	Incidents   []incident
	Inspections []inspect.Inspection
	Findings    []store.StoredFinding
}

// officeInspections shows one office over time.
func (s *Staff) officeInspections(w http.ResponseWriter, r *http.Request, sess *session) {
	id := r.PathValue("office")
	dir := s.directory(r)
	o, known := dir.Office(id)
	p, ok := s.inspectionPeriod(r)
	if !known || !ok {
		s.fail(w, r, sess, http.StatusNotFound, "staf.error.notfound")
		return
	}
	data, err := s.inspectionData(r.Context(), store.Filter{Offices: []string{o.ID}, From: p.Start(zone), To: p.End(zone)})
	if err != nil {
		s.internal(w, r, sess, err)
		return
	}
	one := &layout.Directory{Offices: []layout.DirOffice{*o}}
	d := officeInspectionsData{Office: Figures(one, data.inspections, data.findings, data.empty)[0], Period: p, Periods: periodChoices(s.now(), p),
		Kinds: findingKinds, Inspections: data.inspections, Findings: data.findings}
	months := map[survey.Period]*inspectionMonth{}
	for _, in := range data.inspections {
		m := survey.PeriodOf(survey.Month, in.Arrived.In(zone))
		if months[m] == nil {
			months[m] = &inspectionMonth{Month: m}
		}
		months[m].Inspections++
		if in.Staffed() {
			months[m].Staffed++
		}
		if !in.Open {
			inc := incident{When: in.Arrived, Link: SidakPath + in.Office + "/" + in.ID}
			for _, f := range data.findings {
				if f.Inspection == in.ID && f.Kind == inspect.FindingClosed {
					inc.Link, inc.Status = FindingPath+strconv.FormatInt(f.ID, 10), f.Status
				}
			}
			d.Incidents = append(d.Incidents, inc)
		}
	}
	for _, m := range months {
		d.Months = append(d.Months, *m)
	}
	sort.Slice(d.Months, func(i, j int) bool { return d.Months[i].Month.Start(zone).Before(d.Months[j].Month.Start(zone)) })
	for _, rep := range data.empty {
		when := rep.Seen
		if when.IsZero() {
			when = rep.At
		}
		d.Incidents = append(d.Incidents, incident{When: when, Resident: true, Link: FeedbackPath + "/" + rep.ID, Status: rep.Status})
	}
	sort.SliceStable(d.Incidents, func(i, j int) bool { return d.Incidents[i].When.After(d.Incidents[j].When) })
	s.render(w, r, http.StatusOK, "inspeksikantor", view{Lang: sess.Lang, Title: "staf.inspeksi.kantor.title", Nav: "inspeksi", Session: sess, Data: d})
}

// findingData is one finding's page.
type findingData struct {
	store.StoredFinding
	OfficeName string
	CanFollow  bool
	MaxNote    int
	Statuses   []feedback.Status
}

func (s *Staff) readFinding(r *http.Request) (store.StoredFinding, bool, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return store.StoredFinding{}, false, nil
	}
	f, err := s.DB.Finding(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		return f, false, nil
	}
	return f, err == nil, err
}

// finding shows one finding with its follow-up form (for the city).
func (s *Staff) finding(w http.ResponseWriter, r *http.Request, sess *session) {
	if f, ok, err := s.readFinding(r); s.found(w, r, sess, ok, err) {
		s.showFinding(w, r, sess, f, http.StatusOK, "")
	}
}

func (s *Staff) showFinding(w http.ResponseWriter, r *http.Request, sess *session, f store.StoredFinding, status int, problem string) {
	d := findingData{StoredFinding: f, OfficeName: officeName(s.directory(r), f.Office), CanFollow: sess.User.Role == account.City,
		MaxNote: feedback.MaxNote, Statuses: feedback.Statuses}
	s.render(w, r, status, "temuan", view{Lang: sess.Lang, Title: "staf.temuan.title", Nav: "inspeksi", Session: sess, Data: d, Problem: problem})
}

// followUpFinding sets a finding's state and note (form: status,
// catatan): the city only; inspectors read.
func (s *Staff) followUpFinding(w http.ResponseWriter, r *http.Request, sess *session) {
	f, ok, err := s.readFinding(r)
	switch {
	case !s.found(w, r, sess, ok, err):
		return
	case sess.User.Role != account.City:
		s.fail(w, r, sess, http.StatusForbidden, "staf.error.readonly")
		return
	}
	status, note, problem := followUpForm(r)
	if problem != "" {
		s.showFinding(w, r, sess, f, http.StatusBadRequest, problem)
		return
	}
	if err := s.DB.FollowUpFinding(r.Context(), f.ID, status, note, sess.User.Name); err != nil {
		s.internal(w, r, sess, err)
		return
	}
	http.Redirect(w, r, link(sess.Lang, FindingPath+strconv.FormatInt(f.ID, 10)), http.StatusSeeOther)
}

// photo serves one photo of an inspection: a JPEG the server re-encoded,
// so it carries no metadata.
func (s *Staff) photo(w http.ResponseWriter, r *http.Request, sess *session) {
	id := r.PathValue("inspection")
	n, err := strconv.Atoi(r.PathValue("n"))
	if !feedback.ValidID(id) || err != nil || n < 1 || n > MaxPhotos {
		plain(w, http.StatusNotFound, "staf.error.notfound")
		return
	}
	b, err := s.DB.Photo(r.Context(), id, n)
	if errors.Is(err, store.ErrNotFound) {
		plain(w, http.StatusNotFound, "staf.error.notfound")
		return
	}
	if err != nil {
		s.log().Error("staff: photo", "err", err)
		plain(w, http.StatusInternalServerError, "staf.error.internal")
		return
	}
	w.Header().Set("Content-Type", "image/jpeg")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Disposition", `inline; filename="`+id+"-"+strconv.Itoa(n)+`.jpg"`)
	w.Write(b)
}

// inspectionsFile writes the city-wide table as CSV or Excel.
func (s *Staff) inspectionsFile(w http.ResponseWriter, r *http.Request, sess *session) {
	name := path.Base(r.URL.Path)
	p, ok := s.inspectionPeriod(r)
	if !ok || (name != InspectionsCSV && name != InspectionsXLSX) {
		plain(w, http.StatusNotFound, "staf.error.notfound")
		return
	}
	data, err := s.inspectionData(r.Context(), store.Filter{From: p.Start(zone), To: p.End(zone)})
	if err != nil {
		s.log().Error("staff: inspections export", "err", err)
		plain(w, http.StatusInternalServerError, "staf.error.internal")
		return
	}
	rows := Figures(s.directory(r), data.inspections, data.findings, data.empty)
	base, ext, _ := strings.Cut(name, ".")
	filename := fmt.Sprintf("%s-%s.%s", base, p.ID(), ext)
	if ext == "csv" {
		attach(w, filename, "text/csv; charset=utf-8")
		err = WriteInspectionsCSV(w, rows)
	} else {
		attach(w, filename, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
		err = WriteInspectionsXLSX(w, rows, sess.Lang, periodName(sess.Lang, p))
	}
	if err != nil {
		s.log().Error("staff: inspections export", "file", name, "err", err)
	}
}

// inspectionsHeader are the city-wide table's columns.
var inspectionsHeader = []string{"kantor", "nama", "kecamatan", "sidak", "buka_dan_dijaga", "persen_dijaga",
	"temuan", "temuan_belum_selesai", "insiden_laporan_warga", "insiden_sidak_tutup", "insiden"}

func (f OfficeFigures) cells() []any {
	share := any("")
	if f.Inspections > 0 {
		share = float64(f.Staffed) / float64(f.Inspections) * 100
	}
	return []any{f.Office, f.Name, f.District, f.Inspections, f.Staffed, share, f.Findings, f.OpenFindings,
		f.ResidentIncidents, f.ClosedFound, f.Incidents()}
}

// WriteInspectionsCSV writes the city-wide table, one row per office and
// a total; cells that would read as formulas are neutralised.
func WriteInspectionsCSV(out io.Writer, rows []OfficeFigures) error {
	bw := bufio.NewWriter(out)
	c := newCSV(bw)
	if err := c.row(inspectionsHeader...); err != nil {
		return err
	}
	total := Total(rows)
	total.Office, total.Name = "total", "Total"
	for _, f := range append(rows, total) {
		var cells []string
		for _, v := range f.cells() {
			switch v := v.(type) {
			case float64:
				cells = append(cells, strconv.FormatFloat(v, 'f', 1, 64))
			default:
				cells = append(cells, fmt.Sprint(v))
			}
		}
		if err := c.row(cells...); err != nil {
			return err
		}
	}
	if err := c.flush(); err != nil {
		return err
	}
	return bw.Flush()
}

// WriteInspectionsXLSX writes the city-wide table as a workbook, headed
// by its title and period. Office names are text cells, never formulas.
func WriteInspectionsXLSX(out io.Writer, rows []OfficeFigures, lang locale.Lang, period string) error {
	x := excelize.NewFile()
	defer x.Close()
	const sheet = "Sidak"
	if err := x.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	bold, err := x.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	code := "0.0"
	pct, err := x.NewStyle(&excelize.Style{CustomNumFmt: &code})
	if err != nil {
		return err
	}
	sw, err := x.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	if err := sw.SetColWidth(2, 2, 24); err != nil {
		return err
	}
	put := rowWriter(sw)
	if err := put(excelize.Cell{StyleID: bold, Value: locale.T(lang, "staf.inspeksi.title")}); err != nil {
		return err
	}
	if err := put(locale.T(lang, "staf.periode"), period); err != nil {
		return err
	}
	var head []any
	for _, h := range inspectionsHeader {
		head = append(head, excelize.Cell{StyleID: bold, Value: h})
	}
	if err := put(head...); err != nil {
		return err
	}
	total := Total(rows)
	total.Office, total.Name = "total", "Total"
	for _, f := range append(rows, total) {
		cells := f.cells()
		if v, ok := cells[5].(float64); ok {
			cells[5] = excelize.Cell{StyleID: pct, Value: v}
		}
		// Names from YAML are written as strings: excelize does not turn
		// a string starting with "=" into a formula.
		if err := put(cells...); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return x.Write(out)
}
