package staff

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/store"
)

// PageSize is how many reports the feedback list shows at once.
const PageSize = 50

// feedbackData is the feedback list's.
type feedbackData struct {
	Form       scopeForm
	Scope      scope
	Reason     feedback.Reason
	Status     feedback.Status
	Period     string // a period ID, or "" for all time
	Reasons    []feedback.Reason
	Statuses   []feedback.Status
	Rows       []reportRow
	Total      int
	Page, Last int
}

type reportRow struct {
	feedback.Report
	OfficeName, ServiceName string
}

// listFilter reads the feedback filters of r: the scope's office and
// service, alasan, status, and a period only when one is named.
func (s *Staff) listFilter(r *http.Request, sess *session) (scope, store.Filter, bool) {
	sc, ok := s.scopeOf(r, sess.User)
	if !ok {
		return sc, store.Filter{}, false
	}
	q := r.URL.Query()
	f := sc.filter(sess.User, sc.Period.Start(zone), sc.Period.End(zone))
	if q.Get("periode") == "" {
		f.From, f.To = zero, zero
	}
	f.Reason, f.Status = feedback.Reason(q.Get("alasan")), feedback.Status(q.Get("status"))
	if (f.Reason != "" && !f.Reason.Valid()) || (f.Status != "" && !f.Status.Valid()) {
		return sc, f, false
	}
	return sc, f, true
}

// feedbackList lists reports, newest first, filtered by office, service,
// reason and status, a page at a time.
func (s *Staff) feedbackList(w http.ResponseWriter, r *http.Request, sess *session) {
	sc, f, ok := s.listFilter(r, sess)
	if !ok {
		s.fail(w, r, sess, http.StatusNotFound, "staf.error.notfound")
		return
	}
	page, err := strconv.Atoi(r.URL.Query().Get("hal"))
	if err != nil || page < 1 {
		page = 1
	}
	ctx := r.Context()
	total, err := s.DB.CountReports(ctx, f)
	if err != nil {
		s.internal(w, r, sess, err)
		return
	}
	last := max((total+PageSize-1)/PageSize, 1)
	page = min(page, last)
	list, err := s.DB.Reports(ctx, f, PageSize, (page-1)*PageSize)
	if err != nil {
		s.internal(w, r, sess, err)
		return
	}
	d := feedbackData{Scope: sc, Reason: f.Reason, Status: f.Status, Reasons: feedback.Reasons, Statuses: feedback.Statuses,
		Total: total, Page: page, Last: last}
	if r.URL.Query().Get("periode") != "" {
		d.Period = sc.Period.ID()
	}
	d.Form = scopeForm{Action: FeedbackPath, Scope: sc, Periods: periodChoices(s.now(), sc.Period), Period: d.Period, AnyTime: true,
		Reason: d.Reason, Status: d.Status, Reasons: d.Reasons, Statuses: d.Statuses}
	for _, rep := range list {
		d.Rows = append(d.Rows, reportRow{Report: rep, OfficeName: sc.officeName(rep.Office), ServiceName: sc.serviceName(rep.Office, rep.Service)})
	}
	s.render(w, r, http.StatusOK, "feedback", view{Lang: sess.Lang, Title: "staf.umpan.title", Nav: "umpan", Session: sess, Data: d})
}

// reportData is one report's page.
type reportData struct {
	reportRow
	// Sources say where in the YAML the clerk fixes wrong information:
	// the service's definition and the office's changes to it, or the
	// office's file.
	Sources   []string
	CanFollow bool
	MaxNote   int
	Statuses  []feedback.Status
	Problem   string
}

// readReport reads the report named in the path, if the account sees its
// office; otherwise it is as if there were none.
func (s *Staff) readReport(r *http.Request, sess *session) (feedback.Report, bool, error) {
	id := r.PathValue("id")
	if !feedback.ValidID(id) {
		return feedback.Report{}, false, nil
	}
	rep, err := s.DB.Report(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) || (err == nil && !sess.User.Sees(rep.Office)) {
		return rep, false, nil
	}
	return rep, err == nil, err
}

// report shows one report with its follow-up form.
func (s *Staff) report(w http.ResponseWriter, r *http.Request, sess *session) {
	if rep, ok, err := s.readReport(r, sess); s.found(w, r, sess, ok, err) {
		s.showReport(w, r, sess, rep, http.StatusOK, "")
	}
}

func (s *Staff) showReport(w http.ResponseWriter, r *http.Request, sess *session, rep feedback.Report, status int, problem string) {
	dir := s.directory(r)
	sc := scope{dir: dir}
	if o, ok := dir.Office(rep.Office); ok {
		sc.Offices = append(sc.Offices, *o)
	}
	d := reportData{reportRow: reportRow{Report: rep, OfficeName: sc.officeName(rep.Office), ServiceName: sc.serviceName(rep.Office, rep.Service)},
		CanFollow: sess.User.FollowsUp(rep.Office), MaxNote: feedback.MaxNote, Statuses: feedback.Statuses, Problem: problem}
	if rep.Reason == feedback.Wrong {
		d.Sources = sources(dir, rep.Office, rep.Service)
	}
	s.render(w, r, status, "report", view{Lang: sess.Lang, Title: "staf.laporan.title", Nav: "umpan", Session: sess, Data: d})
}

// sources are the YAML places of a service as an office delivers it: its
// definition and the office's changes, or the office's own file.
func sources(dir *layout.Directory, office, service string) []string {
	o, ok := dir.Office(office)
	if !ok {
		return nil
	}
	if sv, ok := o.Service(service); ok {
		out := []string{sv.Source}
		if sv.Override != "" {
			out = append(out, sv.Override)
		}
		return out
	}
	return []string{o.Source}
}

// followUp sets a report's follow-up state and note (form: status,
// catatan). Inspectors only read.
func (s *Staff) followUp(w http.ResponseWriter, r *http.Request, sess *session) {
	rep, ok, err := s.readReport(r, sess)
	switch {
	case !s.found(w, r, sess, ok, err):
		return
	case !sess.User.FollowsUp(rep.Office):
		s.fail(w, r, sess, http.StatusForbidden, "staf.error.readonly")
		return
	}
	status, note, problem := followUpForm(r)
	if problem != "" {
		s.showReport(w, r, sess, rep, http.StatusBadRequest, problem)
		return
	}
	if err := s.DB.FollowUp(r.Context(), rep.ID, status, note, sess.User.Name); err != nil {
		s.internal(w, r, sess, err)
		return
	}
	http.Redirect(w, r, link(sess.Lang, FeedbackPath+"/"+rep.ID), http.StatusSeeOther)
}

// followUpForm reads a follow-up form (a report's or a finding's): the
// state and the note, or the catalog key of what is wrong with them.
func followUpForm(r *http.Request) (status feedback.Status, note, problem string) {
	status = feedback.Status(r.PostForm.Get("status"))
	note = strings.TrimSpace(strings.ReplaceAll(r.PostForm.Get("catatan"), "\r\n", "\n"))
	switch {
	case !status.Valid():
		return status, note, "staf.laporan.bad-status"
	case utf8.RuneCountInString(note) > feedback.MaxNote || !utf8.ValidString(note):
		return status, note, "staf.laporan.long"
	}
	return status, note, ""
}
