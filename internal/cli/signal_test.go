package cli

import (
	"bytes"
	"errors"
	"github.com/alurlayanan/alur/internal/testing/sample"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestMain lets a test run this package's commands as a separate process
// (the test binary itself, with ALUR_CLI_MAIN=1), so a signal can be sent
// to a real build.
func TestMain(m *testing.M) {
	if os.Getenv("ALUR_CLI_MAIN") == "1" {
		os.Exit(Run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

func alurProcess(t *testing.T, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "ALUR_CLI_MAIN=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &out
}

// waitExit waits for cmd; a command that has not stopped after limit is
// killed and reported as hanging.
func waitExit(t *testing.T, cmd *exec.Cmd, out *bytes.Buffer, limit time.Duration) int {
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
	builds := filepath.Join(filepath.Dir(out), ".public-builds")
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
	if staged, _ := filepath.Glob(filepath.Join(builds, "*")); len(staged) != 0 {
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
