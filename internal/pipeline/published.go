package pipeline

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/publish"
)

// The list pages a removed page falls back to; they are always built.
const (
	listDistricts = "/kecamatan/"
	listOffices   = "/kelurahan/"
	listServices  = "/layanan/"
)

// PublishedPages are the pages cat publishes for what staff wrote: each kecamatan,
// office, office service and city-standard service, with the file it
// comes from (layout.PublishedFile).
func PublishedPages(cat *flow.Catalog) []layout.Page {
	var out []layout.Page
	for _, d := range cat.Districts {
		out = append(out, layout.Page{Path: d.Path(), Name: "Kecamatan " + d.Name, File: d.Pos.File, Up: []string{listDistricts}})
	}
	for _, d := range cat.Standards {
		out = append(out, layout.Page{Path: flow.StandardPath(d.ID), Name: d.Name, File: d.Pos.File, Up: []string{listServices}})
	}
	for _, o := range cat.Offices {
		name := "Kelurahan " + o.Name
		out = append(out, layout.Page{Path: o.Path(), Name: name, File: o.Pos.File,
			Also: []string{kioskPath(o.ID)}, Under: []string{o.District.Path()}, Up: []string{o.District.Path(), listOffices}})
		for _, s := range o.Services {
			p := layout.Page{Path: s.Path(), Name: s.Name + ", " + name, File: o.Pos.File,
				Also: []string{kioskPath(o.ID) + s.ID + "/"}, Under: []string{o.Path()}, Up: []string{o.Path(), listOffices}}
			if !s.Local {
				std := flow.StandardPath(s.Def.ID)
				p.Under = append(p.Under, std)
				p.Up = []string{std, o.Path(), listOffices}
			}
			out = append(out, p)
		}
	}
	return out
}

func kioskPath(officeID string) string { return "/" + path.Join(layout.KioskDir, officeID) + "/" }

// Published reads what the build published at out holds. A site never
// built, or built before layout.PublishedFile existed, holds nothing to
// compare with.
func Published(out string) (layout.Published, error) {
	dir, err := publish.Current(out)
	if errors.Is(err, fs.ErrNotExist) {
		return layout.Published{}, nil
	}
	if err != nil {
		return layout.Published{}, fmt.Errorf("%s: %w", out, err)
	}
	p, err := layout.ReadPublished(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return layout.Published{}, nil
	}
	return p, err
}

// Compare returns the pages published at out that cat would remove, and
// warns about each in problems, naming the file it came from.
func Compare(out string, cat *flow.Catalog, problems *diag.List) ([]layout.Removal, error) {
	_, removed, err := compare(out, cat, problems)
	return removed, err
}

func compare(out string, cat *flow.Catalog, problems *diag.List) (layout.Published, []layout.Removal, error) {
	prev, err := Published(out)
	if err != nil {
		return prev, nil, err
	}
	removed := layout.Removed(prev.Pages, PublishedPages(cat))
	for _, r := range removed {
		pos := flow.Pos{File: r.File}
		if len(r.With) > 0 {
			problems.Warnf(pos, diag.UnpublishWith, r.Name, r.Path, len(r.With), r.Key())
		} else {
			problems.Warnf(pos, diag.Unpublish, r.Name, r.Path, r.Key())
		}
	}
	return prev, removed, nil
}

// UnconfirmedError is the refusal of a build that would take published
// pages offline that Options.Unpublish does not name.
type UnconfirmedError struct{ Keys []string }

func (e *UnconfirmedError) Error() string {
	return "the build would unpublish pages not confirmed with --unpublish: " + strings.Join(e.Keys, ",")
}

// unconfirmed are the removals confirmed names none of: by key, or "all".
func unconfirmed(removed []layout.Removal, confirmed []string) []string {
	var keys []string
	for _, r := range removed {
		if !slices.Contains(confirmed, r.Key()) && !slices.Contains(confirmed, "all") {
			keys = append(keys, r.Key())
		}
	}
	return keys
}

// gone are the pages the next build answers 410 Gone for: those earlier
// builds had removed, unless published again, and those removed now, each
// with the best page to go to instead among next's.
func gone(prev layout.Published, removed []layout.Removal, next []layout.Page) []layout.Gone {
	byPath := map[string]layout.Page{}
	for _, p := range next {
		byPath[p.Path] = p
	}
	published := func(p string) bool {
		_, ok := byPath[p]
		return ok || p == listDistricts || p == listOffices || p == listServices
	}
	var out []layout.Gone
	add := func(p layout.Page) {
		for _, n := range next {
			if strings.HasPrefix(n.Path, p.Path) {
				return // published again
			}
		}
		if slices.ContainsFunc(out, func(g layout.Gone) bool { return g.Path == p.Path }) {
			return
		}
		g := layout.Gone{Page: p, Instead: listOffices}
		for _, u := range p.Up {
			if published(u) {
				g.Instead, g.InsteadName = u, byPath[u].Name
				break
			}
		}
		out = append(out, g)
	}
	for _, r := range removed {
		add(r.Page)
		for _, w := range r.With {
			add(w)
		}
	}
	for _, g := range prev.Gone {
		add(g.Page)
	}
	return out
}
