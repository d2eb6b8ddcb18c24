package kiosk

import (
	"github.com/alurlayanan/alur/internal/locale"
	"reflect"
	"testing"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/flow"
)

func TestServiceWeekCutsBreaksAndGroupsDays(t *testing.T) {
	w := serviceWeek(check.Week([]flow.Hours{
		{Days: []string{"senin", "selasa", "rabu", "kamis"}, Open: "08:00", Close: "15:00",
			Breaks: []flow.Break{{From: "12:00", Until: "13:00"}}},
		{Days: []string{"jumat"}, Open: "08:00", Close: "14:00",
			Breaks: []flow.Break{{From: "11:00", Until: "13:00"}}},
		{Days: []string{"sabtu"}, Open: "08:00", Close: "12:00"},
	}, nil))
	if got, want := w.JSON(), `[[[480,720],[780,900]],[[480,720],[780,900]],[[480,720],[780,900]],[[480,720],[780,900]],[[480,660],[780,840]],[[480,720]],[]]`; got != want {
		t.Errorf("JSON:\n got %s\nwant %s", got, want)
	}
	want := []hoursRow{
		{Days: locale.Text{ID: "Senin – Kamis", EN: "Monday – Thursday"}, Windows: []string{"08:00–12:00", "13:00–15:00"}},
		{Days: locale.Text{ID: "Jumat", EN: "Friday"}, Windows: []string{"08:00–11:00", "13:00–14:00"}},
		{Days: locale.Text{ID: "Sabtu", EN: "Saturday"}, Windows: []string{"08:00–12:00"}},
		{Days: locale.Text{ID: "Minggu", EN: "Sunday"}, Windows: []string{}},
	}
	if got := w.Rows(); !reflect.DeepEqual(got, want) {
		t.Errorf("rows:\n got %+v\nwant %+v", got, want)
	}
}

func TestServiceWeekWithTwoWindowsOnOneDay(t *testing.T) {
	// An office that writes its afternoon as a second entry rather than a
	// break reads the same.
	w := serviceWeek(check.Week([]flow.Hours{
		{Days: []string{"senin"}, Open: "13:00", Close: "15:00"},
		{Days: []string{"senin"}, Open: "08:00", Close: "12:00"},
	}, nil))
	if got := w.Rows()[0].Windows; !reflect.DeepEqual(got, []string{"08:00–12:00", "13:00–15:00"}) {
		t.Errorf("Monday reads %q", got)
	}
}
