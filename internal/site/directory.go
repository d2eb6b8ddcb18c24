package site

import (
	"fmt"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/layout"
)

// directory is what the server's forms need of the catalog (see
// layout.Directory).
func directory(cat *flow.Catalog) layout.Directory {
	d := layout.Directory{City: cat.City.Name, TimeZone: flow.TimeZone, PublicInspections: cat.PublicInspections}
	for _, o := range cat.Offices {
		do := layout.DirOffice{
			ID: o.ID, Name: o.Name, Path: flow.OfficePath(o.ID), Source: where(o.Pos),
			Facilities: o.Facilities, Services: []layout.DirService{},
		}
		if o.District != nil {
			do.District = o.District.Name
		}
		do.Staff = rosterNames(o)
		for d, day := range o.Week.Days {
			do.OpenDays[d] = day.Open()
		}
		for _, c := range o.Closed {
			do.Closed = append(do.Closed, [2]string{string(c.From), string(c.Until)})
		}
		for _, s := range o.Services {
			ds := layout.DirService{ID: s.ID, Name: s.Name, Path: flow.ServicePath(o.ID, s.ID), Source: where(s.Def.Pos), Requirements: []string{}}
			if s.Override != nil {
				ds.Override = where(s.Override.Pos)
			}
			for _, r := range s.Requirements {
				ds.Requirements = append(ds.Requirements, r.Document)
			}
			do.Services = append(do.Services, ds)
		}
		d.Offices = append(d.Offices, do)
	}
	return d
}

// rosterNames are the people of an office's duty roster, each once, in
// the order the roster first names them.
func rosterNames(o *flow.Office) []string {
	var names []string
	seen := map[string]bool{}
	for _, duty := range o.Roster {
		for _, p := range duty.Staff {
			if !seen[p.Name] {
				seen[p.Name] = true
				names = append(names, p.Name)
			}
		}
	}
	return names
}

func where(p flow.Pos) string { return fmt.Sprintf("%s:%d", p.File, p.Line) }
