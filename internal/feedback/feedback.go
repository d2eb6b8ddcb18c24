// Package feedback is what residents send back about a page: whether it
// helped, and reports of a problem. It holds the rules every report obeys
// whatever channel it came through (reasons, limits, the masking of
// personal numbers, follow-up states) and knows no storage and no HTTP.
package feedback

import (
	"errors"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// Reason is why a resident reports a problem.
type Reason string

// The reasons a resident can pick.
const (
	// Wrong: the information is wrong or missing.
	Wrong Reason = "salah"
	// Hard: a requirement is hard to meet; the report names which one
	// from the service's own list.
	Hard Reason = "syarat"
	// Empty: the office was closed or empty during service hours; the
	// report carries the date and time.
	Empty Reason = "kosong"
	// Levy: asked to pay outside the rules (pungutan liar).
	Levy Reason = "pungli"
	// Other is anything else.
	Other Reason = "lainnya"
)

// Reasons lists them in the order the form shows them.
var Reasons = []Reason{Wrong, Hard, Empty, Levy, Other}

// Valid reports whether r is one of Reasons.
func (r Reason) Valid() bool {
	for _, k := range Reasons {
		if r == k {
			return true
		}
	}
	return false
}

// Incident reports whether a report of this reason is an incident the
// city's task force hears of at once: an office closed or empty in service
// hours.
func (r Reason) Incident() bool { return r == Empty }

// Key names the reason's words in the catalog.
func (r Reason) Key() string { return "umpan.alasan." + string(r) }

// Status is where a report stands in its follow-up.
type Status string

// The follow-up states.
const (
	New      Status = "baru"
	Handling Status = "ditindaklanjuti"
	Done     Status = "selesai"
)

// Statuses lists them in order.
var Statuses = []Status{New, Handling, Done}

// Valid reports whether s is one of Statuses.
func (s Status) Valid() bool { return s == New || s == Handling || s == Done }

// Key names the status's words in the catalog.
func (s Status) Key() string { return "umpan.status." + string(s) }

// Channel is where feedback came from.
type Channel string

// The channels.
const (
	Web   Channel = "web"
	Kiosk Channel = "kiosk"
)

// Valid reports whether c is a known channel.
func (c Channel) Valid() bool { return c == Web || c == Kiosk }

// Limits on what a resident may send.
const (
	MaxText = 1000 // characters of free text
	MaxNote = 2000 // characters of a staff follow-up note
	// MaxID bounds a client-made id; it is opaque, only compared.
	MaxID = 64
)

// Vote is the answer to "Apakah halaman ini membantu?".
type Vote struct {
	ID      string // made by the client, so a retry is not counted twice
	Office  string
	Service string // empty on an office page
	Helpful bool
	Channel Channel
	At      time.Time // when the server received it
}

// Report is a problem a resident reported.
type Report struct {
	ID      string
	Office  string
	Service string
	Reason  Reason
	// Requirement is the requirement named hard to meet, as the service
	// lists it (Hard only).
	Requirement string
	// Seen is when the office was found closed or empty (Empty only).
	Seen    time.Time
	Text    string // masked free text
	Channel Channel
	At      time.Time
	Status  Status
	Note    string // staff's follow-up note
}

// Problem is why a report was refused; Key names its words in the catalog.
type Problem struct{ Key string }

func (p *Problem) Error() string { return "feedback: " + p.Key }

func problem(key string) error { return &Problem{Key: key} }

// IsProblem reports whether err is a refusal a resident can correct.
func IsProblem(err error) bool {
	var p *Problem
	return errors.As(err, &p)
}

// Prepare checks a report and masks its text. The caller has already
// checked that Office and Service exist and that Requirement is one of
// the service's.
func (r Report) Prepare() (Report, error) {
	switch {
	case !r.Reason.Valid():
		return r, problem("umpan.salah.alasan")
	case r.Reason == Hard && r.Requirement == "":
		return r, problem("umpan.salah.syarat")
	case r.Reason == Empty && r.Seen.IsZero():
		return r, problem("umpan.salah.waktu")
	case utf8.RuneCountInString(r.Text) > MaxText:
		return r, problem("umpan.salah.panjang")
	case !ValidID(r.ID):
		return r, problem("umpan.salah.id")
	}
	if r.Reason != Hard {
		r.Requirement = ""
	}
	if r.Reason != Empty {
		r.Seen = time.Time{}
	}
	r.Text = Mask(strings.TrimSpace(r.Text))
	if r.Status == "" {
		r.Status = New
	}
	return r, nil
}

// ValidID reports whether id can be a client-made id: 1 to MaxID
// letters, digits, '-' or '_'.
func ValidID(id string) bool {
	if id == "" || len(id) > MaxID {
		return false
	}
	for _, c := range id {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// The personal numbers residents type despite being asked not to. A NIK
// is 16 digits, sometimes grouped; an Indonesian mobile number starts
// 08, 628 or +628 and runs 9 to 13 digits, with spaces, dots or dashes.
var (
	nikPattern   = regexp.MustCompile(`\b\d(?:[ .-]?\d){15}\b`)
	phonePattern = regexp.MustCompile(`(?:\+62|\b62|\b0)[ .-]?8(?:[ .-]?\d){7,11}\b`)
	emailPattern = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)
)

// Masks replace what Mask hides, so staff see that something was there.
const (
	MaskedNIK   = "[NIK disamarkan]"
	MaskedPhone = "[nomor HP disamarkan]"
	MaskedEmail = "[email disamarkan]"
)

// Mask hides NIK numbers, phone numbers and e-mail addresses in text.
func Mask(text string) string {
	text = nikPattern.ReplaceAllString(text, MaskedNIK)
	text = phonePattern.ReplaceAllString(text, MaskedPhone)
	return emailPattern.ReplaceAllString(text, MaskedEmail)
}
