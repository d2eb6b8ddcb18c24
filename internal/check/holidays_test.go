package check

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
)

// withToday runs the checker as if it were day.
func withToday(t *testing.T, day string) {
	t.Helper()
	d, err := time.ParseInLocation(time.DateOnly, day, flow.Zone)
	if err != nil {
		t.Fatal(err)
	}
	old := today
	today = func() time.Time { return d }
	t.Cleanup(func() { today = old })
}

// cityWithHolidays replaces the fixture city's holiday list.
func cityWithHolidays(t *testing.T, list string) fstest.MapFS {
	fsys := fixtureCity(t)
	city := string(fsys["kota.yaml"].Data)
	city = city[:strings.Index(city, "\nhari_libur:")] + "\n" + list
	fsys["kota.yaml"] = &fstest.MapFile{Data: []byte(city)}
	return fsys
}

func messages(d *diag.List) string {
	var b strings.Builder
	d.Print(&b, diag.EN)
	return b.String()
}

func TestHolidaysAreDatesEveryOfficeFollows(t *testing.T) {
	withToday(t, "2026-12-02")
	fsys := fixtureCity(t)
	kauman := "kelurahan/klojen/kauman.yaml"
	fsys[kauman] = &fstest.MapFile{Data: append(fsys[kauman].Data, []byte(`
tutup:
  - { tanggal: 2026-12-28, sampai: 2026-12-29, nama: Renovasi ruang pelayanan }
`)...)}
	cat, diags := Dir(fsys)
	if cat == nil {
		t.Fatal(messages(diags))
	}
	if strings.Contains(messages(diags), "hari_libur") {
		t.Errorf("a list reaching 2040 warned:\n%s", messages(diags))
	}
	for _, o := range cat.Offices {
		natal, ok := flow.ClosedOn(o.Closed, "2026-12-25")
		if !ok || natal.Name != "Hari Raya Natal" || natal.Kind != flow.HolidayNational {
			t.Errorf("%s on 2026-12-25: %+v %v, want closed for Natal", o.ID, natal, ok)
		}
		if _, ok := flow.ClosedOn(o.Closed, "2026-12-23"); ok {
			t.Errorf("%s closed on an ordinary day", o.ID)
		}
		reno, ok := flow.ClosedOn(o.Closed, "2026-12-29")
		if (o.ID == "kauman") != ok || (ok && reno.Kind != flow.HolidayOffice) {
			t.Errorf("%s on 2026-12-29: %+v %v; only Kauman closes for its renovation", o.ID, reno, ok)
		}
	}
}

func TestHolidayListProblems(t *testing.T) {
	withToday(t, "2026-12-02")
	for _, c := range []struct {
		name, list string
		want       string
		errors     bool
	}{
		{"missing", "", "hari_libur is empty", false},
		{"ends soon", "hari_libur:\n  - { tanggal: 2026-12-25, nama: Natal }\n", "hari_libur only goes up to 2026-12-25: add holidays and cuti bersama at least up to 2027-01-31", false},
		{"ends before it starts", "hari_libur:\n  - { tanggal: 2027-03-21, sampai: 2027-03-20, nama: Idulfitri }\n  - { tanggal: 2040-01-01, nama: Tahun Baru }\n", ":36: error: sampai 2027-03-20 is before tanggal 2027-03-21", true},
		{"a typo in the year", "hari_libur:\n  - { tanggal: 2026-12-24, sampai: 2027-12-26, nama: Natal }\n  - { tanggal: 2040-01-01, nama: Tahun Baru }\n", "longer than 31 days", true},
		{"not a date", "hari_libur:\n  - { tanggal: 25-12-2026, nama: Natal }\n  - { tanggal: 2040-01-01, nama: Tahun Baru }\n", `date "25-12-2026" not understood`, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			cat, diags := Dir(cityWithHolidays(t, c.list))
			got := messages(diags)
			if !strings.Contains(got, c.want) || (cat == nil) != c.errors {
				t.Errorf("got (catalog %v):\n%s\nwant a message with %q", cat != nil, got, c.want)
			}
		})
	}
}
