package search

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/flow"
)

// The tests search the project's own services folder: the 57 kelurahan of
// Kota Malang and their services, as residents will.
const servicesDir = "../../services"

var city struct {
	once sync.Once
	cat  *flow.Catalog
	syn  Synonyms
	dir  string // a built index, shared by the tests that only read it
	err  error
}

var tmpRoot string

func TestMain(m *testing.M) {
	var err error
	tmpRoot, err = os.MkdirTemp("", "alur-search-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(tmpRoot)
	os.Exit(code)
}

// cityCatalog loads and checks the services folder once.
func cityCatalog(tb testing.TB) (*flow.Catalog, Synonyms) {
	tb.Helper()
	city.once.Do(func() {
		cat, diags := check.Dir(os.DirFS(servicesDir))
		if cat == nil {
			city.err = fmt.Errorf("services folder has errors: %v", diags.Items())
			return
		}
		syn := Synonyms{Groups: cat.Synonyms}
		city.cat, city.syn = cat, syn
		city.dir = filepath.Join(tmpRoot, "city.bleve")
		_, city.err = Build(cat, city.dir, syn)
	})
	if city.err != nil {
		tb.Fatal(city.err)
	}
	return city.cat, city.syn
}

// cityIndex opens the shared city index; it is closed when the test ends.
func cityIndex(tb testing.TB) *Index {
	tb.Helper()
	cityCatalog(tb)
	ix, err := Open(city.dir)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ix.Close() })
	return ix
}
