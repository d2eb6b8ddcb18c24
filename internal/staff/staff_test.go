package staff

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/account"
	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/store"
	"github.com/alurlayanan/alur/internal/survey"
)

var ctx = context.Background()

// fakeSite is a build with two offices and a home page linking the
// theme's stylesheet.
type fakeSite struct{ dir *layout.Directory }

func (f fakeSite) Directory(*http.Request) (*layout.Directory, error) { return f.dir, nil }

func (f fakeSite) Page(_ *http.Request, name string) ([]byte, error) {
	if name != "index.html" {
		return nil, fmt.Errorf("no page %s", name)
	}
	return []byte(`<!doctype html><html><head><link rel="stylesheet" href="/css/site.min.abc.css" integrity="sha256-xyz="></head></html>`), nil
}

var testDirectory = &layout.Directory{City: "Kota Contoh", TimeZone: flow.TimeZone, Offices: []layout.DirOffice{
	{ID: "kauman", Name: "Kauman", District: "Klojen", Source: "services/kelurahan/klojen/kauman.yaml:1", OpenDays: everyDay, Services: []layout.DirService{
		{ID: "sktm", Name: "Surat Keterangan Tidak Mampu", Source: "services/layanan/sktm.yaml:3", Override: "services/kelurahan/klojen/kauman.yaml:40", Requirements: []string{"Surat pengantar RT/RW", "KTP"}},
		{ID: "domisili", Name: "Surat Keterangan Domisili", Source: "services/layanan/domisili.yaml:3"},
	}},
	{ID: "jodipan", Name: "Jodipan", District: "Blimbing", Source: "services/kelurahan/blimbing/jodipan.yaml:1", OpenDays: everyDay,
		Staff: []string{"Budi Santoso", "Sari Wulandari"}, Facilities: []string{"ruang tunggu", "toilet"}, Services: []layout.DirService{
			{ID: "sktm", Name: "Surat Keterangan Tidak Mampu", Source: "services/layanan/sktm.yaml:3"},
			{ID: "layanan-jodipan", Name: "Layanan Khusus Jodipan", Source: "services/kelurahan/blimbing/jodipan.yaml:70"},
		}},
}}

// everyDay keeps the test offices open whatever day the tests run, so the
// draw always has offices to draw.
var everyDay = [7]bool{true, true, true, true, true, true, true}

// The accounts of the tests, each with the password passwordOf(name).
var testUsers = []account.User{
	{Name: "sekda", Role: account.City},
	{Name: "kauman", Role: account.Office, Office: "kauman"},
	{Name: "jodipan", Role: account.Office, Office: "jodipan"},
	{Name: "inspektur", Role: account.Inspector},
}

func passwordOf(name string) string { return "sandi-" + name + "-2026" }

// Distinctive things of Jodipan that must never reach Kauman's account.
const (
	jodipanText   = "JODIPAN-RAHASIA-LAPORAN"
	jodipanServed = 98765
)

type fixture struct {
	db    *store.DB
	staff *Staff
	h     http.Handler
	// kaumanAnswers are the questionnaires kept for Kauman in 2026.
	kaumanAnswers []survey.Answers
}

var wib = flow.Zone

func newFixture(t testing.TB) *fixture {
	t.Helper()
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, u := range testUsers {
		hash, err := account.Hash(passwordOf(u.Name))
		if err != nil {
			t.Fatal(err)
		}
		if err := db.AddUser(ctx, u, hash); err != nil {
			t.Fatal(err)
		}
	}
	f := &fixture{db: db}
	f.staff = &Staff{DB: db, Site: fakeSite{testDirectory}, Log: slog.New(slog.DiscardHandler)}
	f.h = f.staff.Handler()
	// Kauman: answers spread over the year; Jodipan: its own.
	for i := range 30 {
		var a survey.Answers
		for e := range a {
			a[e] = 1 + (i*7+e*3)%4
		}
		f.kaumanAnswers = append(f.kaumanAnswers, a)
		at := time.Date(2026, time.Month(1+i%11), 1+i%27, 9, 0, 0, 0, wib)
		if _, err := db.AddResponse(ctx, survey.Response{ID: fmt.Sprint("k", i), Office: "kauman", Service: "sktm", Channel: survey.Web, At: at, Answers: a}); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 5 {
		a := survey.Answers{4, 4, 4, 4, 4, 4, 4, 4, 4}
		at := time.Date(2026, 3, 1+i, 9, 0, 0, 0, wib)
		if _, err := db.AddResponse(ctx, survey.Response{ID: fmt.Sprint("j", i), Office: "jodipan", Service: "layanan-jodipan", Channel: survey.Kiosk, At: at, Answers: a}); err != nil {
			t.Fatal(err)
		}
	}
	at := time.Date(2026, 4, 2, 10, 0, 0, 0, wib)
	for _, r := range []feedback.Report{
		{ID: "rk1", Office: "kauman", Service: "sktm", Reason: feedback.Hard, Requirement: "Surat pengantar RT/RW", Text: "RT tidak ada di rumah"},
		{ID: "rk2", Office: "kauman", Service: "sktm", Reason: feedback.Wrong, Text: "Jam buka salah"},
		{ID: "rk3", Office: "kauman", Reason: feedback.Other, Text: `<img src=x onerror=alert(1)> javascript:alert(2)`},
		{ID: "rk4", Office: "kauman", Reason: feedback.Other, Text: `=HYPERLINK("http://x","klik")`},
		{ID: "rj1", Office: "jodipan", Service: "layanan-jodipan", Reason: feedback.Hard, Requirement: "Syarat khusus Jodipan", Text: jodipanText},
		{ID: "rj2", Office: "jodipan", Reason: feedback.Empty, Seen: at, Text: jodipanText},
	} {
		r.Channel, r.At, r.Status = feedback.Web, at, feedback.New
		if _, err := db.AddReport(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	for _, v := range []feedback.Vote{
		{ID: "v1", Office: "kauman", Service: "sktm", Helpful: false},
		{ID: "v2", Office: "jodipan", Service: "layanan-jodipan", Helpful: true},
	} {
		v.Channel, v.At = feedback.Web, at
		if _, err := db.AddVote(ctx, v); err != nil {
			t.Fatal(err)
		}
	}
	year := survey.Period{Span: survey.Year, Year: 2026, N: 1}
	if err := db.SetServed(ctx, "jodipan", year, jodipanServed); err != nil {
		t.Fatal(err)
	}
	return f
}

// client is one browser: its cookies and its address.
type client struct {
	f       *fixture
	addr    string
	cookies map[string]*http.Cookie
}

func (f *fixture) client() *client {
	return &client{f: f, addr: "192.0.2.10:4000", cookies: map[string]*http.Cookie{}}
}

func (c *client) do(method, target string, form url.Values) *httptest.ResponseRecorder {
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	r := httptest.NewRequest(method, target, body)
	r.RemoteAddr = c.addr
	if form != nil {
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	for _, ck := range c.cookies {
		r.AddCookie(ck)
	}
	w := httptest.NewRecorder()
	c.f.h.ServeHTTP(w, r)
	for _, ck := range w.Result().Cookies() {
		if ck.MaxAge < 0 {
			delete(c.cookies, ck.Name)
		} else {
			c.cookies[ck.Name] = ck
		}
	}
	return w
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrf is the CSRF token of the page at path.
func (c *client) csrf(t testing.TB, path string) string {
	t.Helper()
	m := csrfField.FindStringSubmatch(c.do("GET", path, nil).Body.String())
	if m == nil {
		t.Fatalf("%s has no CSRF field", path)
	}
	return m[1]
}

// login logs in as name and returns the response.
func (c *client) login(t testing.TB, name, password string) *httptest.ResponseRecorder {
	t.Helper()
	token := c.csrf(t, LoginPath)
	return c.do("POST", LoginPath, url.Values{"csrf": {token}, "nama": {name}, "sandi": {password}})
}

func (f *fixture) as(t testing.TB, name string) *client {
	t.Helper()
	c := f.client()
	if w := c.login(t, name, passwordOf(name)); w.Code != http.StatusSeeOther || c.cookies[sessionCookie] == nil {
		t.Fatalf("login as %s: %d\n%s", name, w.Code, w.Body)
	}
	return c
}

func mustReport(i int) feedback.Report {
	return feedback.Report{ID: fmt.Sprint("p", i), Office: "kauman", Reason: feedback.Other, Channel: feedback.Web,
		At: time.Date(2026, 5, 1, 0, i, 0, 0, wib), Status: feedback.New, Text: fmt.Sprint("laporan ", i)}
}
