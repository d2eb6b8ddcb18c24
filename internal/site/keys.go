package site

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
)

// Most of a service page repeats on other pages: the steps of a city
// service at every office with the same rooms, an office's hours and
// complaint channels on each of its services. Each such part carries a key
// made from its content and the page's language, and the theme renders it
// once per key (partialCached): pages that share a part share its HTML.
// A key changes whenever anything the part shows changes, so a cached
// rendering is never stale.

// partKeys are the keys of a service page's repeated parts; the theme
// reads them as .Params.alur.keys.
type partKeys struct {
	Glance       string `json:"glance"`       // start, what to bring (counts), time, cost
	Requirements string `json:"requirements"` // the documents to bring
	Steps        string `json:"steps"`        // the step list
	Office       string `json:"office"`       // address, open now, hours and contact
	Complaints   string `json:"complaints"`
	Standard     string `json:"standard"` // legal basis, components, the city standard's link
}

// key names content as the theme renders it in v's language.
func (v *viewer) key(kind string, content ...any) string {
	h := sha256.New()
	h.Write([]byte(v.lang))
	h.Write([]byte{0})
	h.Write([]byte(kind))
	enc := json.NewEncoder(h)
	for _, c := range content {
		// The content is a view value, which always marshals: the same
		// value is marshalled again into the page.
		_ = enc.Encode(c)
	}
	return kind + "-" + hex.EncodeToString(h.Sum(nil)[:12])
}

// serviceKeys keys sv's repeated parts.
func (v *viewer) serviceKeys(sv *serviceView) partKeys {
	r := sv.Requirements
	return partKeys{
		Glance:       v.key("glance", sv.Start, len(r.Always), len(r.Cases) > 0, sv.Duration, sv.Cost),
		Requirements: v.key("requirements", r),
		Steps:        v.key("steps", sv.Steps),
		Office:       v.key("office", sv.Office, sv.Hours),
		Complaints:   v.key("complaints", sv.Complaints),
		Standard:     v.key("standard", sv.LegalHTML, sv.Components, sv.StandardHref),
	}
}
