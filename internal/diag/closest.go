package diag

import (
	"strings"

	"github.com/alurlayanan/alur/internal/fuzzy"
)

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

// distance bounds the work on hostile input: nothing we name is longer
// than 64 letters, and no typo is more than 3 edits away.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 1 << 30
	}
	return fuzzy.Distance(ra, rb, 3)
}
