package kiosk

import (
	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/survey"
)

// hearView is what a service page offers once a resident has looked at
// the service (issue 12): "Apakah halaman ini membantu?", a report of a
// problem, and the satisfaction survey. The script sends each as JSON to
// the server's /api/v1/ (internal/web), keeping it in localStorage under a
// kiosk-made id until the server has it, so a network cut loses nothing
// and a retry is kept once.
type hearView struct {
	Service      string
	Requirements []string
}

// surveyView is the satisfaction survey's questions and the resident's
// profile, the same on every page (shared.go renders it once).
type surveyView struct {
	Questions   []question
	Genders     []choice
	Educations  []choice
	Occupations []choice
}

// choice is one answer to pick by touch.
type choice struct {
	Value string
	Label locale.Text
}

// question is one element of the survey, in the questionnaire's order,
// named by the element's key (never by position).
type question struct {
	Key     string
	Number  int
	Ask     locale.Text
	Options []choice
}

func hearOf(s *flow.Service) hearView {
	h := hearView{Service: s.ID}
	seen := map[string]bool{}
	for _, r := range s.Requirements {
		if !seen[r.Document] {
			seen[r.Document] = true
			h.Requirements = append(h.Requirements, r.Document)
		}
	}
	return h
}

// reasons are the reasons a resident can give for a problem with a page,
// the same on every page (shared.go renders them once).
func reasons() []choice {
	out := make([]choice, 0, len(feedback.Reasons))
	for _, r := range feedback.Reasons {
		out = append(out, choice{string(r), locale.Get(r.Key())})
	}
	return out
}

// questionnaire is the survey as the kiosk asks it.
func questionnaire() surveyView {
	var v surveyView
	for i, e := range survey.Questionnaire {
		q := question{Key: e.Key(), Number: i + 1, Ask: locale.Get("survei." + e.Key() + ".tanya")}
		for v := survey.Lowest; v <= survey.Highest; v++ {
			q.Options = append(q.Options, choice{string(rune('0' + v)), locale.Get("survei." + e.Key() + "." + string(rune('0'+v)))})
		}
		v.Questions = append(v.Questions, q)
	}
	for _, g := range survey.Genders {
		v.Genders = append(v.Genders, choice{g, locale.Get("survei.profil.jk." + g)})
	}
	for _, e := range survey.Educations {
		v.Educations = append(v.Educations, choice{e, locale.Text{ID: e, EN: e}})
	}
	for _, o := range survey.Occupations {
		v.Occupations = append(v.Occupations, choice{o, locale.Get("survei.profil.pekerjaan." + o)})
	}
	return v
}
