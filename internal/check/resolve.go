package check

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
)

// resolver turns the city standards plus one office's changes into the
// services that office delivers.
type resolver struct {
	*checker
	office   *flow.Office
	places   map[string]*flow.Place
	reported map[string]bool // place ids already reported missing at this office
}

func (r *resolver) resolveServices() {
	of := r.office.OfficeFile
	overrides := r.indexOverrides(of)
	notOffered := map[string]*flow.NotOffered{}
	seen := map[string]flow.Pos{}
	for i := range of.NotOffered {
		n := &of.NotOffered[i]
		if !r.knownStandard(n.Pos.Of("layanan"), n.Service) {
			continue
		}
		if first, dup := seen[n.Service]; dup {
			r.diags.Errorf(n.Pos.Of("layanan"), diag.DuplicateOverride, n.Service, where(first))
			continue
		}
		seen[n.Service] = n.Pos.Of("layanan")
		if overrides[n.Service] != nil {
			r.diags.Errorf(n.Pos.Of("layanan"), diag.OverrideAndNot, n.Service)
		}
		notOffered[n.Service] = n
	}
	for _, def := range r.cat.Standards {
		if n := notOffered[def.ID]; n != nil {
			r.office.NotOffered = append(r.office.NotOffered, &flow.NotOfferedService{Def: def, Reason: n.Reason})
			continue
		}
		r.office.Services = append(r.office.Services, r.resolveService(def, overrides[def.ID], false))
	}
	names := maps.Clone(r.standardNames)
	for i := range of.Extra {
		def := new(of.Extra[i]) // a copy: checking cuts over-long lists, and the source stays as read
		r.sameName(def, names)
		r.resolveExtra(def, seen)
	}
	r.sortServices()
}

func (r *resolver) resolveExtra(def *flow.ServiceDef, seen map[string]flow.Pos) {
	if r.standards[def.ID] != nil {
		r.diags.Errorf(def.Pos.Of("id"), diag.ExtraShadowsCity, def.ID)
		return
	}
	r.id(def.Pos.Of("id"), def.ID, seen)
	r.checkServiceDef(def)
	r.office.Services = append(r.office.Services, r.resolveService(def, nil, true))
}

func (r *resolver) knownStandard(at flow.Pos, id string) bool {
	if r.standards[id] != nil {
		return true
	}
	if r.src.Unreadable[id] {
		return false // its file's own problem is reported already
	}
	r.unknownRef(at, diag.UnknownService, diag.UnknownServiceGues, id, keys(r.standards))
	return false
}

func (r *resolver) indexOverrides(of *flow.OfficeFile) map[string]*flow.Override {
	out := map[string]*flow.Override{}
	seen := map[string]flow.Pos{}
	for i := range of.Overrides {
		ov := new(of.Overrides[i]) // a copy, as an extra service is
		at := ov.Pos.Of("layanan")
		if !r.knownStandard(at, ov.Service) {
			continue
		}
		if first, dup := seen[ov.Service]; dup {
			r.diags.Errorf(at, diag.DuplicateOverride, ov.Service, where(first))
			continue
		}
		seen[ov.Service] = at
		r.checkOverride(ov)
		out[ov.Service] = ov
	}
	return out
}

func (r *resolver) checkOverride(ov *flow.Override) {
	if len(ov.Requirements) > 0 && len(ov.AddRequirements) > 0 {
		r.diags.Errorf(ov.Pos.Of("tambah_persyaratan"), diag.RequirementsClash)
	}
	changes := len(ov.AddRequirements) + len(ov.Requirements) + len(ov.Steps) + len(ov.MovePlaces) + len(ov.Note) + len(ov.Duration) + len(ov.OtherCosts)
	if changes == 0 && ov.Cost == nil {
		r.diags.Warnf(ov.Pos, diag.OverrideEmpty, ov.Service)
	}
	r.boundList(ov.Pos.Of("tambah_persyaratan"), "tambah_persyaratan", &ov.AddRequirements)
	r.boundList(ov.Pos.Of("persyaratan"), "persyaratan", &ov.Requirements)
	r.checkRequirements(ov.AddRequirements)
	r.checkRequirements(ov.Requirements)
	if r.boundSteps(ov.Pos.Of("langkah"), &ov.Steps) && len(ov.Steps) > 0 {
		r.checkSteps(ov.Pos.Of("langkah"), ov.Steps, topLevel)
	}
	r.checkCost(ov.Cost)
	r.checkOtherCosts(ov.OtherCosts)
	r.checkMoves(ov)
}

// checkMoves checks that pindah_tempat moves a place the service really
// uses to a place the office really has.
func (r *resolver) checkMoves(ov *flow.Override) {
	if len(ov.MovePlaces) == 0 {
		return
	}
	steps := ov.Steps
	if len(steps) == 0 {
		steps = r.standards[ov.Service].Steps
	}
	used := map[string]bool{}
	typo := false // a step's place is wrong where it is written, and reported there
	walkSteps(steps, func(s *flow.Step) {
		used[s.Place] = true
		typo = typo || s.Place != "" && !r.knownAnywhere(s.Place)
	})
	for _, from := range keys(ov.MovePlaces) {
		if !used[from] && !typo {
			r.diags.Errorf(ov.Pos.Of("pindah_tempat"), diag.MoveUnusedPlace, from, ov.Service)
		}
		to := ov.MovePlaces[from]
		if r.places[to] == nil {
			r.unknownOne(ov.Pos.Of("pindah_tempat"), diag.UnknownPlace, diag.UnknownPlaceGuess, to, keys(r.places), r.office.ID)
		}
	}
}

func walkSteps(steps []flow.Step, fn func(*flow.Step)) {
	for i := range steps {
		fn(&steps[i])
		walkSteps(steps[i].And, fn)
		walkSteps(steps[i].Or, fn)
		walkSteps(steps[i].Steps, fn)
	}
}

func (r *resolver) resolveService(def *flow.ServiceDef, ov *flow.Override, local bool) *flow.Service {
	s := &flow.Service{
		Def: def, Office: r.office, Local: local, Override: ov,
		ID: def.ID, Name: def.Name, Group: r.groups[def.Group],
		Requirements: def.Requirements,
		Duration:     parsedDuration(def.Duration),
		Cost:         r.cost(def.Cost),
	}
	steps := def.Steps
	var moves map[string]string
	if ov != nil {
		s.Note = ov.Note
		moves = ov.MovePlaces
		switch {
		case len(ov.Requirements) > 0:
			s.Requirements = ov.Requirements
		case len(ov.AddRequirements) > 0:
			s.Requirements = append(slices.Clone(def.Requirements), ov.AddRequirements...)
		}
		if len(ov.Steps) > 0 {
			steps = ov.Steps
		}
		if ov.Duration != "" {
			s.Duration = r.duration(ov.Pos.Of("jangka_waktu"), ov.Duration)
		}
		if ov.Cost != nil {
			s.Cost = r.cost(ov.Cost)
		}
	}
	s.Cost.Other = def.OtherCosts
	if ov != nil && len(ov.OtherCosts) > 0 {
		s.Cost.Other = ov.OtherCosts
	}
	s.Requirements = r.withDefaultCounts(s.Requirements)
	for i := range steps {
		rs := r.resolveStep(&steps[i], moves)
		rs.Number = i + 1
		label(rs, strconv.Itoa(rs.Number))
		if rs.HasRoutes() && i+1 < len(steps) {
			rs.Rejoin = i + 2
		}
		s.Steps = append(s.Steps, rs)
	}
	return s
}

// label names a step and what is inside it: a group's entries take a
// letter after the step's number (6a, 6b) and a route's steps a number
// after the entry's (6a.1, 6a.2), as an outline does.
func label(st *flow.ResolvedStep, name string) {
	st.Label = name
	for i, p := range st.Parts() {
		label(p, name+letters(i))
	}
	for i, sub := range st.Steps {
		label(sub, name+"."+strconv.Itoa(i+1))
	}
}

// letters names the i-th entry of a group as a column of a spreadsheet
// is named: a to z, then aa, ab, ...
func letters(i int) string {
	var name []byte
	for n := i + 1; n > 0; n = (n - 1) / 26 {
		name = append([]byte{byte('a' + (n-1)%26)}, name...)
	}
	return string(name)
}

// cost fills in the city's legal basis for services that say nothing about
// cost: population documents are free by law.
func (r *resolver) cost(c *flow.Cost) flow.Cost {
	if c == nil {
		return flow.Cost{Free: true, LegalBasis: r.cat.FreeBasis}
	}
	return *c
}

func (r *resolver) resolveStep(st *flow.Step, moves map[string]string) *flow.ResolvedStep {
	rs := &flow.ResolvedStep{Step: *st}
	rs.Duration = parsedDuration(st.Duration)
	for i := range st.And {
		rs.And = append(rs.And, r.resolveStep(&st.And[i], moves))
	}
	for i := range st.Or {
		rs.Or = append(rs.Or, r.resolveStep(&st.Or[i], moves))
	}
	for i := range st.Steps {
		rs.Steps = append(rs.Steps, r.resolveStep(&st.Steps[i], moves))
	}
	if st.Place != "" {
		id := st.Place
		if to, ok := moves[id]; ok {
			id = to
			if r.places[to] == nil {
				return rs // a wrong pindah_tempat, reported there (checkMoves)
			}
		}
		rs.Where = r.locate(st.Pos.Of("tempat"), id)
	}
	return rs
}

// locate finds a place id: the office's own places, "kecamatan", the
// kecamatan's agencies, then the city's agencies.
func (r *resolver) locate(at flow.Pos, id string) flow.Location {
	if p := r.places[id]; p != nil {
		return flow.Location{Place: p}
	}
	d := r.office.District
	if id == "kecamatan" {
		return flow.Location{Agency: d.Office}
	}
	for i := range d.Agencies {
		if d.Agencies[i].ID == id {
			return flow.Location{Agency: &d.Agencies[i]}
		}
	}
	if a := r.agencies[id]; a != nil {
		return flow.Location{Agency: a}
	}
	r.reportMissingPlace(at, id)
	return flow.Location{}
}

// reportMissingPlace reports an unknown place once: at the step when no
// office knows it (a typo in the service), at the office otherwise (the
// office forgot to declare a place the city's services use).
func (r *resolver) reportMissingPlace(at flow.Pos, id string) {
	if r.allPlaces[id] {
		if !r.reported[id] {
			r.reported[id] = true
			r.diags.Errorf(r.office.Pos.Of("tempat"), diag.OfficeLacksPlace, id)
		}
		return
	}
	key := "step:" + at.File + ":" + id
	if r.checker.reportedSteps == nil {
		r.checker.reportedSteps = map[string]bool{}
	}
	if r.checker.reportedSteps[key] {
		return
	}
	r.checker.reportedSteps[key] = true
	if at.File != r.office.Pos.File {
		// A city service's step: no office's places are its own, so it is
		// named by what any office may have.
		r.unknownOne(at, diag.UnknownCityPlace, diag.UnknownCityGuess, id, r.placesAnywhere())
		return
	}
	known := append(keys(r.places), "kecamatan")
	known = append(known, r.agencyIDs()...)
	r.unknownOne(at, diag.UnknownPlace, diag.UnknownPlaceGuess, id, known, r.office.ID)
}

// agencyIDs are the ids of the agencies the office's steps may go to: its
// kecamatan's and the city's.
func (r *resolver) agencyIDs() []string {
	ids := keys(r.agencies)
	for _, a := range r.office.District.Agencies {
		if !slices.Contains(ids, a.ID) {
			ids = append(ids, a.ID)
		}
	}
	return ids
}

// placesAnywhere are the place ids a city service's step may use: any
// office's place, kecamatan, and the agencies of the city and of every
// kecamatan.
func (r *resolver) placesAnywhere() []string {
	ids := append(keys(r.allPlaces), "kecamatan")
	ids = append(ids, keys(r.agencies)...)
	for _, d := range r.cat.Districts {
		for _, a := range d.Agencies {
			if !slices.Contains(ids, a.ID) {
				ids = append(ids, a.ID)
			}
		}
	}
	return ids
}

// knownAnywhere tells whether a city service's step may use the place id.
func (r *resolver) knownAnywhere(id string) bool { return slices.Contains(r.placesAnywhere(), id) }

// sortServices orders an office's services by the city's group order, then
// by name.
func (r *resolver) sortServices() {
	rank := map[string]int{}
	for i, g := range r.cat.Groups {
		rank[g.ID] = i
	}
	groupRank := func(s *flow.Service) int {
		if s.Group == nil {
			return len(rank)
		}
		return rank[s.Group.ID]
	}
	slices.SortStableFunc(r.office.Services, func(a, b *flow.Service) int {
		if ga, gb := groupRank(a), groupRank(b); ga != gb {
			return ga - gb
		}
		return strings.Compare(a.Name, b.Name)
	})
}

// parsedDuration parses a duration already reported on if it is bad.
func parsedDuration(s string) flow.Duration {
	if s == "" {
		return flow.Duration{} // most steps give no time: no error to make
	}
	d, _ := flow.ParseDuration(s)
	return d
}

// withDefaultCounts returns the requirements with an unwritten jumlah read
// as one copy. The result is shared by every service made from the same
// list; nothing after the checker changes it.
func (c *checker) withDefaultCounts(rs []flow.Requirement) []flow.Requirement {
	if len(rs) == 0 {
		return rs
	}
	if out, ok := c.counted[&rs[0]]; ok && len(out) == len(rs) {
		return out
	}
	if c.counted == nil {
		c.counted = map[*flow.Requirement][]flow.Requirement{}
	}
	out := slices.Clone(rs)
	defer func() { c.counted[&rs[0]] = out }()
	for i := range out {
		if out[i].Count == 0 {
			out[i].Count = 1
		}
	}
	return out
}
