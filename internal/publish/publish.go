// Package publish swaps a freshly built site into place atomically.
//
// The published path (alur's --out, "public") is a symbolic link to a build
// folder. Builds live beside it in a hidden folder:
//
//	public                         -> .public-builds/20261123T201500Z-1a2b3c
//	.public-builds/20261123T201500Z-1a2b3c/   current
//	.public-builds/20261123T190000Z-4d5e6f/   previous, kept for a quick rollback
//	.public-builds/20261123T203000Z-7a8b9c.staging/   a build in progress
//	.public-builds/20261123T180000Z-0f1e2d.removed/   superseded, being removed
//
// A build is written into a staging folder. Commit renames a new link over
// the old one, which POSIX makes atomic: a reader resolving the published
// path always reaches a complete build, the old or the new one, never a mix
// and never nothing. A build that fails is aborted (or simply never
// committed) and the site keeps serving the previous build untouched.
//
// Removing a superseded build means unlinking thousands of files, which
// took as long as a third of a city's build. Commit only renames it
// aside (".removed"). The next build recycles it: it becomes that build's
// staging folder, and the build writes over its files. Creating a file
// costs far more than writing over one (and on ext4, creating thousands
// right after deleting thousands costs more again), and most pages of a
// city stay where they were from one build to the next. Commit then
// removes what the build did not write: the files it left older than the
// build. Any other set-aside builds are removed while the build renders.
//
// One process publishes to a given path at a time (the build command);
// readers such as the server may be many.
package publish

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

const (
	stagingSuffix = ".staging"
	removedSuffix = ".removed"
	// staleStaging is how old a staging folder must be before a commit
	// treats it as left behind by a crashed build and removes it.
	staleStaging = 24 * time.Hour
)

// Staged is a build folder being filled, not yet published.
type Staged struct {
	Dir  string // write the site here
	out  string
	id   string
	done bool
	// cleared is closed when the builds set aside by earlier commits are
	// gone; Commit and Abort wait for it, so no removal outlives a build.
	cleared  chan struct{}
	clearErr error
	// began is the file system's time when the build began, set when Dir
	// is a recycled build: Commit removes the files the build did not
	// write, those it left older than began.
	began time.Time
}

// Stage makes an empty build folder for the site published at out.
func Stage(out string) (*Staged, error) {
	out, err := filepath.Abs(out)
	if err != nil {
		return nil, err
	}
	if err := checkOut(out); err != nil {
		return nil, err
	}
	id, err := newID(time.Now())
	if err != nil {
		return nil, err
	}
	removeStaleStaging(BuildsDir(out))
	// The staging folder names the process that fills it, so a folder
	// left by a build that was killed can be told from one in progress.
	dir := filepath.Join(BuildsDir(out), fmt.Sprintf("%s.%d%s", id, os.Getpid(), stagingSuffix))
	s := &Staged{Dir: dir, out: out, id: id, cleared: make(chan struct{})}
	if s.began, err = recycle(BuildsDir(out), dir); err != nil {
		return nil, err
	}
	if s.began.IsZero() {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("publish: %w", err)
		}
	}
	go func() {
		defer close(s.cleared)
		s.clearErr = removeSetAside(BuildsDir(out))
	}()
	return s, nil
}

// waitCleared waits until the builds set aside before this one are gone.
func (s *Staged) waitCleared() error {
	<-s.cleared
	return s.clearErr
}

// ID names the build; it is the published folder's name after Commit.
func (s *Staged) ID() string { return s.id }

// Commit publishes the staged build: out resolves to it from now on. The
// build before it is kept as the previous one; older builds are set aside
// for the next build to remove.
func (s *Staged) Commit() error {
	if s.done {
		return errors.New("publish: build already committed or aborted")
	}
	if err := s.waitCleared(); err != nil {
		return err
	}
	if !s.began.IsZero() {
		if err := removeUnwritten(s.Dir, s.began); err != nil {
			return err
		}
	}
	builds := BuildsDir(s.out)
	final := filepath.Join(builds, s.id)
	if err := os.Rename(s.Dir, final); err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	s.Dir, s.done = final, true
	previous, _ := Current(s.out)
	if err := swapLink(s.out, filepath.Join(filepath.Base(builds), s.id)); err != nil {
		return err
	}
	return prune(builds, s.id, filepath.Base(previous))
}

// Abort removes the staged build; the published site is not touched.
func (s *Staged) Abort() error {
	if s.done {
		return nil
	}
	s.done = true
	return errors.Join(os.RemoveAll(s.Dir), s.waitCleared())
}

// Current returns the build folder out resolves to.
func Current(out string) (string, error) {
	target, err := os.Readlink(out)
	if err != nil {
		return "", err
	}
	if !filepath.IsAbs(target) {
		target = filepath.Join(filepath.Dir(out), target)
	}
	return target, nil
}

// checkOut refuses to publish over a real folder: it is not alur's to
// replace, and a folder cannot be swapped atomically.
func checkOut(out string) error {
	info, err := os.Lstat(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("publish: %w", err)
	case info.Mode()&fs.ModeSymlink == 0:
		return fmt.Errorf("publish: %s is a real folder or file, not a link made by alur; move it away first", out)
	}
	return nil
}

// BuildsDir is the folder that holds the builds published at out.
func BuildsDir(out string) string {
	return filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+"-builds")
}

// newID names a build so that names sort by time and never collide.
func newID(now time.Time) (string, error) {
	var b [3]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	return now.UTC().Format("20060102T150405.000000000Z") + "-" + hex.EncodeToString(b[:]), nil
}

// swapLink points out at target by renaming a new link over the old one.
func swapLink(out, target string) error {
	tmp := fmt.Sprintf("%s.link-%d", out, time.Now().UnixNano())
	if err := os.Symlink(target, tmp); err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	if err := os.Rename(tmp, out); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("publish: %w", err)
	}
	return syncDir(filepath.Dir(out))
}

// syncDir makes the rename durable: after a crash the link points at a
// complete build, not at nothing.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		return fmt.Errorf("publish: sync %s: %w", dir, err)
	}
	return nil
}

// prune sets aside committed builds other than current and previous, and
// removes staging folders old enough to have been left by a crashed build.
func prune(builds, current, previous string) error {
	entries, err := os.ReadDir(builds)
	if err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	keep := []string{current, previous}
	var errs []error
	for _, e := range entries {
		name := e.Name()
		if slices.Contains(keep, name) || !e.IsDir() {
			continue
		}
		switch {
		case strings.HasSuffix(name, removedSuffix):
			continue // the next build's
		case strings.HasSuffix(name, stagingSuffix):
			if stale(e) {
				errs = append(errs, os.RemoveAll(filepath.Join(builds, name)))
			}
			continue
		}
		errs = append(errs, os.Rename(filepath.Join(builds, name), filepath.Join(builds, name+removedSuffix)))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("publish: pruning old builds: %w", err)
	}
	return nil
}

// removeSetAside removes the builds earlier commits set aside.
func removeSetAside(builds string) error {
	entries, err := os.ReadDir(builds)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("publish: %w", err)
	}
	var errs []error
	for _, e := range entries {
		if e.IsDir() && strings.HasSuffix(e.Name(), removedSuffix) {
			errs = append(errs, os.RemoveAll(filepath.Join(builds, e.Name())))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("publish: removing old builds: %w", err)
	}
	return nil
}

// removeStaleStaging removes the staging folders that killed or crashed
// builds left (best effort: the next commit's prune tries again).
func removeStaleStaging(builds string) {
	entries, _ := os.ReadDir(builds)
	for _, e := range entries {
		if e.IsDir() && strings.HasSuffix(e.Name(), stagingSuffix) && stale(e) {
			os.RemoveAll(filepath.Join(builds, e.Name()))
		}
	}
}

// stale tells a staging folder left behind: its build process is gone, or
// it is older than any build takes.
func stale(e fs.DirEntry) bool {
	if pid, ok := stagingOwner(e.Name()); ok && !alive(pid) {
		return true
	}
	info, err := e.Info()
	return err == nil && time.Since(info.ModTime()) > staleStaging
}

// stagingOwner reads the process id from a staging folder's name,
// <id>.<pid>.staging.
func stagingOwner(name string) (int, bool) {
	base := strings.TrimSuffix(name, stagingSuffix)
	dot := strings.LastIndexByte(base, '.')
	if dot < 0 {
		return 0, false
	}
	pid, err := strconv.Atoi(base[dot+1:])
	return pid, err == nil && pid > 0
}

// alive tells whether a process with this id runs (or may: one we may not
// signal is not ours to judge).
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// recycle makes the newest build set aside the staging folder dir and
// returns the file system's time once it is, which every file the build
// writes will be stamped at or after. With no build set aside it returns
// the zero time and the caller makes dir afresh.
func recycle(builds, dir string) (time.Time, error) {
	entries, err := os.ReadDir(builds)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return time.Time{}, fmt.Errorf("publish: %w", err)
	}
	for _, e := range slices.Backward(entries) {
		if !e.IsDir() || !strings.HasSuffix(e.Name(), removedSuffix) {
			continue
		}
		if !onlyFilesAndFolders(filepath.Join(builds, e.Name())) {
			continue // removed whole, as before recycling
		}
		if err := os.Rename(filepath.Join(builds, e.Name()), dir); err != nil {
			return time.Time{}, fmt.Errorf("publish: %w", err)
		}
		began, err := fileTime(dir)
		if err == nil {
			// Files of the old build may carry this same time: file times
			// come from a clock that moves in ticks.
			began, err = fileTimeAfter(dir, began)
		}
		if err != nil {
			return time.Time{}, err
		}
		// A staging folder older than a day looks left behind; this one
		// is in use.
		return began, os.Chtimes(dir, began, began)
	}
	return time.Time{}, nil
}

// onlyFilesAndFolders tells whether the tree at dir holds nothing but
// regular files and folders. A build writes through what it finds: a
// link left in a build set aside (alur makes none) would lead its writes
// out of the builds folder, so such a build is not written over.
func onlyFilesAndFolders(dir string) bool {
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.Type().IsRegular() && !d.IsDir() {
			return fs.ErrInvalid
		}
		return nil
	})
	return err == nil
}

// fileTime is the time the file system stamps a file made in dir now. It
// is read from a file rather than the clock because file times come from
// a coarser clock, which may lag the one time.Now reads.
func fileTime(dir string) (time.Time, error) {
	f, err := os.CreateTemp(dir, ".clock-")
	if err != nil {
		return time.Time{}, fmt.Errorf("publish: %w", err)
	}
	info, err := f.Stat()
	f.Close()
	os.Remove(f.Name())
	if err != nil {
		return time.Time{}, fmt.Errorf("publish: %w", err)
	}
	return info.ModTime(), nil
}

// fileTimeAfter is fileTime once it is later than t.
func fileTimeAfter(dir string, t time.Time) (time.Time, error) {
	for {
		now, err := fileTime(dir)
		if err != nil || now.After(t) {
			return now, err
		}
		time.Sleep(time.Millisecond)
	}
}

// removeUnwritten removes from a recycled build folder what the build
// did not write: files stamped before it began (or after it ended, which
// no file it wrote can be), and the folders that leaves empty.
func removeUnwritten(dir string, began time.Time) error {
	ended, err := fileTime(dir)
	if err != nil {
		return err
	}
	if ended.Before(began) {
		// The clock was set back: the times no longer tell this build's
		// files from the old ones, and a page left over must not be
		// published.
		return errors.New("publish: the clock was set back during the build; build again")
	}
	written := func(t time.Time) bool { return !t.Before(began) && !t.After(ended) }
	if _, err := pruneUnwritten(dir, written); err != nil {
		return fmt.Errorf("publish: removing what the build did not write: %w", err)
	}
	return nil
}

// pruneUnwritten removes the files under dir whose time is not written
// and the folders left empty, and tells whether dir is left empty.
func pruneUnwritten(dir string, written func(time.Time) bool) (empty bool, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false, err
	}
	kept := 0
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if e.IsDir() {
			gone, err := pruneUnwritten(p, written)
			if err != nil {
				return false, err
			}
			if !gone {
				kept++
			} else if err := os.Remove(p); err != nil {
				return false, err
			}
			continue
		}
		info, err := e.Info()
		if err != nil {
			return false, err
		}
		if written(info.ModTime()) {
			kept++
		} else if err := os.Remove(p); err != nil {
			return false, err
		}
	}
	return kept == 0, nil
}
