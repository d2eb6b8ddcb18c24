package site

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/alurlayanan/alur/internal/flow"
)

// Most of a service page repeats on other pages: the steps of a city
// service at every office with the same rooms, an office's hours and
// complaint channels on each of its services. Each such part carries a key
// made from its content and the page's language, and the theme renders it
// once per key (partialCached): pages that share a part share its HTML.
// A key changes whenever anything the part shows changes, so a cached
// rendering is never stale.
//
// A build also keeps the largest of these parts once rather than in the
// front matter of every page that shows them, where Hugo would parse each
// page's copy: the glance, steps, requirements, hours, complaint channels
// and service standard in Hugo's data (data/parts.json, read as
// hugo.Data.parts, by key), which Hugo parses and holds once; the flow
// diagrams and the structured data, text the theme only copies into the
// page, each in its own file (parts/<key>, read with readFile), which Hugo
// never parses (as JSON strings they were nine tenths of the data file).
// The live preview keeps them all in the pages (sharedParts nil): a
// changed data file would make Hugo read all of it again after each save.

// partKeys are the keys of a service page's repeated parts; the theme
// reads them as .Params.alur.keys.
type partKeys struct {
	Glance       string `json:"glance"`       // start, what to bring (counts), time, cost
	Requirements string `json:"requirements"` // the documents to bring
	Steps        string `json:"steps"`        // the step list
	Diagram      string `json:"diagram"`      // the flow diagram
	Office       string `json:"office"`       // address, open now, hours and contact
	Hours        string `json:"hours"`
	Complaints   string `json:"complaints"`
	Standard     string `json:"standard"` // legal basis, components, the city standard's link
	Survey       string `json:"survey"`   // the office survey's QR code on the printed checklist
	Feedback     string `json:"feedback"` // the feedback forms, which offer the documents
	// JSONLD keys the page's structured data, the same in every language
	// (it describes the Indonesian page).
	JSONLD string `json:"jsonld"`
}

// key names content as the theme renders it in v's language.
func (v *viewer) key(kind string, content ...any) string {
	return contentKey(v.lang, kind, content...)
}

// contentKey names content of a kind; lang is the language it is rendered
// in, or "" for content every language shows alike.
func contentKey(lang, kind string, content ...any) string {
	k := keyers.Get().(*keyer)
	defer keyers.Put(k)
	k.h.Reset()
	k.writeString(lang)
	k.h.Write([]byte{0})
	k.writeString(kind)
	for _, c := range content {
		if s, ok := c.(string); ok {
			// Most are drawings and structured data, kilobytes long: as
			// they are, not as JSON, after a 1 (which starts no JSON) and
			// their length.
			k.h.Write(binary.BigEndian.AppendUint64(append(k.buf[:0], 1), uint64(len(s))))
			k.writeString(s)
			continue
		}
		// The content is a view value, which always marshals: the same
		// value is marshalled again into the page.
		_ = k.enc.Encode(c)
	}
	return kind + "-" + hex.EncodeToString(k.h.Sum(k.buf[:0])[:12])
}

// A keyer hashes content into a key. A build makes hundreds of thousands
// of keys, so keyers are reused: each would otherwise allocate its hash,
// its encoder and a copy of every string it hashes.
type keyer struct {
	h   hash.Hash
	enc *json.Encoder // writes to h
	buf []byte
}

var keyers = sync.Pool{New: func() any {
	h := sha256.New()
	return &keyer{h: h, enc: json.NewEncoder(h), buf: make([]byte, 4096)}
}}

// writeString writes s to the hash without copying all of it to the heap,
// as h.Write([]byte(s)) would.
func (k *keyer) writeString(s string) {
	for len(s) > 0 {
		n := copy(k.buf, s)
		k.h.Write(k.buf[:n])
		s = s[n:]
	}
}

// serviceKeys keys sv's repeated parts; steps and hours are the keys of
// its steps and its office's hours.
func (v *viewer) serviceKeys(sv *serviceView, steps, hours string) partKeys {
	r := sv.Requirements
	return partKeys{
		Glance:       v.key("glance", sv.Start, len(r.Always), len(r.Cases) > 0, sv.Duration, sv.Cost),
		Requirements: v.key("requirements", r),
		Steps:        steps,
		Diagram:      v.key("diagram", steps),
		Office:       v.key("office", sv.Office, hours),
		Hours:        hours,
		Complaints:   v.key("complaints", sv.Complaints),
		Standard:     v.key("standard", sv.LegalHTML, sv.Components, sv.StandardHref),
		Survey:       v.key("survey", sv.Sheet.SurveyQRPath, sv.Sheet.SurveyQRViewBox),
		Feedback:     v.key("feedback", true, sv.Documents), // a service page links its survey
		JSONLD:       contentKey("", "jsonld", sv.JSONLD),
	}
}

// stepKeys keys each of steps, which the theme renders once per key (a
// step reads the same in most services that have it, at most offices),
// and returns the key of the list, made from theirs.
func (v *viewer) stepKeys(steps []stepView) string {
	keys := make([]string, len(steps))
	for i := range steps {
		steps[i].Key = ""
		steps[i].Key = v.key("step", steps[i])
		keys[i] = steps[i].Key
	}
	return v.key("steps", keys)
}

// diagram is the flow diagram of steps, whose views have the key
// stepsKey. The views carry everything the diagram draws (titles, places,
// times, conditions, numbering, groups), so services with the same step
// views share one drawing: a city service's at most of its offices.
func (v *viewer) diagram(stepsKey string, steps []*flow.ResolvedStep) string {
	if svg, ok := v.diagrams[stepsKey]; ok {
		return svg
	}
	svg := v.parts.diagramOf(steps, v.lang)
	if v.diagrams != nil {
		v.diagrams[stepsKey] = svg
	}
	return svg
}

// sharedParts are the parts pages share, by key: each as JSON, or, under
// partsDir, as text. A part is made the first time its key comes, by the
// goroutine making that language's pages; addTo only puts them together.
type sharedParts map[string][]byte

// dataFile is where Hugo reads shared parts from, relative to the site
// root; partsDir is where the theme reads text parts from.
const (
	dataFile = "data/parts.json"
	partsDir = "parts/"
)

// share moves sv's largest repeated parts into s, leaving their keys.
func (s sharedParts) share(sv *serviceView) error {
	if s == nil {
		return nil
	}
	k := sv.Keys
	err := errors.Join(
		s.keep(k.Steps, sv.Steps),
		s.keep(k.Hours, sv.Hours),
		s.keep(k.Complaints, sv.Complaints),
		s.keep(k.Survey, [2]string{sv.Sheet.SurveyQRPath, sv.Sheet.SurveyQRViewBox}),
		s.keep(k.Standard, standardPart{sv.LegalHTML, sv.Components, sv.StandardHref}),
		s.keep(k.Requirements, sv.Requirements),
		s.keep(k.Glance, glancePart{sv.Start, sv.Duration, sv.Cost}),
	)
	s.keepText(k.Diagram, sv.DiagramHTML)
	s.keepText(k.JSONLD, sv.JSONLD)
	// What the page keeps of them is their keys.
	sv.Steps, sv.Hours, sv.Complaints = nil, nil, nil
	sv.Sheet.SurveyQRPath, sv.Sheet.SurveyQRViewBox = "", ""
	sv.LegalHTML, sv.Components, sv.StandardHref = nil, nil, ""
	sv.Requirements = requirementsView{}
	sv.Start, sv.Duration, sv.Cost = nil, nil, costView{}
	sv.DiagramHTML, sv.JSONLD = "", ""
	return err
}

// keep keeps part under key, unless a part is kept there: a key names its
// part's content.
func (s sharedParts) keep(key string, part any) error {
	if _, ok := s[key]; ok {
		return nil
	}
	data, err := json.Marshal(part)
	if err != nil {
		return fmt.Errorf("site: shared part %s: %w", key, err)
	}
	s[key] = data
	return nil
}

// standardPart is what a service page's standard box shows, named as in
// the page: the service's law and components are the same at every office
// that offers it as the city standard.
type standardPart struct {
	LegalHTML    []string        `json:"legal_html,omitempty"`
	Components   []componentView `json:"components,omitempty"`
	StandardHref string          `json:"standard_href,omitempty"`
}

// glancePart is what a service page's glance shows besides the number of
// documents, named as in the page.
type glancePart struct {
	Start    *locationView `json:"start,omitempty"`
	Duration *durationView `json:"duration,omitempty"`
	Cost     costView      `json:"cost"`
}

// keepText keeps text under key, in its own file, unless a part is kept
// there. A key is a kind and hex digits (contentKey): a file name.
func (s sharedParts) keepText(key, text string) {
	name := partsDir + key
	if _, ok := s[name]; !ok {
		s[name] = []byte(text)
	}
}

// addTo adds the files of s to files: the text parts' and the data file,
// one JSON object, its keys sorted.
func (s sharedParts) addTo(files map[string][]byte) {
	var keys []string
	n := 2
	for k, part := range s {
		if strings.HasPrefix(k, partsDir) {
			files[k] = part
			continue
		}
		keys = append(keys, k)
		n += len(k) + len(part) + 4
	}
	slices.Sort(keys)
	b := make([]byte, 0, n)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, k) // a kind and hex digits: JSON and Go quote them alike
		b = append(b, ':')
		b = append(b, s[k]...)
	}
	files[dataFile] = append(b, '}')
}

func ptr[T any](v T) *T { return &v }
