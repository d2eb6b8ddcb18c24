// Package fuzzy measures how far apart two words are, for the checker's
// did-you-mean and for search's typo correction: one measure, so staff and
// residents get the same idea of "a typo".
package fuzzy

// Distance is the optimal-string-alignment distance (insertions,
// deletions, substitutions, and swaps of neighbours, the commonest typo on a
// touch keyboard), or k+1 as soon as it must exceed k.
func Distance(a, b []rune, k int) int {
	if abs(len(a)-len(b)) > k {
		return k + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > k {
			return k + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
