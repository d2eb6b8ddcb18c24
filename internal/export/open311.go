package export

import (
	"strings"

	"github.com/alurlayanan/alur/internal/flow"
)

// Open311Type is the GeoReport v2 `type` of every service we list.
//
// GeoReport v2 defines three: "realtime" (a POST to requests.json returns a
// service request id at once), "batch" (it returns a token to trade for an
// id later) and "blackbox" (no id is ever returned). Alur takes no service
// requests over the API at all: residents bring their documents to the
// office, and the site only publishes what to bring and where to go. So
// neither realtime nor batch would be true, and a client that POSTs must not
// expect a request id: blackbox is the honest value.
const Open311Type = "blackbox"

// open311Service is one entry of a GeoReport v2 service list (services.json),
// in the order the specification lists its fields.
type open311Service struct {
	ServiceCode string `json:"service_code"`
	ServiceName string `json:"service_name"`
	Description string `json:"description"`
	Metadata    bool   `json:"metadata"`
	Type        string `json:"type"`
	Keywords    string `json:"keywords"`
	Group       string `json:"group"`
}

// Open311 lists the services an office delivers as an Open311 GeoReport v2
// service list, for /kelurahan/<office-id>/services.json. service_code is
// the service id, unique within the office; keywords are the abbreviation
// and the names residents use (nama_lain), comma-separated; group is the
// name of the service's group. Services have no extra attributes to fill
// in, so metadata is false. It takes the base URL like every export,
// though a GeoReport service list has no field for URLs.
func Open311(o *flow.Office, _ flow.BaseURL) ([]byte, error) {
	if o == nil {
		return nil, errNoOffice
	}
	out := make([]open311Service, 0, len(o.Services))
	for _, s := range o.Services {
		e := open311Service{ServiceCode: s.ID, ServiceName: s.Name, Metadata: false, Type: Open311Type}
		if s.Def != nil {
			e.Description = s.Def.Summary
			e.Keywords = keywords(s.Def)
		}
		if s.Group != nil {
			e.Group = s.Group.Name
		}
		out = append(out, e)
	}
	return marshal(out)
}

// keywords joins the names residents use with commas; a comma inside a
// name would split it, so it becomes a space.
func keywords(d *flow.ServiceDef) string {
	names := alternateNames(d)
	for i, n := range names {
		names[i] = strings.Join(strings.Fields(strings.ReplaceAll(n, ",", " ")), " ")
	}
	return strings.Join(names, ",")
}
