package kiosk

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/alurlayanan/alur/internal/overwrite"
)

// folder is a folder of the kiosk being written. The layout is known, so
// each folder is made once, with one Mkdir, before the files in it: no
// MkdirAll per file.
//
// A build may write into the folder of an older build. Its files are
// overwritten in place, which costs the disk far less than removing the
// old kiosk and making every folder and file anew (BenchmarkBuildRealCity
// "again"); what the older build wrote and this one does not (an office or
// a service gone since) is removed by prune. A folder that is there is
// read once, so that its folders need no Mkdir and prune knows what to
// remove.
type folder struct {
	path string
	// old is what an older build left in the folder: the type of each
	// name. nil in a folder made now.
	old map[string]fs.FileMode
	// kept are the names of old that this build wrote.
	kept map[string]bool
}

// makeFolder makes the folder at path, whose parent exists, or takes the
// one that is there.
func makeFolder(path string) (*folder, error) {
	err := os.Mkdir(path, 0o755)
	if !errors.Is(err, fs.ErrExist) {
		return &folder{path: path}, err
	}
	if info, err := os.Lstat(path); err != nil || !info.IsDir() {
		// A file or a link where the folder goes: replace it.
		if err := os.RemoveAll(path); err != nil {
			return nil, err
		}
		return &folder{path: path}, os.Mkdir(path, 0o755)
	}
	return openFolder(path)
}

// openFolder takes the folder an older build left at path.
func openFolder(path string) (*folder, error) {
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, err
	}
	f := &folder{path: path, old: make(map[string]fs.FileMode, len(entries)), kept: map[string]bool{}}
	for _, e := range entries {
		f.old[e.Name()] = e.Type()
	}
	return f, nil
}

// folder makes the folder name inside f.
func (f *folder) folder(name string) (*folder, error) {
	path := filepath.Join(f.path, name)
	kind, ok := f.old[name]
	switch {
	case !ok:
		return makeFolder(path)
	case kind == fs.ModeDir:
		f.kept[name] = true
		return openFolder(path)
	}
	f.kept[name] = true
	// A file or a link where the folder goes.
	if err := os.Remove(path); err != nil {
		return nil, err
	}
	return &folder{path: path}, os.Mkdir(path, 0o755)
}

// write writes the file name inside f, replacing what was there.
func (f *folder) write(name string, data []byte) error {
	path := filepath.Join(f.path, name)
	kind, ok := f.old[name]
	if !ok {
		return os.WriteFile(path, data, 0o644)
	}
	f.kept[name] = true
	if !kind.IsRegular() {
		// A folder or a link where the file goes.
		if err := os.RemoveAll(path); err != nil {
			return err
		}
		return os.WriteFile(path, data, 0o644)
	}
	return overwrite.WriteFile(path, data, 0o644)
}

// prune removes what an older build left in f and this one did not write.
// Only f itself is pruned: a folder inside it is pruned by its own prune.
func (f *folder) prune() error {
	var errs []error
	for name := range f.old {
		if !f.kept[name] {
			errs = append(errs, os.RemoveAll(filepath.Join(f.path, name)))
		}
	}
	return errors.Join(errs...)
}
