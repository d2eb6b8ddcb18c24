package kiosk

import (
	"encoding/json"
	"github.com/alurlayanan/alur/internal/locale"
	"slices"

	"github.com/alurlayanan/alur/internal/flow"
)

// window is a stretch of a day when the front desk serves.
type window = flow.Window

// week is the service windows of each weekday, Monday first, breaks cut out.
type week [7][]window

// serviceWeek is the office's service windows by weekday, as the checker
// resolved them.
func serviceWeek(w flow.Week) week {
	var out week
	for d, day := range w.Days {
		out[d] = day.Windows
	}
	return out
}

// JSON is what the kiosk script reads to say whether the office is open now:
// seven lists (Monday first) of [from, until] minute pairs.
func (w week) JSON() string {
	days := make([][][2]int, 7)
	for d, windows := range w {
		days[d] = [][2]int{}
		for _, win := range windows {
			days[d] = append(days[d], [2]int{int(win.From), int(win.Until)})
		}
	}
	b, _ := json.Marshal(days) // ints only: cannot fail
	return string(b)
}

// hoursRow is one line of the weekly table: a run of days with the same
// hours.
type hoursRow struct {
	Days    locale.Text // "Senin – Kamis"
	Windows []string    // "08:00–12:00", "13:00–15:00"; none when closed
}

// Rows groups consecutive days with the same hours, so a table of seven days
// reads as two or three lines, as offices write it on their door.
func (w week) Rows() []hoursRow {
	var rows []hoursRow
	for first := 0; first < 7; {
		last := first
		for last+1 < 7 && slices.Equal(w[last+1], w[first]) {
			last++
		}
		rows = append(rows, hoursRow{Days: dayRange(first, last), Windows: windowsText(w[first])})
		first = last + 1
	}
	return rows
}

func dayRange(first, last int) locale.Text {
	if first == last {
		return dayNames[first]
	}
	return locale.Text{ID: dayNames[first].ID + " – " + dayNames[last].ID, EN: dayNames[first].EN + " – " + dayNames[last].EN}
}

func windowsText(windows []window) []string {
	parts := make([]string, len(windows))
	for i, w := range windows {
		parts[i] = w.From.String() + "–" + w.Until.String()
	}
	return parts
}

// closuresJSON is what the kiosk script reads of the office's holidays and
// closures: [from, until, name] with dates as YYYY-MM-DD.
func closuresJSON(cs []flow.Closure) string {
	out := make([][3]string, 0, len(cs))
	for _, c := range cs {
		out = append(out, [3]string{string(c.From), string(c.Until), c.Name})
	}
	b, _ := json.Marshal(out) // strings only: cannot fail
	return string(b)
}
