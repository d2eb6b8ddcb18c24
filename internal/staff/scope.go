package staff

import (
	"net/http"
	"sort"
	"time"

	"github.com/alurlayanan/alur/internal/account"
	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/store"
	"github.com/alurlayanan/alur/internal/survey"
)

// scope is what a report or export covers, read from the query: kantor
// (an office id; empty for every office the account sees), layanan (a
// service id), periode (a survey.Period ID; the current year by default).
type scope struct {
	Office  string
	Service string
	Period  survey.Period
	// AllOffices says the account may pick every office at once.
	AllOffices bool
	// Offices are the offices the account may pick from, by name.
	Offices []layout.DirOffice
	// Services are the services of the picked office (or of every office
	// the account sees), by name.
	Services []layout.DirService
	dir      *layout.Directory
}

// directory is the build's directory of offices, or an empty one.
func (s *Staff) directory(r *http.Request) *layout.Directory {
	if s.Site != nil {
		if d, err := s.Site.Directory(r); err == nil && d != nil {
			return d
		}
	}
	return &layout.Directory{}
}

// scopeOf reads the scope of r for u; ok is false when it names an office
// u may not see, or a value that cannot be.
func (s *Staff) scopeOf(r *http.Request, u account.User) (sc scope, ok bool) {
	q := r.URL.Query()
	sc.dir = s.directory(r)
	sc.Office, sc.Service = q.Get("kantor"), q.Get("layanan")
	if u.Role == account.Office && sc.Office == "" {
		sc.Office = u.Office
	}
	if sc.Office != "" && !u.Sees(sc.Office) {
		return sc, false
	}
	if !validID(sc.Office) || !validID(sc.Service) {
		return sc, false
	}
	sc.Period = survey.PeriodOf(survey.Year, s.now().In(flow.Zone))
	if p := q.Get("periode"); p != "" {
		var good bool
		if sc.Period, good = survey.ParsePeriod(p); !good {
			return sc, false
		}
	}
	sc.AllOffices = u.AllOffices()
	for _, o := range sc.dir.Offices {
		if u.Sees(o.ID) {
			sc.Offices = append(sc.Offices, o)
		}
	}
	seen := map[string]bool{}
	for _, o := range sc.Offices {
		if sc.Office != "" && o.ID != sc.Office {
			continue
		}
		for _, sv := range o.Services {
			if !seen[sv.ID] {
				seen[sv.ID] = true
				sc.Services = append(sc.Services, sv)
			}
		}
	}
	sort.Slice(sc.Services, func(i, j int) bool { return sc.Services[i].Name < sc.Services[j].Name })
	// A service the picked offices do not deliver is not there to pick
	// (nor to name: it may be another office's own).
	if sc.Service != "" && !seen[sc.Service] {
		return sc, false
	}
	return sc, true
}

// filter selects what the scope covers, over [from, to).
func (sc scope) filter(u account.User, from, to time.Time) store.Filter {
	f := store.Filter{Service: sc.Service, From: from, To: to}
	switch {
	case sc.Office != "":
		f.Offices = []string{sc.Office}
	case !u.AllOffices():
		f.Offices = []string{} // sees no office
		if u.Office != "" {
			f.Offices = []string{u.Office}
		}
	}
	return f
}

// periodFilter selects the scope's period.
func (sc scope) periodFilter(u account.User) store.Filter {
	return sc.filter(u, sc.Period.Start(flow.Zone), sc.Period.End(flow.Zone))
}

// officeName names an office by the directory, or by its id.
func (sc scope) officeName(id string) string {
	if o, ok := sc.dir.Office(id); ok {
		return o.Name
	}
	return id
}

// serviceName names a service by the directory, or by its id.
func (sc scope) serviceName(office, id string) string {
	if id == "" {
		return ""
	}
	if o, ok := sc.dir.Office(office); ok {
		if sv, ok := o.Service(id); ok {
			return sv.Name
		}
	}
	for _, o := range sc.Offices {
		if sv, ok := o.Service(id); ok {
			return sv.Name
		}
	}
	return id
}

// validID reports whether an id from a URL can be an office's or a
// service's: empty, or up to 64 lowercase letters, digits and '-'.
func validID(id string) bool {
	if len(id) > 64 {
		return false
	}
	for _, c := range id {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// periodChoices are the periods a report may pick: every month, quarter,
// semester and the year, of the years around now.
func periodChoices(now time.Time, current survey.Period) []survey.Period {
	year := now.In(flow.Zone).Year()
	var out []survey.Period
	for y := year; y >= year-2; y-- {
		out = append(out, survey.Period{Span: survey.Year, Year: y, N: 1})
		for _, sp := range []survey.Span{survey.Semester, survey.Quarter, survey.Month} {
			out = append(out, survey.Periods(sp, time.Date(y, 1, 1, 0, 0, 0, 0, flow.Zone), time.Date(y, 12, 1, 0, 0, 0, 0, flow.Zone))...)
		}
	}
	for _, p := range out {
		if p == current {
			return out
		}
	}
	return append([]survey.Period{current}, out...)
}

var (
	zone = flow.Zone
	zero time.Time
)

// OfficeName names the picked office, or is "" for every office.
func (sc scope) OfficeName() string {
	if sc.Office == "" {
		return ""
	}
	return sc.officeName(sc.Office)
}

// ServiceName names the picked service, or is "".
func (sc scope) ServiceName() string { return sc.serviceName(sc.Office, sc.Service) }

// scopeForm is the filter form at the top of a page (templates/scope.html).
type scopeForm struct {
	Action  string
	Scope   scope
	Periods []survey.Period
	Period  string // the period picked, or "" for all time
	AnyTime bool   // the page may show all time
	// The feedback list's filters.
	Reason   feedback.Reason
	Status   feedback.Status
	Reasons  []feedback.Reason
	Statuses []feedback.Status
}
