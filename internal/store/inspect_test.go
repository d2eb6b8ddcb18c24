package store

import (
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/inspect"
)

func TestInspectionsFindingsAndDraws(t *testing.T) {
	db := open(t)
	at := time.Date(2026, 12, 2, 2, 30, 0, 0, time.UTC)
	in := inspect.Inspection{ID: "sidak-1", Office: "jodipan", Inspector: "irban", Arrived: at, Submitted: at.Add(20 * time.Minute),
		Open: true, FrontDesk: false, StaffPresent: []string{"Budi"}, Maklumat: true, Standards: true, Flow: false, Complaint: true,
		Facilities: map[string]bool{"toilet": true}, Notes: "<b>loket kosong</b>"}
	for i := range 2 {
		added, err := db.AddInspection(ctx, in, []string{"Budi", "Sari"}, [][]byte{{0xFF, 0xD8, 1}, {0xFF, 0xD8, 2}})
		if err != nil || added != (i == 0) {
			t.Fatalf("try %d: added %v %v", i, added, err)
		}
	}
	got, err := db.Inspections(ctx, Filter{Offices: []string{"jodipan"}}, 10)
	if err != nil || len(got) != 1 || got[0].Notes != in.Notes || got[0].Photos != 2 || !got[0].Arrived.Equal(at) || got[0].StaffPresent[0] != "Budi" {
		t.Fatalf("inspections %+v %v", got, err)
	}
	if none, _ := db.Inspections(ctx, Filter{Offices: []string{"kauman"}}, 10); len(none) != 0 {
		t.Error("another office's inspection leaked")
	}
	fs, err := db.Findings(ctx, Filter{Offices: []string{"jodipan"}}, 10)
	if err != nil || len(fs) != 3 { // no front desk, Sari absent, no flow displayed
		t.Fatalf("findings %+v %v", fs, err)
	}
	if err := db.FollowUpFinding(ctx, fs[0].ID, feedback.Handling, "teguran tertulis", "sekda"); err != nil {
		t.Fatal(err)
	}
	if open, _ := db.Findings(ctx, Filter{Status: feedback.New}, 10); len(open) != 2 {
		t.Errorf("%d new findings after one follow-up, want 2", len(open))
	}
	if p, err := db.Photo(ctx, "sidak-1", 2); err != nil || p[2] != 2 {
		t.Errorf("photo 2: %v %v", p, err)
	}

	first := []inspect.Pick{{Office: "jodipan", Weight: 7}}
	if picks, err := db.SaveDraw(ctx, "2026-12-02", first, "irban"); err != nil || picks[0].Office != "jodipan" {
		t.Fatalf("draw %+v %v", picks, err)
	}
	if picks, _ := db.SaveDraw(ctx, "2026-12-02", []inspect.Pick{{Office: "kauman", Weight: 1}}, "irban2"); picks[0].Office != "jodipan" {
		t.Errorf("a second draw the same day replaced the first: %+v", picks)
	}
	if _, err := db.Draw(ctx, "2026-12-03"); err != ErrNotFound {
		t.Errorf("no draw yet: %v", err)
	}

	db.AddReport(ctx, feedback.Report{ID: "e1", Office: "jodipan", Reason: feedback.Empty, Seen: at, Channel: feedback.Web, At: at})
	db.AddReport(ctx, feedback.Report{ID: "l1", Office: "jodipan", Reason: feedback.Levy, Channel: feedback.Web, At: at})
	db.AddReport(ctx, feedback.Report{ID: "old", Office: "kauman", Reason: feedback.Empty, Seen: at, Channel: feedback.Web, At: at.AddDate(0, -6, 0)})
	risks, err := db.Risks(ctx, at.Add(-inspect.RiskWindow))
	if err != nil || risks["jodipan"].EmptyReports != 1 || risks["jodipan"].LevyReports != 1 || !risks["jodipan"].LastInspection.Equal(at) || risks["kauman"].EmptyReports != 0 {
		t.Errorf("risks %+v %v", risks, err)
	}
}
