package search

import (
	"context"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
)

// A rebuild swaps the index while residents search: no query may fail or
// see a closed index, and queries after the swap see the new index.
func TestSwapUnderConcurrentQueries(t *testing.T) {
	cat, syn := cityCatalog(t)
	ix := cityIndex(t)

	// The second build lacks all but the first ten offices.
	small := *cat
	small.Offices = cat.Offices[:10]
	smallDir := filepath.Join(t.TempDir(), "small.bleve")
	if _, err := Build(&small, smallDir, syn); err != nil {
		t.Fatal(err)
	}
	fullDir := filepath.Join(t.TempDir(), "full.bleve")
	if _, err := Build(cat, fullDir, syn); err != nil {
		t.Fatal(err)
	}
	last := cat.Offices[len(cat.Offices)-1].ID

	var wg sync.WaitGroup
	var failures, searches atomic.Int64
	stop := make(chan struct{})
	queries := []string{"surat miskin", "akte kelahran", "ktp hilang " + last, "pindah dom", "rampal celaket"}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := ix.Search(context.Background(), Query{Text: queries[(w+i)%len(queries)], Typing: i%2 == 0}); err != nil {
					failures.Add(1)
					t.Errorf("search during swap: %v", err)
					return
				}
				searches.Add(1)
			}
		}(w)
	}
	for i := 0; i < 6; i++ {
		dir := smallDir
		if i%2 == 1 {
			dir = fullDir
		}
		// Reopening a folder the alias just released is part of the test:
		// the server swaps between builds it has seen before.
		if err := ix.Swap(dir); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Swap(smallDir); err != nil {
		t.Fatal(err)
	}
	close(stop)
	wg.Wait()
	if searches.Load() == 0 {
		t.Fatal("no search ran during the swaps")
	}
	if ix.Dir() != smallDir {
		t.Errorf("Dir() = %s after swapping to %s", ix.Dir(), smallDir)
	}
	res, err := ix.Search(context.Background(), Query{Text: "surat", Office: last})
	if err != nil || len(res.Hits) != 0 {
		t.Errorf("office %s still found after swapping to an index without it: %d hits, %v", last, len(res.Hits), err)
	}
}

func TestSwapToBrokenFolderKeepsTheOldIndex(t *testing.T) {
	ix := cityIndex(t)
	before := ix.Dir()
	if err := ix.Swap(filepath.Join(t.TempDir(), "missing.bleve")); err == nil {
		t.Fatal("swap to a missing folder succeeded")
	}
	if ix.Dir() != before {
		t.Errorf("Dir() changed to %s", ix.Dir())
	}
	if res, err := ix.Search(context.Background(), Query{Text: "sktm"}); err != nil || len(res.Hits) == 0 {
		t.Errorf("old index unusable after a failed swap: %v", err)
	}
}

func TestClosedIndexFailsCleanly(t *testing.T) {
	cityCatalog(t)
	ix, err := Open(city.dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Search(context.Background(), Query{Text: "ktp"}); err == nil {
		t.Error("search on a closed index succeeded")
	}
	if err := ix.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestBuildRefusesAnExistingFolder(t *testing.T) {
	cat, syn := cityCatalog(t)
	if _, err := Build(cat, t.TempDir(), syn); err == nil {
		t.Error("Build overwrote an existing folder")
	}
}
