package staff

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/account"
	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/survey"
)

// staffURL is one URL of the staff pages.
type staffURL struct {
	method, path string
	form         url.Values // a POST's fields, the CSRF token added
	export       bool       // a download: 401 without a session
	jodipan      bool       // names Jodipan (an office Kauman may not see)
	// only are the roles that may use the URL; every other account gets
	// 404. Empty: every role (within its offices).
	only []account.Role
}

// everyURL is every staff page, form and export, plainly and naming
// Jodipan. TestEveryURLIsListed keeps it whole.
var everyURL = func() []staffURL {
	var out []staffURL
	for _, p := range []string{IKMPath, FeedbackPath, RankingPath, ExportsPath} {
		out = append(out, staffURL{method: "GET", path: p + "?periode=2026"})
		out = append(out, staffURL{method: "GET", path: p + "?periode=2026&kantor=jodipan", jodipan: true})
		out = append(out, staffURL{method: "GET", path: p + "?lang=en&kantor=jodipan", jodipan: true})
	}
	out = append(out,
		staffURL{method: "GET", path: IKMPath + "?periode=2026-03&kantor=jodipan&layanan=layanan-jodipan", jodipan: true},
		staffURL{method: "GET", path: FeedbackPath + "?alasan=syarat&status=baru&hal=1"},
		staffURL{method: "GET", path: IKMPath + "?layanan=layanan-jodipan", jodipan: true},
		staffURL{method: "GET", path: RankingPath + "?layanan=layanan-jodipan", jodipan: true},
		staffURL{method: "GET", path: FeedbackPath + "/rj1", jodipan: true},
		staffURL{method: "GET", path: FeedbackPath + "/rj2?lang=en", jodipan: true},
		staffURL{method: "GET", path: FeedbackPath + "/rk1"},
		staffURL{method: "POST", path: FeedbackPath + "/rj1", form: url.Values{"status": {"selesai"}, "catatan": {"x"}}, jodipan: true},
		staffURL{method: "POST", path: ServedPath, form: url.Values{"kantor": {"jodipan"}, "periode": {"2026"}, "jumlah": {"1"}}, jodipan: true},
	)
	for _, file := range []string{ResponsesCSV, ReportsCSV, IKMCSV, IKMXLSX} {
		out = append(out, staffURL{method: "GET", path: ExportsPath + "/" + file + "?periode=2026", export: true})
		out = append(out, staffURL{method: "GET", path: ExportsPath + "/" + file + "?periode=2026&kantor=jodipan", export: true, jodipan: true})
	}
	return append(append(out, sidakURLs...), reportURLs...)
}()

// routes are the handler's routes, as Handler registers them.
var routes = []string{"GET " + LoginPath, "POST " + LoginPath, "POST " + LogoutPath, "GET " + IKMPath, "POST " + ServedPath,
	"GET " + FeedbackPath, "GET " + FeedbackPath + "/{id}", "POST " + FeedbackPath + "/{id}", "GET " + RankingPath,
	"GET " + ExportsPath, "GET " + ExportsPath + "/{file}", "GET " + StylePath, "GET " + DraftScriptPath,
	"GET " + SidakPath + "{$}", "POST " + SidakPath + "{$}", "GET " + SidakPath + "{office}/{$}", "POST " + SidakPath + "{office}/{$}",
	"GET " + SidakPath + "{office}/{id}", "GET " + InspectionsPath, "GET " + InspectionsPath + "/{office}",
	"GET " + InspectionsPath + "/" + InspectionsCSV, "GET " + InspectionsPath + "/" + InspectionsXLSX,
	"GET " + FindingPath + "{id}", "POST " + FindingPath + "{id}", "GET " + PhotoPath + "{inspection}/{n}"}

// TestEveryURLIsListed: every data route has a URL in everyURL (login,
// logout and the stylesheet have tests of their own).
func TestEveryURLIsListed(t *testing.T) {
	own := map[string]bool{"GET " + LoginPath: true, "POST " + LoginPath: true, "POST " + LogoutPath: true, "GET " + StylePath: true, "GET " + DraftScriptPath: true}
	for _, route := range routes {
		if own[route] {
			continue
		}
		method, pattern, _ := strings.Cut(route, " ")
		pattern = strings.TrimSuffix(pattern, "{$}")
		seg := regexp.MustCompile(`\{[a-z]+\}`).ReplaceAllString(pattern, "SEG")
		re := regexp.MustCompile("^" + strings.ReplaceAll(regexp.QuoteMeta(seg), "SEG", "[^/]+") + "$")
		found := false
		for _, u := range everyURL {
			path, _, _ := strings.Cut(u.path, "?")
			if u.method == method && re.MatchString(path) {
				found = true
			}
		}
		if !found {
			t.Errorf("no URL of everyURL tests %s", route)
		}
	}
	if got := strings.Count(handlerSource(t), "mux.HandleFunc("); got != len(routes) {
		t.Errorf("Handler registers %d routes, the tests know %d", got, len(routes))
	}
}

// leaks says which of Jodipan's or Kauman's things a body shows.
func leaks(body string, office string) []string {
	var out []string
	lower := strings.ToLower(body)
	for _, s := range []string{office, strings.ToLower(jodipanText), strconv.Itoa(jodipanServed), "98.765", "98,765"} {
		if strings.Contains(lower, s) {
			out = append(out, s)
		}
	}
	return out
}

// figures are things only an account's data shows: seeded counts and
// texts.
func anyData(body string) []string {
	var out []string
	for _, s := range []string{"kauman", "jodipan", "RAHASIA", "RT tidak ada", "<svg", "sktm", "U1"} {
		if strings.Contains(body, s) {
			out = append(out, s)
		}
	}
	return out
}

func (c *client) send(t *testing.T, u staffURL, token string) *httptest.ResponseRecorder {
	t.Helper()
	if u.form == nil {
		return c.do(u.method, u.path, nil)
	}
	form := url.Values{}
	for k, v := range u.form {
		form[k] = v
	}
	if token != "" {
		form.Set("csrf", token)
	}
	return c.do(u.method, u.path, form)
}

func TestWithoutSessionNothing(t *testing.T) {
	f := newFixture(t)
	anon := f.client()
	forged := f.client()
	forged.cookies[sessionCookie] = &http.Cookie{Name: sessionCookie, Value: "bukan-sesi"}
	for _, c := range []*client{anon, forged} {
		for _, u := range everyURL {
			w := c.send(t, u, "apa-saja")
			want := http.StatusSeeOther
			if u.export {
				want = http.StatusUnauthorized
			}
			if w.Code != want {
				t.Errorf("%s %s without a session: %d, want %d", u.method, u.path, w.Code, want)
			}
			if want == http.StatusSeeOther && !strings.HasPrefix(w.Header().Get("Location"), LoginPath) {
				t.Errorf("%s %s: redirected to %q, want the login", u.method, u.path, w.Header().Get("Location"))
			}
			if d := anyData(w.Body.String()); len(d) > 0 {
				t.Errorf("%s %s without a session shows %q", u.method, u.path, d)
			}
			if cc := w.Header().Get("Cache-Control"); cc != "no-store" {
				t.Errorf("%s %s: Cache-Control %q", u.method, u.path, cc)
			}
		}
	}
	assertUnchanged(t, f)
}

// assertUnchanged: Jodipan's report and served count are as seeded.
func assertUnchanged(t *testing.T, f *fixture) {
	t.Helper()
	r, err := f.db.Report(ctx, "rj1")
	if err != nil || r.Status != feedback.New || r.Note != "" {
		t.Errorf("Jodipan's report changed: %+v %v", r, err)
	}
	n, err := f.db.Served(ctx, []string{"jodipan"}, survey.Period{Span: survey.Year, Year: 2026, N: 1})
	if err != nil || n != jodipanServed {
		t.Errorf("Jodipan's served count is %d (%v)", n, err)
	}
}

func TestOfficeAccountSeesOnlyItsOffice(t *testing.T) {
	f := newFixture(t)
	c := f.as(t, "kauman")
	token := c.csrf(t, IKMPath)
	for _, u := range everyURL {
		w := c.send(t, u, token)
		if len(u.only) > 0 && !slices.Contains(u.only, account.Office) {
			if w.Code != http.StatusNotFound {
				t.Errorf("%s %s as Kauman: %d, want 404", u.method, u.path, w.Code)
			}
			continue
		}
		if u.jodipan && w.Code != http.StatusNotFound && w.Code != http.StatusForbidden {
			t.Errorf("%s %s as Kauman: %d, want 404 or 403", u.method, u.path, w.Code)
		}
		if !u.jodipan && w.Code != http.StatusOK {
			t.Errorf("%s %s as Kauman: %d, want 200", u.method, u.path, w.Code)
		}
		if l := leaks(w.Body.String(), "jodipan"); len(l) > 0 {
			t.Errorf("%s %s as Kauman shows Jodipan's %q", u.method, u.path, l)
		}
		if cc := w.Header().Get("Cache-Control"); cc != "no-store" {
			t.Errorf("%s %s: Cache-Control %q", u.method, u.path, cc)
		}
	}
	assertUnchanged(t, f)
	// and Kauman's own figures are there
	if body := c.do("GET", IKMPath+"?periode=2026", nil).Body.String(); !strings.Contains(body, "Kauman") || !strings.Contains(body, ">30<") {
		t.Errorf("Kauman's own page lacks its 30 respondents:\n%s", body)
	}
}

func TestCityAndInspectorSeeEveryOffice(t *testing.T) {
	f := newFixture(t)
	for _, name := range []string{"sekda", "inspektur"} {
		c := f.as(t, name)
		for _, path := range []string{FeedbackPath + "/rj1", FeedbackPath + "?kantor=jodipan", ExportsPath + "/" + ReportsCSV + "?periode=2026"} {
			if w := c.do("GET", path, nil); w.Code != http.StatusOK || !strings.Contains(w.Body.String(), jodipanText) {
				t.Errorf("%s GET %s: %d, Jodipan's report missing", name, path, w.Code)
			}
		}
	}
}

func TestInspectorCannotFollowUp(t *testing.T) {
	f := newFixture(t)
	c := f.as(t, "inspektur")
	token := c.csrf(t, IKMPath)
	if body := c.do("GET", FeedbackPath+"/rj1", nil).Body.String(); strings.Contains(body, `name="catatan"`) {
		t.Error("the inspector is offered the follow-up form")
	}
	w := c.do("POST", FeedbackPath+"/rj1", url.Values{"csrf": {token}, "status": {"selesai"}, "catatan": {"ditutup"}})
	if w.Code != http.StatusForbidden {
		t.Errorf("inspector's follow-up: %d, want 403", w.Code)
	}
	w = c.do("POST", ServedPath, url.Values{"csrf": {token}, "kantor": {"jodipan"}, "periode": {"2026"}, "jumlah": {"5"}})
	if w.Code != http.StatusForbidden {
		t.Errorf("inspector's served count: %d, want 403", w.Code)
	}
	assertUnchanged(t, f)
}

func TestFollowUp(t *testing.T) {
	f := newFixture(t)
	c := f.as(t, "jodipan")
	token := c.csrf(t, FeedbackPath+"/rj1")
	w := c.do("POST", FeedbackPath+"/rj1", url.Values{"csrf": {token}, "status": {"ditindaklanjuti"}, "catatan": {"Sudah dicek lurah"}})
	if w.Code != http.StatusSeeOther {
		t.Fatalf("follow-up: %d\n%s", w.Code, w.Body)
	}
	r, _ := f.db.Report(ctx, "rj1")
	if r.Status != feedback.Handling || r.Note != "Sudah dicek lurah" {
		t.Errorf("after follow-up: %+v", r)
	}
	long := strings.Repeat("é", feedback.MaxNote+1)
	for _, form := range []url.Values{{"status": {"tutup"}}, {"status": {"selesai"}, "catatan": {long}}} {
		form.Set("csrf", token)
		if w := c.do("POST", FeedbackPath+"/rj1", form); w.Code != http.StatusBadRequest {
			t.Errorf("follow-up %v: %d, want 400", form.Get("status"), w.Code)
		}
	}
	if r, _ := f.db.Report(ctx, "rj1"); r.Status != feedback.Handling {
		t.Errorf("a refused follow-up changed the report: %+v", r)
	}
	// served count
	w = c.do("POST", ServedPath, url.Values{"csrf": {token}, "kantor": {"jodipan"}, "periode": {"2026-T1"}, "jumlah": {"1000"}})
	if w.Code != http.StatusSeeOther {
		t.Fatalf("served: %d", w.Code)
	}
	body := c.do("GET", IKMPath+"?periode=2026-T1", nil).Body.String()
	if !strings.Contains(body, "1.000") || !strings.Contains(body, "278") || !strings.Contains(body, "belum tercapai") {
		t.Errorf("the sample check of 5 respondents among 1,000 served is not shown:\n%s", body)
	}
}

func TestCSRF(t *testing.T) {
	f := newFixture(t)
	c := f.as(t, "sekda")
	for _, token := range []string{"", "salah", c.csrf(t, IKMPath) + "x"} {
		for _, u := range []staffURL{
			{method: "POST", path: FeedbackPath + "/rj1", form: url.Values{"status": {"selesai"}}},
			{method: "POST", path: ServedPath, form: url.Values{"kantor": {"jodipan"}, "periode": {"2026"}, "jumlah": {"1"}}},
			{method: "POST", path: LogoutPath, form: url.Values{}},
		} {
			if w := c.send(t, u, token); w.Code != http.StatusForbidden {
				t.Errorf("POST %s with token %q: %d, want 403", u.path, token, w.Code)
			}
		}
	}
	assertUnchanged(t, f)
	if w := c.do("GET", IKMPath, nil); w.Code != http.StatusOK {
		t.Errorf("a refused logout ended the session: %d", w.Code)
	}
	// The login form too: without its cookie, or with another token.
	anon := f.client()
	token := anon.csrf(t, LoginPath)
	delete(anon.cookies, loginCookie)
	if w := anon.do("POST", LoginPath, url.Values{"csrf": {token}, "nama": {"sekda"}, "sandi": {passwordOf("sekda")}}); w.Code != http.StatusForbidden {
		t.Errorf("login without the CSRF cookie: %d, want 403", w.Code)
	}
	anon.csrf(t, LoginPath)
	if w := anon.do("POST", LoginPath, url.Values{"csrf": {"lain"}, "nama": {"sekda"}, "sandi": {passwordOf("sekda")}}); w.Code != http.StatusForbidden {
		t.Errorf("login with a wrong CSRF token: %d, want 403", w.Code)
	}
	if anon.cookies[sessionCookie] != nil {
		t.Error("a login without a good CSRF token opened a session")
	}
}

func TestLoginCookiesAndLogout(t *testing.T) {
	f := newFixture(t)
	c := f.client()
	w := c.login(t, "sekda", passwordOf("sekda"))
	if w.Code != http.StatusSeeOther || w.Header().Get("Location") != IKMPath {
		t.Fatalf("login: %d to %q", w.Code, w.Header().Get("Location"))
	}
	ck := c.cookies[sessionCookie]
	if ck == nil || !ck.Secure || !ck.HttpOnly || ck.SameSite != http.SameSiteStrictMode || ck.Path != Prefix {
		t.Fatalf("session cookie %+v", ck)
	}
	if w := c.do("GET", LoginPath, nil); w.Code != http.StatusSeeOther {
		t.Errorf("the login page for a logged-in account: %d, want a redirect", w.Code)
	}
	old := *ck
	token := c.csrf(t, IKMPath)
	if w := c.do("POST", LogoutPath, url.Values{"csrf": {token}}); w.Code != http.StatusSeeOther || !strings.HasPrefix(w.Header().Get("Location"), LoginPath) {
		t.Fatalf("logout: %d to %q", w.Code, w.Header().Get("Location"))
	}
	if c.cookies[sessionCookie] != nil {
		t.Error("logout left the session cookie")
	}
	c.cookies[sessionCookie] = &old // a copy of the cookie kept elsewhere
	if w := c.do("GET", IKMPath, nil); w.Code != http.StatusSeeOther {
		t.Errorf("after logout the old session cookie still opens the pages: %d", w.Code)
	}
	// A wrong password and an unknown name read the same.
	a := f.client().login(t, "sekda", "salah-sekali-12")
	b := f.client().login(t, "tidak-ada", "salah-sekali-12")
	if a.Code != http.StatusUnauthorized || b.Code != http.StatusUnauthorized || !strings.Contains(a.Body.String(), "salah") {
		t.Errorf("wrong password %d, unknown name %d", a.Code, b.Code)
	}
	if w := f.client().do("GET", StylePath, nil); w.Code != http.StatusOK || w.Header().Get("Cache-Control") != "no-store" {
		t.Errorf("stylesheet: %d %q", w.Code, w.Header().Get("Cache-Control"))
	}
}

func TestThrottle(t *testing.T) {
	f := newFixture(t)
	var skew time.Duration
	f.staff.Now = func() time.Time { return time.Now().Add(skew) }
	c := f.client()
	for i := range MaxFailures {
		if w := c.login(t, "sekda", "salah-sekali-12"); w.Code != http.StatusUnauthorized {
			t.Fatalf("failure %d: %d", i+1, w.Code)
		}
	}
	// Now even the right password waits, from this client or another.
	for _, cl := range []*client{c, {f: f, addr: "198.51.100.7:1", cookies: map[string]*http.Cookie{}}} {
		w := cl.login(t, "sekda", passwordOf("sekda"))
		if w.Code != http.StatusTooManyRequests || w.Header().Get("Retry-After") == "" || cl.cookies[sessionCookie] != nil {
			t.Errorf("after %d failures from %s: %d, Retry-After %q", MaxFailures, cl.addr, w.Code, w.Header().Get("Retry-After"))
		}
	}
	// This client is slowed down for any name.
	if w := c.login(t, "kauman", passwordOf("kauman")); w.Code != http.StatusTooManyRequests {
		t.Errorf("another name from the same client: %d, want 429", w.Code)
	}
	if FailureDelay(MaxFailures+1) <= FailureDelay(MaxFailures) || FailureDelay(100) != MaxDelay {
		t.Errorf("the delay does not grow: %v %v %v", FailureDelay(MaxFailures), FailureDelay(MaxFailures+1), FailureDelay(100))
	}
	skew = FailureDelay(MaxFailures) + time.Second
	if w := c.login(t, "sekda", passwordOf("sekda")); w.Code != http.StatusSeeOther {
		t.Errorf("after the delay: %d, want a login", w.Code)
	}
	if n, _, _ := f.db.LoginFailures(ctx, "sekda"); n != 0 {
		t.Errorf("%d failures kept after a login", n)
	}
}

func handlerSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("staff.go")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
