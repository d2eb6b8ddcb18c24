// Package export turns the resolved catalog into the machine-readable files
// the site publishes: schema.org JSON-LD for service and office pages, the
// whole catalog as /katalog.json, and an Open311 GeoReport v2 service list
// per office.
//
// Every URL in the output is absolute, built from the site's base URL with
// the URL scheme the site uses (see site below). Every function returns
// compact JSON from encoding/json, which escapes <, > and & as \u003c,
// \u003e and \u0026, so the JSON-LD can sit inside a <script> element
// without staff text ever closing it.
package export

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/markdown"
	"github.com/alurlayanan/alur/internal/memo"
)

// site builds the absolute URLs of the published site (Indonesian, the
// default language, at the root) from flow's URL scheme.
type site struct{ base flow.BaseURL }

func (s site) office(id string) string            { return s.base.Join(flow.OfficePath(id)) }
func (s site) service(officeID, id string) string { return s.base.Join(flow.ServicePath(officeID, id)) }
func (s site) standard(id string) string          { return s.base.Join(flow.StandardPath(id)) }
func (s site) kecamatan(id string) string         { return s.base.Join(flow.DistrictPath(id)) }
func (s site) catalog() string                    { return s.base.Join(layout.CatalogFile) }
func (s site) serviceList(officeID string) string {
	return s.base.Join(layout.OfficeServiceList(officeID))
}
func (s site) officeNode(id string) string            { return s.office(id) + "#kantor" }
func (s site) serviceNode(officeID, id string) string { return s.service(officeID, id) + "#layanan" }

var errNoOffice = errors.New("export: service has no office")

// marshal is json.Marshal: compact, and with HTML characters escaped.
func marshal(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	return b, nil
}

// text is Markdown as plain words, for descriptions. A city's service
// texts repeat at every office that offers the service (57 times in
// Malang), in its structured data and its catalogue, so each distinct
// text is turned into words once.
func text(m flow.Markdown) string {
	return texts.Get(m, func(m flow.Markdown) string { return strings.TrimSpace(markdown.Text(m)) })
}

// texts are the texts lately turned into words; a generation holds a
// city's distinct texts many times over.
var texts = memo.New[flow.Markdown, string](1 << 14)

// officeName is how residents and maps name a kelurahan office.
func officeName(o *flow.Office) string { return "Kantor Kelurahan " + o.Name }

// formLabel says in words what `bentuk` asks the resident to bring, as the
// pages say it (the theme's form_* words, through the locale catalog); empty
// when the requirement gives no form.
func formLabel(form string) string {
	t, ok := locale.Lookup("form." + form)
	if !ok {
		return ""
	}
	return t.In(locale.ID)
}
