package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"

	"github.com/alurlayanan/alur/internal/flow"
)

// parts are the pieces of a page that other packages render: the flow
// diagram (internal/diagram) and the structured data (internal/export).
//
// HOOK(diagram, export): those packages are being written alongside this
// one. Until they land, defaultParts leaves the pieces out (the pages stay
// complete: the numbered steps are the diagram's text alternative). When they
// land, defaultParts becomes:
//
//	parts{diagram: diagram.SVG, serviceLD: export.ServiceJSONLD,
//	      officeLD: export.OfficeJSONLD, catalog: export.Catalog, open311: export.Open311}
type parts struct {
	diagram   func(steps []*flow.ResolvedStep, lang string) template.HTML
	serviceLD func(s *flow.Service, baseURL string) ([]byte, error)
	officeLD  func(o *flow.Office, baseURL string) ([]byte, error)
	catalog   func(c *flow.Catalog, baseURL string) ([]byte, error)
	open311   func(o *flow.Office, baseURL string) ([]byte, error)
}

var defaultParts = parts{}

func (p parts) diagramOf(steps []*flow.ResolvedStep, lang string) string {
	if p.diagram == nil {
		return ""
	}
	return string(p.diagram(steps, lang))
}

func (p parts) serviceJSONLD(s *flow.Service, base string) (string, error) {
	if p.serviceLD == nil {
		return "", nil
	}
	return scriptSafeJSON(p.serviceLD(s, base))
}

func (p parts) officeJSONLD(o *flow.Office, base string) (string, error) {
	if p.officeLD == nil {
		return "", nil
	}
	return scriptSafeJSON(p.officeLD(o, base))
}

// scriptSafeJSON checks JSON-LD and escapes <, > and & inside it, so text
// from YAML such as "</script>" cannot end the script element it is
// written into.
func scriptSafeJSON(data []byte, err error) (string, error) {
	if err != nil {
		return "", err
	}
	if !json.Valid(data) {
		return "", fmt.Errorf("structured data is not valid JSON")
	}
	var buf bytes.Buffer
	json.HTMLEscape(&buf, data)
	return buf.String(), nil
}
