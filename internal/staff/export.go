package staff

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/store"
	"github.com/alurlayanan/alur/internal/survey"
)

// The exports, under ExportsPath. Each covers the scope of its query
// (kantor, layanan, periode) and only the offices the account sees.
const (
	ResponsesCSV = "jawaban.csv" // the raw questionnaires
	ReportsCSV   = "laporan.csv" // the raw reports
	IKMCSV       = "ikm.csv"     // the IKM table
	IKMXLSX      = "ikm.xlsx"    // the IKM table as the offices file it
)

// exportsData is the exports page's.
type exportsData struct {
	Form  scopeForm
	Scope scope
	Files []exportFile
}

type exportFile struct{ Name, Key string }

// exportFiles are the exports, as the exports page lists them.
var exportFiles = []exportFile{
	{IKMXLSX, "staf.ekspor.ikm.xlsx"}, {IKMCSV, "staf.ekspor.ikm.csv"},
	{ResponsesCSV, "staf.ekspor.jawaban.csv"}, {ReportsCSV, "staf.ekspor.laporan.csv"},
}

// exports lists the exports of a scope.
func (s *Staff) exports(w http.ResponseWriter, r *http.Request, sess *session) {
	sc, ok := s.scopeOf(r, sess.User)
	if !ok {
		s.fail(w, r, sess, http.StatusNotFound, "staf.error.notfound")
		return
	}
	d := exportsData{Scope: sc, Files: exportFiles,
		Form: scopeForm{Action: ExportsPath, Scope: sc, Periods: periodChoices(s.now(), sc.Period), Period: sc.Period.ID()}}
	s.render(w, r, http.StatusOK, "exports", view{Lang: sess.Lang, Title: "staf.ekspor.title", Nav: "ekspor", Session: sess, Data: d})
}

// export writes one export file.
func (s *Staff) export(w http.ResponseWriter, r *http.Request, sess *session) {
	name := r.PathValue("file")
	sc, ok := s.scopeOf(r, sess.User)
	if !ok {
		plain(w, http.StatusNotFound, "staf.error.notfound")
		return
	}
	f := sc.periodFilter(sess.User)
	base, ext, _ := strings.Cut(name, ".")
	who := "kota"
	if sc.Office != "" {
		who = sc.Office
	}
	if sc.Service != "" {
		who += "-" + sc.Service
	}
	filename := fmt.Sprintf("%s-%s-%s.%s", base, who, sc.Period.ID(), ext)
	var err error
	switch name {
	case ResponsesCSV:
		attach(w, filename, "text/csv; charset=utf-8")
		err = writeResponses(r, s.DB, f, w)
	case ReportsCSV:
		attach(w, filename, "text/csv; charset=utf-8")
		err = writeReports(r, s.DB, f, w)
	case IKMCSV:
		attach(w, filename, "text/csv; charset=utf-8")
		err = WriteIKMCSV(r.Context(), s.DB, f, sess.Lang, w)
	case IKMXLSX:
		attach(w, filename, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
		err = WriteIKMXLSX(r.Context(), s.DB, f, sess.Lang, ikmTitle(sc, sess.Lang), w)
	default:
		plain(w, http.StatusNotFound, "staf.error.notfound")
		return
	}
	if err != nil {
		// Headers may be gone: the download ends short, the log says why.
		s.log().Error("staff: export", "file", name, "err", err)
	}
}

// ikmTitle names what an IKM workbook covers.
func ikmTitle(sc scope, lang locale.Lang) IKMTitle {
	t := IKMTitle{Office: locale.T(lang, "staf.kota"), Period: periodName(lang, sc.Period)}
	if sc.Office != "" {
		t.Office = sc.officeName(sc.Office)
	}
	if sc.Service != "" {
		t.Service = sc.serviceName(sc.Office, sc.Service)
	}
	return t
}

// attach names a download. Office and service ids are checked to be
// lowercase letters, digits, '-' and '_', and period ids are digits, T, S
// and '-', so the name needs no quoting beyond its quotes.
func attach(w http.ResponseWriter, filename, ctype string) {
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", `attachment; filename="`+filename+`"`)
	w.Header().Set("X-Content-Type-Options", "nosniff")
}

// csvWriter writes CSV cells, neutralising those a spreadsheet would take
// for a formula.
type csvWriter struct{ w *csv.Writer }

func newCSV(w io.Writer) *csvWriter { return &csvWriter{csv.NewWriter(w)} }

func (c *csvWriter) row(cells ...string) error {
	for i, v := range cells {
		cells[i] = Neutralise(v)
	}
	return c.w.Write(cells)
}

func (c *csvWriter) flush() error {
	c.w.Flush()
	return c.w.Error()
}

// Neutralise makes a cell that starts like a formula (= + - @, or a tab
// or carriage return before one) read as text, by a leading apostrophe.
func Neutralise(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(zone).Format(time.RFC3339)
}

// writeResponses writes the raw questionnaires, U1..U9 by identity.
func writeResponses(r *http.Request, db *store.DB, f store.Filter, out io.Writer) error {
	bw := bufio.NewWriterSize(out, 64<<10)
	c := newCSV(bw)
	head := []string{"id", "kantor", "layanan", "kanal", "waktu"}
	for _, e := range survey.All {
		head = append(head, strings.ToLower(e.Code()))
	}
	head = append(head, "jenis_kelamin", "usia", "pendidikan", "pekerjaan")
	if err := c.row(head...); err != nil {
		return err
	}
	err := db.EachResponse(r.Context(), f, func(x survey.Response) error {
		row := []string{x.ID, x.Office, x.Service, string(x.Channel), stamp(x.At)}
		for _, e := range survey.All {
			row = append(row, strconv.Itoa(x.Answers[e]))
		}
		age := ""
		if x.Profile.Age > 0 {
			age = strconv.Itoa(x.Profile.Age)
		}
		return c.row(append(row, x.Profile.Gender, age, x.Profile.Education, x.Profile.Occupation)...)
	})
	if err != nil {
		return err
	}
	if err := c.flush(); err != nil {
		return err
	}
	return bw.Flush()
}

// writeReports writes the raw reports with their follow-up.
func writeReports(r *http.Request, db *store.DB, f store.Filter, out io.Writer) error {
	bw := bufio.NewWriterSize(out, 64<<10)
	c := newCSV(bw)
	if err := c.row("id", "kantor", "layanan", "alasan", "syarat", "waktu_kejadian", "teks", "kanal", "waktu", "status", "catatan"); err != nil {
		return err
	}
	err := db.EachReport(r.Context(), f, func(x feedback.Report) error {
		return c.row(x.ID, x.Office, x.Service, string(x.Reason), x.Requirement, stamp(x.Seen), x.Text, string(x.Channel), stamp(x.At), string(x.Status), x.Note)
	})
	if err != nil {
		return err
	}
	if err := c.flush(); err != nil {
		return err
	}
	return bw.Flush()
}
