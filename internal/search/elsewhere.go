package search

import (
	"slices"

	"github.com/blevesearch/bleve/v2/search"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/markdown"
)

// "Not here, go there": the city file lists agencies outside the kelurahan
// with what they do in residents' words (melayani). They are indexed
// beside the pages (agencyDocument), and a query one of them answers best
// gets Results.Elsewhere: the agency, its address, map and contact, kept
// in the index's meta so that an index needs nothing else.

// Agency is an office outside the kelurahan that does what a resident
// asked for, with how to reach it.
type Agency struct {
	ID        string   `json:"id"`
	Kecamatan string   `json:"kecamatan,omitempty"` // for an agency of one kecamatan (its KUA, Polsek)
	Name      string   `json:"name"`
	Does      []string `json:"does,omitempty"` // the services it does, in residents' words
	Address   string   `json:"address,omitempty"`
	MapURL    string   `json:"map_url,omitempty"`
	Phone     string   `json:"phone,omitempty"`
	WhatsApp  string   `json:"whatsapp,omitempty"`
	Email     string   `json:"email,omitempty"`
	Website   string   `json:"website,omitempty"`
	Hours     string   `json:"hours,omitempty"`
	Note      string   `json:"note,omitempty"`
	Example   bool     `json:"example,omitempty"` // address or contact not yet checked
}

// agencyOf is what a "not here" answer shows of an agency.
func agencyOf(a *flow.Agency, kecamatan string) Agency {
	return Agency{
		ID: a.ID, Kecamatan: kecamatan, Name: a.Name, Does: a.Does, Address: a.Address, MapURL: a.Coordinates.MapURL(),
		Phone: a.Contact.Phone, WhatsApp: a.Contact.WhatsApp, Email: a.Contact.Email, Website: a.Contact.Website,
		Hours: markdown.Text(a.Hours), Note: markdown.Text(a.Note), Example: a.Example,
	}
}

// agencies are the agencies that answer a query better than any page of
// the kelurahan: those ranked above the first other hit, if the first of
// them matches as many of the query's words as that hit; none when a
// kelurahan page comes first. The count guards against an agency's short
// list outscoring a service that matches more: "stnk motor dicuri" is the
// letter of loss, though Samsat does STNK for motorbikes.
//
// Agencies after the first are named too if they match as many words
// ("paspor buat umroh": Imigrasi and Kemenag), not if they match fewer
// ("perpanjang sim" is not Samsat's "perpanjang STNK").
//
// Of the agencies a kecamatan has (its Polsek), only those of the kecamatan
// the query is about are named, when it is about one.
func (g *generation) agencies(hits search.DocumentMatchCollection, p plan, q Query) []Agency {
	if len(hits) == 0 || stored(hits[0], "jenis") != KindAgency {
		return nil
	}
	where := g.kecamatanOf(p, q)
	var out []Agency
	best := g.coverage(hits[0], p)
	for _, h := range hits {
		n := g.coverage(h, p)
		if stored(h, "jenis") != KindAgency {
			if n > best {
				return nil
			}
			break
		}
		k := stored(h, "kecamatan")
		if k != "" && len(where) > 0 && !where[k] {
			continue
		}
		if a, ok := g.agency(stored(h, "instansi"), k); ok && n >= best {
			out = append(out, a)
		}
	}
	return out
}

// kecamatanOf are the kecamatan a query is about: named, or those of the
// offices it names or searches in.
func (g *generation) kecamatanOf(p plan, q Query) map[string]bool {
	where := map[string]bool{}
	for _, k := range append([]string{q.Kecamatan}, p.kecamatan...) {
		if k != "" {
			where[k] = true
		}
	}
	for _, o := range g.meta.Offices {
		if o.ID == q.Office || slices.Contains(p.offices, o.ID) {
			where[o.Kecamatan] = true
		}
	}
	return where
}

// coverage counts the query's words a hit's text holds, in any form.
func (g *generation) coverage(h *search.DocumentMatch, p plan) int {
	found := map[string]bool{}
	for _, f := range []string{"judul", "sebutan", "ringkasan", "isi"} {
		for _, tk := range g.analyzer.Analyze([]byte(stored(h, f))) {
			found[string(tk.Term)] = true
		}
	}
	n := 0
	for _, s := range p.slots {
		if slices.ContainsFunc(s.alts, func(a alt) bool { return found[a.term] }) {
			n++
		}
	}
	return n
}

func (g *generation) agency(id, kecamatan string) (Agency, bool) {
	for _, a := range g.meta.Agencies {
		if a.ID == id && a.Kecamatan == kecamatan {
			return a, true
		}
	}
	return Agency{}, false
}
