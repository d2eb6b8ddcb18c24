package site

import (
	"os"
	"testing"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/flow"
)

// BenchmarkFilesRealCity generates the page files of the repository's own
// city (services/), which the live preview does after every save.
func BenchmarkFilesRealCity(b *testing.B) {
	cat, _ := check.Dir(os.DirFS("../../services"))
	if cat == nil {
		b.Fatal("services/ does not load")
	}
	for b.Loop() {
		if _, err := Files(cat, flow.MustBaseURL("http://127.0.0.1:8080/")); err != nil {
			b.Fatal(err)
		}
	}
}
