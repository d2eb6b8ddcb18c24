//go:build unix

package kiosk

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/flow"
)

// BenchmarkBuildRealCity writes the kiosk of the repository's own city
// (services/, Kota Malang: 57 offices, about 1,400 pages), as a build does:
// into a fresh folder, and again into the folder of the build before (a
// recycled build folder).
// Run: go test ./internal/kiosk -run '^$' -bench RealCity -benchmem -benchtime 3x
func BenchmarkBuildRealCity(b *testing.B) {
	cat, diags := check.Dir(os.DirFS("../../services"))
	if cat == nil {
		b.Fatalf("services/ does not check:\n%v", diags)
	}
	opts := Options{BaseURL: flow.MustBaseURL("https://alur.example.go.id/")}
	b.Run("fresh", func(b *testing.B) {
		dir := b.TempDir()
		defer reportCPU(b)()
		for i := 0; b.Loop(); i++ {
			if err := Build(cat, filepath.Join(dir, fmt.Sprint(i)), opts); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("again", func(b *testing.B) {
		dir := b.TempDir()
		if err := Build(cat, dir, opts); err != nil {
			b.Fatal(err)
		}
		defer reportCPU(b)()
		for b.Loop() {
			if err := Build(cat, dir, opts); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// reportCPU reports the CPU time the process spent per op, in user and in
// system calls: on a machine shared with other work, wall time says little.
// Call it before the loop and defer what it returns.
func reportCPU(b *testing.B) func() {
	before := cpuTimes(b)
	return func() {
		after := cpuTimes(b)
		n := float64(b.N)
		b.ReportMetric(float64(after.user-before.user)/1e6/n, "user-ms/op")
		b.ReportMetric(float64(after.sys-before.sys)/1e6/n, "sys-ms/op")
	}
}

type cpuTime struct{ user, sys time.Duration }

func cpuTimes(b *testing.B) cpuTime {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return cpuTime{time.Duration(ru.Utime.Nano()), time.Duration(ru.Stime.Nano())}
}
