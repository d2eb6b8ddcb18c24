package site

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/memo"
	"github.com/alurlayanan/alur/internal/qrsvg"
)

// complaintDays is how long after a service a resident may complain
// (UU 25/2009 and its implementing rules).
const complaintDays = 30

// viewer computes the views of one language.
type viewer struct {
	cat   *flow.Catalog
	lang  string
	base  flow.BaseURL // the site's base URL; structured data always names the Indonesian pages, whose data it carries
	root  string       // path of this language's root: / or /en/
	parts parts
	// serviceLDs are the services' JSON-LD made so far, shared by the
	// viewers of every language; nil to make each afresh.
	serviceLDs *memo.Memo[*flow.Service, string]
	// shared collects the parts pages share for Hugo's data; nil keeps
	// them in each page.
	shared sharedParts
	// diagrams are the flow diagrams drawn so far, by the key of the
	// steps they draw.
	diagrams map[string]string
	// hours are the last office's hours and their key: every service
	// page of an office shows them, and pages are made office by office.
	hours struct {
		office *flow.Office
		view   *hoursView
		key    string
	}
}

// hoursFor is o's hours view and its key, made once for o's services.
func (v *viewer) hoursFor(o *flow.Office) (*hoursView, string) {
	if v.hours.office != o {
		view := hoursOf(o, v.cat.Generated)
		v.hours.office, v.hours.view, v.hours.key = o, &view, v.key("hours", &view)
	}
	return v.hours.view, v.hours.key
}

// Site paths from flow's URL scheme, relative to a language's root (the
// theme passes them through relLangURL, which adds /en/ for English).
func officePath(o *flow.Office) string     { return relative(o.Path()) }
func servicePath(s *flow.Service) string   { return relative(s.Path()) }
func districtPath(d *flow.District) string { return relative(d.Path()) }
func standardPath(id string) string        { return relative(flow.StandardPath(id)) }
func relative(path string) string          { return strings.TrimPrefix(path, "/") }

// example marks one item as example data. A city whose data are all examples
// says so once, in a banner on every page, not on every item.
func (v *viewer) example(own bool) bool { return own }

func contactOf(c flow.Contact) contactView {
	return contactView{
		Phone: c.Phone, Tel: telURI(c.Phone),
		WhatsApp: c.WhatsApp, WAURL: waURL(c.WhatsApp),
		Email: c.Email, Website: c.Website,
	}
}

func placeView(p *flow.Place) locationView {
	l := locationView{Kind: "place", ID: p.ID, Name: p.Name, Directions: p.Directions, StepFree: p.StepFree}
	if p.Floor > 1 {
		l.Floor = p.Floor
	}
	return l
}

func (v *viewer) agencyView(id string, a *flow.AgencyInfo) locationView {
	return locationView{
		Kind: "agency", ID: id, Name: a.Name, Address: a.Address, OSMURL: a.Coordinates.MapURL(),
		Contact: contactOf(a.Contact), HoursHTML: inline(a.Hours), NoteHTML: inline(a.Note),
		Example: v.example(a.Example),
	}
}

func (v *viewer) location(l flow.Location) *locationView {
	switch {
	case l.Place != nil:
		p := placeView(l.Place)
		return &p
	case l.Agency != nil:
		a := v.agencyView(l.Agency.ID, &l.Agency.AgencyInfo)
		return &a
	}
	return nil
}

func (v *viewer) officeRef(o *flow.Office) officeRef {
	return officeRef{
		ID: o.ID, Name: o.Name, Href: officePath(o),
		Kecamatan: o.District.Name, KecHref: districtPath(o.District),
		Address: o.Address, OSMURL: o.Coordinates.MapURL(), Contact: contactOf(o.Contact),
		Example: v.example(o.Example),
	}
}

func costOf(c flow.Cost) costView {
	cv := costView{Free: c.IsFree(), Varies: c.Varies, LegalHTML: inline(c.LegalBasis), NoteHTML: inline(c.Note)}
	if !cv.Free && c.Varies == "" {
		cv.Amount = flow.Rupiah(c.Amount)
	}
	total := 0
	if c.Varies == "" && !cv.Free {
		total = c.Amount
	}
	for _, o := range c.Other {
		ov := otherCostView{Name: o.Name, Count: o.Count, Where: o.Where, NoteHTML: inline(o.Note)}
		if o.Amount > 0 {
			ov.Amount = flow.Rupiah(o.Amount)
		}
		total += o.Total()
		cv.Other = append(cv.Other, ov)
	}
	if len(c.Other) > 0 && total > 0 && c.Varies == "" {
		cv.Total = flow.Rupiah(total)
	}
	return cv
}

// requirementsOf puts what everyone brings first, then what only some
// cases need, grouped by case in the order the cases first appear.
func requirementsOf(rs []flow.Requirement) requirementsView {
	out := requirementsView{Always: []requirementView{}}
	for _, r := range rs {
		item := requirementView{Document: r.Document, Form: r.Form, Count: max(r.Count, 1), NoteHTML: inline(r.Note)}
		when := strings.TrimSpace(r.When)
		if when == "" {
			out.Always = append(out.Always, item)
			continue
		}
		i := slices.IndexFunc(out.Cases, func(c caseView) bool { return c.When == when })
		if i < 0 {
			out.Cases = append(out.Cases, caseView{When: when})
			i = len(out.Cases) - 1
		}
		out.Cases[i].Items = append(out.Cases[i].Items, item)
	}
	return out
}

func (v *viewer) steps(steps []*flow.ResolvedStep, idPrefix string) []stepView {
	out := make([]stepView, 0, len(steps))
	for i, st := range steps {
		sv := stepView{
			ID: fmt.Sprintf("%s-%d", idPrefix, i+1), Number: st.Number, Label: st.Label, Kind: "task",
			Title: st.Title, DetailHTML: html(st.Detail), Actor: st.Actor,
			Duration: durationOf(st.Duration), Optional: st.Optional, When: st.When,
			Where: v.location(st.Where),
		}
		switch {
		case len(st.And) > 0:
			sv.Kind, sv.Steps = "and", v.steps(st.And, sv.ID)
		case len(st.Or) > 0:
			sv.Kind, sv.Steps = "or", v.steps(st.Or, sv.ID)
		case st.IsRoute():
			sv.Kind, sv.Steps = "route", v.steps(st.Steps, sv.ID)
		}
		if st.HasRoutes() {
			sv.Routes, sv.Rejoin = true, st.Rejoin
		}
		out = append(out, sv)
	}
	return out
}

// start is where a resident goes first: the first step's place, or the
// place all parts of a first "and" step share. A first "or" step has no
// single start.
func start(steps []stepView) *locationView {
	if len(steps) == 0 {
		return nil
	}
	first := steps[0]
	switch first.Kind {
	case "task":
		return first.Where
	case "and":
		var at *locationView
		for _, s := range first.Steps {
			if s.Where == nil || (at != nil && (s.Where.Kind != at.Kind || s.Where.ID != at.ID)) {
				return nil
			}
			at = s.Where
		}
		return at
	}
	return nil
}

func (v *viewer) complaints(o *flow.Office, text flow.Markdown) complaintsView {
	c := complaintsView{TextHTML: html(text), Days: complaintDays}
	if h := o.Handler; h != nil {
		hv := &handlerView{Name: h.Name, Role: h.Role, Contact: contactView{Phone: h.Phone, Tel: telURI(h.Phone), Email: h.Email}}
		for i := range o.Places {
			if o.Places[i].ID == h.Place {
				p := placeView(&o.Places[i])
				hv.Place = &p
			}
		}
		c.Handler = hv
	}
	for _, ch := range slices.Concat(o.Channels, v.cat.Channels) {
		c.Channels = append(c.Channels, channelView{
			Name: ch.Name, URL: ch.URL, SMS: ch.SMS, NoteHTML: inline(ch.Note),
			Contact: contactView{Phone: ch.Phone, Tel: telURI(ch.Phone), WhatsApp: ch.WhatsApp, WAURL: waURL(ch.WhatsApp), Email: ch.Email},
		})
	}
	return c
}

// components lists the internal components of the standard (8-14) that the
// service gives.
func components(d *flow.ServiceDef) []componentView {
	texts := []flow.Markdown{d.Facilities, d.Competence, d.Supervision, d.Staffing, d.Guarantee, d.Safety, d.Evaluation}
	var out []componentView
	for i, t := range texts {
		if strings.TrimSpace(string(t)) != "" {
			out = append(out, componentView{Number: 8 + i, HTML: html(t)})
		}
	}
	return out
}

// hoursOf is an office's week and its closures from since on.
func hoursOf(o *flow.Office, since flow.Date) hoursView {
	var week [7][]windowView
	var spans [7][]string
	for _, h := range o.Week.Hours {
		w := windowView{Open: h.Open.String(), Close: h.Close.String()}
		for _, b := range h.Breaks {
			w.Breaks = append(w.Breaks, breakView{From: b.From.String(), Until: b.Until.String()})
		}
		open := openSpans(h)
		for _, d := range h.Days {
			week[d] = append(week[d], w)
			spans[d] = append(spans[d], open...)
		}
	}
	hv := hoursView{NoteHTML: html(o.Closures)}
	daySpans := make([]string, 7)
	for d := range 7 {
		daySpans[d] = strings.Join(spans[d], " ")
		hv.Week = append(hv.Week, dayHours{Day: d, Windows: week[d], Spans: daySpans[d]})
		if len(week[d]) == 0 {
			hv.ClosedDay = true
		}
	}
	hv.Spans = strings.Join(daySpans, "|")
	hv.Closed, hv.ClosedData = closuresFrom(o.Closed, since)
	hv.DutyData = dutyData(o.Week.Duty)
	hv.Summary = summarize(week)
	return hv
}

// openSpans are the windows the office serves under h, as "from-until" in
// minutes after midnight, for the script that says "open now".
func openSpans(h flow.Shift) []string {
	windows := h.Windows()
	out := make([]string, 0, len(windows))
	for _, w := range windows {
		out = append(out, fmt.Sprintf("%d-%d", w.From, w.Until))
	}
	return out
}

// summarize groups the days that share the same windows, in week order.
func summarize(week [7][]windowView) []hoursGroup {
	var keys []string
	days := map[string][]flow.Weekday{}
	windows := map[string][]windowView{}
	for d, ws := range week {
		if len(ws) == 0 {
			continue
		}
		k := fmt.Sprint(ws)
		if _, seen := days[k]; !seen {
			keys = append(keys, k)
			windows[k] = ws
		}
		days[k] = append(days[k], flow.Weekday(d))
	}
	var out []hoursGroup
	for _, k := range keys {
		out = append(out, hoursGroup{Days: dayRanges(days[k]), Windows: windows[k]})
	}
	return out
}

func roster(o *flow.Office) []dutyView {
	var out []dutyView
	for _, d := range o.Week.Duty {
		dv := dutyView{Days: dayRanges(d.Days), From: d.From.String(), Until: d.Until.String(), Place: placeName(d.Place)}
		for _, p := range d.Staff {
			dv.Staff = append(dv.Staff, personView{Name: p.Name, Role: p.Role, Contact: contactView{Phone: p.Phone, Tel: telURI(p.Phone)}})
		}
		out = append(out, dv)
	}
	return out
}

func (v *viewer) serviceRefOf(s *flow.Service) serviceRef {
	name, summary, lang := s.Def.In(v.lang)
	return serviceRef{
		ID: s.ID, Name: name, Short: flow.ShortShown(s.Name, s.Def.Short), Href: servicePath(s), Summary: summary,
		Lang: v.textLang(lang), Duration: durationOf(s.Duration), Free: s.Cost.IsFree(), Local: s.Local,
	}
}

// textLang is the lang attribute for text in lang on this viewer's pages:
// empty when it is the page's own.
func (v *viewer) textLang(lang string) string {
	if lang == v.lang {
		return ""
	}
	return lang
}

// officeGroups lists an office's services by group; the resolver has sorted
// them by group already.
func (v *viewer) officeGroups(o *flow.Office) []groupView {
	var out []groupView
	for _, s := range o.Services {
		id, name := "", ""
		if s.Group != nil {
			id, name = s.Group.ID, s.Group.Name
		}
		if len(out) == 0 || out[len(out)-1].ID != id {
			out = append(out, groupView{ID: id, Name: name})
		}
		out[len(out)-1].Services = append(out[len(out)-1].Services, v.serviceRefOf(s))
	}
	return out
}

// standardGroups lists the city's services by the city's groups, then those
// in no known group.
func (v *viewer) standardGroups() []groupView {
	byGroup := map[string][]serviceRef{}
	for _, d := range v.cat.Standards {
		byGroup[d.Group] = append(byGroup[d.Group], v.standardRef(d))
	}
	var out []groupView
	for _, g := range v.cat.Groups {
		if refs := byGroup[g.ID]; len(refs) > 0 {
			out = append(out, groupView{ID: g.ID, Name: g.Name, Services: refs})
			delete(byGroup, g.ID)
		}
	}
	var rest []serviceRef
	for _, d := range v.cat.Standards {
		if _, left := byGroup[d.Group]; left {
			rest = append(rest, v.standardRef(d))
		}
	}
	if len(rest) > 0 {
		out = append(out, groupView{Services: rest})
	}
	return out
}

func (v *viewer) standardRef(d *flow.ServiceDef) serviceRef {
	dur, _ := flow.ParseDuration(d.Duration)
	name, summary, lang := d.In(v.lang)
	return serviceRef{
		ID: d.ID, Name: name, Short: flow.ShortShown(d.Name, d.Short), Href: standardPath(d.ID), Summary: summary,
		Lang: v.textLang(lang), Duration: durationOf(dur), Free: d.Cost == nil || d.Cost.IsFree(),
	}
}

func legal(ls []flow.Markdown) []string {
	var out []string
	for _, l := range ls {
		out = append(out, inline(l))
	}
	return out
}

func crumbsHome() []crumb { return []crumb{{Kind: "home", Href: ""}} }

func crumbsOffice(o *flow.Office) []crumb {
	return append(crumbsHome(),
		crumb{Kind: "kecamatan", Name: o.District.Name, Href: districtPath(o.District)},
		crumb{Kind: "kelurahan", Name: o.Name, Href: officePath(o)})
}

func (v *viewer) service(s *flow.Service) (serviceView, error) {
	d := s.Def
	name, summary, lang := d.In(v.lang)
	sv := serviceView{
		ID: s.ID, Name: name, NameLang: v.textLang(lang), Short: flow.ShortShown(s.Name, d.Short), Aliases: d.Aliases, Summary: summary,
		AudienceHTML: inline(d.Audience), Local: s.Local, NoteHTML: html(s.Note),
		Duration: durationOf(s.Duration), Cost: costOf(s.Cost), ProductHTML: inline(d.Product),
		Requirements: requirementsOf(s.Requirements), Steps: v.steps(s.Steps, "langkah"),
		LegalHTML: legal(d.LegalBasis), Complaints: ptr(v.complaints(s.Office, d.Complaints)),
		Components: components(d), Checked: string(d.Checked), Generated: string(v.cat.Generated),
		Office: v.officeRef(s.Office), Example: v.example(s.Office.Example),
		Crumbs: crumbsOffice(s.Office),
	}
	if !s.Local {
		sv.StandardHref = standardPath(s.ID)
	}
	url := v.base.Join(v.root + servicePath(s))
	qr, err := qrsvg.Encode(url)
	if err != nil {
		return sv, err
	}
	sv.Sheet = sheetView{URL: url, Short: qrsvg.Short(url), QRPath: qr.Path, QRViewBox: qr.ViewBox}
	surveyURL := v.base.Join(flow.SurveyPath(s.Office.ID))
	sq, err := qrsvg.Encode(surveyURL + "?via=qr") // drawn once per office: qrsvg remembers
	if err != nil {
		return sv, err
	}
	sv.Sheet.SurveyShort, sv.Sheet.SurveyQRPath, sv.Sheet.SurveyQRViewBox = qrsvg.Short(surveyURL), sq.Path, sq.ViewBox
	if s.Group != nil {
		sv.Group = s.Group.Name
	}
	if s.Override != nil {
		sv.ReasonHTML = html(s.Override.Reason)
	}
	sv.Start = start(sv.Steps)
	sv.Documents = sv.Requirements.documents()
	stepsKey := v.stepKeys(sv.Steps)
	sv.DiagramHTML = v.diagram(stepsKey, s.Steps)
	ld, err := v.serviceJSONLD(s)
	if err != nil {
		return sv, fmt.Errorf("JSON-LD of %s at %s: %w", s.ID, s.Office.ID, err)
	}
	sv.JSONLD = ld
	var hoursKey string
	sv.Hours, hoursKey = v.hoursFor(s.Office)
	sv.Keys = v.serviceKeys(&sv, stepsKey, hoursKey)
	return sv, nil
}

// serviceJSONLD is the same in every language (it carries the Indonesian
// page's data), so it is made once per service.
func (v *viewer) serviceJSONLD(s *flow.Service) (string, error) {
	jsonLD := func(s *flow.Service) (string, error) { return v.parts.serviceJSONLD(s, v.base) }
	if v.serviceLDs == nil {
		return jsonLD(s)
	}
	return v.serviceLDs.GetErr(s, jsonLD)
}

func (v *viewer) office(o *flow.Office) (officeView, error) {
	ov := officeView{
		officeRef: v.officeRef(o), Code: o.Code, Aliases: o.Aliases,
		Hours: hoursOf(o, v.cat.Generated), Roster: roster(o), Places: []locationView{},
		Facilities: o.Facilities, Access: o.Access, Complaints: v.complaints(o, ""),
		PledgeHTML: html(o.Pledge), Groups: v.officeGroups(o),
		Crumbs: crumbsOffice(o)[:2],
	}
	for i := range o.Places {
		ov.Places = append(ov.Places, placeView(&o.Places[i]))
	}
	if v.cat.PublicInspections {
		ov.Inspections = &inspectionsView{JSON: flow.InspectionsJSON(o.ID), Page: flow.InspectionsPath(o.ID)}
	}
	for _, n := range o.NotOffered {
		ov.NotOffered = append(ov.NotOffered, notOfferedView{Name: n.Def.Name, Href: standardPath(n.Def.ID), ReasonHTML: inline(n.Reason)})
	}
	ld, err := v.parts.officeJSONLD(o, v.base)
	if err != nil {
		return ov, fmt.Errorf("JSON-LD of %s: %w", o.ID, err)
	}
	ov.JSONLD = ld
	return ov, nil
}

func (v *viewer) district(d *flow.District) districtView {
	dv := districtView{ID: d.ID, Name: d.Name, Code: d.Code, Href: districtPath(d), Offices: []officeRef{}, Crumbs: crumbsHome()}
	if d.Office != nil {
		dv.Office = v.agencyView(d.Office.ID, &d.Office.AgencyInfo)
	} else {
		dv.Office = v.agencyView("kecamatan", &flow.AgencyInfo{Reach: d.Kecamatan.Office.Reach, Hours: flow.Markdown(d.Week.Text())})
	}
	for i := range d.Agencies {
		dv.Agencies = append(dv.Agencies, v.agencyView(d.Agencies[i].ID, &d.Agencies[i].AgencyInfo))
	}
	for _, o := range d.Offices {
		dv.Offices = append(dv.Offices, v.officeRef(o))
	}
	return dv
}

func (v *viewer) districts() []districtView {
	var out []districtView
	for _, d := range v.cat.Districts {
		out = append(out, v.district(d))
	}
	return out
}

func (v *viewer) search() searchView {
	sv := searchView{}
	for _, d := range v.cat.Districts {
		sd := searchDistrict{ID: d.ID, Name: d.Name}
		for _, o := range d.Offices {
			sd.Offices = append(sd.Offices, searchOffice{ID: o.ID, Name: o.Name})
		}
		sv.Districts = append(sv.Districts, sd)
	}
	return sv
}

func (v *viewer) home() homeView {
	h := homeView{
		City: v.cat.City.Name, Province: v.cat.City.Province, Website: v.cat.City.Website,
		Districts: v.districts(), Groups: v.standardGroups(), Search: v.search(),
	}
	for _, d := range v.cat.Standards {
		if d.Popular {
			h.Popular = append(h.Popular, v.standardRef(d))
		}
	}
	for _, ch := range v.cat.Channels {
		h.Channels = append(h.Channels, channelView{
			Name: ch.Name, URL: ch.URL, SMS: ch.SMS, NoteHTML: inline(ch.Note),
			Contact: contactView{Phone: ch.Phone, Tel: telURI(ch.Phone), WhatsApp: ch.WhatsApp, WAURL: waURL(ch.WhatsApp), Email: ch.Email},
		})
	}
	return h
}

func (v *viewer) standard(d *flow.ServiceDef) standardView {
	name, summary, lang := d.In(v.lang)
	dur, _ := flow.ParseDuration(d.Duration)
	cost := flow.Cost{Free: true, LegalBasis: v.cat.FreeBasis}
	if d.Cost != nil {
		cost = *d.Cost
	}
	cost.Other = d.OtherCosts
	sv := standardView{
		ID: d.ID, Name: name, NameLang: v.textLang(lang), Short: flow.ShortShown(d.Name, d.Short), Aliases: d.Aliases, Summary: summary,
		AudienceHTML: inline(d.Audience), Duration: durationOf(dur), Cost: costOf(cost),
		ProductHTML: inline(d.Product), Requirements: requirementsOf(d.Requirements),
		LegalHTML: legal(d.LegalBasis), Checked: string(d.Checked), Offered: []districtOffers{},
		Crumbs: append(crumbsHome(), crumb{Kind: "layanan", Href: "layanan/"}),
	}
	for _, g := range v.cat.Groups {
		if g.ID == d.Group {
			sv.Group = g.Name
		}
	}
	for _, dist := range v.cat.Districts {
		do := districtOffers{Name: dist.Name, Href: districtPath(dist)}
		for _, o := range dist.Offices {
			for _, s := range o.Services {
				if s.Def == d {
					ref := v.serviceRefOf(s)
					ref.Name = o.Name
					do.Offices = append(do.Offices, ref)
				}
			}
			for _, n := range o.NotOffered {
				if n.Def == d {
					sv.NotOffered = append(sv.NotOffered, officeReason{Office: o.Name, Href: officePath(o), ReasonHTML: inline(n.Reason)})
				}
			}
		}
		if len(do.Offices) > 0 {
			sv.Offered = append(sv.Offered, do)
		}
	}
	return sv
}

// closureHorizon is how far ahead of the build the pages list closures.
const closureHorizon = 400 // days

// closuresFrom lists the closures that end on or after since and start
// within closureHorizon of it, for the page's list of coming holidays, and
// as data for the script that says whether the office is open ("from
// until name" per line) those of closureHorizon either side of since.
// Pages are rebuilt far more often than that.
func closuresFrom(all []flow.Closure, since flow.Date) ([]closedView, string) {
	var out []closedView
	var data []string
	horizon, past := since, since
	if t, err := time.Parse(time.DateOnly, string(since)); err == nil {
		horizon = flow.Date(t.AddDate(0, 0, closureHorizon).Format(time.DateOnly))
		past = flow.Date(t.AddDate(0, 0, -closureHorizon).Format(time.DateOnly))
	}
	for _, c := range all {
		if c.Until < past || c.From > horizon {
			continue
		}
		// The script gets the past year's too: a page is read on the day
		// it is read, which a clock set back (a test, a kiosk's wrong
		// date) may put before the build.
		data = append(data, string(c.From)+" "+string(c.Until)+" "+strings.ReplaceAll(c.Name, "\n", " "))
		if c.Until >= since {
			out = append(out, closedView{From: string(c.From), Until: string(c.Until), Name: c.Name, Kind: c.Kind})
		}
	}
	return out, strings.Join(data, "\n")
}

func placeName(p *flow.Place) string {
	if p == nil {
		return ""
	}
	return p.Name
}

// dutyData is the roster as the open-now script reads it (see
// hoursView.DutyData).
func dutyData(duty []flow.DutyShift) string {
	var lines []string
	for _, d := range duty {
		days := make([]string, len(d.Days))
		for i, day := range d.Days {
			days[i] = fmt.Sprint(int(day))
		}
		names := make([]string, len(d.Staff))
		for i, p := range d.Staff {
			names[i] = p.Name
		}
		line := fmt.Sprintf("%s %d %d %s|%s", strings.Join(days, ","), d.From, d.Until, oneLine(placeName(d.Place)), oneLine(strings.Join(names, ", ")))
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// oneLine keeps staff text on one line of a data attribute, and without
// the separator the script splits on.
func oneLine(s string) string {
	return strings.NewReplacer("\n", " ", "\r", " ", "|", "/").Replace(s)
}
