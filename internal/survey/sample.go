package survey

// krejcieMorgan is the published Krejcie & Morgan (1970) table: population
// and minimum sample (chi-square 3.841, P 0.5, d 0.05). The table, not the
// formula, is what auditors check against; between two rows the larger
// population's sample applies, so the answer never falls short.
var krejcieMorgan = [...]struct{ population, sample int }{
	{10, 10}, {15, 14}, {20, 19}, {25, 24}, {30, 28}, {35, 32}, {40, 36}, {45, 40}, {50, 44},
	{55, 48}, {60, 52}, {65, 56}, {70, 59}, {75, 63}, {80, 66}, {85, 70}, {90, 73}, {95, 76},
	{100, 80}, {110, 86}, {120, 92}, {130, 97}, {140, 103}, {150, 108}, {160, 113}, {170, 118},
	{180, 123}, {190, 127}, {200, 132}, {210, 136}, {220, 140}, {230, 144}, {240, 148}, {250, 152},
	{260, 155}, {270, 159}, {280, 162}, {290, 165}, {300, 169}, {320, 175}, {340, 181}, {360, 186},
	{380, 191}, {400, 196}, {420, 201}, {440, 205}, {460, 210}, {480, 214}, {500, 217}, {550, 226},
	{600, 234}, {650, 242}, {700, 248}, {750, 254}, {800, 260}, {850, 265}, {900, 269}, {950, 274},
	{1000, 278}, {1100, 285}, {1200, 291}, {1300, 297}, {1400, 302}, {1500, 306}, {1600, 310},
	{1700, 313}, {1800, 317}, {1900, 320}, {2000, 322}, {2200, 327}, {2400, 331}, {2600, 335},
	{2800, 338}, {3000, 341}, {3500, 346}, {4000, 351}, {4500, 354}, {5000, 357}, {6000, 361},
	{7000, 364}, {8000, 367}, {9000, 368}, {10000, 370}, {15000, 375}, {20000, 377}, {30000, 379},
	{40000, 380}, {50000, 381}, {75000, 382}, {1000000, 384},
}

// MinimumSample is how many questionnaires a period needs when the office
// served population residents in it. Fewer than ten served means all of
// them; beyond the table's last row the sample stays 384.
func MinimumSample(population int) int {
	if population <= 0 {
		return 0
	}
	if population < krejcieMorgan[0].population {
		return population
	}
	for _, row := range krejcieMorgan {
		if population <= row.population {
			return row.sample
		}
	}
	return krejcieMorgan[len(krejcieMorgan)-1].sample
}

// Sample says whether a period's answers reach the minimum.
type Sample struct {
	Served      int // residents served, as staff entered it; 0 when unknown
	Minimum     int
	Respondents int
}

// CheckSample compares respondents with the minimum for served.
func CheckSample(served, respondents int) Sample {
	return Sample{Served: served, Minimum: MinimumSample(served), Respondents: respondents}
}

// Known reports whether staff entered how many were served.
func (s Sample) Known() bool { return s.Served > 0 }

// Reached reports whether the answers reach the minimum sample.
func (s Sample) Reached() bool { return s.Known() && s.Respondents >= s.Minimum }
