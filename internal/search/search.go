// Package search finds the service a resident means in the words they
// type: colloquial ("surat miskin"), abbreviated ("kk"), misspelt
// ("akte kelahran"), or half typed ("pindah dom").
//
// Build writes a bleve index of a catalog (every service at every office,
// the city standards, the offices and kecamatan, and the agencies that
// say what they do); Open reads it; Search answers queries, with pages,
// with "not here, go there" (elsewhere.go) or with nothing; Swap replaces the index under running queries after a
// rebuild. The analysis (Indonesian stems, synonyms) lives in the analysis
// and stem sub-packages; handlers for /api/search and /cari are in http.go.
package search

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Query is what a resident asks.
type Query struct {
	Text      string
	Office    string // search only this kelurahan office (its id)
	Kecamatan string // search only offices of this kecamatan (its id)
	Limit     int    // hits wanted; DefaultLimit when 0, at most MaxLimit
	Lang      string // "en" for links to the English pages; Indonesian otherwise
	// Typing says the last word may be unfinished (search as you type),
	// so it is completed.
	Typing bool
}

// Limits on the number of hits.
const (
	DefaultLimit = 10
	MaxLimit     = 50
)

// Timeout bounds one search, whatever the query.
const Timeout = 2 * time.Second

// Results are the hits of a query, best first.
type Results struct {
	Query     string `json:"query"`
	Corrected string `json:"corrected,omitempty"` // the query as searched, when typos were corrected
	Office    string `json:"office,omitempty"`    // the office searched in, given or named in the query
	// Answer says what kind of answer this is, so that pages and scripts
	// can tell a list of services from "not here" and from nothing.
	Answer string `json:"answer"`
	// Elsewhere, when Answer is AnswerElsewhere, are the agencies outside
	// the kelurahan that do what was asked, best first.
	Elsewhere []Agency `json:"elsewhere,omitempty"`
	Hits      []Hit    `json:"hits"`
}

// Kinds of answer.
const (
	AnswerFound     = "found"     // Hits answer the query
	AnswerElsewhere = "elsewhere" // not a kelurahan service: Elsewhere does it
	AnswerNone      = "none"      // nothing fits
)

// Hit is one page that answers the query.
type Hit struct {
	Title         string  `json:"title"`
	URL           string  `json:"url"`
	Office        string  `json:"office"` // kelurahan office id; "" for a city-wide page
	OfficeName    string  `json:"office_name,omitempty"`
	Kecamatan     string  `json:"kecamatan,omitempty"`
	KecamatanName string  `json:"kecamatan_name,omitempty"`
	Service       string  `json:"service,omitempty"`
	Kind          string  `json:"kind"`
	Score         float64 `json:"score"`
	// Snippet is HTML: text from the page, escaped, with the words that
	// matched in <mark> elements and no other markup.
	Snippet string `json:"snippet,omitempty"`
}

// Search runs a query. An empty or meaningless query gives no hits and no
// error; an error means the index could not be read.
func (ix *Index) Search(ctx context.Context, q Query) (Results, error) {
	g := ix.cur.Load()
	if g == nil {
		return Results{}, bleve.ErrorIndexClosed
	}
	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)

	p := g.readQuery(q.Text, q.Typing)
	res := Results{Query: q.Text, Corrected: p.corrected, Office: q.Office, Answer: AnswerNone, Hits: []Hit{}}
	if res.Office == "" && len(p.offices) == 1 {
		res.Office = p.offices[0]
	}
	bq := p.query(q)
	if bq == nil || g.vague(p) {
		return res, nil
	}
	fetch := limit
	if q.Office == "" {
		fetch = limit*3 + 10 // room for the copies that collapsing drops
	}
	req := bleve.NewSearchRequestOptions(bq, fetch, 0, false)
	req.Fields = []string{"jenis", "layanan", "kantor", "kecamatan", "instansi", "lokal", "url", "nama_kantor", "nama_kecamatan",
		"judul", "sebutan", "ringkasan", "isi"}
	req.SortBy([]string{"-_score", "_id"})
	sr, err := ix.alias.SearchInContext(ctx, req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return res, nil // too slow to answer: no hits rather than an error page
		}
		return res, err
	}
	res.Elsewhere = g.agencies(sr.Hits, p, q)
	res.Hits = g.collapse(sr.Hits, p, q, limit)
	res.Answer = answerOf(res)
	return res, nil
}

func answerOf(res Results) string {
	switch {
	case len(res.Elsewhere) > 0:
		return AnswerElsewhere
	case len(res.Hits) > 0:
		return AnswerFound
	}
	return AnswerNone
}

// query builds the bleve query of a plan, or nil when there is nothing to
// search for.
func (p plan) query(q Query) query.Query {
	var text query.Query
	switch {
	case len(p.slots) > 0:
		text = p.textQuery()
	case p.named:
		text = p.placeQuery()
	default:
		return nil
	}
	// The filter is a must clause that scores nothing, not a bleve
	// filter: a filter only drops hits after the text is scored, and at
	// ten times the city that scored every office's copy of a service.
	b := query.NewBooleanQuery([]query.Query{text, p.filter(q)}, nil, nil)
	b.AddShould(boosted(fieldTerm("populer", "ya"), 0.3))
	if q.Office == "" && len(p.offices) == 0 {
		// Asked city-wide, a service every office offers beats one only
		// one office offers, which most residents cannot use.
		b.AddShould(boosted(fieldTerm("jenis", KindStandard), 0.3))
	}
	for _, ph := range p.phrases() {
		b.AddShould(ph)
	}
	for _, o := range p.offices {
		b.AddShould(boosted(fieldTerm("kantor", o), 4))
		// "jam buka kauman" asks about the office itself.
		b.AddShould(query.NewConjunctionQuery([]query.Query{boosted(fieldTerm("kantor", o), 2), term("jenis", KindOffice)}))
	}
	if p.asksOffice {
		// "sabtu buka?" at one office's kiosk, or "telepon kelurahan
		// kauman", asks about the office itself.
		for _, o := range append([]string{q.Office}, p.offices...) {
			if o != "" {
				b.AddShould(query.NewConjunctionQuery([]query.Query{boosted(fieldTerm("kantor", o), 4), term("jenis", KindOffice)}))
			}
		}
	}
	for _, k := range p.kecamatan {
		b.AddShould(boosted(fieldTerm("kecamatan", k), 1))
		// "alamat kecamatan sukun" asks about the kecamatan office.
		b.AddShould(query.NewConjunctionQuery([]query.Query{boosted(fieldTerm("kecamatan", k), 2), term("jenis", KindKecamatan)}))
	}
	return b
}

// textQuery matches the words: every word one clause, so a page matching
// more of them ranks higher; each clause looks in every text field, titles
// weighing most.
func (p plan) textQuery() query.Query {
	var words []query.Query
	for _, s := range p.slots {
		var alts []query.Query
		for _, a := range s.alts {
			for _, f := range textFields {
				alts = append(alts, boosted(fieldTerm(f.name, a.term), f.weight*a.weight))
			}
		}
		words = append(words, query.NewDisjunctionQuery(alts))
	}
	return query.NewDisjunctionQuery(words)
}

// phrases favour pages whose title or names hold two query words side by
// side: "ktp anak" is the KIA, whose names include "KTP anak", more than
// the KTP page that mentions children.
func (p plan) phrases() []query.Query {
	var out []query.Query
	for i := 0; i+1 < len(p.slots); i++ {
		pair := []string{p.slots[i].alts[0].term, p.slots[i+1].alts[0].term}
		if pair[0] == pair[1] {
			// "surat suratnya": a phrase of a word twice is in no title,
			// and finding that out reads every title with the word.
			continue
		}
		for _, f := range pairFields {
			out = append(out, boosted(fieldTerm(f, pair[0]+" "+pair[1]), 3))
		}
	}
	return out
}

// placeQuery finds the pages of the places named when nothing else was.
func (p plan) placeQuery() query.Query {
	var qs []query.Query
	for _, o := range p.offices {
		qs = append(qs, query.NewConjunctionQuery([]query.Query{boosted(fieldTerm("kantor", o), 2), term("jenis", KindOffice)}))
	}
	for _, k := range p.kecamatan {
		qs = append(qs, query.NewConjunctionQuery([]query.Query{fieldTerm("kecamatan", k), term("jenis", KindKecamatan)}))
	}
	return query.NewDisjunctionQuery(qs)
}

// filter chooses the pages a query may return, and the agencies it may
// send a resident to. With an office, that office's pages. Otherwise each
// service once, as its city-standard page, unless the query named an
// office, whose own copy then comes first (see collapse); plus offices,
// kecamatan and services only one office offers. A kecamatan narrows
// offices and local services to it.
func (p plan) filter(q Query) query.Query {
	agencies := term("jenis", KindAgency)
	if q.Office != "" {
		return query.NewDisjunctionQuery([]query.Query{term("kantor", q.Office), agencies})
	}
	shared := []query.Query{term("jenis", KindStandard), agencies}
	for _, o := range p.offices {
		shared = append(shared, term("kantor", o))
	}
	local := []query.Query{term("jenis", KindOffice), term("jenis", KindKecamatan), term("lokal", "ya")}
	localPart := query.Query(query.NewDisjunctionQuery(local))
	if q.Kecamatan != "" {
		localPart = query.NewConjunctionQuery([]query.Query{localPart, term("kecamatan", q.Kecamatan)})
	}
	return query.NewDisjunctionQuery(append(shared, localPart))
}

// term matches a keyword without adding to the score.
func term(field, value string) query.Query {
	t := query.NewTermQuery(value)
	t.SetField(field)
	t.SetBoost(0)
	return t
}

func fieldTerm(field, value string) *query.TermQuery {
	t := query.NewTermQuery(value)
	t.SetField(field)
	return t
}

func boosted(q query.Query, b float64) query.Query {
	if bq, ok := q.(query.BoostableQuery); ok {
		bq.SetBoost(b)
	}
	return q
}

// collapse keeps one hit per service: the copy of the office the query
// named if it was found, else the best. Hits arrive best first.
func (g *generation) collapse(hits search.DocumentMatchCollection, p plan, q Query, limit int) []Hit {
	seen := map[string]bool{}
	out := []Hit{}
	marks := p.terms()
	for _, h := range hits {
		if stored(h, "jenis") == KindAgency {
			continue
		}
		// The key comes from stored fields, so that a copy dropped here
		// costs no snippet.
		key := stored(h, "url")
		if svc := stored(h, "layanan"); svc != "" && (stored(h, "jenis") == KindStandard || stored(h, "lokal") != "ya") {
			key = "layanan:" + svc
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, g.toHit(h, q.Lang, marks))
		if len(out) == limit {
			break
		}
	}
	return out
}

// vague reports a query of several words none of which the index holds,
// as typed or corrected, in any form: whatever it matches, it matches by
// guessing how a word ends ("resep nasi goreng" finds "nasional"), and
// the honest answer is none. One word alone may be cut short ("legali").
func (g *generation) vague(p plan) bool {
	if len(p.slots) < 2 {
		return false
	}
	for _, s := range p.slots {
		if slices.ContainsFunc(s.alts, func(a alt) bool { return a.weight >= weightCorrected && g.vocab.terms[a.term] }) {
			return false
		}
	}
	return true
}

func (g *generation) toHit(h *search.DocumentMatch, lang string, marks map[string]bool) Hit {
	url := stored(h, "url")
	if lang == "en" {
		url = "/en" + url
	}
	return Hit{
		Title: stored(h, "judul"), URL: url,
		Office: stored(h, "kantor"), OfficeName: stored(h, "nama_kantor"),
		Kecamatan: stored(h, "kecamatan"), KecamatanName: stored(h, "nama_kecamatan"),
		Service: stored(h, "layanan"), Kind: stored(h, "jenis"),
		Score:   h.Score,
		Snippet: g.snippet(h, marks),
	}
}

func stored(h *search.DocumentMatch, field string) string {
	s, _ := h.Fields[field].(string)
	return s
}
