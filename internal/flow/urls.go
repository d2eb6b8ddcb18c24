package flow

import (
	"fmt"
	"net/url"
	"strings"
	"time"
)

// The URL scheme of a published site: every page's path is made here, so
// pages, kiosks, exports and search agree. Paths start and end with a slash
// and are relative to the site's root (the Indonesian pages; the English
// ones are the same paths under /en/).

// OfficePath is the page of a kelurahan office.
func OfficePath(officeID string) string { return "/kelurahan/" + officeID + "/" }

// SurveyPrefix is where the satisfaction survey lives; SurveyPath is one
// office's survey, served from the data, not built.
const SurveyPrefix = "/survei/"

// SurveyPath is the satisfaction survey of an office.
func SurveyPath(officeID string) string { return SurveyPrefix + officeID + "/" }

// ServicePath is the page of a service at an office.
func ServicePath(officeID, serviceID string) string { return OfficePath(officeID) + serviceID + "/" }

// DistrictPath is the page of a kecamatan.
func DistrictPath(kecamatanID string) string { return "/kecamatan/" + kecamatanID + "/" }

// StandardPath is the page of a city-standard service.
func StandardPath(serviceID string) string { return "/layanan/" + serviceID + "/" }

// InspectionsPrefix is where the server answers the public inspection
// figures of offices, when the city publishes them (sidak_publik).
const InspectionsPrefix = "/sidak/"

// InspectionsPath is the server's page of an office's public inspection
// figures, for readers without JavaScript.
func InspectionsPath(officeID string) string { return InspectionsPrefix + officeID + "/" }

// InspectionsJSON is the same figures as JSON, which the office page reads.
func InspectionsJSON(officeID string) string { return InspectionsPrefix + officeID + ".json" }

// Path is the office's page.
func (o *Office) Path() string { return OfficePath(o.ID) }

// Path is the service's page at its office.
func (s *Service) Path() string { return ServicePath(s.Office.ID, s.ID) }

// Path is the kecamatan's page.
func (d *District) Path() string { return DistrictPath(d.ID) }

// BaseURL is the public address of a published site, checked once where it
// enters (a flag, a config): an absolute http(s) URL with a host and no
// query, fragment or user, such as https://alur.malangkota.go.id or
// https://example.go.id/alur. The zero value is no address.
type BaseURL struct{ root string } // without a trailing slash

// ParseBaseURL checks s and returns it as a BaseURL.
func ParseBaseURL(s string) (BaseURL, error) {
	u, err := url.Parse(strings.TrimSpace(s))
	switch {
	case err != nil:
		return BaseURL{}, fmt.Errorf("base URL %q: %w", s, err)
	case u.Scheme != "https" && u.Scheme != "http", u.Host == "":
		return BaseURL{}, fmt.Errorf("base URL %q: want an absolute http(s) URL such as https://alur.example.go.id", s)
	case u.RawQuery != "" || u.Fragment != "" || u.User != nil || u.Opaque != "":
		return BaseURL{}, fmt.Errorf("base URL %q: want no query, fragment or user", s)
	}
	return BaseURL{root: strings.TrimRight(u.String(), "/")}, nil
}

// MustBaseURL is ParseBaseURL for addresses written in the code; it panics
// on a bad one.
func MustBaseURL(s string) BaseURL {
	b, err := ParseBaseURL(s)
	if err != nil {
		panic(err)
	}
	return b
}

// String is the address with a trailing slash, as Hugo's baseURL wants it.
func (b BaseURL) String() string { return b.root + "/" }

// Root is the address without a trailing slash.
func (b BaseURL) Root() string { return b.root }

// IsZero tells the zero BaseURL.
func (b BaseURL) IsZero() bool { return b.root == "" }

// Join makes the absolute URL of a site path such as OfficePath's.
func (b BaseURL) Join(path string) string { return b.root + "/" + strings.TrimPrefix(path, "/") }

// TimeZone is the time zone of the city's offices: the hours in the YAML
// are in it, and so are the days and months of every report.
const TimeZone = "Asia/Jakarta"

// Zone is TimeZone as a fixed offset (WIB, UTC+7: Indonesia keeps no
// daylight saving time), so no time zone database is needed on the server.
var Zone = time.FixedZone("WIB", 7*60*60)
