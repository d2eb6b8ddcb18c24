package flow

// The resolved model: what pages, the search index and the server read. It is
// built by the checker (check.Source) from loaded source files, so every reference in it points
// at something that exists and every office service is complete: the city
// standard with the office's overrides applied.

// Catalog is the whole city, resolved.
type Catalog struct {
	City City
	// BaseURL is the site's public address from the city file
	// (alamat_publik); zero when it gives none.
	BaseURL   BaseURL
	FreeBasis Markdown
	Channels  []Channel     // city-wide complaint channels
	Holidays  []Closure     // city-wide closures (national, cuti bersama, city), by date
	Groups    []ServiceKind // in the order the city file lists them
	Agencies  []*Agency     // in the order the city file lists them
	Districts []*District   // kecamatan, in the order the city file lists them
	Offices   []*Office     // every kelurahan office, by district then name
	Standards []*ServiceDef // the city-standard services, by name
	Generated Date          // the day the catalog was built, for "last checked" fallbacks
	// Synonyms are the checked groups of sinonim.yaml, main word first:
	// words residents use for the same thing, for search.
	Synonyms [][]string
	// Sources are the SHA-256 of each file the catalog was made from, by
	// name relative to the services folder (an office's is its File).
	Sources map[string][32]byte
	// PublicInspections: the office pages show the inspection figures
	// (CityFile.PublicInspections).
	PublicInspections bool
}

// District is a kecamatan with its kelurahan offices.
type District struct {
	Kecamatan
	// Office is the kecamatan office, as the place steps with `tempat:
	// kecamatan` go to; its Hours are Week in words.
	Office  *Agency
	Week    Week // the kecamatan office's hours as the checker read them
	Offices []*Office
}

// Office is a kelurahan office with the services it delivers.
type Office struct {
	*OfficeFile
	District *District
	// Week is the office's hours and duty roster as the checker read them:
	// whatever shows hours reads this, never the strings in OfficeFile.
	Week Week
	// Closures are the days the office is closed although its week says
	// open: the city's holidays and its own closures, by date.
	Closed     []Closure
	Services   []*Service           // offered here, city standards and local ones, by group then name
	NotOffered []*NotOfferedService // city standards this office sends residents elsewhere for
}

// NotOfferedService is a city service an office does not deliver.
type NotOfferedService struct {
	Def    *ServiceDef
	Reason Markdown
}

// Service is one service as one office delivers it.
type Service struct {
	Def      *ServiceDef // the city standard, or the office's own definition
	Office   *Office
	Local    bool      // defined by the office, not by the city
	Override *Override // the office's changes to the city standard, if any

	ID           string
	Name         string
	Group        *ServiceKind // nil when the service names no group
	Requirements []Requirement
	Steps        []*ResolvedStep
	Duration     Duration
	Cost         Cost
	Note         Markdown // the office's note on how it differs here
}

// ResolvedStep is a step whose place is known and whose duration is parsed.
type ResolvedStep struct {
	Step
	Number int // 1-based among the top-level steps; 0 inside a group
	// Label is how residents refer to the step: "6" for a top-level
	// step, "6a" for an entry of its group, "6a.1" for a step of that
	// entry's route. The same on every page, kiosk and export.
	Label    string
	Where    Location
	Duration Duration // zero when the step gives none
	And      []*ResolvedStep
	Or       []*ResolvedStep
	Steps    []*ResolvedStep // a route's own steps, in order; only in an entry of a group
	// Rejoin is, for a group with routes, the number of the top-level
	// step where its routes meet again; 0 when they end the flow.
	Rejoin int
}

// IsGroup reports whether the step is an "and" or "or" group.
func (s *ResolvedStep) IsGroup() bool { return len(s.And) > 0 || len(s.Or) > 0 }

// IsRoute reports whether the step is an entry of a group with steps of
// its own.
func (s *ResolvedStep) IsRoute() bool { return len(s.Steps) > 0 }

// Parts are the entries of a group: its "and" or its "or" entries.
func (s *ResolvedStep) Parts() []*ResolvedStep {
	if len(s.Or) > 0 {
		return s.Or
	}
	return s.And
}

// HasRoutes reports whether an entry of the group is a route: its entries
// then show their labels, which the route's steps continue.
func (s *ResolvedStep) HasRoutes() bool {
	for _, p := range s.Parts() {
		if p.IsRoute() {
			return true
		}
	}
	return false
}

// Inner are the steps directly inside s: a group's entries, or a route's
// steps.
func (s *ResolvedStep) Inner() []*ResolvedStep {
	if s.IsRoute() {
		return s.Steps
	}
	return s.Parts()
}

// Location is where a step happens: a place inside the office, or another
// office. A step's `tempat` is looked up in this order: the office's own
// places, "kecamatan" (the office's kecamatan office), the kecamatan's
// agencies, the city's agencies. Exactly one of Place and Agency is set; neither for a step that
// names no place (a group, or something the resident does at home).
type Location struct {
	Place  *Place // inside the kelurahan office
	Agency *Agency
}

// Inside reports whether the step happens in the kelurahan office itself.
func (l Location) Inside() bool { return l.Place != nil }

// Week is an office's service hours and duty roster, resolved.
type Week struct {
	Hours []Shift     // each jam_layanan entry, in the order written
	Duty  []DutyShift // each piket entry, in the order written
	Days  [7]Day      // by weekday, Monday first
}

// Shift is one jam_layanan entry: the days it holds for, opening and
// closing, and the breaks in between.
type Shift struct {
	Days        []Weekday
	Open, Close Clock
	Breaks      []Window
}

// Windows are when the front desk serves under s: from opening to closing
// with the breaks cut out.
func (s Shift) Windows() []Window {
	out := []Window{{s.Open, s.Close}}
	for _, b := range s.Breaks {
		out = Cut(out, b)
	}
	return out
}

// DutyShift is one piket entry: who is on duty, on which days, when.
type DutyShift struct {
	Days        []Weekday
	From, Until Clock
	Staff       []Person
	// Place is where residents find them: the piket's tempat, else the
	// office's first place (its front desk).
	Place *Place
}

// Day is one weekday of a Week.
type Day struct {
	Shifts  []Shift     // the entries that hold this day, in the order written
	Windows []Window    // when the front desk serves, breaks cut out, earliest first
	Duty    []DutyShift // who is on duty, in the order written
}

// Open reports whether the office serves on this day at all.
func (d Day) Open() bool { return len(d.Windows) > 0 }

// Weekday is a day of the week, Monday first as Indonesian offices count.
type Weekday int

// Days of the week.
const (
	Monday Weekday = iota
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
	Sunday
)

// WeekdayNames are the YAML spellings of the weekdays, Monday first.
var WeekdayNames = [7]string{"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"}

// ParseWeekday reads a YAML day name.
func ParseWeekday(s string) (Weekday, bool) {
	for i, n := range WeekdayNames {
		if n == s {
			return Weekday(i), true
		}
	}
	return 0, false
}

// String returns the YAML spelling of the day (senin ... minggu).
func (d Weekday) String() string { return WeekdayNames[d] }

// ISO returns the schema.org day name (Monday ... Sunday).
func (d Weekday) ISO() string {
	return [...]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}[d]
}

// Holiday kinds: who closed the offices.
const (
	HolidayNational = "nasional"
	HolidayJoint    = "cuti-bersama"
	HolidayCity     = "kota"
	HolidayOffice   = "kantor"
)

// Closure is a run of days (From to Until, both included) an office is
// closed.
type Closure struct {
	From, Until Date
	Name        string
	Kind        string // a Holiday* kind
}

// Covers reports whether the closure includes day.
func (c Closure) Covers(day Date) bool { return c.From <= day && day <= c.Until }

// ClosedOn finds the closure that covers day, if any.
func ClosedOn(closures []Closure, day Date) (Closure, bool) {
	for _, c := range closures {
		if c.Covers(day) {
			return c, true
		}
	}
	return Closure{}, false
}
