package kiosk

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/testing/chrome"
)

// TestBrowserKioskKeepsWorkingWithTheServerStopped: the kiosk keeps its
// office's pages in a service worker; with the server stopped it still
// shows every service of its office and says it is offline.
func TestBrowserKioskKeepsWorkingWithTheServerStopped(t *testing.T) {
	ctx := chrome.ForTest(t, 2*time.Minute)
	out := buildFixture(t, fixtureCity(t))
	files := http.FileServer(http.Dir(out))
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
	mux.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		files.ServeHTTP(w, r)
	}))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	var list []string
	data, err := os.ReadFile(filepath.Join(out, "kiosk", "kauman", OfflineList))
	if err != nil || json.Unmarshal(data, &list) != nil || len(list) < 4 {
		t.Fatalf("offline list %s: %v", data, err)
	}
	open(t, ctx, portrait, srv.URL+"/kiosk/kauman/?simpan=1")
	chrome.WaitFor(t, ctx, "the service worker to keep the office's pages",
		`document.documentElement.dataset.offlineReady === "`+jsonInt(len(list))+`"`, 30*time.Second)
	if chrome.Eval[bool](t, ctx, `!document.getElementById('k-offline').hidden`) {
		t.Error("the offline line shows while the server runs")
	}

	srv.CloseClientConnections()
	srv.Close()

	for _, u := range list {
		if !strings.HasSuffix(u, "/") {
			continue // the assets came with the pages
		}
		open(t, ctx, portrait, srv.URL+u)
		chrome.WaitFor(t, ctx, "the offline line on "+u, `!document.getElementById('k-offline').hidden`, 10*time.Second)
		if got := chrome.Eval[string](t, ctx, `document.querySelector('main h1, h1').innerText`); got == "" || strings.Contains(got, "offline") {
			t.Errorf("%s with the server stopped shows %q", u, got)
		}
	}
	// The start screen still lists every service of the office.
	open(t, ctx, portrait, srv.URL+"/kiosk/kauman/")
	links := chrome.Eval[int](t, ctx, `new Set(Array.from(document.querySelectorAll('a[href^="/kiosk/kauman/"]')).map(a => a.getAttribute('href'))).size`)
	if links < len(list)-4 {
		t.Errorf("the offline start screen links %d services, want %d", links, len(list)-4)
	}
}

func jsonInt(n int) string { b, _ := json.Marshal(n); return string(b) }
