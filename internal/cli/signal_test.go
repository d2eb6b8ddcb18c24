package cli

import (
	"bytes"
	"errors"
	"github.com/alurlayanan/alur/internal/testing/sample"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/publish"
)

// TestMain lets a test run this package's commands as a separate process
// (the test binary itself, with ALUR_CLI_MAIN=1), so a signal can be sent
// to a real build.
func TestMain(m *testing.M) {
	if os.Getenv("ALUR_CLI_MAIN") == "1" {
		os.Exit(Run(os.Args[1:], os.Stdout, os.Stderr))
	}
	if site := os.Getenv("ALUR_PLAIN_HUGO"); site != "" {
		os.Exit(buildPlainHugo(site, os.Args[1]))
	}
	os.Exit(m.Run())
}

// output collects what a process prints; the test reads it while the
// process still writes.
type output struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (o *output) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.Write(p)
}

func (o *output) Bytes() []byte {
	o.mu.Lock()
	defer o.mu.Unlock()
	return bytes.Clone(o.buf.Bytes())
}

func (o *output) String() string { return string(o.Bytes()) }

func alurProcess(t *testing.T, args ...string) (*exec.Cmd, *output) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "ALUR_CLI_MAIN=1")
	out := &output{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, out
}

// waitExit waits for cmd; a command that has not stopped after limit is
// killed and reported as hanging.
func waitExit(t *testing.T, cmd *exec.Cmd, out *output, limit time.Duration) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(limit):
		cmd.Process.Kill()
		<-done
		t.Fatalf("still running %s after the signal:\n%s", limit, out)
		return -1
	}
}

// TestBuildStopsOnSIGTERM stops a build of the real city half way: the
// command must end promptly, say so, and publish nothing.
func TestBuildStopsOnSIGTERM(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	cmd, log := alurProcess(t, "build", "--services", "../../services", "--content", "../../content",
		"--theme", "../../themes/alur", "--out", out, "-q")
	// Wait until the build is staging: past the check, inside the site build.
	builds := publish.BuildsDir(out)
	for start := time.Now(); ; time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(builds); err == nil {
			break
		}
		if time.Since(start) > time.Minute {
			cmd.Process.Kill()
			t.Fatalf("the build never started staging:\n%s", log)
		}
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := waitExit(t, cmd, log, 15*time.Second); code != exitInterrupted {
		t.Errorf("exit %d, want %d:\n%s", code, exitInterrupted, log)
	}
	if _, err := os.Lstat(out); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a stopped build published %s (%v)", out, err)
	}
	// A build that did not stop within its grace time was ended at once;
	// its staging folder goes with the next build.
	next, err := publish.Stage(out)
	if err != nil {
		t.Fatal(err)
	}
	defer next.Abort()
	if staged, _ := filepath.Glob(filepath.Join(builds, "*")); len(staged) != 1 || staged[0] != next.Dir {
		t.Errorf("a stopped build left %v", staged)
	}
}

// TestCheckDoesNotWaitOnANamedPipe: a named pipe among the services is
// named, not opened (opening it would wait for a writer forever).
func TestCheckDoesNotWaitOnANamedPipe(t *testing.T) {
	dir := t.TempDir()
	sample.WriteCity(t, dir)
	if err := syscall.Mkfifo(filepath.Join(dir, "layanan", "x.yaml"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd, log := alurProcess(t, "check", "--services", dir, "-q")
	if code := waitExit(t, cmd, log, 15*time.Second); code != exitProblem {
		t.Errorf("exit %d, want %d:\n%s", code, exitProblem, log)
	}
	if !bytes.Contains(log.Bytes(), []byte("layanan/x.yaml: galat: ini bukan berkas biasa (pipa bernama)")) {
		t.Errorf("output does not name the pipe:\n%s", log)
	}
}

// TestServeAndPreviewStopOnSIGTERM: the server and the live preview (a
// command of its own) end at once, and cleanly, on SIGTERM.
func TestServeAndPreviewStopOnSIGTERM(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "--site", t.TempDir(), "--addr", "127.0.0.1:0", "--data", t.TempDir()},
		{"preview", "--services", "../../services", "--content", "../../content", "--theme", "../../themes/alur", "--addr", "127.0.0.1:0"},
	} {
		cmd, log := alurProcess(t, args...)
		for start := time.Now(); !bytes.Contains(log.Bytes(), []byte("http://")); time.Sleep(20 * time.Millisecond) {
			if time.Since(start) > time.Minute {
				cmd.Process.Kill()
				t.Fatalf("%s never said where it listens:\n%s", args[0], log)
			}
		}
		if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		if code := waitExit(t, cmd, log, 15*time.Second); code != exitOK {
			t.Errorf("%s: exit %d after SIGTERM, want %d:\n%s", args[0], code, exitOK, log)
		}
	}
}
