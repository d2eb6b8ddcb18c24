package layout

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// DirectoryFile is what the server's forms need to know about the offices
// of a build: which offices and services exist, each service's
// requirements (a resident names one as hard to meet), where in the YAML
// each is written (so a report of wrong information tells the clerk where
// to fix it), and each office's roster and facilities (for inspections).
// It is private: never served.
const DirectoryFile = "_alur/directory.json"

// Directory is the content of DirectoryFile.
type Directory struct {
	City     string      `json:"city"`
	TimeZone string      `json:"time_zone"` // IANA name, e.g. Asia/Jakarta
	Offices  []DirOffice `json:"offices"`
	// PublicInspections: the server answers each office's public
	// inspection figures (kota.yaml sidak_publik).
	PublicInspections bool `json:"public_inspections,omitempty"`
}

// DirOffice is one kelurahan office.
type DirOffice struct {
	ID         string       `json:"id"`
	Name       string       `json:"name"`
	District   string       `json:"district"` // kecamatan name
	Path       string       `json:"path"`     // its page, e.g. /kelurahan/kauman/
	Source     string       `json:"source"`   // file:line of its YAML
	Staff      []string     `json:"staff,omitempty"`
	Facilities []string     `json:"facilities,omitempty"`
	Services   []DirService `json:"services"`
	// OpenDays says, Monday first, on which weekdays the office serves;
	// Closed lists its holidays and closures as [from, until] dates
	// (YYYY-MM-DD). The inspection draw skips an office closed today.
	OpenDays [7]bool     `json:"open_days"`
	Closed   [][2]string `json:"closed,omitempty"`
}

// ClosedOn reports whether the office does not serve on day (its weekday,
// Monday first, and its date as YYYY-MM-DD).
func (o *DirOffice) ClosedOn(weekday int, date string) bool {
	if weekday < 0 || weekday > 6 || !o.OpenDays[weekday] {
		return true
	}
	for _, c := range o.Closed {
		if c[0] <= date && date <= c[1] {
			return true
		}
	}
	return false
}

// DirService is one service as one office delivers it.
type DirService struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	Path         string   `json:"path"`
	Source       string   `json:"source"`             // file:line where the service is defined
	Override     string   `json:"override,omitempty"` // file:line of the office's changes to it
	Requirements []string `json:"requirements"`
}

// Office finds an office by id.
func (d *Directory) Office(id string) (*DirOffice, bool) {
	for i := range d.Offices {
		if d.Offices[i].ID == id {
			return &d.Offices[i], true
		}
	}
	return nil, false
}

// Service finds a service of the office by id.
func (o *DirOffice) Service(id string) (*DirService, bool) {
	for i := range o.Services {
		if o.Services[i].ID == id {
			return &o.Services[i], true
		}
	}
	return nil, false
}

// WriteDirectory writes d into the build folder dir.
func WriteDirectory(dir string, d Directory) error {
	data, err := json.Marshal(d)
	if err != nil {
		return err
	}
	full := filepath.Join(dir, filepath.FromSlash(DirectoryFile))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		return err
	}
	return os.WriteFile(full, data, 0o644)
}

// ReadDirectory reads the directory of the build folder dir.
func ReadDirectory(dir string) (*Directory, error) {
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(DirectoryFile)))
	if err != nil {
		return nil, err
	}
	var d Directory
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, fmt.Errorf("%s: %w", DirectoryFile, err)
	}
	return &d, nil
}
