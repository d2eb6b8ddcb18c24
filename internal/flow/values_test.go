package flow

import "testing"

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in       string
		want     Duration
		str, iso string
		minutes  int
	}{
		{"15 menit", Duration{15, 15, Minutes}, "15 menit", "PT15M", 15},
		{"1 jam", Duration{1, 1, HoursUnit}, "1 jam", "PT1H", 60},
		{"1 hari kerja", Duration{1, 1, WorkingDays}, "1 hari kerja", "P1D", 480},
		{"1-3  Hari Kerja", Duration{1, 3, WorkingDays}, "1-3 hari kerja", "P3D", 1440},
		{"2 hari", Duration{2, 2, Days}, "2 hari", "P2D", 960},
		{"1 minggu", Duration{1, 1, Weeks}, "1 minggu", "P1W", 2400},
	}
	for _, tt := range tests {
		got, err := ParseDuration(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDuration(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
			continue
		}
		if got.String() != tt.str || got.ISO8601() != tt.iso || got.MaxMinutes() != tt.minutes {
			t.Errorf("%q: String %q ISO %q minutes %d", tt.in, got.String(), got.ISO8601(), got.MaxMinutes())
		}
	}
	for _, bad := range []string{"", "sebentar", "0 menit", "-1 jam", "3-1 hari", "satu hari", "15", "15 detik", "1.5 jam"} {
		if d, err := ParseDuration(bad); err == nil {
			t.Errorf("ParseDuration(%q) = %+v, want an error", bad, d)
		}
	}
}

func TestParseClock(t *testing.T) {
	for in, want := range map[string]Clock{"08:00": 480, "7:30": 450, "24:00": 1440, "00:00": 0} {
		if got, err := ParseClock(in); err != nil || got != want {
			t.Errorf("ParseClock(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"8", "8.00", "25:00", "24:01", "08:60", "08:5", "jam 8", ""} {
		if c, err := ParseClock(bad); err == nil {
			t.Errorf("ParseClock(%q) = %v, want an error", bad, c)
		}
	}
	if s := Clock(450).String(); s != "07:30" {
		t.Errorf("Clock(450) = %q", s)
	}
}

func TestMapURLNeverEmbedsAnotherSite(t *testing.T) {
	c := &Coordinates{Lat: -7.9667, Lon: 112.6326}
	want := "https://www.openstreetmap.org/?mlat=-7.96670&mlon=112.63260#map=18/-7.96670/112.63260"
	if got := c.MapURL(); got != want {
		t.Errorf("MapURL = %q, want %q", got, want)
	}
	if got := (*Coordinates)(nil).MapURL(); got != "" {
		t.Errorf("nil MapURL = %q", got)
	}
}

func TestWeekdays(t *testing.T) {
	for i, n := range WeekdayNames {
		d, ok := ParseWeekday(n)
		if !ok || int(d) != i {
			t.Errorf("ParseWeekday(%q) = %d, %v", n, d, ok)
		}
	}
	if _, ok := ParseWeekday("Senin"); ok {
		t.Error("day names are lower case in YAML; the loader's enum check says so")
	}
	if Friday.ISO() != "Friday" {
		t.Errorf("Friday.ISO() = %q", Friday.ISO())
	}
}

func TestRupiah(t *testing.T) {
	for in, want := range map[int]string{0: "Rp0", 500: "Rp500", 10000: "Rp10.000", 1250000: "Rp1.250.000"} {
		if got := Rupiah(in); got != want {
			t.Errorf("Rupiah(%d) = %q, want %q", in, got, want)
		}
	}
}

func TestShiftWindowsCutBreaks(t *testing.T) {
	// 07:30-15:30 with a break at noon and one that starts before opening.
	h := Shift{Open: 450, Close: 930, Breaks: []Window{{720, 780}, {420, 480}}}
	got := h.Windows()
	want := []Window{{480, 720}, {780, 930}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("Windows = %v; want %v", got, want)
	}
	if _, err := ParseClock("8"); err == nil {
		t.Error("a bad clock must fail")
	}
}

func TestWeekText(t *testing.T) {
	var w Week
	for d := Monday; d <= Thursday; d++ {
		w.Days[d].Windows = []Window{{7*60 + 30, 12 * 60}, {13 * 60, 15*60 + 30}}
	}
	w.Days[Friday].Windows = []Window{{7*60 + 30, 14*60 + 30}}
	w.Days[Sunday].Windows = []Window{{8 * 60, 10 * 60}}
	if got, want := w.Text(), "Senin-Kamis 07:30-12:00, 13:00-15:30; Jumat 07:30-14:30; Minggu 08:00-10:00"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := (Week{}).Text(); got != "" {
		t.Errorf("a week without hours reads %q", got)
	}
}
