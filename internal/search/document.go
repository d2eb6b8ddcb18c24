package search

import (
	"slices"
	"strings"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/markdown"
)

// Kinds of documents in the index, as Hit.Kind reports them.
const (
	KindService   = "layanan"      // a service as one office delivers it
	KindStandard  = "layanan-kota" // the city-standard service, with the offices that offer it
	KindOffice    = "kelurahan"    // a kelurahan office
	KindKecamatan = "kecamatan"    // a kecamatan, with its kelurahan
	// KindAgency is an office outside the kelurahan, indexed for what it
	// does that residents mistake for kelurahan work. It has no page: a
	// query it answers best gets Results.Elsewhere, never a hit.
	KindAgency = "instansi"
)

// document is what the index holds for one page of the site. Field names
// are the index's field names; mapping.go says how each is analysed.
type document struct {
	Kind      string `json:"jenis"`
	Service   string `json:"layanan,omitempty"`
	Office    string `json:"kantor,omitempty"`
	Kecamatan string `json:"kecamatan,omitempty"`
	Agency    string `json:"instansi,omitempty"`
	Local     string `json:"lokal,omitempty"`   // "ya" for a service only one office offers
	Popular   string `json:"populer,omitempty"` // "ya" for a service residents often ask for

	Title   string `json:"judul"`
	Names   string `json:"sebutan,omitempty"`   // what residents call it: short name, other names
	Summary string `json:"ringkasan,omitempty"` // what it is for and who needs it
	Body    string `json:"isi,omitempty"`       // documents, steps, product, notes
	Area    string `json:"wilayah,omitempty"`   // kelurahan and kecamatan names, in every spelling

	URL           string `json:"url"` // the page's path, without the /en prefix
	OfficeName    string `json:"nama_kantor,omitempty"`
	KecamatanName string `json:"nama_kecamatan,omitempty"`
}

// id is the document's key in the index: its page path, unique by
// contract, or for an agency, which has no page, its id.
func (d *document) id() string {
	if d.Kind == KindAgency {
		return "instansi:" + d.Kecamatan + "/" + d.Agency
	}
	return d.URL
}

// documents turns the catalog into one document per page that search leads
// to: each service at each office, each city standard, each office, each
// kecamatan; and the agencies that say what they do.
func documents(cat *flow.Catalog) []*document {
	var docs []*document
	for _, a := range elsewhere(cat) {
		docs = append(docs, agencyDocument(a.agency, a.kecamatan))
	}
	for _, d := range cat.Districts {
		docs = append(docs, kecamatanDocument(d))
	}
	for _, std := range cat.Standards {
		docs = append(docs, standardDocument(std, cat))
	}
	for _, o := range cat.Offices {
		docs = append(docs, officeDocument(o))
		for _, s := range o.Services {
			docs = append(docs, serviceDocument(s))
		}
	}
	return docs
}

func serviceDocument(s *flow.Service) *document {
	o := s.Office
	d := &document{
		Kind: KindService, Service: s.ID, Office: o.ID, Kecamatan: o.District.ID,
		Title:      s.Name,
		Names:      names(s.Def),
		Summary:    summary(s.Def),
		Body:       serviceBody(s),
		Area:       officeArea(o),
		URL:        s.Path(),
		OfficeName: o.Name, KecamatanName: o.District.Name,
	}
	if s.Local {
		d.Local = "ya"
	}
	if s.Def.Popular {
		d.Popular = "ya"
	}
	return d
}

func standardDocument(def *flow.ServiceDef, cat *flow.Catalog) *document {
	d := &document{
		Kind: KindStandard, Service: def.ID,
		Title:   def.Name,
		Names:   names(def),
		Summary: summary(def),
		Body:    joinText(groupName(cat, def.Group), requirementsText(def.Requirements), stepsText(def.Steps), markdown.Text(def.Product)),
		URL:     flow.StandardPath(def.ID),
	}
	if def.Popular {
		d.Popular = "ya"
	}
	return d
}

func officeDocument(o *flow.Office) *document {
	var notOffered []string
	for _, n := range o.NotOffered {
		notOffered = append(notOffered, n.Def.Name+": "+markdown.Text(n.Reason))
	}
	return &document{
		Kind: KindOffice, Office: o.ID, Kecamatan: o.District.ID,
		Title:   "Kelurahan " + o.Name,
		Names:   strings.Join(o.Aliases, ", "),
		Summary: joinText("Kecamatan "+o.District.Name+". Alamat:", o.Address),
		Body: joinText(hoursText(o.Week), markdown.Text(o.Closures), contactText(o.Contact), strings.Join(o.Facilities, ", "),
			strings.Join(o.Access, ", "), strings.Join(notOffered, ". ")),
		Area:       officeArea(o),
		URL:        o.Path(),
		OfficeName: o.Name, KecamatanName: o.District.Name,
	}
}

// hoursText lets "jam buka kauman" find the office page, and "buka hari
// sabtu" too: the days it is closed are named.
func hoursText(week flow.Week) string {
	var parts []string
	for _, h := range week.Hours {
		days := make([]string, 0, len(h.Days))
		for _, d := range h.Days {
			days = append(days, d.String())
		}
		parts = append(parts, strings.Join(days, ", ")+" "+h.Open.String()+"-"+h.Close.String())
	}
	if len(parts) == 0 {
		return ""
	}
	var closed []string
	for d, day := range week.Days {
		if !day.Open() {
			closed = append(closed, flow.Weekday(d).String())
		}
	}
	text := "Jam layanan, jam buka: " + strings.Join(parts, "; ") + "."
	if len(closed) > 0 {
		text += " Tutup hari " + strings.Join(closed, ", ") + "."
	}
	return text
}

func contactText(c flow.Contact) string {
	var parts []string
	for _, p := range []struct{ label, value string }{{"telepon", c.Phone}, {"WhatsApp", c.WhatsApp}, {"email", c.Email}} {
		if p.value != "" {
			parts = append(parts, p.label+" "+p.value)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "Kontak: " + strings.Join(parts, ", ") + "."
}

func kecamatanDocument(d *flow.District) *document {
	var kel []string
	for _, o := range d.Offices {
		kel = append(kel, o.Name)
	}
	return &document{
		Kind: KindKecamatan, Kecamatan: d.ID,
		Title:   "Kecamatan " + d.Name,
		Names:   strings.Join(d.Aliases, ", "),
		Summary: "Kelurahan di Kecamatan " + d.Name + ": " + strings.Join(kel, ", ") + ".",
		// What "alamat kecamatan sukun" or "telepon kantor camat" looks for.
		Body: joinText(d.Kecamatan.Office.Name+". Alamat:", d.Kecamatan.Office.Address, "Jam layanan:",
			d.Week.Text(), contactText(d.Kecamatan.Office.Contact)),
		Area:          spellings(d.Name, d.Aliases),
		URL:           d.Path(),
		KecamatanName: d.Name,
	}
}

// placedAgency is an agency of the city (kecamatan "") or of a kecamatan:
// each kecamatan has its own KUA and Polsek under the same id.
type placedAgency struct {
	agency    *flow.Agency
	kecamatan string
}

// elsewhere are the agencies, of the city and of each kecamatan, that list
// what they do (melayani).
func elsewhere(cat *flow.Catalog) []placedAgency {
	var out []placedAgency
	for _, a := range cat.Agencies {
		if len(a.Does) > 0 {
			out = append(out, placedAgency{a, ""})
		}
	}
	for _, d := range cat.Districts {
		for i := range d.Agencies {
			if a := &d.Agencies[i]; len(a.Does) > 0 {
				out = append(out, placedAgency{a, d.ID})
			}
		}
	}
	return out
}

// agencyDocument holds only what an agency does, as names: its full name
// and notes are full of words ("Kota", "Kelas", "telepon") that would
// draw queries meant for the kelurahan. A kecamatan's agency carries the
// kecamatan, so a query that names it prefers its own Polsek.
func agencyDocument(a *flow.Agency, kecamatan string) *document {
	return &document{Kind: KindAgency, Agency: a.ID, Kecamatan: kecamatan, Names: joinList(a.Does)}
}

func names(def *flow.ServiceDef) string {
	all := append([]string{def.Short}, def.Aliases...)
	return joinList(all)
}

// summary is what a service is for and who needs it, with the situations
// staff listed, so "motor dicuri" finds the letter of loss.
func summary(def *flow.ServiceDef) string {
	return joinText(def.Summary, markdown.Text(def.Audience), joinList(def.Situations))
}

func serviceBody(s *flow.Service) string {
	group := ""
	if s.Group != nil {
		group = s.Group.Name
	}
	var steps []string
	for _, st := range s.Steps {
		steps = append(steps, resolvedStepText(st))
	}
	return joinText(group, requirementsText(s.Requirements), strings.Join(steps, ". "),
		markdown.Text(s.Def.Product), markdown.Text(s.Note))
}

func requirementsText(reqs []flow.Requirement) string {
	var parts []string
	for _, r := range reqs {
		parts = append(parts, joinText(r.Document, r.When))
	}
	return joinList(parts)
}

// stepsText is the titles of the steps, of their groups' parts and of the
// parts' routes.
func stepsText(steps []flow.Step) string {
	var parts []string
	for _, st := range steps {
		parts = append(parts, st.Title, stepsText(slices.Concat(st.And, st.Or, st.Steps)))
	}
	return joinList(parts)
}

func resolvedStepText(st *flow.ResolvedStep) string {
	parts := []string{st.Title}
	if st.Where.Place != nil {
		parts = append(parts, st.Where.Place.Name)
	}
	if st.Where.Agency != nil {
		parts = append(parts, st.Where.Agency.Name)
	}
	for _, sub := range st.Inner() {
		parts = append(parts, resolvedStepText(sub))
	}
	return joinList(parts)
}

func groupName(cat *flow.Catalog, id string) string {
	for _, g := range cat.Groups {
		if g.ID == id {
			return g.Name
		}
	}
	return ""
}

// officeArea names where an office is, in every spelling residents use.
func officeArea(o *flow.Office) string {
	return joinList([]string{spellings(o.Name, o.Aliases), spellings(o.District.Name, o.District.Aliases)})
}

// spellings lists a place name, its other names, and each of them written
// together, so that "Rampal Celaket" is also indexed as "rampalcelaket".
// (The other direction, a name written together that residents split,
// is handled when the query is read: see places.go.)
func spellings(name string, aliases []string) string {
	all := append([]string{name}, aliases...)
	for _, n := range append([]string{name}, aliases...) {
		if joined := squash(n); joined != strings.ToLower(n) {
			all = append(all, joined)
		}
	}
	return joinList(all)
}

// squash lower-cases a name and drops everything but letters and digits:
// "Oro-oro Dowo" becomes "oroorodowo".
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if isWordRune(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func joinText(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

func joinList(parts []string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, ", ")
}
