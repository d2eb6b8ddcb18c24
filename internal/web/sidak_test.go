package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/inspect"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/store"
)

type dirSite struct{ dir *layout.Directory }

func (d dirSite) Directory(*http.Request) (*layout.Directory, error) { return d.dir, nil }
func (d dirSite) Page(*http.Request, string) ([]byte, error)         { return nil, nil }

// TestPublicInspectionFigures: the 90 days up to yesterday count, today's
// round does not, and no name is ever shown; nothing answers unless the
// city publishes.
func TestPublicInspectionFigures(t *testing.T) {
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2026, 12, 2, 10, 0, 0, 0, flow.Zone)
	for i, c := range []struct {
		at   time.Time
		open bool
		desk bool
	}{
		{now.Add(-time.Hour), true, true},      // today: not yet shown
		{now.AddDate(0, 0, -1), true, true},    // yesterday
		{now.AddDate(0, 0, -30), true, false},  // desk empty
		{now.AddDate(0, 0, -60), false, false}, // closed
		{now.AddDate(0, 0, -100), true, true},  // too old
	} {
		in := inspect.Inspection{ID: "s" + string(rune('a'+i)), Office: "jodipan", Inspector: "irban-rahasia", Arrived: c.at, Submitted: c.at,
			Open: c.open, FrontDesk: c.desk, Notes: "catatan-rahasia"}
		if _, err := db.AddInspection(context.Background(), in, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	dir := &layout.Directory{PublicInspections: true, Offices: []layout.DirOffice{{ID: "jodipan", Name: "Jodipan"}, {ID: "kauman", Name: "Kauman"}}}
	h := (&Inspections{DB: db, Site: dirSite{dir}, Now: func() time.Time { return now }}).Handler()
	get := func(path string) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
		return w
	}
	w := get(flow.InspectionsJSON("jodipan"))
	var f PublicFigures
	if err := json.NewDecoder(w.Body).Decode(&f); err != nil || w.Code != http.StatusOK {
		t.Fatalf("JSON: %d %v", w.Code, err)
	}
	want := PublicFigures{Office: "jodipan", Days: 90, From: "2026-09-03", Until: "2026-12-01", Inspections: 3, Staffed: 1}
	if f != want {
		t.Errorf("figures %+v, want %+v", f, want)
	}
	if k := get(flow.InspectionsJSON("kauman")); !strings.Contains(k.Body.String(), `"inspections":0`) {
		t.Errorf("an office never inspected: %s", k.Body)
	}
	page := get(flow.InspectionsPath("jodipan")).Body.String()
	if !strings.Contains(page, "3 sidak tak terjadwal dalam 90 hari sampai 2026-12-01; 1 di antaranya") || !strings.Contains(page, `href="/kelurahan/jodipan/"`) {
		t.Errorf("page:\n%s", page)
	}
	if en := get(flow.InspectionsPath("jodipan") + "?lang=en").Body.String(); !strings.Contains(en, "3 unannounced inspections") || !strings.Contains(en, `href="/en/kelurahan/jodipan/"`) {
		t.Errorf("English page:\n%s", en)
	}
	for _, p := range []string{flow.InspectionsJSON("jodipan"), flow.InspectionsPath("jodipan")} {
		if b := get(p).Body.String(); strings.Contains(b, "rahasia") {
			t.Errorf("%s shows a name or a note", p)
		}
	}
	for _, p := range []string{flow.InspectionsJSON("tidak-ada"), flow.InspectionsPath("tidak-ada"), flow.InspectionsPrefix + "jodipan"} {
		if c := get(p).Code; c != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", p, c)
		}
	}
	dir.PublicInspections = false
	for _, p := range []string{flow.InspectionsJSON("jodipan"), flow.InspectionsPath("jodipan")} {
		if c := get(p).Code; c != http.StatusNotFound {
			t.Errorf("%s while the city does not publish: %d, want 404", p, c)
		}
	}
}
