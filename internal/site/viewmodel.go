package site

// The view model: what each page's template receives as front matter under
// the key "alur". It is computed here, in Go, so templates only lay it out.
//
// Escaping rule: every string is plain text that templates auto-escape,
// except fields whose JSON name ends in
//   - "_html": rendered by internal/markdown (raw HTML off) or by
//     internal/diagram; templates pass them through safeHTML;
//   - "_js": JSON-LD from internal/export, HTML-escaped here; safeJS;
// and the "tel" fields, which hold only "tel:+" and digits; safeURL.
// theme_test.go checks that templates mark nothing else safe.

// pageView is the front matter of a generated page.
type pageView struct {
	Title       string   `json:"title"`
	Layout      string   `json:"layout,omitempty"`
	Description string   `json:"description,omitempty"`
	Lastmod     string   `json:"lastmod,omitempty"`
	Sitemap     *sitemap `json:"sitemap,omitempty"`
	URL         string   `json:"url,omitempty"`
	Alur        any      `json:"alur"`
}

type sitemap struct {
	Disable bool `json:"disable"`
}

// crumb is one breadcrumb link. Kind picks how the theme words it:
// "home", "kecamatan" and "kelurahan" wrap Name in an i18n phrase, "layanan"
// is the services list, "" shows Name as it is.
type crumb struct {
	Kind string `json:"kind,omitempty"`
	Name string `json:"name,omitempty"`
	Href string `json:"href"` // relative to the language root, for relLangURL
}

type durationView struct {
	Min  int    `json:"min"`
	Max  int    `json:"max"`
	Unit string `json:"unit"` // i18n key suffix: minutes, hours, workdays, days, weeks
}

type dayRange struct {
	First int `json:"first"` // weekday, Monday 0; the theme names it with i18n day_<n>
	Last  int `json:"last"`
}

type contactView struct {
	Phone    string `json:"phone,omitempty"`
	Tel      string `json:"tel,omitempty"` // tel:+<digits>, safe
	WhatsApp string `json:"whatsapp,omitempty"`
	WAURL    string `json:"wa_url,omitempty"`
	Email    string `json:"email,omitempty"`
	Website  string `json:"website,omitempty"`
}

// locationView is where a step happens or an office stands.
type locationView struct {
	Kind       string      `json:"kind"` // "place" inside the kelurahan office, or "agency"
	ID         string      `json:"id,omitempty"`
	Name       string      `json:"name"`
	Directions string      `json:"directions,omitempty"` // place: the way from the entrance
	Floor      int         `json:"floor,omitempty"`      // place: only when above the ground floor
	StepFree   *bool       `json:"step_free,omitempty"`  // place: reachable without stairs, when known
	Address    string      `json:"address,omitempty"`
	OSMURL     string      `json:"osm_url,omitempty"`
	Contact    contactView `json:"contact"`
	HoursHTML  string      `json:"hours_html,omitempty"`
	NoteHTML   string      `json:"note_html,omitempty"`
	Example    bool        `json:"example,omitempty"`
}

type channelView struct {
	Name     string      `json:"name"`
	URL      string      `json:"url,omitempty"`
	SMS      string      `json:"sms,omitempty"`
	Contact  contactView `json:"contact"`
	NoteHTML string      `json:"note_html,omitempty"`
}

type handlerView struct {
	Name    string        `json:"name"`
	Role    string        `json:"role"`
	Contact contactView   `json:"contact"`
	Place   *locationView `json:"place,omitempty"`
}

// complaintsView is everything a resident needs to complain about a service.
type complaintsView struct {
	TextHTML string        `json:"text_html,omitempty"` // the service's own words, if any
	Handler  *handlerView  `json:"handler,omitempty"`
	Channels []channelView `json:"channels,omitempty"` // the office's, then the city's
	Days     int           `json:"days"`               // how long after the service one may complain
}

type costView struct {
	Free      bool   `json:"free"`
	Amount    string `json:"amount,omitempty"` // Rp10.000
	Varies    string `json:"varies,omitempty"` // what a fee that varies is reckoned by
	LegalHTML string `json:"legal_html,omitempty"`
	NoteHTML  string `json:"note_html,omitempty"`
	// Other are the costs the resident bears beyond the fee, and Total
	// what the fee and their fixed amounts come to.
	Other []otherCostView `json:"other,omitempty"`
	Total string          `json:"total,omitempty"`
}

type otherCostView struct {
	Name     string `json:"name"`
	Amount   string `json:"amount,omitempty"` // Rp10.000 each
	Count    int    `json:"count,omitempty"`  // when more than one was written
	Where    string `json:"where,omitempty"`
	NoteHTML string `json:"note_html,omitempty"`
}

type requirementView struct {
	Document string `json:"document"`
	Form     string `json:"form,omitempty"` // asli, fotokopi, asli-dan-fotokopi, isian: i18n form_<form>
	Count    int    `json:"count"`
	NoteHTML string `json:"note_html,omitempty"`
}

// caseView is the requirements needed only in one case.
type caseView struct {
	When  string            `json:"when"`
	Items []requirementView `json:"items"`
}

type requirementsView struct {
	Always []requirementView `json:"always"`
	Cases  []caseView        `json:"cases,omitempty"`
}

// documents are the documents of r, always first, then case by case.
func (r requirementsView) documents() []string {
	var docs []string
	for _, q := range r.Always {
		docs = append(docs, q.Document)
	}
	for _, c := range r.Cases {
		for _, q := range c.Items {
			docs = append(docs, q.Document)
		}
	}
	return docs
}

// stepView is one step; "and" and "or" steps hold their parts in Steps,
// and a route (a part with steps of its own) its steps.
type stepView struct {
	Key        string        `json:"key,omitempty"`    // top-level steps only (stepKeys)
	ID         string        `json:"id"`               // anchor, unique on the page
	Number     int           `json:"number,omitempty"` // top-level steps only
	Label      string        `json:"label"`            // 6, 6a, 6a.1 (flow.ResolvedStep.Label)
	Kind       string        `json:"kind"`             // task, and, or, route
	Routes     bool          `json:"routes,omitempty"` // a group with routes: its parts show their labels
	Rejoin     int           `json:"rejoin,omitempty"` // with Routes: the step the routes meet at; 0 at the end
	Title      string        `json:"title,omitempty"`
	DetailHTML string        `json:"detail_html,omitempty"`
	Actor      string        `json:"actor,omitempty"`
	Duration   *durationView `json:"duration,omitempty"`
	Optional   bool          `json:"optional,omitempty"`
	When       string        `json:"when,omitempty"`
	Where      *locationView `json:"where,omitempty"`
	Steps      []stepView    `json:"steps,omitempty"`
}

type componentView struct {
	Number int    `json:"number"` // Permenpan RB 15/2014 numbering; the theme names it with i18n comp_<n>
	HTML   string `json:"text_html"`
}

// hoursGroup is a run of weekdays with the same service windows.
type hoursGroup struct {
	Days    []dayRange   `json:"days"`
	Windows []windowView `json:"windows"`
}

type windowView struct {
	Open   string      `json:"open"`
	Close  string      `json:"close"`
	Breaks []breakView `json:"breaks,omitempty"`
}

type breakView struct {
	From  string `json:"from"`
	Until string `json:"until"`
}

// dayHours is one row of the weekly table. Spans are the open minutes after
// midnight with breaks cut out, "480-720 780-900", for the open-now script.
type dayHours struct {
	Day     int          `json:"day"`
	Windows []windowView `json:"windows,omitempty"`
	Spans   string       `json:"spans,omitempty"`
}

type hoursView struct {
	Week      []dayHours   `json:"week"`    // Monday to Sunday
	Summary   []hoursGroup `json:"summary"` // compact form for service pages and print
	ClosedDay bool         `json:"closed_days,omitempty"`
	NoteHTML  string       `json:"note_html,omitempty"` // holidays
	// Spans are the seven days' spans (dayHours.Spans), Monday first,
	// joined by "|": the open-now line reads them wherever it stands.
	Spans string `json:"spans"`
	// Closed are the holidays and closures still to come when the site
	// was built; ClosedData is the same for the open-now script.
	Closed     []closedView `json:"closed,omitempty"`
	ClosedData string       `json:"closed_data,omitempty"`
	// DutyData is the roster for the open-now line, which names who is on
	// duty during a break: "days from until place|names" per shift, days
	// as 0-6 (Monday first), times in minutes.
	DutyData string `json:"duty_data,omitempty"`
}

// closedView is a day or run of days the office is closed.
type closedView struct {
	From  string `json:"from"`
	Until string `json:"until"`
	Name  string `json:"name"`
	Kind  string `json:"kind"`
}

type personView struct {
	Name    string      `json:"name"`
	Role    string      `json:"role,omitempty"`
	Contact contactView `json:"contact"`
}

type dutyView struct {
	Days  []dayRange   `json:"days"`
	From  string       `json:"from"`
	Until string       `json:"until"`
	Staff []personView `json:"staff"`
	Place string       `json:"place,omitempty"` // where residents find them
}

// officeRef is a short reference to an office, for links and headers.
type officeRef struct {
	ID        string      `json:"id"`
	Name      string      `json:"name"`
	Href      string      `json:"href"`
	Kecamatan string      `json:"kecamatan"`
	KecHref   string      `json:"kecamatan_href"`
	Address   string      `json:"address,omitempty"`
	OSMURL    string      `json:"osm_url,omitempty"`
	Contact   contactView `json:"contact"`
	Example   bool        `json:"example,omitempty"`
}

// serviceRef is a service in a list.
type serviceRef struct {
	ID       string        `json:"id"`
	Name     string        `json:"name"`
	Lang     string        `json:"lang,omitempty"` // of Name and Summary, when not the page's
	Short    string        `json:"short,omitempty"`
	Href     string        `json:"href"`
	Summary  string        `json:"summary,omitempty"`
	Duration *durationView `json:"duration,omitempty"`
	Free     bool          `json:"free,omitempty"`
	Local    bool          `json:"local,omitempty"` // only this office offers it
}

type groupView struct {
	ID       string       `json:"id,omitempty"`
	Name     string       `json:"name,omitempty"` // empty for services in no group: the theme says "other"
	Services []serviceRef `json:"services"`
}

type notOfferedView struct {
	Name       string `json:"name"`
	Href       string `json:"href"` // the city standard's page: where else it is offered
	ReasonHTML string `json:"reason_html,omitempty"`
}

// serviceView is a service as one office delivers it: /kelurahan/<o>/<s>/.
type serviceView struct {
	// Sheet is what the printed checklist adds at its foot: the page's
	// address and its QR code.
	Sheet        sheetView        `json:"sheet"`
	ID           string           `json:"id"`
	Name         string           `json:"name"`
	NameLang     string           `json:"name_lang,omitempty"` // of Name and Summary, when not the page's
	Short        string           `json:"short,omitempty"`
	Aliases      []string         `json:"aliases,omitempty"`
	Group        string           `json:"group,omitempty"`
	Summary      string           `json:"summary"`
	AudienceHTML string           `json:"audience_html"`
	Local        bool             `json:"local,omitempty"`
	StandardHref string           `json:"standard_href,omitempty"` // the city-standard page, which a local service has not
	NoteHTML     string           `json:"note_html,omitempty"`     // the office's override note
	ReasonHTML   string           `json:"reason_html,omitempty"`   // why this office differs
	Duration     *durationView    `json:"duration,omitempty"`
	Cost         costView         `json:"cost"`
	ProductHTML  string           `json:"product_html"`
	Start        *locationView    `json:"start,omitempty"` // where the first step happens
	Requirements requirementsView `json:"requirements"`
	Steps        []stepView       `json:"steps,omitempty"`
	DiagramHTML  string           `json:"diagram_html,omitempty"`
	LegalHTML    []string         `json:"legal_html,omitempty"`
	Complaints   *complaintsView  `json:"complaints,omitempty"`
	Components   []componentView  `json:"components,omitempty"` // standard components 8-14 that are given
	Checked      string           `json:"checked,omitempty"`    // YYYY-MM-DD the content was last checked
	Generated    string           `json:"generated"`            // YYYY-MM-DD of the build, when Checked is empty
	Office       officeRef        `json:"office"`
	Hours        *hoursView       `json:"hours,omitempty"`
	Example      bool             `json:"example,omitempty"`
	JSONLD       string           `json:"jsonld_js,omitempty"`
	Crumbs       []crumb          `json:"crumbs"`
	Keys         partKeys         `json:"keys"`
	// Documents are the requirements' documents in order, which the
	// feedback form offers to report (feedback.html).
	Documents []string `json:"documents,omitempty"`
}

// officeView is a kelurahan office: /kelurahan/<o>/.
type officeView struct {
	officeRef
	Code       string           `json:"code"`
	Aliases    []string         `json:"aliases,omitempty"`
	Hours      hoursView        `json:"hours"`
	Roster     []dutyView       `json:"roster,omitempty"`
	Places     []locationView   `json:"places"`
	Facilities []string         `json:"facilities,omitempty"`
	Access     []string         `json:"access,omitempty"`
	Complaints complaintsView   `json:"complaints"`
	PledgeHTML string           `json:"pledge_html,omitempty"`
	Groups     []groupView      `json:"groups"`
	NotOffered []notOfferedView `json:"not_offered,omitempty"`
	JSONLD     string           `json:"jsonld_js,omitempty"`
	Crumbs     []crumb          `json:"crumbs"`
	// Inspections, when the city publishes them: where the server
	// answers the office's inspection figures.
	Inspections *inspectionsView `json:"inspections,omitempty"`
}

// inspectionsView is where an office's public inspection figures are.
type inspectionsView struct {
	JSON string `json:"json"` // what the page's script reads
	Page string `json:"page"` // the same for readers without JavaScript
}

// districtView is a kecamatan: /kecamatan/<k>/.
type districtView struct {
	ID       string         `json:"id"`
	Name     string         `json:"name"`
	Code     string         `json:"code"`
	Href     string         `json:"href"`
	Office   locationView   `json:"office"`             // the kecamatan office
	Agencies []locationView `json:"agencies,omitempty"` // KUA, Polsek, ... of this kecamatan
	Offices  []officeRef    `json:"offices"`
	Crumbs   []crumb        `json:"crumbs,omitempty"`
}

// homeView is the city: /.
type homeView struct {
	City      string         `json:"city"`
	Province  string         `json:"province,omitempty"`
	Website   string         `json:"website,omitempty"`
	Districts []districtView `json:"districts"`
	Popular   []serviceRef   `json:"popular,omitempty"`
	Groups    []groupView    `json:"groups"`
	Channels  []channelView  `json:"channels,omitempty"`
	Agencies  []locationView `json:"agencies,omitempty"`
	Search    searchView     `json:"search"`
}

// standardView is a city-standard service and who offers it: /layanan/<s>/.
type standardView struct {
	ID           string           `json:"id"`
	Name         string           `json:"name"`
	NameLang     string           `json:"name_lang,omitempty"`
	Short        string           `json:"short,omitempty"`
	Aliases      []string         `json:"aliases,omitempty"`
	Group        string           `json:"group,omitempty"`
	Summary      string           `json:"summary"`
	AudienceHTML string           `json:"audience_html"`
	Duration     *durationView    `json:"duration,omitempty"`
	Cost         costView         `json:"cost"`
	ProductHTML  string           `json:"product_html"`
	Requirements requirementsView `json:"requirements"`
	LegalHTML    []string         `json:"legal_html,omitempty"`
	Checked      string           `json:"checked,omitempty"`
	Offered      []districtOffers `json:"offered"`
	NotOffered   []officeReason   `json:"not_offered,omitempty"`
	Crumbs       []crumb          `json:"crumbs"`
}

// districtOffers lists the offices of one kecamatan that offer a service.
type districtOffers struct {
	Name    string       `json:"name"`
	Href    string       `json:"href"`
	Offices []serviceRef `json:"offices"` // Name is the office, Href its page for the service
}

type officeReason struct {
	Office     string `json:"office"`
	Href       string `json:"href"`
	ReasonHTML string `json:"reason_html,omitempty"`
}

// standardsView lists every city service: /layanan/.
type standardsView struct {
	Groups []groupView `json:"groups"`
	Crumbs []crumb     `json:"crumbs"`
}

// officesView lists every office: /kelurahan/ (and /kecamatan/).
type officesView struct {
	Districts []districtView `json:"districts"`
	Crumbs    []crumb        `json:"crumbs"`
}

// searchView feeds the search form's selects.
type searchView struct {
	Districts []searchDistrict `json:"districts"`
}

type searchDistrict struct {
	ID      string         `json:"id"`
	Name    string         `json:"name"`
	Offices []searchOffice `json:"offices"`
}

type searchOffice struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// searchPage is the /cari/ shell.
type searchPage struct {
	Search searchView `json:"search"`
	Crumbs []crumb    `json:"crumbs"`
}

// goneView is the page left at the path of a removed page.
type goneView struct {
	Name        string `json:"name"`
	Instead     string `json:"instead"`                // relative to the language root, for relLangURL
	InsteadName string `json:"instead_name,omitempty"` // a page's name, or
	InsteadList string `json:"instead_list,omitempty"` // the i18n key of a list page's
}

// sheetView is the address of a page, for the printed checklist to carry
// away: in full for the QR code, short for typing in.
type sheetView struct {
	URL       string `json:"url"`
	Short     string `json:"short"`
	QRPath    string `json:"qr_path"` // numbers and path letters only
	QRViewBox string `json:"qr_viewbox"`
	// The office's satisfaction survey, for residents to answer after
	// their visit (the same code as the office's printed poster).
	SurveyShort     string `json:"survey_short"`
	SurveyQRPath    string `json:"survey_qr_path,omitempty"`
	SurveyQRViewBox string `json:"survey_qr_viewbox,omitempty"`
}
