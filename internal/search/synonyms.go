package search

// Synonyms are groups of words and phrases residents use for the same
// thing ("KK", "kartu keluarga"). The first of each group is its main word.
// The zero value has no synonyms. They come checked from the catalog
// (flow.Catalog.Synonyms, from services/sinonim.yaml).
type Synonyms struct {
	Groups [][]string
}
