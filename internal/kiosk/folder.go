package kiosk

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// folder is a folder of the kiosk being written. The layout is known, so
// each folder is made once, with one Mkdir, before the files in it: no
// MkdirAll per file.
//
// A build may write into the folder of an older build. Its files are
// overwritten in place, which on this kind of disk costs far less than
// removing the old kiosk and writing every file anew; what the older
// build wrote and this one does not (an office or a service gone since)
// is removed by prune.
type folder struct {
	path string
	// kept are the names written into a folder that was already there,
	// for prune; nil in a folder made now, which holds only what this
	// build writes.
	kept map[string]bool
}

// makeFolder makes the folder at path, whose parent exists, or takes the
// one that is there.
func makeFolder(path string) (*folder, error) {
	err := os.Mkdir(path, 0o755)
	if err == nil {
		return &folder{path: path}, nil
	}
	if !errors.Is(err, fs.ErrExist) {
		return nil, err
	}
	if info, lerr := os.Lstat(path); lerr != nil || !info.IsDir() {
		// A file or a link where the folder goes: replace it.
		if err := os.RemoveAll(path); err != nil {
			return nil, err
		}
		return &folder{path: path}, os.Mkdir(path, 0o755)
	}
	return &folder{path: path, kept: map[string]bool{}}, nil
}

// folder makes the folder name inside f.
func (f *folder) folder(name string) (*folder, error) {
	f.keep(name)
	return makeFolder(filepath.Join(f.path, name))
}

// write writes the file name inside f, replacing what was there.
func (f *folder) write(name string, data []byte) error {
	f.keep(name)
	path := filepath.Join(f.path, name)
	err := os.WriteFile(path, data, 0o644)
	if err != nil && f.kept != nil {
		// A folder where the file goes, left by an older build: replace it.
		if info, lerr := os.Lstat(path); lerr == nil && info.IsDir() {
			if err := os.RemoveAll(path); err != nil {
				return err
			}
			return os.WriteFile(path, data, 0o644)
		}
	}
	return err
}

func (f *folder) keep(name string) {
	if f.kept != nil {
		f.kept[name] = true
	}
}

// prune removes what an older build left in f and this one did not write.
// Only f itself is read: a folder inside it is pruned by its own prune.
func (f *folder) prune() error {
	if f.kept == nil {
		return nil
	}
	entries, err := os.ReadDir(f.path)
	if err != nil {
		return err
	}
	var errs []error
	for _, e := range entries {
		if !f.kept[e.Name()] {
			errs = append(errs, os.RemoveAll(filepath.Join(f.path, e.Name())))
		}
	}
	return errors.Join(errs...)
}
