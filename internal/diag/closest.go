package diag

import "strings"

// Closest returns the candidate nearest to word when it is near enough to
// be a likely typo: within an edit distance of a third of the word's length
// (at least 1, at most 3), or equal ignoring case, '-' and '_'.
func Closest(word string, candidates []string) (string, bool) {
	best, bestDist := "", 1<<30
	for _, c := range candidates {
		if fold(c) == fold(word) {
			return c, true
		}
		if d := distance(strings.ToLower(word), c); d < bestDist {
			best, bestDist = c, d
		}
	}
	limit := min(max(len([]rune(word))/3, 1), 3)
	return best, best != "" && bestDist <= limit
}

func fold(s string) string {
	return strings.NewReplacer("-", "", "_", "", " ", "").Replace(strings.ToLower(s))
}

// distance is the Damerau-Levenshtein (optimal string alignment) distance,
// so a swapped pair of letters ("persyartaan") counts as one edit.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 1 << 30 // not a typo of anything we name; avoid quadratic work on hostile input
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
