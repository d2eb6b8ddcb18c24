package export

import (
	"fmt"
	"strings"

	"github.com/alurlayanan/alur/internal/flow"
)

const schemaOrg = "https://schema.org"

// The schema.org types below hold only the properties we fill; field order
// is output order.

type governmentService struct {
	Context          string          `json:"@context"`
	Type             string          `json:"@type"`
	ID               string          `json:"@id"`
	URL              string          `json:"url"`
	Name             string          `json:"name"`
	AlternateName    []string        `json:"alternateName,omitempty"`
	Description      string          `json:"description,omitempty"`
	ServiceType      string          `json:"serviceType,omitempty"`
	Audience         *audience       `json:"audience,omitempty"`
	Provider         *office         `json:"provider"`
	ServiceOperator  *node           `json:"serviceOperator"`
	AreaServed       *area           `json:"areaServed,omitempty"`
	AvailableChannel *serviceChannel `json:"availableChannel"`
	Offers           *offer          `json:"offers"`
	ServiceOutput    *thing          `json:"serviceOutput,omitempty"`
	SubjectOf        *howTo          `json:"subjectOf,omitempty"`
	InLanguage       string          `json:"inLanguage,omitempty"`
}

// node is a reference to a node described elsewhere in the same document.
type node struct {
	ID string `json:"@id"`
}

type thing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

type audience struct {
	Type         string `json:"@type"`
	AudienceType string `json:"audienceType"`
}

type office struct {
	Context                   string         `json:"@context,omitempty"`
	Type                      string         `json:"@type"`
	ID                        string         `json:"@id"`
	URL                       string         `json:"url"`
	Name                      string         `json:"name"`
	AlternateName             []string       `json:"alternateName,omitempty"`
	Identifier                string         `json:"identifier,omitempty"`
	Address                   *postalAddress `json:"address,omitempty"`
	Geo                       *geo           `json:"geo,omitempty"`
	Telephone                 string         `json:"telephone,omitempty"`
	Email                     string         `json:"email,omitempty"`
	SameAs                    []string       `json:"sameAs,omitempty"`
	ParentOrganization        *organization  `json:"parentOrganization,omitempty"`
	AreaServed                *area          `json:"areaServed,omitempty"`
	OpeningHoursSpecification []hoursSpec    `json:"openingHoursSpecification,omitempty"`
	// SpecialOpeningHours are the holidays and closures: schema.org
	// writes a day closed as opens = closes = 00:00.
	SpecialOpeningHours []specialHours `json:"specialOpeningHoursSpecification,omitempty"`
	HasOfferCatalog     *offerCatalog  `json:"hasOfferCatalog,omitempty"`
}

type organization struct {
	Type    string         `json:"@type"`
	Name    string         `json:"name"`
	Address *postalAddress `json:"address,omitempty"`
}

type postalAddress struct {
	Type           string `json:"@type"`
	StreetAddress  string `json:"streetAddress"`
	AddressCountry string `json:"addressCountry"`
}

type geo struct {
	Type      string  `json:"@type"`
	Latitude  float64 `json:"latitude"`
	Longitude float64 `json:"longitude"`
}

type area struct {
	Type             string `json:"@type"`
	Name             string `json:"name"`
	Identifier       string `json:"identifier,omitempty"`
	ContainedInPlace *area  `json:"containedInPlace,omitempty"`
}

type serviceChannel struct {
	Type              string        `json:"@type"`
	Name              string        `json:"name"`
	ServiceURL        string        `json:"serviceUrl"`
	ServiceLocation   *place        `json:"serviceLocation"`
	ServicePhone      *contactPoint `json:"servicePhone,omitempty"`
	ProcessingTime    string        `json:"processingTime,omitempty"`
	AvailableLanguage []language    `json:"availableLanguage"`
}

type place struct {
	Type    string         `json:"@type"`
	Name    string         `json:"name"`
	Address *postalAddress `json:"address,omitempty"`
	Geo     *geo           `json:"geo,omitempty"`
}

type contactPoint struct {
	Type      string `json:"@type"`
	Telephone string `json:"telephone"`
	Email     string `json:"email,omitempty"`
}

type language struct {
	Type          string `json:"@type"`
	Name          string `json:"name"`
	AlternateName string `json:"alternateName"`
}

type offer struct {
	Type          string `json:"@type"`
	Price         *int   `json:"price,omitempty"` // none when the fee varies
	PriceCurrency string `json:"priceCurrency"`
	Description   string `json:"description,omitempty"`
	ItemOffered   *item  `json:"itemOffered,omitempty"`
}

type item struct {
	Type string `json:"@type"`
	ID   string `json:"@id"`
	Name string `json:"name"`
	URL  string `json:"url"`
}

type offerCatalog struct {
	Type            string `json:"@type"`
	Name            string `json:"name"`
	ItemListElement []any  `json:"itemListElement"`
}

type specialHours struct {
	Type         string `json:"@type"`
	Name         string `json:"name"`
	ValidFrom    string `json:"validFrom"`
	ValidThrough string `json:"validThrough"`
	Opens        string `json:"opens"`
	Closes       string `json:"closes"`
}

// closedDays are an office's closures as special opening hours.
func closedDays(cs []flow.Closure) []specialHours {
	out := make([]specialHours, 0, len(cs))
	for _, c := range cs {
		out = append(out, specialHours{Type: "OpeningHoursSpecification", Name: c.Name, ValidFrom: string(c.From), ValidThrough: string(c.Until), Opens: "00:00", Closes: "00:00"})
	}
	return out
}

type hoursSpec struct {
	Type      string   `json:"@type"`
	DayOfWeek []string `json:"dayOfWeek"`
	Opens     string   `json:"opens"`
	Closes    string   `json:"closes"`
}

type howTo struct {
	Type          string        `json:"@type"`
	Name          string        `json:"name"`
	InLanguage    string        `json:"inLanguage"`
	TotalTime     string        `json:"totalTime,omitempty"`
	EstimatedCost any           `json:"estimatedCost"` // a monetaryAmount, or text when the fee varies
	Supply        []howToSupply `json:"supply,omitempty"`
	Step          []any         `json:"step"`
}

type monetaryAmount struct {
	Type     string `json:"@type"`
	Currency string `json:"currency"`
	Value    int    `json:"value"`
}

type howToSupply struct {
	Type             string `json:"@type"`
	Name             string `json:"name"`
	RequiredQuantity int    `json:"requiredQuantity"`
	Description      string `json:"description,omitempty"`
}

type howToStep struct {
	Type         string `json:"@type"`
	Position     int    `json:"position"`
	Name         string `json:"name"`
	Text         string `json:"text"`
	TimeRequired string `json:"timeRequired,omitempty"`
}

type howToSection struct {
	Type            string `json:"@type"`
	Position        int    `json:"position"`
	Name            string `json:"name"`
	Description     string `json:"description,omitempty"`
	ItemListOrder   string `json:"itemListOrder"`
	ItemListElement []any  `json:"itemListElement"` // howToStep, or a route's howToSection
}

var indonesianLanguage = language{Type: "Language", Name: "Bahasa Indonesia", AlternateName: "id"}

// ServiceJSONLD describes one service as one office delivers it, as a
// schema.org GovernmentService whose steps and requirements are a HowTo
// (subjectOf). It is meant for the service page's
// <script type="application/ld+json">.
func ServiceJSONLD(s *flow.Service, base flow.BaseURL) ([]byte, error) {
	st := site{base}
	if s == nil || s.Office == nil || s.Office.OfficeFile == nil {
		return nil, errNoOffice
	}
	o := s.Office
	pageURL := st.service(o.ID, s.ID)
	def := s.Def
	if def == nil {
		def = &flow.ServiceDef{}
	}
	gs := governmentService{
		Context:         schemaOrg,
		Type:            "GovernmentService",
		ID:              st.serviceNode(o.ID, s.ID),
		URL:             pageURL,
		Name:            s.Name,
		AlternateName:   alternateNames(def),
		Description:     def.Summary,
		Provider:        officeNode(st, o),
		ServiceOperator: &node{ID: st.officeNode(o.ID)},
		AreaServed:      areaOf(o),
		AvailableChannel: &serviceChannel{
			Type:              "ServiceChannel",
			Name:              "Datang ke " + officeName(o),
			ServiceURL:        pageURL,
			ServiceLocation:   &place{Type: "Place", Name: officeName(o), Address: addressOf(o.Address), Geo: geoOf(o.Coordinates)},
			ServicePhone:      phoneOf(o.Contact),
			ProcessingTime:    s.Duration.ISO8601(),
			AvailableLanguage: []language{indonesianLanguage},
		},
		Offers:     priceOf(s.Cost),
		InLanguage: "id",
	}
	if s.Group != nil {
		gs.ServiceType = s.Group.Name
	}
	if a := text(def.Audience); a != "" {
		gs.Audience = &audience{Type: "Audience", AudienceType: a}
	}
	if p := text(def.Product); p != "" {
		gs.ServiceOutput = &thing{Type: "Thing", Name: p}
	}
	gs.SubjectOf = howToOf(s, o)
	return marshal(gs)
}

func alternateNames(d *flow.ServiceDef) []string {
	var out []string
	if d.Short != "" {
		out = append(out, d.Short)
	}
	return append(out, d.Aliases...)
}

// officeNode is the office as the provider of a service: who and where,
// without its catalogue.
func officeNode(st site, o *flow.Office) *office {
	return &office{
		Type:       "GovernmentOffice",
		ID:         st.officeNode(o.ID),
		URL:        st.office(o.ID),
		Name:       officeName(o),
		Identifier: o.Code,
		Address:    addressOf(o.Address),
		Geo:        geoOf(o.Coordinates),
		Telephone:  o.Contact.Phone,
		Email:      o.Contact.Email,
	}
}

func addressOf(street string) *postalAddress {
	if street == "" {
		return nil
	}
	return &postalAddress{Type: "PostalAddress", StreetAddress: street, AddressCountry: "ID"}
}

func geoOf(c *flow.Coordinates) *geo {
	if c == nil {
		return nil
	}
	return &geo{Type: "GeoCoordinates", Latitude: c.Lat, Longitude: c.Lon}
}

func phoneOf(c flow.Contact) *contactPoint {
	phone := c.Phone
	if phone == "" {
		phone = c.WhatsApp
	}
	if phone == "" {
		return nil
	}
	return &contactPoint{Type: "ContactPoint", Telephone: phone, Email: c.Email}
}

// areaOf is the kelurahan as an administrative area inside its kecamatan.
func areaOf(o *flow.Office) *area {
	a := &area{Type: "AdministrativeArea", Name: "Kelurahan " + o.Name, Identifier: o.Code}
	if d := o.District; d != nil {
		a.ContainedInPlace = &area{Type: "AdministrativeArea", Name: "Kecamatan " + d.Name, Identifier: d.Code}
	}
	return a
}

func priceOf(c flow.Cost) *offer {
	o := &offer{Type: "Offer", PriceCurrency: "IDR", Description: text(c.LegalBasis)}
	switch {
	case c.Varies != "":
		o.Description = strings.TrimSpace(variesText(c) + ". " + o.Description)
	case c.IsFree():
		o.Price = new(0)
	default:
		o.Price = new(c.Amount)
	}
	return o
}

func variesText(c flow.Cost) string { return "Tidak tetap, dihitung menurut " + c.Varies }

// estimatedCost is what a resident pays: an amount, or in words when the
// fee varies.
func estimatedCost(c flow.Cost) any {
	if c.Varies != "" {
		return variesText(c)
	}
	return &monetaryAmount{Type: "MonetaryAmount", Currency: "IDR", Value: *priceOf(c).Price}
}

// howToOf is what to bring and what to do, in order.
func howToOf(s *flow.Service, o *flow.Office) *howTo {
	h := &howTo{
		Type:          "HowTo",
		Name:          fmt.Sprintf("Cara mengurus %s di %s", s.Name, officeName(o)),
		InLanguage:    "id",
		TotalTime:     s.Duration.ISO8601(),
		EstimatedCost: estimatedCost(s.Cost),
		Step:          []any{},
	}
	for _, r := range s.Requirements {
		h.Supply = append(h.Supply, supplyOf(r))
	}
	for i, st := range s.Steps {
		h.Step = append(h.Step, stepOf(st, i+1))
	}
	return h
}

func supplyOf(r flow.Requirement) howToSupply {
	var notes []string
	if l := formLabel(r.Form); l != "" {
		notes = append(notes, l)
	}
	if r.When != "" {
		notes = append(notes, "Hanya jika "+r.When)
	}
	if n := text(r.Note); n != "" {
		notes = append(notes, n)
	}
	count := r.Count
	if count == 0 {
		count = 1
	}
	return howToSupply{Type: "HowToSupply", Name: r.Document, RequiredQuantity: count, Description: sentences(notes)}
}

// stepOf is a single step as a HowToStep, and a group as a HowToSection of
// its parts: unordered for "and" (done together), and described as a choice
// for "or", which schema.org has no word for.
func stepOf(s *flow.ResolvedStep, position int) any {
	if !s.IsGroup() {
		return singleStep(s, position)
	}
	parts, name, desc := s.And, "Lakukan semua", "Lakukan semua langkah berikut, urutannya bebas."
	if len(s.Or) > 0 {
		parts, name, desc = s.Or, "Pilih salah satu", "Pilih salah satu langkah berikut, sesuai keadaan Anda."
	}
	if s.Title != "" {
		name = s.Title
	}
	if extra := stepNotes(s); extra != "" {
		desc += " " + extra
	}
	sec := howToSection{Type: "HowToSection", Position: position, Name: name, Description: desc,
		ItemListOrder: "https://schema.org/ItemListUnordered"}
	for i, p := range parts {
		sec.ItemListElement = append(sec.ItemListElement, partOf(p, i+1))
	}
	return sec
}

// partOf is a part of a group: a single step, or a route as a section of
// its own whose steps are done in order.
func partOf(s *flow.ResolvedStep, position int) any {
	if !s.IsRoute() {
		return singleStep(s, position)
	}
	route := howToSection{Type: "HowToSection", Position: position, Name: s.Title, Description: stepNotes(s),
		ItemListOrder: "https://schema.org/ItemListOrderAscending"}
	for i, st := range s.Steps {
		route.ItemListElement = append(route.ItemListElement, singleStep(st, i+1))
	}
	return route
}

func singleStep(s *flow.ResolvedStep, position int) howToStep {
	return howToStep{Type: "HowToStep", Position: position, Name: s.Title, Text: stepText(s), TimeRequired: s.Duration.ISO8601()}
}

// stepText says where, who, when and how, in sentences.
func stepText(s *flow.ResolvedStep) string {
	var parts []string
	switch {
	case s.Where.Place != nil:
		parts = append(parts, "Tempat: "+s.Where.Place.Name)
	case s.Where.Agency != nil:
		parts = append(parts, "Di luar kantor kelurahan: "+s.Where.Agency.Name)
	}
	if s.Actor != "" {
		parts = append(parts, "Pelaku: "+s.Actor)
	}
	if n := stepNotes(s); n != "" {
		parts = append(parts, n)
	}
	if d := text(s.Detail); d != "" {
		parts = append(parts, d)
	}
	if len(parts) == 0 {
		return s.Title
	}
	return sentences(parts)
}

func stepNotes(s *flow.ResolvedStep) string {
	var notes []string
	if s.Optional {
		notes = append(notes, "Opsional")
	}
	if s.When != "" {
		notes = append(notes, "Jika "+s.When)
	}
	return sentences(notes)
}

// sentences joins phrases into sentences, each ending with a full stop.
func sentences(parts []string) string {
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if !strings.ContainsAny(p[len(p)-1:], ".!?") {
			p += "."
		}
		out = append(out, p)
	}
	return strings.Join(out, " ")
}

// OfficeJSONLD describes a kelurahan office as a schema.org
// GovernmentOffice: where it is, how to reach it, when it serves (a break
// splits a day into two opening-hours specifications), and the services it
// offers, grouped as in the city's list.
func OfficeJSONLD(o *flow.Office, base flow.BaseURL) ([]byte, error) {
	st := site{base}
	if o == nil || o.OfficeFile == nil {
		return nil, errNoOffice
	}
	g := officeNode(st, o)
	g.Context = schemaOrg
	g.AlternateName = o.Aliases
	if o.Contact.Website != "" {
		g.SameAs = []string{o.Contact.Website}
	}
	if d := o.District; d != nil {
		g.ParentOrganization = &organization{Type: "GovernmentOrganization", Name: "Kecamatan " + d.Name, Address: addressOf(d.Office.Address)}
	}
	g.AreaServed = areaOf(o)
	g.OpeningHoursSpecification = openingHours(o.Week)
	g.SpecialOpeningHours = closedDays(o.Closed)
	g.HasOfferCatalog = offersOf(st, o)
	return marshal(g)
}

func openingHours(week flow.Week) []hoursSpec {
	var out []hoursSpec
	for _, h := range week.Hours {
		days := make([]string, 0, len(h.Days))
		for _, d := range h.Days {
			days = append(days, d.ISO())
		}
		for _, w := range h.Windows() {
			out = append(out, hoursSpec{Type: "OpeningHoursSpecification", DayOfWeek: days, Opens: w.From.String(), Closes: w.Until.String()})
		}
	}
	return out
}

// offersOf lists the office's services, one sub-catalogue per group in the
// order the office lists them (by group, then name).
func offersOf(st site, o *flow.Office) *offerCatalog {
	cat := &offerCatalog{Type: "OfferCatalog", Name: "Layanan " + officeName(o), ItemListElement: []any{}}
	var current *offerCatalog
	for _, s := range o.Services {
		of := priceOf(s.Cost)
		if of.Price != nil {
			of.Description = "" // the service's own page gives the legal basis
		}
		of.ItemOffered = &item{Type: "GovernmentService", ID: st.serviceNode(o.ID, s.ID), Name: s.Name, URL: st.service(o.ID, s.ID)}
		if s.Group == nil {
			cat.ItemListElement = append(cat.ItemListElement, of)
			current = nil
			continue
		}
		if current == nil || current.Name != s.Group.Name {
			current = &offerCatalog{Type: "OfferCatalog", Name: s.Group.Name, ItemListElement: []any{}}
			cat.ItemListElement = append(cat.ItemListElement, current)
		}
		current.ItemListElement = append(current.ItemListElement, of)
	}
	return cat
}
