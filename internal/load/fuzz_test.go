package load

import (
	"maps"
	"slices"
	"testing"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/testing/sample"
)

// FuzzBytes feeds arbitrary bytes to the loader as each kind of file. The
// loader must return (with or without problems) and never panic or hang.
// Seeds are the shared fixture city's files (internal/testing/sample); found crashers land in
// testdata/fuzz/FuzzBytes and are replayed by every `go test`.
func FuzzBytes(f *testing.F) {
	city := sample.City()
	for _, name := range slices.Sorted(maps.Keys(city)) {
		if name != "sinonim.yaml" {
			f.Add(city[name].Data)
		}
	}
	f.Add([]byte("a: &a [*a]\n"))
	f.Add([]byte("langkah: [{dan: [{dan: [{atau: []}]}]}]\n"))
	f.Add([]byte("\xef\xbb\xbfid: x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, dst := range []any{&flow.CityFile{}, &flow.ServiceDef{}, &flow.OfficeFile{}} {
			var diags diag.List
			Bytes("x.yaml", data, dst, &diags)
			for _, p := range diags.Items() {
				if p.Message(diag.ID) == "" || p.Message(diag.EN) == "" {
					t.Fatalf("empty message for %s", p.Code)
				}
			}
		}
	})
}
