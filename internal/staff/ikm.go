package staff

import (
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/alurlayanan/alur/internal/survey"
)

// ikmData is the survey index page's.
type ikmData struct {
	Form      scopeForm
	Scope     scope
	Result    survey.Result
	Elements  []elementRow
	Sample    survey.Sample
	ShowCheck bool // the sample check applies (no service picked)
	CanServe  bool // the account may enter how many were served
	Trend     []monthRow
	Chart     chart
	ByOffice  []groupRow
	ByService []groupRow
}

type elementRow struct {
	Element  survey.Element
	Total    int
	NRR      float64
	Weighted float64
}

type monthRow struct {
	Period survey.Period
	Result survey.Result
}

type groupRow struct {
	ID, Name string
	Result   survey.Result
}

// figures are the index of a scope: its period's result, the months of
// the period's year, and the breakdown per office and per service.
type figures struct {
	Result    survey.Result
	Months    []monthRow
	ByOffice  map[string]survey.Sums
	ByService map[string]survey.Sums
}

// compute reads the scope's figures from the running sums per office,
// service and month of the period's year (store.MonthSums): one query of
// a few thousand rows, however many questionnaires.
func (s *Staff) compute(r *http.Request, sess *session, sc scope) (figures, error) {
	fig := figures{ByOffice: map[string]survey.Sums{}, ByService: map[string]survey.Sums{}}
	year := survey.Period{Span: survey.Year, Year: sc.Period.Year, N: 1}
	months := survey.Periods(survey.Month, year.Start(zone), year.End(zone).Add(-time.Second))
	rows, err := s.DB.MonthSums(r.Context(), sc.filter(sess.User, zero, zero), months[0].ID(), months[len(months)-1].ID())
	if err != nil {
		return fig, err
	}
	inPeriod := map[string]bool{}
	for _, m := range survey.Periods(survey.Month, sc.Period.Start(zone), sc.Period.End(zone).Add(-time.Second)) {
		inPeriod[m.ID()] = true
	}
	perMonth := map[string]survey.Sums{}
	var total survey.Sums
	for _, row := range rows {
		m := perMonth[row.Month]
		m.Merge(row.Sums)
		perMonth[row.Month] = m
		if !inPeriod[row.Month] {
			continue
		}
		total.Merge(row.Sums)
		o, sv := fig.ByOffice[row.Office], fig.ByService[row.Service]
		o.Merge(row.Sums)
		sv.Merge(row.Sums)
		fig.ByOffice[row.Office], fig.ByService[row.Service] = o, sv
	}
	for _, m := range months {
		fig.Months = append(fig.Months, monthRow{Period: m, Result: perMonth[m.ID()].Compute()})
	}
	fig.Result = total.Compute()
	if sc.Office != "" {
		fig.ByOffice = nil
	}
	if sc.Service != "" {
		fig.ByService = nil
	}
	return fig, nil
}

// ikm shows the survey index of a scope: IKM, grade, NRR per element,
// respondents and the sample check, the monthly trend, and the index per
// office and per service.
func (s *Staff) ikm(w http.ResponseWriter, r *http.Request, sess *session) {
	sc, ok := s.scopeOf(r, sess.User)
	if !ok {
		s.fail(w, r, sess, http.StatusNotFound, "staf.error.notfound")
		return
	}
	fig, err := s.compute(r, sess, sc)
	if err != nil {
		s.internal(w, r, sess, err)
		return
	}
	d := ikmData{Scope: sc, Result: fig.Result, Trend: fig.Months,
		Form: scopeForm{Action: IKMPath, Scope: sc, Periods: periodChoices(s.now(), sc.Period), Period: sc.Period.ID()}}
	for _, e := range survey.All {
		d.Elements = append(d.Elements, elementRow{Element: e, Total: fig.Result.Total[e], NRR: fig.Result.NRR[e], Weighted: fig.Result.Weighted[e]})
	}
	d.ShowCheck = sc.Service == ""
	d.CanServe = sc.Office != "" && sess.User.FollowsUp(sc.Office)
	if d.ShowCheck {
		offices := []string{sc.Office}
		if sc.Office == "" {
			offices = nil
			for _, o := range sc.Offices {
				offices = append(offices, o.ID)
			}
		}
		served := 0
		if len(offices) > 0 {
			if served, err = s.DB.Served(r.Context(), offices, sc.Period); err != nil {
				s.internal(w, r, sess, err)
				return
			}
		}
		d.Sample = survey.CheckSample(served, fig.Result.Respondents)
	}
	d.Chart = trendChart(sess.Lang, fig.Months)
	d.ByOffice = groups(fig.ByOffice, sc.officeName)
	d.ByService = groups(fig.ByService, func(id string) string { return sc.serviceName(sc.Office, id) })
	s.render(w, r, http.StatusOK, "ikm", view{Lang: sess.Lang, Title: "staf.ikm.title", Nav: "ikm", Session: sess, Data: d})
}

func groups(sums map[string]survey.Sums, name func(string) string) []groupRow {
	var out []groupRow
	for id, s := range sums {
		out = append(out, groupRow{ID: id, Name: name(id), Result: s.Compute()})
	}
	slices.SortFunc(out, func(a, b groupRow) int {
		if a.Name < b.Name {
			return -1
		}
		if a.Name > b.Name {
			return 1
		}
		return 0
	})
	return out
}

// MaxServed bounds how many residents an office may say it served in a
// period.
const MaxServed = 10_000_000

// served records how many residents an office served in a period (form:
// kantor, periode, jumlah).
func (s *Staff) served(w http.ResponseWriter, r *http.Request, sess *session) {
	office, id := r.PostForm.Get("kantor"), r.PostForm.Get("periode")
	period, ok := survey.ParsePeriod(id)
	if office == "" || !validID(office) || !sess.User.Sees(office) {
		s.fail(w, r, sess, http.StatusNotFound, "staf.error.notfound")
		return
	}
	if !sess.User.FollowsUp(office) {
		s.fail(w, r, sess, http.StatusForbidden, "staf.error.readonly")
		return
	}
	n, err := strconv.Atoi(r.PostForm.Get("jumlah"))
	if !ok || err != nil || n < 0 || n > MaxServed {
		s.fail(w, r, sess, http.StatusBadRequest, "staf.error.bad")
		return
	}
	if err := s.DB.SetServed(r.Context(), office, period, n); err != nil {
		s.internal(w, r, sess, err)
		return
	}
	http.Redirect(w, r, link(sess.Lang, IKMPath, "kantor", office, "periode", period.ID()), http.StatusSeeOther)
}

// internal logs an error and says something went wrong.
func (s *Staff) internal(w http.ResponseWriter, r *http.Request, sess *session, err error) {
	s.log().Error("staff", "path", r.URL.Path, "err", err)
	s.fail(w, r, sess, http.StatusInternalServerError, "staf.error.internal")
}
