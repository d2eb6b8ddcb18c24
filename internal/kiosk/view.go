package kiosk

import (
	"cmp"
	"html/template"
	"strings"

	"github.com/alurlayanan/alur/internal/locale"

	"github.com/alurlayanan/alur/internal/flow"
)

// The views: what a kiosk page shows, worked out from the catalog, so that
// templates only lay it out.

// frame is what every kiosk page of an office shares. Pages hold it as a
// field, not embedded: html/template finds a promoted field by a search
// that allocates, on each of a page's twenty uses.
type frame struct {
	Title    string
	Page     string // "start" or "service", for the script
	Office   *flow.Office
	City     string
	StartURL string
	Assets   assetURLs
	Idle     int // seconds without a touch before the warning
	Warn     int // seconds the warning gives
	Shared   shared
}

// OfficeName is how residents say it: "Kelurahan Kauman".
func (f frame) OfficeName() string { return officeName(f.Office) }

func officeName(o *flow.Office) string { return "Kelurahan " + o.Name }

// startPage is an office's start screen.
type startPage struct {
	Frame      frame
	Hours      string // the week as JSON for the open-now line
	Closed     string // holidays and closures as JSON for the open-now line
	Week       []hoursRow
	Closures   richText
	Popular    []serviceLink
	Groups     []serviceGroup
	NotOffered []notOffered
	Slides     []serviceLink
	OfficeQR   qrCode
	Handler    *handlerView
	Channels   []channelView
	Keyboard   keyboard
}

// serviceLink is a button for one service.
type serviceLink struct {
	ID, URL, Name, Short, Summary string
	Keywords                      string // what the search falls back on without the search API
	Steps, Documents              int
}

type serviceGroup struct {
	Name     locale.Text
	Services []serviceLink
}

type notOffered struct {
	Name   string
	Reason richText
}

type handlerView struct {
	Name, Role, Phone, Email, Place string
}

type channelView struct {
	Name, Phone, SMS, WhatsApp, Email string
	Note                              richText
	Web                               *qrCode
}

// keyboard is the on-screen keyboard: a letter layer and a number layer.
type keyboard struct {
	Letters, Numbers []string // one string of keys per row
}

var kioskKeyboard = keyboard{
	Letters: []string{"qwertyuiop", "asdfghjkl", "zxcvbnm"},
	// Residents search for form numbers (F1.01, N1), RT/RW and NIK.
	Numbers: []string{"1234567890", "-/.()"},
}

// Keys splits a row into its keys for the template.
func (keyboard) Keys(row string) []string { return strings.Split(row, "") }

// servicePage is one service in kiosk view.
type servicePage struct {
	Frame                frame
	Name, Short, Summary string
	Duration             string
	Cost                 costView
	Product              richText
	Note                 richText
	Complaints           richText
	Steps                []stepView
	StepsHTML            template.HTML // Steps rendered (stepsHTML)
	Requirements         []requirementView
	Elsewhere            []placeCard
	QR                   qrCode
	Hear                 hearView
	Keyboard             keyboard
}

type costView struct {
	Free   bool
	Amount string // "Rp5.000"
	Varies string // what a fee that varies is reckoned by, instead of Amount
	Note   richText
	Other  []otherCostView // what the resident pays beyond the fee
}

type otherCostView struct {
	Name, Amount, Where string
	Count               int
}

// stepView is a step, or a group of steps done together or chosen between.
type stepView struct {
	Number   int    // 0 inside a group
	Label    string // 6a, 6a.1: shown for the parts of a group with routes and a route's steps
	Title    string
	Detail   richText
	Actor    string
	Duration string
	Optional bool
	When     string
	Where    *whereView // nil when the step names no place
	Choice   bool       // Parts are alternatives (atau); otherwise done together (dan)
	Parts    []stepView
	Route    []stepView // a part's own steps, in order
	Routes   bool       // a group some of whose parts are routes
	Rejoin   int        // with Routes: the step where they meet again; 0 when they end the flow
}

// whereView tells a resident where a step happens: a desk in this building,
// with the way there, or an office elsewhere.
type whereView struct {
	Inside     bool
	Name       string
	Directions string
	Floor      int   // shown above the ground floor only
	StepFree   *bool // nil when the office does not say
	Address    string
	Anchor     string // the address card further down the page
}

type requirementView struct {
	Document string
	Form     locale.Text
	Count    int
	When     string
	Note     richText
}

// agencyView is an office outside the kelurahan that a step sends people
// to, with its address and QR codes for its map and website.
type agencyView struct {
	Anchor, Name, Address, Phone, WhatsApp string
	Hours, Note                            richText
	Map, Web                               *qrCode
}

// serviceURL is where a service's kiosk page lives.
func serviceURL(o *flow.Office, s *flow.Service) string {
	return "/kiosk/" + o.ID + "/" + s.ID + "/"
}

func newServiceLink(o *flow.Office, s *flow.Service) serviceLink {
	words := []string{s.Name, s.Def.Short, s.Def.Summary}
	words = append(words, s.Def.Aliases...)
	if s.Group != nil {
		words = append(words, s.Group.Name)
	}
	return serviceLink{
		ID: s.ID, URL: serviceURL(o, s), Name: s.Name, Short: shortName(s), Summary: s.Def.Summary,
		Keywords: strings.ToLower(strings.Join(strings.Fields(strings.Join(words, " ")), " ")),
		Steps:    len(s.Steps), Documents: len(s.Requirements),
	}
}

// shortName is the abbreviation to show after the name (flow.ShortShown).
func shortName(s *flow.Service) string { return flow.ShortShown(s.Name, s.Def.Short) }

// popularAndGrouped splits an office's services into the big buttons (the
// ones the city marks sering_dicari) and the rest by group, in the city's
// group order, with ungrouped services last.
func popularAndGrouped(cat *flow.Catalog, o *flow.Office) (popular []serviceLink, groups []serviceGroup) {
	byGroup := map[string][]serviceLink{}
	for _, s := range o.Services {
		link := newServiceLink(o, s)
		switch {
		case s.Def.Popular:
			popular = append(popular, link)
		case s.Group != nil:
			byGroup[s.Group.ID] = append(byGroup[s.Group.ID], link)
		default:
			byGroup[""] = append(byGroup[""], link)
		}
	}
	for _, g := range cat.Groups {
		if links := byGroup[g.ID]; len(links) > 0 {
			groups = append(groups, serviceGroup{Name: locale.Text{ID: g.Name}, Services: links})
		}
	}
	if links := byGroup[""]; len(links) > 0 {
		groups = append(groups, serviceGroup{Name: pageWords["other-group"], Services: links})
	}
	return popular, groups
}

// attractSlides picks the services the idle screen cycles through: the
// popular ones first, at most five so a passer-by sees the cycle through.
func attractSlides(popular []serviceLink, groups []serviceGroup) []serviceLink {
	const most = 5
	slides := append([]serviceLink(nil), popular...)
	for _, g := range groups {
		slides = append(slides, g.Services...)
	}
	if len(slides) > most {
		slides = slides[:most]
	}
	return slides
}

func newHandler(o *flow.Office) *handlerView {
	h := o.Handler
	if h == nil {
		return nil
	}
	v := &handlerView{Name: h.Name, Role: h.Role, Phone: h.Phone, Email: h.Email}
	if p := findPlace(o, h.Place); p != nil {
		v.Place = p.Name
	}
	return v
}

func findPlace(o *flow.Office, id string) *flow.Place {
	for i := range o.Places {
		if o.Places[i].ID == id {
			return &o.Places[i]
		}
	}
	return nil
}

// channels lists the office's own complaint channels, then the city's.
func channels(cat *flow.Catalog, o *flow.Office) []channelView {
	all := append(append([]flow.Channel(nil), o.Channels...), cat.Channels...)
	out := make([]channelView, 0, len(all))
	for _, c := range all {
		v := channelView{Name: c.Name, Phone: c.Phone, SMS: c.SMS, WhatsApp: c.WhatsApp, Email: c.Email,
			Note: kioskText(c.Note, true)}
		v.Web = linkQR(c.URL, pageWords["website"])
		out = append(out, v)
	}
	return out
}

// linkQR makes the QR code that stands in for a link to another site; nil
// when there is no usable web address.
func linkQR(href string, label locale.Text) *qrCode {
	u := webAddress(href)
	if u == "" {
		return nil
	}
	code, err := newQRCode(u)
	if err != nil {
		return nil // thousands of characters: the address stays as words
	}
	code.Label = label
	return &code
}

// elsewhere collects the offices outside the kelurahan that a service's
// steps send residents to, once each in the order they first appear, when
// there is more to say about them than the address the step shows.
type elsewhere struct {
	known placeCards
	seen  map[*flow.Agency]bool
	cards []placeCard
	err   error // the first card that failed to render
}

// anchor returns the id of the agency's card further down the page, adding
// the card on first sight; "" when the card would only repeat the address.
func (e *elsewhere) anchor(a *flow.Agency) string {
	card, err := e.known.card(a)
	if err != nil {
		e.err = cmp.Or(e.err, err)
		return ""
	}
	if card.Anchor != "" && !e.seen[a] {
		if e.seen == nil {
			e.seen = map[*flow.Agency]bool{}
		}
		e.seen[a] = true
		e.cards = append(e.cards, card)
	}
	return card.Anchor
}

// placeCards are the cards of the offices outside the kelurahan, each
// rendered once per build: a card is the same on every page that sends
// residents there, the kecamatan's on most of its offices' pages. A build
// fills it as it goes, one office after another; it is not safe for
// concurrent use.
type placeCards map[*flow.Agency]placeCard

// placeCard is an agency's card, rendered; no Anchor and no HTML when it
// would only repeat the address a step shows.
type placeCard struct {
	Anchor string
	HTML   template.HTML
}

func (c placeCards) card(a *flow.Agency) (placeCard, error) {
	if card, ok := c[a]; ok {
		return card, nil
	}
	var card placeCard
	if v := newAgencyView(a); v.saysMore() {
		html, err := render("place", v)
		if err != nil {
			return card, err
		}
		card = placeCard{Anchor: v.Anchor, HTML: html}
	}
	c[a] = card
	return card, nil
}

// steps turns resolved steps into views.
func steps(in []*flow.ResolvedStep, away *elsewhere) []stepView {
	out := make([]stepView, 0, len(in))
	for _, s := range in {
		v := stepView{
			Number: s.Number, Label: s.Label, Title: s.Title, Detail: kioskText(s.Detail, false),
			Actor: s.Actor, Duration: s.Duration.String(), Optional: s.Optional, When: s.When,
			Where: where(s.Where, away),
		}
		switch {
		case len(s.Or) > 0:
			v.Choice, v.Parts = true, steps(s.Or, away)
		case len(s.And) > 0:
			v.Parts = steps(s.And, away)
		case s.IsRoute():
			v.Route = steps(s.Steps, away)
		}
		if s.HasRoutes() {
			v.Routes, v.Rejoin = true, s.Rejoin
		}
		out = append(out, v)
	}
	return out
}

func where(l flow.Location, away *elsewhere) *whereView {
	switch {
	case l.Place != nil:
		p := l.Place
		return &whereView{Inside: true, Name: p.Name, Directions: p.Directions, Floor: p.Floor, StepFree: p.StepFree}
	case l.Agency != nil:
		a := l.Agency
		return &whereView{Name: a.Name, Address: a.Address, Anchor: away.anchor(a)}
	}
	return nil
}

func newAgencyView(a *flow.Agency) agencyView {
	v := agencyView{
		Anchor: "tempat-" + a.ID, Name: a.Name, Address: a.Address,
		Phone: a.Contact.Phone, WhatsApp: a.Contact.WhatsApp,
		Hours: kioskText(a.Hours, true), Note: kioskText(a.Note, false),
		Web: linkQR(a.Contact.Website, pageWords["website"]),
	}
	if a.Coordinates != nil {
		v.Map = linkQR(a.Coordinates.MapURL(), pageWords["map"])
		if v.Map != nil {
			v.Map.Shown = "" // a map address means nothing read out
		}
	}
	return v
}

// saysMore reports whether the card tells more than a step already does.
func (v agencyView) saysMore() bool {
	return v.Map != nil || v.Web != nil || v.Phone != "" || v.WhatsApp != "" || v.Hours.HTML != "" || v.Note.HTML != ""
}

func requirements(in []flow.Requirement) []requirementView {
	out := make([]requirementView, 0, len(in))
	for _, r := range in {
		out = append(out, requirementView{
			Document: r.Document, Form: pageWords["form-"+r.Form], Count: r.Count, When: r.When,
			Note: kioskText(r.Note, true),
		})
	}
	return out
}

func cost(c flow.Cost) costView {
	cv := costView{Free: c.IsFree(), Amount: flow.Rupiah(c.Amount), Varies: c.Varies, Note: kioskText(c.Note, true)}
	for _, o := range c.Other {
		ov := otherCostView{Name: o.Name, Where: o.Where, Count: o.Count}
		if o.Amount > 0 {
			ov.Amount = flow.Rupiah(o.Amount)
		}
		cv.Other = append(cv.Other, ov)
	}
	return cv
}
