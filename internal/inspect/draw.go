// Package inspect is the city's unannounced inspections (sidak): which
// offices to visit today, drawn at random and weighted by risk, and what
// an inspector records. It knows no storage and no HTTP.
//
// "Tidak terjadwal — kalau terjadwal namanya kunjungan": the draw must not
// be guessable. It uses crypto/rand, and its weights come from facts an
// office cannot see all of (residents' reports, the survey, the days since
// its last inspection).
package inspect

import (
	"crypto/rand"
	"errors"
	"io"
	"math"
	"math/big"
	"sort"
	"time"
)

// Risk is what raises an office's chance of being drawn.
type Risk struct {
	Office string
	// EmptyReports and LevyReports are residents' reports in the last
	// RiskWindow: office closed or empty in service hours, and illegal
	// levies (pungli).
	EmptyReports, LevyReports int
	// IKM is the office's survey index over the last year, 25-100; 0 when
	// it has no answers.
	IKM float64
	// SinceLast is how long ago the office was last inspected; 0 (or
	// less) when it never was.
	SinceLast time.Duration
	// Excluded offices are never drawn (weight 0): e.g. an office closed
	// for renovation today.
	Excluded bool
}

// RiskWindow is how far back reports count.
const RiskWindow = 90 * 24 * time.Hour

// The weight's parts. Every office starts at base, so a quiet, well-rated,
// recently visited office can still be drawn: an inspection nobody can
// rule out is what keeps offices staffed.
const (
	base         = 1.0
	perEmpty     = 3.0  // each empty-office report
	perLevy      = 2.0  // each pungli report
	lowIKMMax    = 2.0  // added at IKM 65 (grade C/D boundary) and below, scaled from 88.31
	neverVisited = 3.0  // never inspected
	perWeek      = 0.25 // each week since the last inspection
	maxStale     = 3.0  // cap on the time part
)

// Weight is an office's relative chance of being drawn.
func Weight(r Risk) float64 {
	if r.Excluded {
		return 0
	}
	w := base + perEmpty*float64(r.EmptyReports) + perLevy*float64(r.LevyReports)
	if r.IKM > 0 && r.IKM < 88.31 {
		w += lowIKMMax * math.Min(1, (88.31-r.IKM)/(88.31-65))
	}
	if r.SinceLast <= 0 {
		w += neverVisited
	} else {
		w += math.Min(maxStale, perWeek*r.SinceLast.Hours()/(24*7))
	}
	return w
}

// Pick is one office drawn, with the weight it had.
type Pick struct {
	Office string
	Weight float64
}

// ErrNothingToDraw is returned when no office has a weight above zero.
var ErrNothingToDraw = errors.New("inspect: no office can be drawn")

// Draw picks k different offices, each time with probability proportional
// to its weight among those left (weighted sampling without replacement),
// reading randomness from rng (crypto/rand.Reader unless a test gives
// another). Offices of weight 0 are never drawn; fewer than k come back
// when fewer can be.
func Draw(risks []Risk, k int, rng io.Reader) ([]Pick, error) {
	if rng == nil {
		rng = rand.Reader
	}
	var pool []Pick
	for _, r := range risks {
		if w := Weight(r); w > 0 {
			pool = append(pool, Pick{Office: r.Office, Weight: w})
		}
	}
	if len(pool) == 0 {
		return nil, ErrNothingToDraw
	}
	// A fixed order, so the same randomness draws the same offices.
	sort.Slice(pool, func(i, j int) bool { return pool[i].Office < pool[j].Office })
	var picked []Pick
	for len(picked) < k && len(pool) > 0 {
		i, err := pickOne(pool, rng)
		if err != nil {
			return nil, err
		}
		picked = append(picked, pool[i])
		pool = append(pool[:i], pool[i+1:]...)
	}
	return picked, nil
}

// scale turns weights into integers for an exact uniform draw: weights are
// sums of quarters and small fractions, so millionths lose nothing that
// matters.
const scale = 1_000_000

func pickOne(pool []Pick, rng io.Reader) (int, error) {
	total := int64(0)
	for _, p := range pool {
		total += int64(math.Round(p.Weight * scale))
	}
	n, err := rand.Int(rng, big.NewInt(total))
	if err != nil {
		return 0, err
	}
	x := n.Int64()
	for i, p := range pool {
		x -= int64(math.Round(p.Weight * scale))
		if x < 0 {
			return i, nil
		}
	}
	return len(pool) - 1, nil
}
