package browsertest

import (
	"context"
	"log/slog"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/account"
	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/server"
	"github.com/alurlayanan/alur/internal/store"
	"github.com/alurlayanan/alur/internal/survey"
	"github.com/chromedp/chromedp/kb"
)

// What a resident typed into a report, meant to run as markup or a link.
const (
	hostileReport = `<img src=x onerror=alert(1)><script>alert(2)</script>`
	hostileLink   = `javascript:alert(3)`
)

// staffSite serves the fixture build with a database behind the real
// server, holding one city account and hostile reports.
func staffSite(t *testing.T) (*servedSite, string) {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "data"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	const password = "sandi-sekda-2026"
	hash, err := account.Hash(password)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.AddUser(ctx, account.User{Name: "sekda", Role: account.City}, hash); err != nil {
		t.Fatal(err)
	}
	at := time.Now().Add(-time.Hour)
	for _, r := range []feedback.Report{
		{ID: "h1", Office: "arjosari", Service: "sktm", Reason: feedback.Other, Text: hostileReport},
		{ID: "h2", Office: "arjosari", Reason: feedback.Wrong, Text: hostileLink},
	} {
		r.Channel, r.At, r.Status = feedback.Web, at, feedback.New
		if _, err := db.AddReport(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.AddResponse(ctx, survey.Response{ID: "s1", Office: "arjosari", Channel: survey.Web, At: at, Answers: survey.Answers{4, 3, 3, 4, 3, 3, 4, 2, 3}}); err != nil {
		t.Fatal(err)
	}
	return serveWithData(t, db, slog.LevelError), password
}

// serveWithData serves the fixture build with db behind the real server,
// logging at level and above to stderr.
func serveWithData(t *testing.T, db *store.DB, level slog.Level) *servedSite {
	t.Helper()
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	srv, err := server.New(server.Config{Site: fixture.Dir, Logger: logger, Data: db})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewUnstartedServer(srv.Handler())
	hs.Listener.Close()
	hs.Listener = ln
	hs.Start()
	s := &servedSite{Origin: "http://" + ln.Addr().String(), Dir: fixture.Dir, Catalog: fixture.Catalog, http: hs, server: srv}
	t.Cleanup(s.close)
	return s
}

// Staff log in and read residents' hostile reports as the characters
// typed: no element is made from them, no script runs, no dialog opens,
// nothing becomes a link.
func TestStaffSeeHostileFeedbackAsText(t *testing.T) {
	site, password := staffSite(t)
	tb := newTab(t, site)
	tb.open(t, "/staf/masuk")
	// Type as a person would, and press Enter.
	evaluate[bool](t, tb, `(document.querySelector("#nama").focus(), true)`)
	press(t, tb, "sekda")
	evaluate[bool](t, tb, `(document.querySelector("#sandi").focus(), true)`)
	press(t, tb, password)
	press(t, tb, kb.Enter)
	waitFor(t, tb, `location.pathname === "/staf/" && !!document.querySelector("nav.al-nav")`, "the staff overview after login")
	for _, path := range []string{"/staf/umpan", "/staf/umpan/h1", "/staf/umpan/h2", "/staf/"} {
		t.Run(path, func(t *testing.T) {
			tb.open(t, path)
			if n := evaluate[int](t, tb, `document.querySelectorAll("main img, main script, a[href^='javascript']").length`); n > 0 {
				t.Errorf("%s: %d elements made from residents' text", path, n)
			}
			if n := tb.dialogCount(); n > 0 {
				t.Errorf("%s: %d dialogs opened", path, n)
			}
			text := call[visibleText](t, tb, "visible").Text
			if strings.HasPrefix(path, "/staf/umpan") && path != "/staf/umpan/h2" && !strings.Contains(text, hostileReport) {
				t.Errorf("%s does not show the report as typed:\n%s", path, text)
			}
			if (path == "/staf/umpan" || path == "/staf/umpan/h2") && !strings.Contains(text, hostileLink) {
				t.Errorf("%s does not show %q as text:\n%s", path, hostileLink, text)
			}
		})
	}
	t.Run("accessible", func(t *testing.T) {
		axe := readAxe(t)
		for _, path := range []string{"/staf/", "/staf/umpan", "/staf/umpan/h1"} {
			tb.open(t, path)
			runAxe(t, tb, axe)
		}
	})
	// Logging out ends the session in the browser too.
	evaluate[bool](t, tb, `(document.querySelector(".st-logout button").click(), true)`)
	waitFor(t, tb, `location.pathname === "/staf/masuk" && !!document.querySelector("#sandi")`, "the login page after logout")
	tb.open(t, "/staf/umpan")
	if text := call[visibleText](t, tb, "visible").Text; strings.Contains(text, hostileLink) {
		t.Error("after logging out the reports still show")
	}
}
