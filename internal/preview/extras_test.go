package preview

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/testing/sample"
)

// untilExtras reads events until the extras have been made n times.
func untilExtras(t testing.TB, e *eventReader, n int) State {
	t.Helper()
	return until(t, e, fmt.Sprintf("extras %d", n), func(s State) bool { return s.Extras >= n })
}

// The search index, the kiosks and the data files follow the service
// files too, after the pages; an office removed takes its pages, kiosk and
// data with it.
func TestExtrasFollowTheServiceFiles(t *testing.T) {
	p := newProject(t, sample.RichCity(), sample.Content())
	base := startPreview(t, p)
	events := openEvents(t, base)
	untilExtras(t, events, 1)
	expect := func(url string, status int, has, lacks string) {
		t.Helper()
		code, body := page(t, base+url)
		if code != status || !strings.Contains(body, has) || (lacks != "" && strings.Contains(body, lacks)) {
			t.Errorf("%s: status %d (want %d), want %q and not %q in:\n%.400s", url, code, status, has, lacks, body)
		}
	}
	expect("/api/search?q=kematian", http.StatusOK, `"url":"/layanan/kematian/"`, "")
	expect("/cari/?q=kematian", http.StatusOK, "Surat Keterangan Kematian", "")
	expect("/cari/?q=kematian", http.StatusOK, `data-extras="1"`, "")
	expect("/kiosk/kauman/", http.StatusOK, "Surat Keterangan Kematian", "")
	expect("/katalog.json", http.StatusOK, `"arjosari"`, "")
	expect("/kelurahan/arjosari/services.json", http.StatusOK, "service_code", "")

	sample.Replace(t, filepath.Join(p.services, "layanan", "kematian.yaml"), "nama: Surat Keterangan Kematian", "nama: Surat Keterangan Wafat")
	untilExtras(t, events, 2)
	expect("/api/search?q=wafat", http.StatusOK, "Surat Keterangan Wafat", "")
	expect("/kiosk/kauman/", http.StatusOK, "Surat Keterangan Wafat", "Surat Keterangan Kematian")

	if err := os.Remove(filepath.Join(p.services, "kelurahan", "blimbing", "arjosari.yaml")); err != nil {
		t.Fatal(err)
	}
	untilExtras(t, events, 3)
	for _, url := range []string{"/kelurahan/arjosari/", "/en/kelurahan/arjosari/", "/kiosk/arjosari/", "/kelurahan/arjosari/services.json"} {
		if code, _ := page(t, base+url); code != http.StatusNotFound {
			t.Errorf("%s of the removed office: status %d, want 404", url, code)
		}
	}
	expect("/katalog.json", http.StatusOK, `"kauman"`, `"arjosari"`)
}
