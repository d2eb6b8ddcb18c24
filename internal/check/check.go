// Package check finds what is wrong in what staff wrote (beyond the shape
// the loader checks) and turns correct source into the resolved catalog.
// Checking and resolving are one pass so that every lookup (a step's place,
// an override's service) is written once and fails with a message where it
// fails.
package check

import (
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/load"
)

// Dir loads and checks a services folder. The catalog is nil when there are
// errors; warnings alone still give a catalog.
func Dir(fsys fs.FS) (*flow.Catalog, *diag.List) {
	src, diags := load.Dir(fsys)
	cat := Source(src, diags)
	return cat, diags
}

// Folder checks the services folder at dir on disk; see load.Folder.
func Folder(dir string) (*flow.Catalog, *diag.List) {
	src, diags := load.Folder(dir)
	return Source(src, diags), diags
}

// Source checks loaded source, adding problems to diags.
func Source(src *load.Source, diags *diag.List) *flow.Catalog {
	if src.City == nil {
		return nil
	}
	c := &checker{diags: diags, src: src}
	cat := c.run()
	if diags.HasErrors() {
		return nil
	}
	return cat
}

type checker struct {
	diags *diag.List
	src   *load.Source

	cat       *flow.Catalog
	districts map[string]*flow.District
	agencies  map[string]*flow.Agency // city agencies
	standards map[string]*flow.ServiceDef
	groups    map[string]*flow.ServiceKind
	allPlaces map[string]bool // place ids declared by any office
	offices   map[string]flow.Pos
	// reportedSteps remembers unknown places reported at a step, so a typo
	// in a city service is reported once, not once per office.
	reportedSteps map[string]bool
	// counted holds each requirement list with its default counts filled
	// in, by its first element: a city service's list is shared by every
	// office that does not change it, not copied 57 times.
	counted map[*flow.Requirement][]flow.Requirement
	// standardNames are the city services' names as residents read them,
	// for the warning about two services with one name.
	standardNames map[string]flow.Pos
}

// sameName warns when a service is named like another one: a resident
// choosing from a list cannot tell them apart.
func (c *checker) sameName(s *flow.ServiceDef, seen map[string]flow.Pos) {
	key := strings.Join(strings.Fields(strings.ToLower(s.Name)), " ")
	if key == "" {
		return
	}
	if first, dup := seen[key]; dup {
		c.diags.Warnf(s.Pos.Of("nama"), diag.DuplicateName, s.Name, where(first))
		return
	}
	seen[key] = s.Pos.Of("nama")
}

var slugRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// ValidID tells whether id may be an id (of a kecamatan, an office, a
// service, a place): lower-case letters, digits and single hyphens, so it
// can be part of a web address.
func ValidID(id string) bool { return slugRE.MatchString(id) }

func (c *checker) run() *flow.Catalog {
	city := c.src.City
	c.cat = &flow.Catalog{City: city.City, FreeBasis: city.FreeBasis, Channels: city.Complaints,
		Generated: flow.Date(time.Now().Format(time.DateOnly)), Sources: c.src.Digests,
		PublicInspections: city.PublicInspections}
	c.checkCity(city)
	c.checkHolidays(city)
	c.checkSynonyms()
	c.checkLinks()
	c.checkStandards()
	for _, o := range c.src.Offices {
		for _, p := range o.Places {
			if c.allPlaces == nil {
				c.allPlaces = map[string]bool{}
			}
			c.allPlaces[p.ID] = true
		}
	}
	c.offices = map[string]flow.Pos{}
	for _, of := range c.src.Offices {
		if o := c.checkOffice(of); o != nil {
			c.cat.Offices = append(c.cat.Offices, o)
			o.District.Offices = append(o.District.Offices, o)
		}
	}
	c.sortOffices()
	return c.cat
}

// fileID checks the id of a file that must be named after it. An id that
// is not the file's name is reported as that, and only that: a file copied
// and renamed with its old id left in it must not get the file it was
// copied from blamed for a duplicate.
func (c *checker) fileID(at flow.Pos, id string, seen map[string]flow.Pos) {
	if id != "" && id != fileID(at) {
		c.diags.Errorf(at.Of("id"), diag.IDNotFileName, id, path.Base(at.File))
		c.id(at.Of("id"), id, map[string]flow.Pos{}) // still a slug?
		return
	}
	c.id(at.Of("id"), id, seen)
}

// id checks one id: a URL slug, unique among seen.
func (c *checker) id(at flow.Pos, id string, seen map[string]flow.Pos) {
	if id == "" {
		return // reported as a missing required key
	}
	if !slugRE.MatchString(id) {
		c.diags.Errorf(at, diag.BadID, id, slugify(id))
		return
	}
	if first, dup := seen[id]; dup {
		c.diags.Errorf(at, diag.DuplicateID, id, where(first))
		return
	}
	seen[id] = at
}

func where(p flow.Pos) string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }

// slugify suggests a valid id for a bad one.
func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimSuffix(b.String(), "-")
	if out == "" {
		return "layanan-baru"
	}
	return out
}

func (c *checker) checkCity(city *flow.CityFile) {
	c.checkCode(city.City.Pos.Of("kode"), city.City.Code, `^\d{2}\.\d{2}$`, "35.73")
	c.checkURL(city.City.Pos.Of("situs"), city.City.Website)
	if u := city.City.PublicURL; u != "" {
		base, err := flow.ParseBaseURL(u)
		if err != nil {
			c.diags.Errorf(city.City.Pos.Of("alamat_publik"), diag.BadPublicURL, u)
		}
		c.cat.BaseURL = base
	}
	c.id(city.City.Pos.Of("id"), city.City.ID, map[string]flow.Pos{})

	c.groups = map[string]*flow.ServiceKind{}
	seenGroups := map[string]flow.Pos{}
	for i := range city.Groups {
		g := &city.Groups[i]
		c.id(g.Pos.Of("id"), g.ID, seenGroups)
		c.groups[g.ID] = g
		c.cat.Groups = append(c.cat.Groups, *g)
	}

	c.agencies = map[string]*flow.Agency{}
	seenAgencies := map[string]flow.Pos{}
	for i := range city.Agencies {
		a := &city.Agencies[i]
		c.id(a.Pos.Of("id"), a.ID, seenAgencies)
		c.checkReach(&a.Reach)
		c.agencies[a.ID] = a
		c.cat.Agencies = append(c.cat.Agencies, a)
	}
	c.checkChannels(city.Complaints)

	c.districts = map[string]*flow.District{}
	seenKec := map[string]flow.Pos{}
	for i := range city.Kecamatan {
		k := city.Kecamatan[i]
		c.id(k.Pos.Of("id"), k.ID, seenKec)
		c.checkCode(k.Pos.Of("kode"), k.Code, `^\d{2}\.\d{2}\.\d{2}$`, "35.73.02")
		if city.City.Code != "" && k.Code != "" && !strings.HasPrefix(k.Code, city.City.Code+".") {
			c.diags.Errorf(k.Pos.Of("kode"), diag.CodeOutsideKec, k.Code, city.City.Code)
		}
		c.checkReach(&k.Office.Reach)
		week := c.serviceHours(k.Office.Hours)
		seenLocal := map[string]flow.Pos{}
		for j := range k.Agencies {
			a := &k.Agencies[j]
			c.id(a.Pos.Of("id"), a.ID, seenLocal)
			c.checkReach(&a.Reach)
		}
		d := &flow.District{Kecamatan: k, Week: week, Office: &flow.Agency{ID: "kecamatan", Kind: "kecamatan",
			AgencyInfo: flow.AgencyInfo{Reach: k.Office.Reach, Hours: flow.Markdown(week.Text())}}}
		c.districts[k.ID] = d
		c.cat.Districts = append(c.cat.Districts, d)
	}
}

func (c *checker) checkReach(a *flow.Reach) {
	c.checkContact(&a.Contact)
	if a.Coordinates != nil {
		c.checkCoordinates(a.Coordinates)
	}
}

func (c *checker) checkChannels(chs []flow.Channel) {
	for _, ch := range chs {
		c.checkURL(ch.Pos.Of("situs"), ch.URL)
		c.checkPhone(ch.Pos, "telepon", ch.Phone)
		c.checkPhone(ch.Pos, "sms", ch.SMS)
		c.checkPhone(ch.Pos, "whatsapp", ch.WhatsApp)
		c.checkEmail(ch.Pos.Of("email"), ch.Email)
	}
}

// checkContact checks that each way of reaching an office is what its key
// says: these become tel:, mailto: and https: links on every page.
func (c *checker) checkContact(k *flow.Contact) {
	c.checkPhone(k.Pos, "telepon", k.Phone)
	c.checkPhone(k.Pos, "whatsapp", k.WhatsApp)
	c.checkEmail(k.Pos.Of("email"), k.Email)
	c.checkURL(k.Pos.Of("situs"), k.Website)
}

// checkURL accepts only an absolute http(s) address with a host.
func (c *checker) checkURL(at flow.Pos, u string) {
	if u == "" {
		return
	}
	parsed, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (parsed.Scheme != "https" && parsed.Scheme != "http") || parsed.Host == "" ||
		strings.ContainsAny(u, " \t\n<>\"'`") {
		c.diags.Errorf(at, diag.BadURL, u)
	}
}

var (
	phoneRE = regexp.MustCompile(flow.PhonePattern)
	emailRE = regexp.MustCompile(flow.EmailPattern)
)

// checkPhone accepts what flow.PhonePattern describes.
func (c *checker) checkPhone(at flow.Pos, key, phone string) {
	if phone != "" && !phoneRE.MatchString(phone) {
		c.diags.Errorf(at.Of(key), diag.BadPhone, key, phone)
	}
}

func (c *checker) checkEmail(at flow.Pos, email string) {
	if email != "" && !emailRE.MatchString(email) {
		c.diags.Errorf(at, diag.BadEmail, email)
	}
}

func (c *checker) checkCoordinates(p *flow.Coordinates) {
	if p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 {
		c.diags.Errorf(p.Pos, diag.BadCoordinates, p.Lat, p.Lon)
	}
}

func (c *checker) checkCode(at flow.Pos, code, pattern, example string) {
	if code == "" {
		return
	}
	if !regexp.MustCompile(pattern).MatchString(code) {
		c.diags.Errorf(at, diag.BadKemendagriCode, code, example)
	}
}

func (c *checker) checkDate(at flow.Pos, d flow.Date) {
	if d == "" {
		return
	}
	if _, err := time.Parse(time.DateOnly, string(d)); err != nil {
		c.diags.Errorf(at, diag.BadDate, string(d))
	}
}

func (c *checker) duration(at flow.Pos, s string) flow.Duration {
	if s == "" {
		return flow.Duration{}
	}
	d, err := flow.ParseDuration(s)
	if err != nil {
		c.diags.Errorf(at, diag.BadDuration, s)
	}
	return d
}

// fileID is the id a file's name gives it.
func fileID(p flow.Pos) string { return strings.TrimSuffix(path.Base(p.File), path.Ext(p.File)) }

func (c *checker) checkStandards() {
	c.standards = map[string]*flow.ServiceDef{}
	seen := map[string]flow.Pos{}
	c.standardNames = map[string]flow.Pos{}
	for _, src := range c.src.Services {
		// The checker never changes the source it is given (the live
		// preview hands it the same decoded files again, load.Memo), and
		// checkServiceDef cuts over-long lists: it checks a copy.
		s := new(*src)
		c.fileID(s.Pos, s.ID, seen)
		c.sameName(s, c.standardNames)
		c.checkServiceDef(s)
		c.checkCityWording(s)
		c.standards[s.ID] = s
		c.cat.Standards = append(c.cat.Standards, s)
	}
	slices.SortFunc(c.cat.Standards, func(a, b *flow.ServiceDef) int { return strings.Compare(a.Name, b.Name) })
}

// thisOffice finds words that point at one office ("kelurahan ini"),
// which a city service's page, belonging to no office, cannot say.
var thisOffice = regexp.MustCompile(`(?i)\b(kelurahan|kantor) ini\b`)

// checkCityWording warns where a city service's texts that its own page
// shows speak of "this kelurahan".
func (c *checker) checkCityWording(s *flow.ServiceDef) {
	warn := func(at flow.Pos, text string) {
		if m := thisOffice.FindString(text); m != "" {
			c.diags.Warnf(at, diag.CityTextThisOffice, m)
		}
	}
	warn(s.Pos.Of("ringkasan"), s.Summary)
	warn(s.Pos.Of("untuk"), string(s.Audience))
	warn(s.Pos.Of("produk"), string(s.Product))
	for _, r := range s.Requirements {
		warn(r.Pos.Of("dokumen"), r.Document)
		warn(r.Pos.Of("keterangan"), string(r.Note))
		warn(r.Pos.Of("jika"), r.When)
	}
}

// checkServiceDef checks what a service definition says on its own; places
// are checked per office, where they resolve.
func (c *checker) checkServiceDef(s *flow.ServiceDef) {
	if s.Group != "" && len(c.groups) > 0 && c.groups[s.Group] == nil {
		c.diags.Errorf(s.Pos.Of("kelompok"), diag.UnknownGroup, s.Group)
	}
	c.boundList(s.Pos.Of("persyaratan"), "persyaratan", &s.Requirements)
	c.checkRequirements(s.Requirements)
	if c.boundSteps(s.Pos.Of("langkah"), &s.Steps) {
		c.checkSteps(s.Pos.Of("langkah"), s.Steps, topLevel)
	}
	c.duration(s.Pos.Of("jangka_waktu"), s.Duration)
	c.checkCost(s.Cost)
	c.checkOtherCosts(s.OtherCosts)
	c.checkDate(s.Pos.Of("diperiksa"), s.Checked)
}

// Most requirements and steps one service may have. A real service has a
// dozen at most; a page with hundreds would not be read, and every step is
// resolved again at every office, so an endless list would only cost
// memory.
const (
	maxRequirements = 100
	maxSteps        = 100 // counting the entries of dan:/atau: groups and the steps of routes
)

// boundList reports a list longer than maxRequirements and cuts it there,
// so nothing downstream multiplies it by the number of offices.
func (c *checker) boundList(at flow.Pos, key string, rs *[]flow.Requirement) {
	if len(*rs) > maxRequirements {
		c.diags.Errorf(at, diag.TooManyItems, key, len(*rs), maxRequirements)
		*rs = (*rs)[:maxRequirements]
	}
}

// boundSteps does what boundList does for steps, counting nested ones: it
// keeps the first steps that fit. It reports whether all of them did.
func (c *checker) boundSteps(at flow.Pos, steps *[]flow.Step) bool {
	count := func(s []flow.Step) (n int) {
		walkSteps(s, func(*flow.Step) { n++ })
		return n
	}
	n := count(*steps)
	if n <= maxSteps {
		return true
	}
	c.diags.Errorf(at, diag.TooManyItems, "langkah", n, maxSteps)
	for count(*steps) > maxSteps {
		*steps = (*steps)[:len(*steps)*maxSteps/count(*steps)]
	}
	return false
}

func (c *checker) checkRequirements(rs []flow.Requirement) {
	for _, r := range rs {
		if r.Count < 0 {
			c.diags.Errorf(r.Pos.Of("jumlah"), diag.BadCount, r.Count)
		}
	}
}

func (c *checker) checkCost(cost *flow.Cost) {
	if cost == nil {
		return
	}
	switch {
	case cost.Varies != "" && (cost.Free || cost.Amount != 0):
		c.diags.Errorf(cost.Pos.Of("tarif_menurut"), diag.CostVariesAndFixed)
	case cost.Free && cost.Amount != 0:
		c.diags.Errorf(cost.Pos.Of("tarif"), diag.CostFreeAndAmount)
	case cost.Amount < 0:
		c.diags.Errorf(cost.Pos.Of("tarif"), diag.NegativeAmount, "tarif", cost.Amount)
	case !cost.Free && cost.Amount <= 0 && cost.Varies == "":
		c.diags.Errorf(cost.Pos, diag.CostNeedsAmount)
	}
}

// checkOtherCosts checks the costs a resident bears beyond the fee: each
// says how much, or why it varies.
func (c *checker) checkOtherCosts(costs []flow.OtherCost) {
	for _, o := range costs {
		switch {
		case o.Amount < 0:
			c.diags.Errorf(o.Pos.Of("tarif"), diag.NegativeAmount, "tarif", o.Amount)
		case o.Count < 0:
			c.diags.Errorf(o.Pos.Of("jumlah"), diag.BadCount, o.Count)
		case o.Amount == 0 && o.Note == "":
			c.diags.Errorf(o.Pos, diag.OtherCostNeedsAmount, o.Name)
		}
	}
}

// stepLevel is where a step stands, which decides what it may hold: a
// top-level step may be a dan:/atau: group, an entry of a group may be a
// route, and a route's step is a single task. Anything deeper would fit
// neither a phone's width nor a resident's memory.
type stepLevel int

const (
	topLevel stepLevel = iota
	inGroup            // an entry of a dan:/atau: group
	inRoute            // a step of a route
)

func (c *checker) checkSteps(at flow.Pos, steps []flow.Step, level stepLevel) {
	if len(steps) == 0 && level == topLevel && !at.IsZero() {
		c.diags.Errorf(at, diag.NoSteps)
	}
	for _, s := range steps {
		c.checkStep(s, level)
	}
}

func (c *checker) checkStep(s flow.Step, level stepLevel) {
	_, hasAnd := s.Pos.Keys["dan"]
	_, hasOr := s.Pos.Keys["atau"]
	_, hasRoute := s.Pos.Keys["langkah"]
	switch {
	case level == inRoute && (hasAnd || hasOr || hasRoute):
		c.diags.Errorf(s.Pos, diag.NestedInRoute)
	case hasAnd && hasOr:
		c.diags.Errorf(s.Pos, diag.StepBothGroups)
	case (hasAnd || hasOr) && level == inGroup:
		c.diags.Errorf(s.Pos, diag.NestedGroup)
	case hasRoute && level == topLevel:
		c.diags.Errorf(s.Pos.Of("langkah"), diag.RouteOutsideGroup)
	case hasAnd && len(s.And) < 2:
		c.diags.Errorf(s.Pos.Of("dan"), diag.GroupTooSmall, diag.WordAnd, len(s.And))
	case hasOr && len(s.Or) < 2:
		c.diags.Errorf(s.Pos.Of("atau"), diag.GroupTooSmall, diag.WordOr, len(s.Or))
	case hasRoute:
		c.checkRoute(s)
	case strings.TrimSpace(s.Title) == "" && level == inRoute:
		c.diags.Errorf(s.Pos, diag.EmptyRouteStep)
	case !hasAnd && !hasOr && strings.TrimSpace(s.Title) == "":
		c.diags.Errorf(s.Pos, diag.EmptyStep)
	}
	if (hasAnd || hasOr) && s.Place != "" {
		c.diags.Errorf(s.Pos.Of("tempat"), diag.GroupHasPlace)
	}
	c.duration(s.Pos.Of("waktu"), s.Duration)
	switch {
	case level == topLevel:
		c.checkSteps(s.Pos, s.And, inGroup)
		c.checkSteps(s.Pos, s.Or, inGroup)
	case level == inGroup && hasRoute:
		c.checkSteps(s.Pos, s.Steps, inRoute)
	}
}

// checkRoute checks an entry of a group that has steps of its own: it has
// a name to choose it by, more than one step (a single one is the entry
// itself), and leaves where, who and how long to each of its steps.
func (c *checker) checkRoute(s flow.Step) {
	if strings.TrimSpace(s.Title) == "" {
		c.diags.Errorf(s.Pos, diag.RouteNeedsTitle)
	}
	if len(s.Steps) < 2 {
		c.diags.Errorf(s.Pos.Of("langkah"), diag.RouteTooShort, len(s.Steps))
	}
	for _, key := range []string{"tempat", "pelaku", "waktu"} {
		if _, ok := s.Pos.Keys[key]; ok {
			c.diags.Errorf(s.Pos.Of(key), diag.RouteHasTaskField, key)
		}
	}
}
