package store

import (
	"fmt"
	"regexp"
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

// The running sums per month agree with adding up the questionnaires,
// for rows kept before the migration and after it, across the WIB month
// boundary.
func TestMonthSumsAgreeWithSums(t *testing.T) {
	db := open(t)
	wib := time.FixedZone("WIB", WIBOffset)
	var rs []survey.Response
	for i := range 300 {
		at := time.Date(2025, 12, 31, 20, 0, 0, 0, wib).Add(time.Duration(i) * 17 * time.Minute)
		office := []string{"kauman", "jodipan", "kauman"}[i%3]
		rs = append(rs, survey.Response{ID: fmt.Sprint("m", i), Office: office, Service: []string{"sktm", ""}[i%2], Channel: survey.Web, At: at,
			Answers: survey.Answers{1 + i%4, 2, 3, 4, 1 + i%3, 2, 3, 4, 1 + i%2}})
	}
	if _, err := db.AddResponses(ctx, rs[:100]); err != nil {
		t.Fatal(err)
	}
	for _, r := range rs[100:] {
		if _, err := db.AddResponse(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	// Rebuild the running sums as migration 0002 does on an old database.
	if _, err := db.write.Exec(`DELETE FROM response_months`); err != nil {
		t.Fatal(err)
	}
	body, _ := migrations.ReadFile("migrations/0002_response_months.sql")
	backfill := regexp.MustCompile(`(?s)INSERT INTO response_months .*?GROUP BY 1, 2, 3;`).FindString(string(body))
	if _, err := db.write.Exec(backfill); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddResponse(ctx, survey.Response{ID: "late", Office: "kauman", Service: "sktm", Channel: survey.Web, At: time.Date(2026, 1, 1, 0, 30, 0, 0, wib), Answers: survey.Answers{4, 4, 4, 4, 4, 4, 4, 4, 4}}); err != nil {
		t.Fatal(err)
	}
	for _, f := range []Filter{{}, {Offices: []string{"kauman"}}, {Offices: []string{"jodipan"}, Service: "sktm"}, {Offices: []string{}}} {
		months, err := db.MonthlySums(ctx, f, wib)
		if err != nil {
			t.Fatal(err)
		}
		ms, err := db.MonthSums(ctx, f, "2025-01", "2026-12")
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]survey.Sums{}
		for _, m := range ms {
			s := got[m.Month]
			s.Merge(m.Sums)
			got[m.Month] = s
		}
		if len(got) != len(months) {
			t.Errorf("%+v: months %d, want %d", f, len(got), len(months))
		}
		for k, want := range months {
			if got[k] != want {
				t.Errorf("%+v %s: %+v, want %+v", f, k, got[k], want)
			}
		}
	}
}

func TestEachAnswers(t *testing.T) {
	db := open(t)
	at := time.Date(2026, 3, 1, 3, 0, 0, 0, time.UTC)
	for i, office := range []string{"kauman", "jodipan", "kauman", "kauman"} {
		r := survey.Response{ID: fmt.Sprint("a", i), Office: office, Service: []string{"sktm", "kk"}[i%2], Channel: survey.Web,
			At: at.Add(time.Duration(-i) * time.Hour), Answers: survey.Answers{1 + i, 1, 1, 1, 1, 1, 1, 2, 3}}
		if _, err := db.AddResponse(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	err := db.EachAnswers(ctx, Filter{Offices: []string{"kauman", "jodipan"}, Service: "sktm"}, func(office string, a survey.Answers) error {
		got = append(got, fmt.Sprint(office, " ", a[survey.Persyaratan], a[survey.Pengaduan], a[survey.Sarana]))
		return nil
	})
	if err != nil || fmt.Sprint(got) != "[kauman 3 2 3 kauman 1 2 3]" {
		t.Errorf("sktm answers by office and time: %v %v", got, err)
	}
}
