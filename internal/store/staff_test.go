package store

import (
	"fmt"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/survey"
)

func TestAddResponsesInOneGo(t *testing.T) {
	db := open(t)
	at := time.Date(2026, 3, 1, 3, 0, 0, 0, time.UTC)
	var rs []survey.Response
	for i := range 1000 {
		rs = append(rs, survey.Response{ID: fmt.Sprint("b", i), Office: "kauman", Channel: survey.Web, At: at, Answers: survey.Answers{4, 3, 3, 3, 3, 3, 3, 2, 1}})
	}
	if n, err := db.AddResponses(ctx, rs); n != 1000 || err != nil {
		t.Fatalf("added %d %v", n, err)
	}
	if n, err := db.AddResponses(ctx, rs[:10]); n != 0 || err != nil {
		t.Errorf("a repeat added %d %v", n, err)
	}
	s, err := db.Sums(ctx, Filter{})
	if err != nil || s.Respondents != 1000 || s.Total[survey.Persyaratan] != 4000 || s.Total[survey.Pengaduan] != 2000 || s.Total[survey.Sarana] != 1000 {
		t.Errorf("sums %+v %v", s, err)
	}
	bad := append(rs[:1:1], survey.Response{ID: "bad", Office: "kauman", At: at, Answers: survey.Answers{0}})
	if _, err := db.AddResponses(ctx, bad); err == nil {
		t.Error("a batch with an unanswered element was kept")
	}
}

func TestEachReport(t *testing.T) {
	db := open(t)
	at := time.Date(2026, 3, 1, 3, 0, 0, 0, time.UTC)
	for i, office := range []string{"kauman", "jodipan", "kauman"} {
		r := feedback.Report{ID: fmt.Sprint("r", i), Office: office, Reason: feedback.Other, Channel: feedback.Web, At: at.Add(time.Duration(-i) * time.Hour), Status: feedback.New}
		if _, err := db.AddReport(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	var ids []string
	err := db.EachReport(ctx, Filter{Offices: []string{"kauman"}}, func(r feedback.Report) error { ids = append(ids, r.ID); return nil })
	if err != nil || fmt.Sprint(ids) != "[r2 r0]" {
		t.Errorf("kauman's reports oldest first: %v %v", ids, err)
	}
}
