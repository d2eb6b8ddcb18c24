package survey

import (
	"slices"
	"time"
)

// Profile is who answered: the regulation's respondent profile. Nothing
// in it names a person.
type Profile struct {
	Gender     string // Genders
	Age        int    // years; 0 when not given
	Education  string // Educations
	Occupation string // Occupations
}

// The answer options of the profile, as the regulation lists them. The
// words shown for them live in the catalog (survei.profil.*).
var (
	Genders     = []string{"L", "P"}
	Educations  = []string{"SD", "SMP", "SMA", "D1-D3", "D4/S1", "S2", "S3"}
	Occupations = []string{"PNS", "TNI", "POLRI", "swasta", "wirausaha", "lainnya"}
)

// The ages a respondent may give: a resident old enough to be served,
// and no older than people live.
const (
	MinAge = 10
	MaxAge = 120
)

// Check reports the first field outside its options. Every field may be
// left empty: the profile is asked, not required.
func (p Profile) Check() error {
	for _, f := range []struct {
		v       string
		options []string
		name    string
	}{{p.Gender, Genders, "jenis kelamin"}, {p.Education, Educations, "pendidikan"}, {p.Occupation, Occupations, "pekerjaan"}} {
		if f.v != "" && !slices.Contains(f.options, f.v) {
			return &FieldError{Field: f.name}
		}
	}
	if p.Age != 0 && (p.Age < MinAge || p.Age > MaxAge) {
		return &FieldError{Field: "usia"}
	}
	return nil
}

// FieldError names a profile field whose answer is not one of its options.
type FieldError struct{ Field string }

func (e *FieldError) Error() string { return "survey: " + e.Field + " is not one of its options" }

// Channel is where an answer came from.
type Channel string

// The channels a questionnaire is answered through.
const (
	Web   Channel = "web"
	Kiosk Channel = "kiosk"
	QR    Channel = "qr" // the printed code on the notice board or checklist
)

// Valid reports whether c is a known channel.
func (c Channel) Valid() bool { return c == Web || c == Kiosk || c == QR }

// Response is one filled questionnaire, attributed to where and when it
// was answered.
type Response struct {
	ID      string // made by the client (kiosk, phone), so a retry is not counted twice
	Office  string
	Service string // the service received; empty when not said
	Channel Channel
	At      time.Time
	Answers Answers
	Profile Profile
}
