package export

import (
	"fmt"

	"github.com/alurlayanan/alur/internal/flow"
)

// CatalogVersion is the version of the /katalog.json shape. Adding a key is
// not a new version; removing or renaming one, or changing what a value
// means, is.
const CatalogVersion = 1

// The types below are the shape of /katalog.json, version 1. Keys are
// English snake_case; each field's comment names the YAML key it comes
// from. Rules that hold throughout:
//   - lists are always present, empty as [];
//   - optional text is left out when staff wrote none;
//   - fields marked Markdown hold the Markdown staff wrote (raw HTML is never
//     rendered by the site; render it the same way or show it as text);
//   - ids are slugs (^[a-z0-9]+(-[a-z0-9]+)*$), unique within their list,
//     and the same as in the site's URLs;
//   - order is the site's: kecamatan as in kota.yaml, offices by kecamatan
//     then name, an office's services by group then name.

// CatalogJSON is the whole document.
type CatalogJSON struct {
	Version   int      `json:"version"`             // CatalogVersion
	Generated string   `json:"generated,omitempty"` // the day the site was built, YYYY-MM-DD
	URL       string   `json:"url"`                 // where this file is published
	City      CityJSON `json:"city"`
	// FreeBasis is the legal basis for free services (dasar_hukum_gratis),
	// Markdown.
	FreeBasis         string          `json:"free_basis,omitempty"`
	ComplaintChannels []ChannelJSON   `json:"complaint_channels"` // saluran_pengaduan of the city
	Groups            []GroupJSON     `json:"groups"`             // kelompok_layanan
	Agencies          []AgencyJSON    `json:"agencies"`           // instansi of the city
	Kecamatan         []KecamatanJSON `json:"kecamatan"`
	Services          []StandardJSON  `json:"services"` // the city-standard services (layanan/*.yaml), by name
	Offices           []OfficeJSON    `json:"offices"`
}

// CityJSON is kota in kota.yaml.
type CityJSON struct {
	ID       string `json:"id"`
	Name     string `json:"name"`               // nama
	Province string `json:"province,omitempty"` // provinsi
	Code     string `json:"code,omitempty"`     // kode, Kemendagri
	Website  string `json:"website,omitempty"`  // situs
	Example  bool   `json:"example"`            // contoh: some data is still a placeholder
}

// ChannelJSON is a complaint channel (saluran_pengaduan).
type ChannelJSON struct {
	Name     string `json:"name"`
	URL      string `json:"url,omitempty"`
	Phone    string `json:"phone,omitempty"`
	SMS      string `json:"sms,omitempty"`
	WhatsApp string `json:"whatsapp,omitempty"`
	Email    string `json:"email,omitempty"`
	Note     string `json:"note,omitempty"` // keterangan, Markdown
}

// GroupJSON is a service group (kelompok_layanan).
type GroupJSON struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// AgencyJSON is an office outside the kelurahan (instansi), or a
// kecamatan's own office (kantor).
type AgencyJSON struct {
	ID          string           `json:"id"`
	Kind        string           `json:"kind,omitempty"` // jenis: rt-rw, kecamatan, dispendukcapil, kua, ...
	Name        string           `json:"name"`
	Address     string           `json:"address,omitempty"`
	Coordinates *CoordinatesJSON `json:"coordinates,omitempty"`
	Contact     ContactJSON      `json:"contact"`
	Hours       string           `json:"hours,omitempty"` // jam_layanan, Markdown
	Note        string           `json:"note,omitempty"`  // keterangan, Markdown
	Does        []string         `json:"does"`            // melayani: what residents mistake for kelurahan work
	Example     bool             `json:"example"`
}

// CoordinatesJSON is a WGS84 point (koordinat).
type CoordinatesJSON struct {
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
}

// ContactJSON is kontak; every field is optional.
type ContactJSON struct {
	Phone    string `json:"phone,omitempty"`
	WhatsApp string `json:"whatsapp,omitempty"`
	Email    string `json:"email,omitempty"`
	Website  string `json:"website,omitempty"`
}

// KecamatanJSON is a kecamatan with the ids of its kelurahan offices.
type KecamatanJSON struct {
	ID       string       `json:"id"`
	Name     string       `json:"name"`
	Code     string       `json:"code"`
	Aliases  []string     `json:"aliases"` // nama_lain
	URL      string       `json:"url"`
	Office   AgencyJSON   `json:"office"`   // kantor; its id is "kecamatan"
	Agencies []AgencyJSON `json:"agencies"` // instansi of this kecamatan
	Offices  []string     `json:"offices"`  // ids in Offices
}

// StandardJSON is a city-standard service and the offices that deliver it.
type StandardJSON struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Short      string   `json:"short,omitempty"` // singkatan
	Aliases    []string `json:"aliases"`
	Situations []string `json:"situations"`      // situasi
	Group      string   `json:"group,omitempty"` // id in Groups
	Summary    string   `json:"summary"`         // ringkasan
	URL        string   `json:"url"`
	Offices    []string `json:"offices"` // ids of the offices that deliver it
}

// OfficeJSON is a kelurahan office.
type OfficeJSON struct {
	ID               string           `json:"id"`
	Name             string           `json:"name"`
	Aliases          []string         `json:"aliases"`
	Kecamatan        string           `json:"kecamatan"` // id in Kecamatan
	Code             string           `json:"code"`
	URL              string           `json:"url"`
	ServiceListURL   string           `json:"service_list_url"` // the Open311 service list
	Address          string           `json:"address"`
	Coordinates      *CoordinatesJSON `json:"coordinates,omitempty"`
	Contact          ContactJSON      `json:"contact"`
	Hours            []HoursJSON      `json:"hours"`              // jam_layanan
	Closures         string           `json:"closures,omitempty"` // libur, Markdown
	Roster           []DutyJSON       `json:"roster"`             // piket
	Places           []PlaceJSON      `json:"places"`             // tempat
	Facilities       []string         `json:"facilities"`         // fasilitas
	Accessibility    []string         `json:"accessibility"`      // akses_disabilitas
	ComplaintHandler *HandlerJSON     `json:"complaint_handler,omitempty"`
	Channels         []ChannelJSON    `json:"complaint_channels"` // the office's own, besides the city's
	Pledge           string           `json:"pledge,omitempty"`   // maklumat, Markdown
	Example          bool             `json:"example"`
	Services         []ServiceJSON    `json:"services"`
	NotOffered       []NotOfferedJSON `json:"not_offered"`
}

// HoursJSON is one jam_layanan entry. Times are HH:MM, 24-hour.
type HoursJSON struct {
	Days   []string    `json:"days"` // senin ... minggu
	Open   string      `json:"open"`
	Close  string      `json:"close"`
	Breaks []BreakJSON `json:"breaks"`
}

// BreakJSON is a pause inside service hours.
type BreakJSON struct {
	From  string `json:"from"`
	Until string `json:"until"`
}

// DutyJSON is a shift of the duty roster.
type DutyJSON struct {
	Days  []string     `json:"days"`
	From  string       `json:"from"`
	Until string       `json:"until"`
	Staff []PersonJSON `json:"staff"`
}

// PersonJSON is a member of staff on duty.
type PersonJSON struct {
	Name  string `json:"name"`
	Role  string `json:"role,omitempty"`
	Phone string `json:"phone,omitempty"`
}

// PlaceJSON is a desk or room inside the office.
type PlaceJSON struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	Directions string `json:"directions"`
	Floor      int    `json:"floor"`               // 1 when not written
	StepFree   *bool  `json:"step_free,omitempty"` // absent when unknown
}

// HandlerJSON is the official who handles complaints at the office.
type HandlerJSON struct {
	Name  string `json:"name"`
	Role  string `json:"role"`
	Phone string `json:"phone,omitempty"`
	Email string `json:"email,omitempty"`
	Place string `json:"place,omitempty"` // id in the office's places
}

// NotOfferedJSON is a city service the office sends residents elsewhere for.
type NotOfferedJSON struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	URL    string `json:"url"`    // the city-standard page
	Reason string `json:"reason"` // alasan, Markdown
}

// ServiceJSON is a service as one office delivers it: the city standard
// with the office's changes applied, or the office's own service.
type ServiceJSON struct {
	ID           string            `json:"id"`
	Name         string            `json:"name"`
	Short        string            `json:"short,omitempty"`
	Aliases      []string          `json:"aliases"`
	Situations   []string          `json:"situations"` // situasi
	Group        string            `json:"group,omitempty"`
	Local        bool              `json:"local"`                  // defined by this office, not by the city
	URL          string            `json:"url"`                    // this office's page for it
	StandardURL  string            `json:"standard_url,omitempty"` // the city standard's page; absent when local
	Popular      bool              `json:"popular"`                // sering_dicari
	Summary      string            `json:"summary"`
	Audience     string            `json:"audience"` // untuk, Markdown
	Requirements []RequirementJSON `json:"requirements"`
	Steps        []StepJSON        `json:"steps"`
	Duration     *DurationJSON     `json:"duration,omitempty"` // jangka_waktu, required in YAML
	Cost         CostJSON          `json:"cost"`
	Product      string            `json:"product"`              // produk, Markdown
	Complaints   string            `json:"complaints,omitempty"` // pengaduan, Markdown
	LegalBasis   []string          `json:"legal_basis"`          // dasar_hukum, Markdown each
	Standard     StandardParts     `json:"standard"`
	OfficeNote   string            `json:"office_note,omitempty"`   // keterangan of the office's ubah_layanan, Markdown
	OfficeReason string            `json:"office_reason,omitempty"` // alasan of the office's ubah_layanan, Markdown
	Checked      string            `json:"checked,omitempty"`       // diperiksa, YYYY-MM-DD
	MissingParts []int             `json:"missing_components"`      // numbers (1-14) of the Permenpan RB 15/2014 components left empty
}

// StandardParts are the internal components 8-14 of the service standard,
// Markdown each, absent when not written.
type StandardParts struct {
	Facilities  string `json:"facilities,omitempty"`  // 8 sarana
	Competence  string `json:"competence,omitempty"`  // 9 kompetensi_pelaksana
	Supervision string `json:"supervision,omitempty"` // 10 pengawasan_internal
	Staffing    string `json:"staffing,omitempty"`    // 11 jumlah_pelaksana
	Guarantee   string `json:"guarantee,omitempty"`   // 12 jaminan_pelayanan
	Safety      string `json:"safety,omitempty"`      // 13 jaminan_keamanan
	Evaluation  string `json:"evaluation,omitempty"`  // 14 evaluasi_kinerja
}

// RequirementJSON is a document to bring (persyaratan).
type RequirementJSON struct {
	Document string `json:"document"`
	Form     string `json:"form,omitempty"` // asli, fotokopi, asli-dan-fotokopi, isian
	Count    int    `json:"count"`          // 1 when not written
	When     string `json:"when,omitempty"` // jika: only needed in this case
	Note     string `json:"note,omitempty"` // Markdown
}

// StepJSON is a step (langkah). A group has And or Or (never both), no
// place, and its parts have number 0. A part may be a route: its own Steps,
// in order, after which the flow goes on with the next top-level step.
type StepJSON struct {
	Number   int           `json:"number,omitempty"` // 1-based among the top-level steps
	Label    string        `json:"label"`            // as residents read it: 6, 6a (a part), 6a.1 (a route's step)
	Title    string        `json:"title,omitempty"`
	Detail   string        `json:"detail,omitempty"` // keterangan, Markdown
	Where    *WhereJSON    `json:"where,omitempty"`  // absent for a group or a step done at home
	Actor    string        `json:"actor,omitempty"`  // pelaku
	Duration *DurationJSON `json:"duration,omitempty"`
	Optional bool          `json:"optional"`
	When     string        `json:"when,omitempty"`
	And      []StepJSON    `json:"and,omitempty"`   // parts done together
	Or       []StepJSON    `json:"or,omitempty"`    // alternatives: one of them
	Steps    []StepJSON    `json:"steps,omitempty"` // a route's own steps, in order
}

// WhereJSON is where a step happens, resolved for the office: a place inside
// it (inside: true) or another office (inside: false), with what a resident
// needs to find it.
type WhereJSON struct {
	Inside      bool             `json:"inside"`
	ID          string           `json:"id"` // place id, "kecamatan", or agency id
	Name        string           `json:"name"`
	Directions  string           `json:"directions,omitempty"`  // inside only
	Floor       int              `json:"floor,omitempty"`       // inside only
	Kind        string           `json:"kind,omitempty"`        // agency kind, outside only
	Address     string           `json:"address,omitempty"`     // outside only
	Coordinates *CoordinatesJSON `json:"coordinates,omitempty"` // outside only
}

// DurationJSON is a duration as written and as numbers; min equals max
// unless a range was written.
type DurationJSON struct {
	Text    string `json:"text"` // in Bahasa Indonesia, tidied: "1-3 hari kerja"
	Min     int    `json:"min"`
	Max     int    `json:"max"`
	Unit    string `json:"unit"`    // menit, jam, hari kerja, hari, minggu
	ISO8601 string `json:"iso8601"` // the upper bound, a working day counted as a day
}

// CostJSON is what a service costs, in rupiah.
type CostJSON struct {
	Free       bool   `json:"free"`
	Amount     int    `json:"amount"`           // 0 when free or when the fee varies
	Varies     string `json:"varies,omitempty"` // what a fee that varies is reckoned by
	Currency   string `json:"currency"`         // always IDR
	LegalBasis string `json:"legal_basis,omitempty"`
	Note       string `json:"note,omitempty"`
}

// Catalog exports the whole resolved catalog as /katalog.json: see
// CatalogJSON for the shape.
func Catalog(cat *flow.Catalog, base flow.BaseURL) ([]byte, error) {
	st := site{base}
	if cat == nil {
		return nil, fmt.Errorf("export: no catalog")
	}
	doc := CatalogJSON{
		Version:           CatalogVersion,
		Generated:         string(cat.Generated),
		URL:               st.catalog(),
		City:              CityJSON{ID: cat.City.ID, Name: cat.City.Name, Province: cat.City.Province, Code: cat.City.Code, Website: cat.City.Website, Example: cat.City.Example},
		FreeBasis:         string(cat.FreeBasis),
		ComplaintChannels: channels(cat.Channels),
		Groups:            make([]GroupJSON, 0, len(cat.Groups)),
		Agencies:          make([]AgencyJSON, 0, len(cat.Agencies)),
		Kecamatan:         make([]KecamatanJSON, 0, len(cat.Districts)),
		Services:          make([]StandardJSON, 0, len(cat.Standards)),
		Offices:           make([]OfficeJSON, 0, len(cat.Offices)),
	}
	for _, g := range cat.Groups {
		doc.Groups = append(doc.Groups, GroupJSON{ID: g.ID, Name: g.Name})
	}
	for _, a := range cat.Agencies {
		doc.Agencies = append(doc.Agencies, agency(a))
	}
	for _, d := range cat.Districts {
		doc.Kecamatan = append(doc.Kecamatan, kecamatan(st, d))
	}
	doc.Services = standards(st, cat)
	for _, o := range cat.Offices {
		oj, err := officeJSON(st, o)
		if err != nil {
			return nil, err
		}
		doc.Offices = append(doc.Offices, oj)
	}
	return marshal(doc)
}

// list returns a copy that is never nil, so it marshals as [] not null.
func list[T any](xs []T) []T { return append(make([]T, 0, len(xs)), xs...) }

func channels(cs []flow.Channel) []ChannelJSON {
	out := make([]ChannelJSON, 0, len(cs))
	for _, c := range cs {
		out = append(out, ChannelJSON{Name: c.Name, URL: c.URL, Phone: c.Phone, SMS: c.SMS, WhatsApp: c.WhatsApp, Email: c.Email, Note: string(c.Note)})
	}
	return out
}

func agency(a *flow.Agency) AgencyJSON {
	return AgencyJSON{
		ID: a.ID, Kind: a.Kind, Name: a.Name, Address: a.Address, Coordinates: coordinates(a.Coordinates),
		Contact: contact(a.Contact), Hours: string(a.Hours), Note: string(a.Note), Does: list(a.Does), Example: a.Example,
	}
}

func coordinates(c *flow.Coordinates) *CoordinatesJSON {
	if c == nil {
		return nil
	}
	return &CoordinatesJSON{Lat: c.Lat, Lon: c.Lon}
}

func contact(c flow.Contact) ContactJSON {
	return ContactJSON{Phone: c.Phone, WhatsApp: c.WhatsApp, Email: c.Email, Website: c.Website}
}

func kecamatan(st site, d *flow.District) KecamatanJSON {
	k := KecamatanJSON{
		ID: d.ID, Name: d.Name, Code: d.Code, Aliases: list(d.Aliases), URL: st.kecamatan(d.ID),
		Agencies: make([]AgencyJSON, 0, len(d.Agencies)), Offices: make([]string, 0, len(d.Offices)),
	}
	if d.Office != nil {
		k.Office = agency(d.Office)
	} else {
		k.Office = agency(&flow.Agency{ID: "kecamatan", Kind: "kecamatan", AgencyInfo: flow.AgencyInfo{Reach: d.Kecamatan.Office.Reach, Hours: flow.Markdown(d.Week.Text())}})
	}
	for i := range d.Agencies {
		k.Agencies = append(k.Agencies, agency(&d.Agencies[i]))
	}
	for _, o := range d.Offices {
		k.Offices = append(k.Offices, o.ID)
	}
	return k
}

func standards(st site, cat *flow.Catalog) []StandardJSON {
	out := make([]StandardJSON, 0, len(cat.Standards))
	for _, def := range cat.Standards {
		s := StandardJSON{
			ID: def.ID, Name: def.Name, Short: def.Short, Aliases: list(def.Aliases), Situations: list(def.Situations), Group: def.Group,
			Summary: def.Summary, URL: st.standard(def.ID), Offices: []string{},
		}
		for _, o := range cat.Offices {
			for _, os := range o.Services {
				if os.Def == def {
					s.Offices = append(s.Offices, o.ID)
					break
				}
			}
		}
		out = append(out, s)
	}
	return out
}

// dayNames writes weekdays as the YAML does (senin ... minggu).
func dayNames(days []flow.Weekday) []string {
	out := make([]string, 0, len(days))
	for _, d := range days {
		out = append(out, d.String())
	}
	return out
}

func officeJSON(st site, o *flow.Office) (OfficeJSON, error) {
	oj := OfficeJSON{
		ID: o.ID, Name: o.Name, Aliases: list(o.Aliases), Kecamatan: o.Kecamatan, Code: o.Code,
		URL: st.office(o.ID), ServiceListURL: st.serviceList(o.ID), Address: o.Address,
		Coordinates: coordinates(o.Coordinates), Contact: contact(o.Contact),
		Hours: make([]HoursJSON, 0, len(o.Hours)), Closures: string(o.Closures),
		Roster: make([]DutyJSON, 0, len(o.Roster)), Places: make([]PlaceJSON, 0, len(o.Places)),
		Facilities: list(o.Facilities), Accessibility: list(o.Access), Channels: channels(o.Channels),
		Pledge: string(o.Pledge), Example: o.Example,
		Services: make([]ServiceJSON, 0, len(o.Services)), NotOffered: make([]NotOfferedJSON, 0, len(o.NotOffered)),
	}
	for _, h := range o.Week.Hours {
		hj := HoursJSON{Days: dayNames(h.Days), Open: h.Open.String(), Close: h.Close.String(), Breaks: make([]BreakJSON, 0, len(h.Breaks))}
		for _, b := range h.Breaks {
			hj.Breaks = append(hj.Breaks, BreakJSON{From: b.From.String(), Until: b.Until.String()})
		}
		oj.Hours = append(oj.Hours, hj)
	}
	for _, d := range o.Week.Duty {
		dj := DutyJSON{Days: dayNames(d.Days), From: d.From.String(), Until: d.Until.String(), Staff: make([]PersonJSON, 0, len(d.Staff))}
		for _, p := range d.Staff {
			dj.Staff = append(dj.Staff, PersonJSON{Name: p.Name, Role: p.Role, Phone: p.Phone})
		}
		oj.Roster = append(oj.Roster, dj)
	}
	for i := range o.Places {
		oj.Places = append(oj.Places, placeJSON(&o.Places[i]))
	}
	if h := o.Handler; h != nil {
		oj.ComplaintHandler = &HandlerJSON{Name: h.Name, Role: h.Role, Phone: h.Phone, Email: h.Email, Place: h.Place}
	}
	for _, s := range o.Services {
		oj.Services = append(oj.Services, serviceJSON(st, s))
	}
	for _, n := range o.NotOffered {
		oj.NotOffered = append(oj.NotOffered, NotOfferedJSON{ID: n.Def.ID, Name: n.Def.Name, URL: st.standard(n.Def.ID), Reason: string(n.Reason)})
	}
	return oj, nil
}

func placeJSON(p *flow.Place) PlaceJSON {
	floor := p.Floor
	if floor == 0 {
		floor = 1
	}
	return PlaceJSON{ID: p.ID, Name: p.Name, Directions: p.Directions, Floor: floor, StepFree: p.StepFree}
}

func serviceJSON(st site, s *flow.Service) ServiceJSON {
	def := s.Def
	sj := ServiceJSON{
		ID: s.ID, Name: s.Name, Short: def.Short, Aliases: list(def.Aliases), Situations: list(def.Situations), Local: s.Local,
		URL: st.service(s.Office.ID, s.ID), Popular: def.Popular, Summary: def.Summary, Audience: string(def.Audience),
		Requirements: make([]RequirementJSON, 0, len(s.Requirements)), Steps: steps(s.Steps),
		Duration: duration(s.Duration), Cost: cost(s.Cost), Product: string(def.Product),
		Complaints: string(def.Complaints), LegalBasis: make([]string, 0, len(def.LegalBasis)),
		Standard: StandardParts{
			Facilities: string(def.Facilities), Competence: string(def.Competence), Supervision: string(def.Supervision),
			Staffing: string(def.Staffing), Guarantee: string(def.Guarantee), Safety: string(def.Safety), Evaluation: string(def.Evaluation),
		},
		OfficeNote: string(s.Note), Checked: string(def.Checked), MissingParts: list(s.MissingComponents()),
	}
	if s.Group != nil {
		sj.Group = s.Group.ID
	}
	if !s.Local {
		sj.StandardURL = st.standard(s.ID)
	}
	if s.Override != nil {
		sj.OfficeReason = string(s.Override.Reason)
	}
	for _, r := range s.Requirements {
		count := r.Count
		if count == 0 {
			count = 1
		}
		sj.Requirements = append(sj.Requirements, RequirementJSON{Document: r.Document, Form: r.Form, Count: count, When: r.When, Note: string(r.Note)})
	}
	for _, l := range def.LegalBasis {
		sj.LegalBasis = append(sj.LegalBasis, string(l))
	}
	return sj
}

func steps(ss []*flow.ResolvedStep) []StepJSON {
	out := make([]StepJSON, 0, len(ss))
	for _, s := range ss {
		sj := StepJSON{
			Number: s.Number, Label: s.Label, Title: s.Title, Detail: string(s.Detail), Where: where(s.Where), Actor: s.Actor,
			Optional: s.Optional, When: s.When,
		}
		if !s.Duration.IsZero() {
			sj.Duration = duration(s.Duration)
		}
		if len(s.And) > 0 {
			sj.And = steps(s.And)
		}
		if len(s.Or) > 0 {
			sj.Or = steps(s.Or)
		}
		if s.IsRoute() {
			sj.Steps = steps(s.Steps)
		}
		out = append(out, sj)
	}
	return out
}

func where(l flow.Location) *WhereJSON {
	switch {
	case l.Place != nil:
		p := placeJSON(l.Place)
		return &WhereJSON{Inside: true, ID: p.ID, Name: p.Name, Directions: p.Directions, Floor: p.Floor}
	case l.Agency != nil:
		a := l.Agency
		return &WhereJSON{ID: a.ID, Name: a.Name, Kind: a.Kind, Address: a.Address, Coordinates: coordinates(a.Coordinates)}
	}
	return nil
}

func duration(d flow.Duration) *DurationJSON {
	if d.IsZero() {
		return nil
	}
	return &DurationJSON{Text: d.String(), Min: d.Min, Max: d.Max, Unit: string(d.Unit), ISO8601: d.ISO8601()}
}

func cost(c flow.Cost) CostJSON {
	amount := c.Amount
	if c.IsFree() || c.Varies != "" {
		amount = 0
	}
	return CostJSON{Free: c.IsFree(), Amount: amount, Varies: c.Varies, Currency: "IDR", LegalBasis: string(c.LegalBasis), Note: string(c.Note)}
}
