package check

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/alurlayanan/alur/internal/flow"
)

// TestWeekIsResolvedOnce: the checker reads every clock of an office once,
// into the typed week that pages, kiosks, exports and search read.
func TestWeekIsResolvedOnce(t *testing.T) {
	cat, diags := Dir(fixtureCity(t))
	if cat == nil {
		t.Fatal(diags.Items())
	}
	var kauman *flow.Office
	for _, o := range cat.Offices {
		if o.ID == "kauman" {
			kauman = o
		}
	}
	w := kauman.Week
	win := func(from, until string) flow.Window {
		f, _ := flow.ParseClock(from)
		u, _ := flow.ParseClock(until)
		return flow.Window{From: f, Until: u}
	}
	if got, want := w.Days[flow.Monday].Windows, []flow.Window{win("08:00", "12:00"), win("13:00", "15:00")}; !reflect.DeepEqual(got, want) {
		t.Errorf("Monday windows %v, want %v", got, want)
	}
	if got, want := w.Days[flow.Friday].Windows, []flow.Window{win("08:00", "11:00"), win("13:00", "14:00")}; !reflect.DeepEqual(got, want) {
		t.Errorf("Friday windows %v, want %v", got, want)
	}
	if w.Days[flow.Saturday].Open() || w.Days[flow.Sunday].Open() {
		t.Error("open at the weekend")
	}
	if len(w.Hours) != 2 || len(w.Hours[0].Days) != 4 || w.Hours[1].Breaks[0] != win("11:00", "13:00") {
		t.Errorf("entries %+v", w.Hours)
	}
	if len(w.Duty) != 1 || len(w.Days[flow.Wednesday].Duty) != 1 || w.Days[flow.Wednesday].Duty[0].Staff[0].Name != "Petugas Pelayanan (contoh)" {
		t.Errorf("duty %+v", w.Duty)
	}
}

// TestDutyIsFoundAtAPlace: a piket shift is at its tempat, else at the
// office's first place; an unknown tempat is an error with a guess.
func TestDutyIsFoundAtAPlace(t *testing.T) {
	cat, diags := Dir(fixtureCity(t))
	if cat == nil {
		t.Fatal(diags.Items())
	}
	for _, o := range cat.Offices {
		for _, d := range o.Week.Duty {
			if d.Place == nil || d.Place.ID != o.Places[0].ID {
				t.Errorf("%s: piket %s-%s at %v, want the first place %s", o.ID, d.From, d.Until, d.Place, o.Places[0].ID)
			}
		}
	}
	fsys := fixtureCity(t)
	kauman := "kelurahan/klojen/kauman.yaml"
	text := strings.Replace(string(fsys[kauman].Data), "piket:\n  - hari:", "piket:\n  - tempat: lokett\n    hari:", 1)
	fsys[kauman] = &fstest.MapFile{Data: []byte(text)}
	_, diags = Dir(fsys)
	if got := messages(diags); !strings.Contains(got, `place "lokett" is unknown at office kauman; did you mean "loket"?`) {
		t.Errorf("an unknown piket place: %s", got)
	}
}
