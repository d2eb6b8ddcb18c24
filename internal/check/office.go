package check

import (
	"path"
	"slices"
	"strings"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
)

// checkOffice checks one office file and resolves the services it delivers.
func (c *checker) checkOffice(of *flow.OfficeFile) *flow.Office {
	c.fileID(of.Pos, of.ID, c.offices)
	d := c.districts[of.Kecamatan]
	if d == nil {
		if of.Kecamatan != "" {
			c.unknownRef(of.Pos.Of("kecamatan"), diag.UnknownKecamatan, diag.UnknownKecGuess, of.Kecamatan, keys(c.districts))
		}
		return nil
	}
	if folder := path.Base(path.Dir(of.Pos.File)); folder != of.Kecamatan {
		c.diags.Errorf(of.Pos.Of("kecamatan"), diag.WrongFolder, of.Kecamatan, of.Kecamatan)
	}
	c.checkCode(of.Pos.Of("kode"), of.Code, `^\d{2}\.\d{2}\.\d{2}\.\d{4}$`, "35.73.02.1001")
	if of.Code != "" && d.Code != "" && !strings.HasPrefix(of.Code, d.Code+".") {
		c.diags.Errorf(of.Pos.Of("kode"), diag.CodeOutsideKec, of.Code, d.Code)
	}
	c.checkContact(&of.Contact)
	if of.Handler != nil {
		c.checkPhone(of.Handler.Pos, "telepon", of.Handler.Phone)
		c.checkEmail(of.Handler.Pos.Of("email"), of.Handler.Email)
	}
	for _, duty := range of.Roster {
		for _, p := range duty.Staff {
			c.checkPhone(p.Pos, "telepon", p.Phone)
		}
	}
	if of.Coordinates != nil {
		c.checkCoordinates(of.Coordinates)
	}
	c.checkChannels(of.Channels)
	places := c.checkPlaces(of)
	week := c.checkHours(of, places)

	o := &flow.Office{OfficeFile: of, District: d, Week: week, Closed: c.officeClosures(of)}
	if of.Handler != nil && of.Handler.Place != "" && places[of.Handler.Place] == nil {
		c.unknownOne(of.Handler.Pos.Of("tempat"), diag.HandlerPlace, diag.HandlerPlaceGuess, of.Handler.Place, keys(places))
	}
	r := &resolver{checker: c, office: o, places: places, reported: map[string]bool{}}
	r.resolveServices()
	return o
}

func (c *checker) checkPlaces(of *flow.OfficeFile) map[string]*flow.Place {
	places := map[string]*flow.Place{}
	seen := map[string]flow.Pos{}
	for i := range of.Places {
		p := &of.Places[i]
		c.id(p.Pos.Of("id"), p.ID, seen)
		if c.agencies[p.ID] != nil || p.ID == "kecamatan" {
			c.diags.Warnf(p.Pos.Of("id"), diag.PlaceShadowsAgency, p.ID, p.ID)
		}
		places[p.ID] = p
	}
	return places
}

func (c *checker) unknownRef(at flow.Pos, plain, guess diag.Code, id string, known []string, extra ...any) {
	if g, ok := diag.Closest(id, known); ok {
		c.diags.Errorf(at, guess, append(append([]any{id}, extra...), g)...)
		return
	}
	c.diags.Errorf(at, plain, append([]any{id}, extra...)...)
}

// unknownOne reports an unknown id: with the nearest known one when one
// is near, else with the list of the known ones.
func (c *checker) unknownOne(at flow.Pos, plain, guess diag.Code, id string, known []string, extra ...any) {
	if g, ok := diag.Closest(id, known); ok {
		c.diags.Errorf(at, guess, append(append([]any{id}, extra...), g)...)
		return
	}
	c.diags.Errorf(at, plain, append(append([]any{id}, extra...), strings.Join(known, ", "))...)
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// sortOffices orders offices by district (as the city file lists them) and
// then by name, so every listing is stable.
func (c *checker) sortOffices() {
	order := map[*flow.District]int{}
	for i, d := range c.cat.Districts {
		order[d] = i
		slices.SortFunc(d.Offices, byOfficeName)
	}
	slices.SortStableFunc(c.cat.Offices, func(a, b *flow.Office) int {
		if order[a.District] != order[b.District] {
			return order[a.District] - order[b.District]
		}
		return byOfficeName(a, b)
	})
}

func byOfficeName(a, b *flow.Office) int { return strings.Compare(a.Name, b.Name) }
