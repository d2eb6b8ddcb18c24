package layout

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// PublishedFile lists the pages a build publishes for the catalog's
// kecamatan, offices and services, and the pages earlier builds published
// that are gone. The next build compares itself with it, so nothing a
// resident could reach disappears silently; the server answers 410 Gone for
// the gone ones.
const PublishedFile = "_alur/published.json"

// Published is the content of PublishedFile.
type Published struct {
	Pages []Page `json:"pages"`
	Gone  []Gone `json:"gone,omitempty"`
}

// Page is one page a build publishes for something staff wrote.
type Page struct {
	Path string `json:"path"` // its site path, as flow's URL scheme makes it
	Name string `json:"name"` // what residents know it by: "Kelurahan Kauman"
	File string `json:"file"` // the services file it comes from, relative to the services folder
	// Also are other paths that live and go with the page: an office's
	// kiosk.
	Also []string `json:"also,omitempty"`
	// Under are the pages whose removal takes this one along: an office
	// service goes with its office and with the city standard it follows.
	Under []string `json:"under,omitempty"`
	// Up are where to send a resident if the page goes, best first; the
	// last is a list page that is always there.
	Up []string `json:"up"`
}

// Key is how staff confirm the page's removal: its path without the
// slashes around it ("kelurahan/kauman").
func (p Page) Key() string { return strings.Trim(p.Path, "/") }

// Gone is a page an earlier build published and a later one removed.
type Gone struct {
	Page
	Instead     string `json:"instead"`      // the site path to go to instead
	InsteadName string `json:"instead_name"` // its name, "" for a list page
}

// Covers tells whether the site path p (without /en) is the gone page, one
// of its Also paths, or under one of them.
func (g Gone) Covers(p string) bool {
	for _, q := range append([]string{g.Path}, g.Also...) {
		if strings.HasPrefix(p, q) || p+"/" == q {
			return true
		}
	}
	return false
}

// Removal is a page of the published build that the next build would not
// publish, with the pages that go along with it.
type Removal struct {
	Page
	With []Page
}

// Removed are the pages of prev missing from next. A page that goes along
// with another removed page (Under) is listed in that one's With, not on
// its own.
func Removed(prev, next []Page) []Removal {
	have := map[string]bool{}
	for _, p := range next {
		have[p.Path] = true
	}
	removed := map[string]Page{}
	for _, p := range prev {
		if !have[p.Path] {
			removed[p.Path] = p
		}
	}
	// top is the removed page that takes p along, p itself if none does.
	var top func(p Page, depth int) Page
	top = func(p Page, depth int) Page {
		for _, u := range p.Under {
			if q, ok := removed[u]; ok && depth < 8 {
				return top(q, depth+1)
			}
		}
		return p
	}
	var out []Removal
	at := map[string]int{}
	for _, p := range prev {
		if _, ok := removed[p.Path]; ok && top(p, 0).Path == p.Path {
			at[p.Path] = len(out)
			out = append(out, Removal{Page: p})
		}
	}
	for _, p := range prev {
		if _, ok := removed[p.Path]; ok {
			if t := top(p, 0); t.Path != p.Path {
				out[at[t.Path]].With = append(out[at[t.Path]].With, p)
			}
		}
	}
	return out
}

// WritePublished writes p into the build folder dir.
func WritePublished(dir string, p Published) error {
	data, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	full := filepath.Join(dir, filepath.FromSlash(PublishedFile))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		return err
	}
	return os.WriteFile(full, data, 0o644)
}

// ReadPublished reads PublishedFile of the build folder dir. A build from
// before the file existed gives an error satisfying errors.Is(err,
// fs.ErrNotExist).
func ReadPublished(dir string) (Published, error) {
	var p Published
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(PublishedFile)))
	if err != nil {
		return p, err
	}
	if err := json.Unmarshal(data, &p); err != nil {
		return p, fmt.Errorf("%s: %w", PublishedFile, err)
	}
	return p, nil
}
