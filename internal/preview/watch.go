package preview

import (
	"context"
	"io/fs"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// An editor's save is several events within a few milliseconds (write,
// chmod; or a new file renamed over the old one). Changes are handed on
// once the folders have been quiet this long.
const settle = 15 * time.Millisecond

// watcher reports batches of changed file paths under some folders.
type watcher struct {
	fs   *fsnotify.Watcher
	log  *slog.Logger
	out  chan []string
	dirs []string
}

// watch starts watching dirs and every folder under them. Folders that do
// not exist are skipped.
func watch(dirs []string, log *slog.Logger) (*watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{fs: fw, log: log, out: make(chan []string), dirs: dirs}
	for _, d := range dirs {
		if _, err := w.addTree(d); err != nil {
			fw.Close()
			return nil, err
		}
	}
	return w, nil
}

// addTree watches dir and the folders under it, and returns the files in
// it (for a folder that appeared: its files are changes too).
func (w *watcher) addTree(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir && isNotExist(err) {
				return filepath.SkipDir
			}
			return err
		}
		if ignored(p) && p != dir {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return w.fs.Add(p)
		}
		files = append(files, p)
		return nil
	})
	return files, err
}

// run hands batches of changed paths to changes until ctx ends. A batch
// waits while the previous one is being built, and grows meanwhile.
func (w *watcher) run(ctx context.Context) {
	defer w.fs.Close()
	pending := map[string]bool{}
	quiet := time.NewTimer(time.Hour)
	quiet.Stop()
	settled := false
	for {
		var out chan []string
		var batch []string
		if settled && len(pending) > 0 {
			out = w.out
			batch = sortedKeys(pending)
		}
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.fs.Events:
			if !ok {
				return
			}
			for _, p := range w.changed(ev) {
				pending[p] = true
			}
			settled = false
			quiet.Reset(settle)
		case err, ok := <-w.fs.Errors:
			if !ok {
				return
			}
			w.log.Warn("watching files", "err", err.Error())
		case <-quiet.C:
			settled = true
		case out <- batch:
			clear(pending)
			settled = false
		}
	}
}

// changed turns an event into changed file paths; a new folder is watched
// and its files reported.
func (w *watcher) changed(ev fsnotify.Event) []string {
	if ignored(ev.Name) {
		return nil
	}
	if ev.Has(fsnotify.Create) {
		if files, err := w.addTree(ev.Name); err == nil && isDir(ev.Name) {
			return files
		}
	}
	return []string{ev.Name}
}

// ignored tells editor droppings and hidden files from sources: vim's swap
// and probe files, emacs locks and backups.
func ignored(p string) bool {
	base := filepath.Base(p)
	return strings.HasPrefix(base, ".") || strings.HasPrefix(base, "#") || strings.HasSuffix(base, "~") ||
		strings.HasSuffix(base, ".swp") || strings.HasSuffix(base, ".swx") || base == "4913"
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
