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

func TestOneInspectionAndKey(t *testing.T) {
	db := open(t)
	at := time.Date(2026, 12, 2, 2, 30, 0, 0, time.UTC)
	in := inspect.Inspection{ID: "s-2", Office: "kauman", Inspector: "irban", Arrived: at, Submitted: at, Open: false}
	if _, err := db.AddInspection(ctx, in, nil, nil); err != nil {
		t.Fatal(err)
	}
	got, err := db.Inspection(ctx, "s-2")
	if err != nil || got.Office != "kauman" || got.Open {
		t.Fatalf("inspection %+v %v", got, err)
	}
	if _, err := db.Inspection(ctx, "none"); err != ErrNotFound {
		t.Errorf("no inspection: %v", err)
	}
	fs, err := db.InspectionFindings(ctx, "s-2")
	if err != nil || len(fs) != 1 || fs[0].Kind != inspect.FindingClosed {
		t.Fatalf("findings %+v %v", fs, err)
	}
	if f, err := db.Finding(ctx, fs[0].ID); err != nil || f.Inspection != "s-2" {
		t.Errorf("finding %+v %v", f, err)
	}
	k1, err := db.Key("sidak")
	if err != nil || len(k1) != 32 {
		t.Fatalf("key %v", err)
	}
	if k2, _ := db.Key("sidak"); string(k2) != string(k1) {
		t.Error("the key changed between reads")
	}
	if _, err := db.Key("../x"); err == nil {
		t.Error("a key name with a path was taken")
	}
}
