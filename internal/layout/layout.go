// Package layout is the written contract of a published build: where each
// part lives inside a build folder, and the manifest that describes the
// build. The pipeline and the preview write builds by it; the server, the
// CLI and the load test read them by it. Paths are slash-separated and
// relative to the build folder.
//
//	index.html, en/, kelurahan/, layanan/, ...   the pages (Hugo)
//	katalog.json                                  the whole catalog (CatalogFile)
//	kelurahan/<office>/services.json              Open311 per office (OfficeServiceList)
//	kiosk/<office>/                               lobby kiosks (KioskDir)
//	_search/index.bleve/                          the search index (IndexDir)
//	_alur/build.json                              the manifest (ManifestFile)
//	_alur/published.json                          pages published and gone (PublishedFile)
//
// Top-level folders whose names start with "_" are the build's own records
// and are never served (IsPrivate).
package layout

import (
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// Where each part of a build lives.
const (
	IndexDir     = "_search/index.bleve"
	ManifestFile = "_alur/build.json"
	CatalogFile  = "katalog.json"
	KioskDir     = "kiosk"
)

// OfficeServiceList is the Open311 service list of one office.
func OfficeServiceList(officeID string) string {
	return path.Join("kelurahan", officeID, "services.json")
}

// IsPrivate tells whether a top-level name of a build is one of its own
// records (_alur, _search), which no request may reach. Deeper "_"
// folders are the site's: the kiosks keep their scripts in
// kiosk/_assets/, a name no office id can take.
func IsPrivate(topLevel string) bool { return strings.HasPrefix(topLevel, "_") }

// Manifest describes a build; it is written to ManifestFile.
type Manifest struct {
	ID        string        `json:"id"`
	BuiltAt   time.Time     `json:"built_at"`
	BaseURL   string        `json:"base_url"`
	Offices   int           `json:"offices"`
	Services  int           `json:"services"`
	Pages     int           `json:"pages"`
	Problems  int           `json:"warnings"`
	Timings   Timings       `json:"timings_ns"`
	Languages []string      `json:"languages"`
	Elapsed   time.Duration `json:"elapsed_ns"`
}

// Timings of a build: the check, each stage in the order it ran, and the
// publish.
type Timings struct {
	Check   time.Duration
	Stages  []StageTime
	Publish time.Duration
	Total   time.Duration
}

// StageTime is how long one stage took.
type StageTime struct {
	Name    string // the stage's English name: site, index, kiosk, data
	Elapsed time.Duration
}

// Stage returns how long the stage called name took.
func (t Timings) Stage(name string) time.Duration {
	for _, s := range t.Stages {
		if s.Name == name {
			return s.Elapsed
		}
	}
	return 0
}

// WriteManifest writes m into the build folder dir.
func WriteManifest(dir string, m Manifest) error {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	full := filepath.Join(dir, filepath.FromSlash(ManifestFile))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		return err
	}
	return os.WriteFile(full, data, 0o644)
}

// ReadManifest reads the manifest of the build folder dir. A build without
// one (a plain folder of pages) gives an error satisfying
// errors.Is(err, fs.ErrNotExist).
func ReadManifest(dir string) (Manifest, error) {
	var m Manifest
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(ManifestFile)))
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return m, fmt.Errorf("%s: %w", ManifestFile, err)
	}
	return m, nil
}

// ManifestStamp is the manifest's size and time: a plain folder rebuilt in
// place shows up as a new stamp. It is "" when there is no manifest.
func ManifestStamp(dir string) string {
	st, err := os.Stat(filepath.Join(dir, filepath.FromSlash(ManifestFile)))
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%d/%d", st.Size(), st.ModTime().UnixNano())
}

// Index is the search index folder of the build folder dir.
func Index(dir string) string { return filepath.Join(dir, filepath.FromSlash(IndexDir)) }
