package inspect

import (
	"math"
	"testing"
	"time"
)

func TestWeightFollowsRisk(t *testing.T) {
	quiet := Risk{Office: "a", IKM: 92, SinceLast: 24 * time.Hour}
	if w := Weight(quiet); w < base || w > base+0.1 {
		t.Errorf("a quiet, well-rated office inspected yesterday weighs %v, want about %v", w, base)
	}
	reported := quiet
	reported.EmptyReports = 2
	lowIKM := quiet
	lowIKM.IKM = 60
	never := quiet
	never.SinceLast = 0
	stale := quiet
	stale.SinceLast = 365 * 24 * time.Hour
	for name, r := range map[string]Risk{"reported empty": reported, "low IKM": lowIKM, "never inspected": never, "a year since": stale} {
		if Weight(r) <= Weight(quiet) {
			t.Errorf("%s weighs %v, not more than a quiet office (%v)", name, Weight(r), Weight(quiet))
		}
	}
	if Weight(Risk{Office: "x", EmptyReports: 9, Excluded: true}) != 0 {
		t.Error("an excluded office has weight")
	}
}

// TestDrawFollowsWeights draws many times and checks each office's share
// of first picks against its weight's share: within 1.5 percentage points
// at 40,000 draws (the standard error is at most 0.25 points, so this is
// six of them), and never an office of weight zero.
func TestDrawFollowsWeights(t *testing.T) {
	risks := []Risk{
		{Office: "jodipan", EmptyReports: 3, SinceLast: 10 * 24 * time.Hour}, // heavy
		{Office: "kauman", IKM: 70, SinceLast: 30 * 24 * time.Hour},
		{Office: "oro-oro-dowo", IKM: 95, SinceLast: 2 * 24 * time.Hour},
		{Office: "bunulrejo"}, // never inspected
		{Office: "closed", EmptyReports: 5, Excluded: true},
	}
	total := 0.0
	for _, r := range risks {
		total += Weight(r)
	}
	const draws = 40000
	counts := map[string]int{}
	for range draws {
		picks, err := Draw(risks, 1, nil)
		if err != nil {
			t.Fatal(err)
		}
		counts[picks[0].Office]++
	}
	if counts["closed"] != 0 {
		t.Fatalf("an office of weight zero was drawn %d times", counts["closed"])
	}
	for _, r := range risks[:4] {
		want := Weight(r) / total
		got := float64(counts[r.Office]) / draws
		if math.Abs(got-want) > 0.015 {
			t.Errorf("%s drawn %.3f of the time, want %.3f ± 0.015", r.Office, got, want)
		}
	}
}

func TestDrawPicksDifferentOffices(t *testing.T) {
	risks := []Risk{{Office: "a"}, {Office: "b"}, {Office: "c", Excluded: true}}
	picks, err := Draw(risks, 5, nil)
	if err != nil || len(picks) != 2 || picks[0].Office == picks[1].Office {
		t.Fatalf("drew %+v %v, want a and b once each", picks, err)
	}
	if _, err := Draw([]Risk{{Office: "c", Excluded: true}}, 1, nil); err != ErrNothingToDraw {
		t.Errorf("nothing to draw: %v", err)
	}
}
