package sample

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestEachCallIsAFreshCopy(t *testing.T) {
	a := City()
	a["kota.yaml"].Data[0] = '!'
	delete(a, "sinonim.yaml")
	b := City()
	if b["kota.yaml"].Data[0] == '!' || b["sinonim.yaml"] == nil {
		t.Error("a change to one copy of the city shows in the next")
	}
}

func TestRichCityIsTheBaseOverlaid(t *testing.T) {
	base, rich, overlay := City(), RichCity(), copyOf("rich")
	for name, f := range base {
		if _, replaced := overlay[name]; !replaced && !bytes.Equal(rich[name].Data, f.Data) {
			t.Errorf("%s: the rich city lost the base file", name)
		}
	}
	for name, f := range overlay {
		if !bytes.Equal(rich[name].Data, f.Data) {
			t.Errorf("%s: the rich city does not carry rich/%s", name, name)
		}
	}
	if len(rich) <= len(base) {
		t.Errorf("rich city has %d files, base %d", len(rich), len(base))
	}
}

func TestWriteCity(t *testing.T) {
	dir := WriteCity(t, filepath.Join(t.TempDir(), "services"))
	got, err := os.ReadFile(filepath.Join(dir, "layanan", "sktm.yaml"))
	if err != nil || !bytes.Equal(got, City()["layanan/sktm.yaml"].Data) {
		t.Errorf("written sktm.yaml differs (%v)", err)
	}
}
