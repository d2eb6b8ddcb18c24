package inspect

import (
	"time"
)

// Inspection is what an inspector records at an office.
type Inspection struct {
	// ID is made by the inspector's phone when the form opens, so a form
	// sent again after a lost connection is kept once.
	ID        string
	Office    string
	Inspector string // account name
	// Arrived is the server's time when the form was opened at the office,
	// never the phone's.
	Arrived   time.Time
	Submitted time.Time // when the server stored it

	Open         bool     // was the office open?
	StaffPresent []string // names from the office's roster who were there
	FrontDesk    bool     // was the front desk staffed?
	// The standard attributes on display.
	Maklumat  bool // maklumat pelayanan
	Standards bool // standar pelayanan
	Flow      bool // the service flow (alur)
	Complaint bool // a complaint channel
	// Facilities maps each facility the office lists to whether it was
	// there.
	Facilities map[string]bool
	Refused    bool   // was any service refused or stopped?
	Notes      string // the inspector's notes
	Photos     int    // how many photos were kept
}

// Finding kinds: what an inspection found wrong. Each becomes a finding
// with the same follow-up states as residents' reports.
const (
	FindingClosed      = "kantor-tutup"
	FindingNoDesk      = "loket-kosong"
	FindingMaklumat    = "maklumat-tidak-dipajang"
	FindingStandards   = "standar-tidak-dipajang"
	FindingFlow        = "alur-tidak-dipajang"
	FindingComplaint   = "tanpa-saluran-pengaduan"
	FindingFacility    = "fasilitas-tidak-ada"
	FindingRefused     = "layanan-ditolak"
	FindingStaffAbsent = "petugas-tidak-hadir"
)

// Finding is one thing an inspection found wrong.
type Finding struct {
	Kind   string
	Detail string // the facility, or the staff missing
}

// Findings lists what the inspection found wrong, in a fixed order. A
// closed office is one finding; the rest cannot be checked then.
func (i Inspection) Findings(roster []string) []Finding {
	if !i.Open {
		return []Finding{{Kind: FindingClosed}}
	}
	var out []Finding
	add := func(ok bool, kind, detail string) {
		if !ok {
			out = append(out, Finding{Kind: kind, Detail: detail})
		}
	}
	add(i.FrontDesk, FindingNoDesk, "")
	present := map[string]bool{}
	for _, n := range i.StaffPresent {
		present[n] = true
	}
	for _, n := range roster {
		add(present[n], FindingStaffAbsent, n)
	}
	add(i.Maklumat, FindingMaklumat, "")
	add(i.Standards, FindingStandards, "")
	add(i.Flow, FindingFlow, "")
	add(i.Complaint, FindingComplaint, "")
	for _, f := range sortedKeys(i.Facilities) {
		add(i.Facilities[f], FindingFacility, f)
	}
	add(!i.Refused, FindingRefused, "")
	return out
}

// Staffed reports whether the office was open with its front desk
// staffed: what the city secretary counts.
func (i Inspection) Staffed() bool { return i.Open && i.FrontDesk }

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && out[b] < out[b-1]; b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
	return out
}
