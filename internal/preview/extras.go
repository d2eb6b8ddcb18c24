package preview

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/pipeline"
	"github.com/alurlayanan/alur/internal/search"
	"github.com/alurlayanan/alur/internal/web"
)

// extrasPause is how long saves must pause before the extras are made
// again: a burst of saves then costs one run, and a run never competes
// with the page rebuild staff are waiting for.
const extrasPause = 700 * time.Millisecond

// extras keeps what the page build does not make in step with the service
// files: the search index, the lobby kiosks and the machine-readable data
// (katalog.json, services.json). At city scale they take over a second, so
// they are made in the background after the pages have reloaded; kiosk and
// search pages reload again when they are ready.
type extras struct {
	out    string // the preview's site folder: kiosks and data files go here
	work   string // a private folder for index generations and kiosks being made
	base   flow.BaseURL
	search *liveSearch
	log    *slog.Logger
	made   func() // called after each good run

	next chan *flow.Catalog // holds at most the newest catalog
	runs int
	last string // the folder of the last run, whose index is being served
}

func newExtras(out string, base flow.BaseURL, log *slog.Logger, made func()) (*extras, error) {
	work, err := os.MkdirTemp("", "alur-preview-extras-")
	if err != nil {
		return nil, err
	}
	return &extras{out: out, work: work, base: base, search: &liveSearch{},
		log: log, made: made, next: make(chan *flow.Catalog, 1)}, nil
}

// want asks for the extras of cat, replacing any catalog still waiting.
// Only the rebuild loop calls it.
func (e *extras) want(cat *flow.Catalog) {
	for {
		select {
		case e.next <- cat:
			return
		default:
			select {
			case <-e.next:
			default:
			}
		}
	}
}

// run makes the extras of each catalog wanted, once saves pause, until
// ctx ends.
func (e *extras) run(ctx context.Context) {
	for {
		var cat *flow.Catalog
		select {
		case <-ctx.Done():
			return
		case cat = <-e.next:
		}
		pause := time.NewTimer(extrasPause)
	settle:
		for {
			select {
			case <-ctx.Done():
				pause.Stop()
				return
			case cat = <-e.next:
				pause.Reset(extrasPause)
			case <-pause.C:
				break settle
			}
		}
		start := time.Now()
		if err := e.make(ctx, cat); err != nil {
			e.log.Error("search index, kiosks or data files not made", "err", err.Error())
			continue
		}
		e.log.Info("search index, kiosks and data files made", "ms", time.Since(start).Milliseconds())
		// The extras leave much garbage behind and saves have paused: the
		// heap is collected now, so that the collection does not fall on
		// the next save's rebuild (at city scale a collection takes about a
		// tenth of a second of both cores, and came once in some twenty
		// saves, enough to lift their 95th percentile).
		runtime.GC()
		e.made()
	}
}

// make runs the pipeline's extra stages for cat into a fresh folder, then
// serves the new search index from there and puts everything else the
// stages own in place in the site folder.
func (e *extras) make(ctx context.Context, cat *flow.Catalog) error {
	e.runs++
	fresh := filepath.Join(e.work, fmt.Sprintf("run-%d", e.runs))
	job := &pipeline.Job{Catalog: cat, Dir: fresh, Options: pipeline.Options{BaseURL: e.base}}
	for _, st := range pipeline.Extras {
		if err := st.Make(ctx, job); err != nil {
			return errors.Join(fmt.Errorf("%s: %w", st.Name.EN, err), os.RemoveAll(fresh))
		}
	}
	if err := e.search.swap(layout.Index(fresh)); err != nil {
		return errors.Join(err, os.RemoveAll(fresh))
	}
	var placed []pipeline.Stage
	for _, st := range pipeline.Extras {
		if !slices.Contains(st.Owns, layout.IndexDir) { // that one is served from fresh
			placed = append(placed, st)
		}
	}
	if err := pipeline.Replace(e.out, fresh, placed); err != nil {
		return err
	}
	if e.last != "" {
		os.RemoveAll(e.last) // its index was closed by the swap
	}
	e.last = fresh
	return nil
}

func (e *extras) close() error {
	return errors.Join(e.search.close(), os.RemoveAll(e.work))
}

// liveSearch answers search from the newest index the preview made, and
// says search is not ready before the first.
type liveSearch struct {
	mu sync.Mutex
	ix *search.Index
}

func (l *liveSearch) swap(dir string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.ix != nil {
		return l.ix.Swap(dir)
	}
	ix, err := search.Open(dir)
	if err != nil {
		return err
	}
	l.ix = ix
	return nil
}

func (l *liveSearch) index() *search.Index {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.ix
}

func (l *liveSearch) APIHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ix := l.index()
		if ix == nil {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Cache-Control", "no-store")
			w.WriteHeader(http.StatusServiceUnavailable)
			// Plain words without quotes, so the JSON needs no escaping.
			w.Write([]byte(`{"error":"` + locale.Get("preview.index-pending").Both() + `"}` + "\n"))
			return
		}
		web.APIHandler(ix).ServeHTTP(w, r)
	})
}

func (l *liveSearch) PageHandler(shell func(lang string) ([]byte, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ix := l.index()
		if ix == nil {
			// HTML, so the preview adds its reload script.
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Cache-Control", "no-store")
			w.WriteHeader(http.StatusServiceUnavailable)
			w.Write([]byte(`<!doctype html><html lang="id"><meta charset="utf-8"><title>alur: pratinjau</title>` +
				`<body><p>Indeks pencarian sedang dibuat; halaman ini dimuat ulang sendiri. / ` +
				`The search index is being made; this page reloads by itself.</p></body></html>`))
			return
		}
		web.PageHandler(ix, shell).ServeHTTP(w, r)
	})
}

func (l *liveSearch) close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.ix == nil {
		return nil
	}
	return l.ix.Close()
}
