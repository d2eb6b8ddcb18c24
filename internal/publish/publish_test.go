package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// publishBuild stages, fills and commits a build whose index.html names it.
func publishBuild(t *testing.T, out, name string) *Staged {
	t.Helper()
	s, err := Stage(out)
	if err != nil {
		t.Fatal(err)
	}
	writeSite(t, s.Dir, name)
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	return s
}

func writeSite(t *testing.T, dir, name string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(dir, "kelurahan"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"index.html", "kelurahan/index.html"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte(page(name)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func page(name string) string { return "<p>" + name + "</p><!--complete-->" }

func served(t *testing.T, out string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestCommitPublishesAndKeepsPrevious(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	first := publishBuild(t, out, "satu")
	if got := served(t, out); got != page("satu") {
		t.Fatalf("served %q", got)
	}
	second := publishBuild(t, out, "dua")
	if got := served(t, out); got != page("dua") {
		t.Fatalf("served %q", got)
	}
	cur, err := Current(out)
	if err != nil || cur != second.Dir {
		t.Fatalf("Current = %q, %v; want %q", cur, err, second.Dir)
	}
	if _, err := os.Stat(filepath.Join(first.Dir, "index.html")); err != nil {
		t.Errorf("previous build was not kept: %v", err)
	}
	link, _ := os.Readlink(out)
	if filepath.IsAbs(link) {
		t.Errorf("link %q is absolute; a relative link keeps the tree movable", link)
	}
}

func TestOldBuildsArePruned(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	var builds []*Staged
	for _, n := range []string{"satu", "dua", "tiga", "empat"} {
		builds = append(builds, publishBuild(t, out, n))
	}
	left := func() string {
		entries, err := os.ReadDir(BuildsDir(out))
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		return strings.Join(names, " ")
	}
	// The first two are gone: one removed by the last build, one set
	// aside by its commit for the next build to remove.
	want := strings.Join([]string{filepath.Base(builds[1].Dir) + removedSuffix, filepath.Base(builds[2].Dir), filepath.Base(builds[3].Dir)}, " ")
	if got := left(); got != want {
		t.Errorf("builds left: %v, want the set-aside one, previous and current: %v", got, want)
	}
	next, err := Stage(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := next.Abort(); err != nil {
		t.Fatal(err)
	}
	if got, want := left(), filepath.Base(builds[2].Dir)+" "+filepath.Base(builds[3].Dir); got != want {
		t.Errorf("after the next build: %v, want previous and current only: %v", got, want)
	}
	if cur, _ := Current(out); filepath.Base(cur) != filepath.Base(builds[3].Dir) {
		t.Errorf("published %s, want the last build", cur)
	}
}

func TestFailedBuildLeavesPublishedSiteUntouched(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	good := publishBuild(t, out, "baik")

	s, err := Stage(out)
	if err != nil {
		t.Fatal(err)
	}
	// The build fails halfway: one file written, then an error.
	if err := os.WriteFile(filepath.Join(s.Dir, "index.html"), []byte("<p>setengah"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := served(t, out); got != page("baik") {
		t.Fatalf("while building, served %q", got)
	}
	if err := s.Abort(); err != nil {
		t.Fatal(err)
	}
	if got := served(t, out); got != page("baik") {
		t.Errorf("after the failed build, served %q", got)
	}
	if cur, _ := Current(out); cur != good.Dir {
		t.Errorf("Current = %q, want %q", cur, good.Dir)
	}
	if _, err := os.Stat(s.Dir); !os.IsNotExist(err) {
		t.Errorf("aborted build folder still there: %v", err)
	}
	if err := s.Commit(); err == nil {
		t.Error("an aborted build could be committed")
	}
}

func TestStagingOfAnotherBuildSurvivesCommitUntilStale(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	publishBuild(t, out, "satu")
	running, err := Stage(out) // another build, still in progress
	if err != nil {
		t.Fatal(err)
	}
	crashed, err := Stage(out) // left behind by a crash long ago
	if err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-2 * staleStaging)
	if err := os.Chtimes(crashed.Dir, old, old); err != nil {
		t.Fatal(err)
	}
	publishBuild(t, out, "dua")
	if _, err := os.Stat(running.Dir); err != nil {
		t.Errorf("a build in progress was pruned: %v", err)
	}
	if _, err := os.Stat(crashed.Dir); !os.IsNotExist(err) {
		t.Errorf("a stale staging folder was kept: %v", err)
	}
}

func TestStageRefusesARealFolder(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Stage(out); err == nil || !strings.Contains(err.Error(), "not a link") {
		t.Errorf("err = %v, want a refusal to replace a real folder", err)
	}
}

// TestCommitIsAtomic keeps reading the published site while builds are
// committed one after another: every read must reach a complete build.
func TestCommitIsAtomic(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	publishBuild(t, out, "build-0")

	var stop atomic.Bool
	var reads atomic.Int64
	var passes [2]atomic.Int64 // each reader's passes over the files
	var wg sync.WaitGroup
	failures := make(chan string, 100)
	for r := range passes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ; !stop.Load(); passes[r].Add(1) {
				for _, f := range []string{"index.html", "kelurahan/index.html"} {
					b, err := os.ReadFile(filepath.Join(out, f))
					reads.Add(1)
					if err != nil || !strings.HasPrefix(string(b), "<p>build-") || !strings.HasSuffix(string(b), "<!--complete-->") {
						select {
						case failures <- fmt.Sprintf("%s: %q, %v", f, b, err):
						default:
						}
					}
				}
			}
		}()
	}
	for i := 1; i <= 50; i++ {
		publishBuild(t, out, fmt.Sprintf("build-%d", i))
		// The contract keeps the current build and the one before it: a
		// reader may be one publish behind, never two. On a loaded machine
		// the publisher could outrun a reader by two publishes, so it waits
		// until each reader has made a whole pass since this publish.
		for r := range passes {
			for start := passes[r].Load(); passes[r].Load() < start+2; {
				runtime.Gosched()
			}
		}
	}
	stop.Store(true)
	wg.Wait()
	close(failures)
	for f := range failures {
		t.Error("reader saw an incomplete site:", f)
	}
	if reads.Load() == 0 {
		t.Fatal("the readers never ran")
	}
	if got := served(t, out); got != page("build-50") {
		t.Errorf("finally served %q", got)
	}
}

// TestStagingOfAKilledBuildGoes: a staging folder whose build process is
// gone (killed with SIGKILL, or after its grace time) is removed by the
// next build, however young it is.
func TestStagingOfAKilledBuildGoes(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	first, err := Stage(out)
	if err != nil {
		t.Fatal(err)
	}
	// A build by a process that no longer runs: a child that has exited.
	child := exec.Command("true")
	if err := child.Run(); err != nil {
		t.Fatal(err)
	}
	dead := filepath.Join(filepath.Dir(first.Dir), fmt.Sprintf("20261202T000000Z-dead00.%d%s", child.Process.Pid, stagingSuffix))
	if err := os.MkdirAll(dead, 0o755); err != nil {
		t.Fatal(err)
	}
	second, err := Stage(out)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dead); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the killed build's staging folder is still there: %v", err)
	}
	if _, err := os.Stat(first.Dir); err != nil {
		t.Errorf("a running build's staging folder was removed: %v", err)
	}
	first.Abort()
	second.Abort()
}

// A build set aside becomes the next build's staging folder; what that
// build does not write over is gone when it commits, empty folders too.
func TestStagingRecyclesABuildSetAsideAndCommitKeepsOnlyWhatWasWritten(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	var first *Staged
	for i, n := range []string{"satu", "dua", "tiga"} {
		s := publishBuild(t, out, n)
		if i == 0 {
			first = s
		}
	}
	old := filepath.Join(first.Dir+removedSuffix, "kelurahan", "lama", "index.html")
	if err := os.MkdirAll(filepath.Dir(old), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(old, []byte(page("lama")), 0o644); err != nil {
		t.Fatal(err)
	}

	s, err := Stage(out)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(s.Dir, "kelurahan", "lama", "index.html")); err != nil {
		t.Fatalf("the staging folder is not the build set aside: %v", err)
	}
	writeSite(t, s.Dir, "empat")
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := served(t, out); got != page("empat") {
		t.Errorf("served %q", got)
	}
	var files []string
	filepath.WalkDir(s.Dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && p != s.Dir {
			rel, _ := filepath.Rel(s.Dir, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	})
	if got, want := strings.Join(files, " "), "index.html kelurahan kelurahan/index.html"; got != want {
		t.Errorf("published build holds %s, want only what the build wrote: %s", got, want)
	}
}

// An aborted build over a recycled folder goes whole, like any other.
func TestAbortRemovesARecycledStagingFolder(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	for _, n := range []string{"satu", "dua", "tiga"} {
		publishBuild(t, out, n)
	}
	s, err := Stage(out)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(s.Dir, "index.html")); err != nil {
		t.Fatalf("the staging folder is not the build set aside: %v", err)
	}
	if err := s.Abort(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(s.Dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("aborted staging folder left: %v", err)
	}
	if got := served(t, out); got != page("tiga") {
		t.Errorf("served %q", got)
	}
}

// When the clock is set back during a build, file times no longer tell
// its files from the old build's: the commit refuses rather than publish
// a page left over, or remove one just written.
func TestCommitRefusesWhenTheClockWasSetBack(t *testing.T) {
	dir := t.TempDir()
	writeSite(t, dir, "satu")
	err := removeUnwritten(dir, time.Now().Add(time.Hour))
	if err == nil || !strings.Contains(err.Error(), "clock") {
		t.Fatalf("err = %v, want a refusal naming the clock", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "kelurahan", "index.html")); err != nil {
		t.Errorf("a refused commit removed a file: %v", err)
	}
}

// A build set aside that holds a link (alur makes none) is not written
// over, or the build would write where the link leads: it is removed
// whole, link and all, and what the link pointed at is left as it was.
func TestABuildSetAsideWithALinkIsNotWrittenOver(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "public")
	var first *Staged
	for i, n := range []string{"satu", "dua", "tiga"} {
		s := publishBuild(t, out, n)
		if i == 0 {
			first = s
		}
	}
	outside := filepath.Join(root, "milik-orang-lain.txt")
	if err := os.WriteFile(outside, []byte("jangan ditimpa"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(first.Dir+removedSuffix, "kelurahan", "index.html")
	os.Remove(link)
	if err := os.Symlink(outside, link); err != nil {
		t.Fatal(err)
	}
	s, err := Stage(out)
	if err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(s.Dir); len(entries) != 0 {
		t.Fatalf("the build with a link was written over: staging holds %d entries", len(entries))
	}
	writeSite(t, s.Dir, "empat")
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(outside); string(got) != "jangan ditimpa" {
		t.Errorf("the file the link led to now holds %q", got)
	}
	if _, err := os.Lstat(first.Dir + removedSuffix); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the build with a link was not removed: %v", err)
	}
}
