package server

import (
	"fmt"
	"net/http"
	"os"

	"github.com/alurlayanan/alur/internal/search"
	"github.com/alurlayanan/alur/internal/web"
)

// buildChanged moves the search index to a new build before requests see
// the build, and gives the build its search handlers. A build whose index
// cannot be opened is still served; health reports it.
func (s *Server) buildChanged(_, b *build) {
	if s.cfg.Search != nil {
		b.searchAPI = s.cfg.Search.APIHandler()
		b.searchPage = s.cfg.Search.PageHandler(searchShell(b))
		return
	}
	if s.cfg.OpenSearch == nil {
		return
	}
	dir := indexDir(b)
	if s.search == nil {
		ix, err := s.cfg.OpenSearch(dir)
		if err != nil {
			b.indexErr = err
			s.log.Error("search index unreadable", "build", b.id, "dir", dir, "err", err.Error())
			return
		}
		s.search = ix
	} else if err := s.search.Swap(dir); err != nil {
		// The index keeps answering from the previous build.
		b.indexErr = err
		s.log.Error("search index not swapped", "build", b.id, "dir", dir, "err", err.Error())
	}
	b.searchAPI = s.search.APIHandler()
	b.searchPage = s.search.PageHandler(searchShell(b))
}

// searchShell reads a build's search page, into which results are spliced.
func searchShell(b *build) func(lang string) ([]byte, error) {
	return func(lang string) ([]byte, error) {
		var name string
		switch lang {
		case "id":
			name = "cari/index.html"
		case "en":
			name = "en/cari/index.html"
		default:
			return nil, fmt.Errorf("search page: unknown language %q", lang)
		}
		root, err := os.OpenRoot(b.dir)
		if err != nil {
			return nil, err
		}
		defer root.Close()
		return readFile(root, name)
	}
}

func (s *Server) searchAPI(w http.ResponseWriter, r *http.Request) {
	b := requestOf(r).build
	if b.searchAPI == nil {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusServiceUnavailable)
		w.Write([]byte(`{"error":"pencarian belum tersedia / search is not available"}` + "\n"))
		return
	}
	b.searchAPI.ServeHTTP(w, r)
}

// searchPage answers /cari; without an index the build's own search page
// (the form, no results) is the best there is.
func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	b := requestOf(r).build
	if b.searchPage == nil {
		s.serveStatic(w, r)
		return
	}
	b.searchPage.ServeHTTP(w, r)
}

// OpenSearchIndex opens the bleve index internal/search builds into a
// build's _search/index.bleve: what alur serve passes as
// Config.OpenSearch.
func OpenSearchIndex(indexDir string) (Search, error) {
	ix, err := search.Open(indexDir)
	if err != nil {
		return nil, err
	}
	return searchIndex{ix}, nil
}

type searchIndex struct{ ix *search.Index }

func (s searchIndex) Swap(dir string) error    { return s.ix.Swap(dir) }
func (s searchIndex) APIHandler() http.Handler { return web.APIHandler(s.ix) }
func (s searchIndex) Close() error             { return s.ix.Close() }
func (s searchIndex) PageHandler(shell func(string) ([]byte, error)) http.Handler {
	return web.PageHandler(s.ix, shell)
}
