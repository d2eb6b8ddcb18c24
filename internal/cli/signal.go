package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// exitInterrupted is the status of a command stopped by a signal, as a
// shell reports it for SIGINT.
const exitInterrupted = 130

// interruptible returns a context that SIGINT or SIGTERM cancels, so the
// command can stop cleanly: a build drops its staging folder, the server
// finishes its requests. Work that does not notice in time must not keep
// an operator waiting: after grace, or at a second signal, the process
// exits at once (a build then leaves at most a staging folder, which the
// next build removes; what is published is never touched).
func interruptible(stderr io.Writer, grace time.Duration) (context.Context, func()) {
	ctx, cancel := context.WithCancel(context.Background())
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case <-signals:
		case <-done:
			return
		}
		cancel()
		select {
		case <-signals:
		case <-time.After(grace):
		case <-done:
			return
		}
		fmt.Fprintln(stderr, "alur: dihentikan / stopped")
		os.Exit(exitInterrupted)
	}()
	return ctx, func() {
		signal.Stop(signals)
		close(done)
		cancel()
	}
}
