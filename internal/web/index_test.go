package web

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/search"
)

// city is the search index of the project's own services, built once for
// the package's tests.
var city struct {
	once sync.Once
	dir  string
	err  error
}

func TestMain(m *testing.M) {
	tmp, err := os.MkdirTemp("", "alur-web-test-")
	if err != nil {
		panic(err)
	}
	city.dir = filepath.Join(tmp, "city.bleve")
	code := m.Run()
	os.RemoveAll(tmp)
	os.Exit(code)
}

// cityIndex opens the city's index; it is closed when the test ends.
func cityIndex(tb testing.TB) *search.Index {
	tb.Helper()
	city.once.Do(func() {
		cat, diags := check.Folder("../../services")
		if cat == nil {
			city.err = fmt.Errorf("services folder has errors: %v", diags.Items())
			return
		}
		_, city.err = search.Build(cat, city.dir, search.Synonyms{Groups: cat.Synonyms})
	})
	if city.err != nil {
		tb.Fatal(city.err)
	}
	ix, err := search.Open(city.dir)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ix.Close() })
	return ix
}
