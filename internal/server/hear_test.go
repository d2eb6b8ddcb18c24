package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/store"
)

// The resident forms take POST in both languages, the rest of the site
// does not; without a database they answer 503 and the site still serves.
func TestResidentPathsTakePost(t *testing.T) {
	f := newFixture(t)
	f.writeBuild("b1")
	f.publish("b1")
	without := f.newServer(Config{}).Handler()
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	with := f.newServer(Config{Data: db}).Handler()
	for _, p := range []string{"/umpan-balik/", "/en/umpan-balik/", "/survei/kauman/", "/en/survei/kauman/", "/api/v1/survei", "/api/v1/umpan-balik"} {
		if w := serve(without, newRequest(http.MethodPost, p)); w.Code != http.StatusServiceUnavailable {
			t.Errorf("POST %s without data: %d, want 503", p, w.Code)
		}
		// The fixture build has no directory: the resident handler itself
		// answers, not the guard (405) or the no-data stand-in.
		if w := serve(with, newRequest(http.MethodPost, p)); w.Code == http.StatusMethodNotAllowed || strings.Contains(w.Body.String(), "--data") {
			t.Errorf("POST %s with data: %d %s; the guard or the mount refused it", p, w.Code, w.Body)
		}
	}
	for _, p := range []string{"/en/kelurahan/", "/kelurahan/kauman/"} {
		if w := serve(with, newRequest(http.MethodPost, p)); w.Code != http.StatusMethodNotAllowed {
			t.Errorf("POST %s: %d, want 405", p, w.Code)
		}
	}
}
