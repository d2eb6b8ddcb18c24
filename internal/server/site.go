package server

import (
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/alurlayanan/alur/internal/layout"
)

// A build is one published site folder. Its files never change once
// published, so what the server learns about them (ETags, compressed bytes)
// is kept with the build and dropped with it.
type build struct {
	id  string // from the manifest (layout.ManifestFile), else the folder's name
	dir string // the real folder, symlinks resolved

	// stamp is the manifest's size and time; a plain folder rebuilt in place
	// shows up as a new stamp.
	stamp string

	assets *assetCache

	// gone are the pages earlier builds published that this one removed
	// (layout.PublishedFile); they answer 410 Gone.
	gone []layout.Gone

	// Search, set once before requests see the build.
	searchAPI, searchPage http.Handler
	indexErr              error

	dirOnce directoryOnce
}

// loadBuild reads the build in dir (a real folder).
func loadBuild(dir string) (*build, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%s is not a folder", dir)
	}
	b := &build{id: filepath.Base(dir), dir: dir, stamp: layout.ManifestStamp(dir), assets: newAssetCache(assetCacheBudget)}
	published, err := layout.ReadPublished(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	b.gone = published.Gone
	m, err := layout.ReadManifest(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return b, nil
	case err != nil:
		return nil, err
	}
	if m.ID != "" {
		b.id = m.ID
	}
	return b, nil
}

// site follows the published path: a symlink the publisher swaps by rename,
// or a plain folder. Requests read the current build with one atomic load;
// a poller notices a new publish.
type site struct {
	path    string
	current atomic.Pointer[build]

	// onChange is told about each new build before requests see it, so the
	// search index moves first.
	onChange func(old, new *build)

	mu sync.Mutex // serializes refresh
}

func openSite(path string, onChange func(old, new *build)) (*site, error) {
	s := &site{path: path, onChange: onChange}
	if _, err := s.refresh(); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *site) build() *build { return s.current.Load() }

// refresh re-resolves the published path and switches to the build it
// names if that differs from the current one. It reports whether it
// switched. On error the current build stays.
func (s *site) refresh() (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	dir, err := filepath.EvalSymlinks(s.path)
	if err != nil {
		return false, err
	}
	dir, err = filepath.Abs(dir)
	if err != nil {
		return false, err
	}
	old := s.current.Load()
	if old != nil && old.dir == dir && old.stamp == layout.ManifestStamp(dir) {
		return false, nil
	}
	b, err := loadBuild(dir)
	if err != nil {
		return false, err
	}
	if s.onChange != nil {
		s.onChange(old, b)
	}
	s.current.Store(b)
	return true, nil
}

// poll refreshes every interval until stop is closed, reporting switches
// and errors to report.
func (s *site) poll(interval time.Duration, stop <-chan struct{}, report func(switched bool, err error)) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			report(s.refresh())
		}
	}
}
