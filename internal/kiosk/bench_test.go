package kiosk

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

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
		for b.Loop() {
			if err := Build(cat, dir, opts); err != nil {
				b.Fatal(err)
			}
		}
	})
}
