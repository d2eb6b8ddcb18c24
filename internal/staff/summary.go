package staff

import (
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/survey"
)

// Summary is the index as `alur ikm --json` prints it: the same figures
// as the staff page, from the same survey.Result.
type Summary struct {
	Office      string    `json:"office,omitempty"` // empty for the city
	Service     string    `json:"service,omitempty"`
	From        string    `json:"from,omitempty"` // first day, inclusive
	To          string    `json:"to,omitempty"`   // last day, inclusive
	Respondents int       `json:"respondents"`
	Elements    []Element `json:"elements"`
	Index       float64   `json:"index"` // 1..4
	IKM         float64   `json:"ikm"`   // 25..100, two decimals
	Grade       string    `json:"grade"` // A..D, "-" without answers
	Mutu        string    `json:"mutu"`  // the grade's words
}

// Element is one element's figures, by identity (U1..U9).
type Element struct {
	Code     string  `json:"code"`
	Key      string  `json:"key"`
	Name     string  `json:"name"`
	Total    int     `json:"total"`    // jumlah nilai
	NRR      float64 `json:"nrr"`      // nilai rata-rata
	Weighted float64 `json:"weighted"` // NRR tertimbang
}

// Summarize turns a result into a Summary, naming things in lang.
func Summarize(r survey.Result, lang locale.Lang) Summary {
	s := Summary{Respondents: r.Respondents, Index: r.Index, IKM: r.IKM, Grade: r.Grade.Letter(), Mutu: locale.T(lang, r.Grade.Key())}
	for _, e := range survey.All {
		s.Elements = append(s.Elements, Element{Code: e.Code(), Key: e.Key(), Name: locale.T(lang, "survei."+e.Key()+".nama"),
			Total: r.Total[e], NRR: r.NRR[e], Weighted: r.Weighted[e]})
	}
	return s
}
