package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"

	"github.com/alurlayanan/alur/internal/diagram"
	"github.com/alurlayanan/alur/internal/export"
	"github.com/alurlayanan/alur/internal/flow"
)

// parts are the pieces of a site that other packages render: the flow
// diagram (internal/diagram), the structured data and the machine-readable
// files (internal/export). Tests swap them to see that whatever they return
// reaches the pages safely. A nil part is left out.
type parts struct {
	diagram   func(steps []*flow.ResolvedStep, lang string) template.HTML
	serviceLD func(s *flow.Service, base flow.BaseURL) ([]byte, error)
	officeLD  func(o *flow.Office, base flow.BaseURL) ([]byte, error)
	catalog   func(c *flow.Catalog, base flow.BaseURL) ([]byte, error)
	open311   func(o *flow.Office, base flow.BaseURL) ([]byte, error)
}

var defaultParts = parts{
	diagram:   diagram.SVG,
	serviceLD: export.ServiceJSONLD,
	officeLD:  export.OfficeJSONLD,
	catalog:   export.Catalog,
	open311:   export.Open311,
}

func (p parts) diagramOf(steps []*flow.ResolvedStep, lang string) string {
	if p.diagram == nil {
		return ""
	}
	return string(p.diagram(steps, lang))
}

func (p parts) serviceJSONLD(s *flow.Service, base flow.BaseURL) (string, error) {
	if p.serviceLD == nil {
		return "", nil
	}
	return scriptSafeJSON(p.serviceLD(s, base))
}

func (p parts) officeJSONLD(o *flow.Office, base flow.BaseURL) (string, error) {
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
	if !bytes.ContainsAny(data, "<>&\u2028\u2029") {
		return string(data), nil // json.Marshal escapes them: the usual case
	}
	var buf bytes.Buffer
	json.HTMLEscape(&buf, data)
	return buf.String(), nil
}
