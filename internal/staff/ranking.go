package staff

import (
	"net/http"

	"github.com/alurlayanan/alur/internal/store"
)

// RankLimit is how many requirements, services and pages the ranking
// lists.
const RankLimit = 30

// rankingData is the ranking page's.
type rankingData struct {
	Form         scopeForm
	Scope        scope
	Period       string
	Requirements []countRow
	Services     []countRow
	Votes        []voteRow
}

type countRow struct {
	store.Count
	OfficeName, ServiceName string
}

type voteRow struct {
	store.Votes
	OfficeName, ServiceName string
}

// ranking lists the requirements and services residents most often
// report as hard to meet, and the "was this page helpful?" votes per page,
// city-wide or for one office.
func (s *Staff) ranking(w http.ResponseWriter, r *http.Request, sess *session) {
	sc, f, ok := s.listFilter(r, sess)
	if !ok {
		s.fail(w, r, sess, http.StatusNotFound, "staf.error.notfound")
		return
	}
	f.Reason, f.Status = "", ""
	ctx := r.Context()
	reqs, err := s.DB.HardRequirements(ctx, f, RankLimit)
	if err != nil {
		s.internal(w, r, sess, err)
		return
	}
	services, err := s.DB.HardServices(ctx, f, RankLimit)
	if err != nil {
		s.internal(w, r, sess, err)
		return
	}
	votes, err := s.DB.VoteTally(ctx, f, RankLimit)
	if err != nil {
		s.internal(w, r, sess, err)
		return
	}
	d := rankingData{Scope: sc}
	if r.URL.Query().Get("periode") != "" {
		d.Period = sc.Period.ID()
	}
	d.Form = scopeForm{Action: RankingPath, Scope: sc, Periods: periodChoices(s.now(), sc.Period), Period: d.Period, AnyTime: true}
	for _, c := range reqs {
		d.Requirements = append(d.Requirements, countRow{c, sc.officeName(c.Office), sc.serviceName(c.Office, c.Service)})
	}
	for _, c := range services {
		d.Services = append(d.Services, countRow{c, sc.officeName(c.Office), sc.serviceName(c.Office, c.Service)})
	}
	for _, v := range votes {
		d.Votes = append(d.Votes, voteRow{v, sc.officeName(v.Office), sc.serviceName(v.Office, v.Service)})
	}
	s.render(w, r, http.StatusOK, "ranking", view{Lang: sess.Lang, Title: "staf.peringkat.title", Nav: "peringkat", Session: sess, Data: d})
}
