package browsertest

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/server"
	"github.com/alurlayanan/alur/internal/store"
	"github.com/alurlayanan/alur/internal/survey"
)

// hearSite serves the fixture's build with the real server and a store of
// its own in t.TempDir(), so a test counts only what it sent itself (and
// has the rate limit to itself).
func hearSite(t *testing.T) *servedSite {
	t.Helper()
	return hearSiteWith(t, nil)
}

// hearSiteWith is hearSite with the server's handler wrapped.
func hearSiteWith(t *testing.T, wrap func(http.Handler) http.Handler) *servedSite {
	t.Helper()
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	srv, err := server.New(server.Config{Site: fixture.Dir, Logger: logger, OpenSearch: server.OpenSearchIndex, Data: db})
	if err != nil {
		db.Close()
		t.Fatal(err)
	}
	h := srv.Handler()
	if wrap != nil {
		h = wrap(h)
	}
	hs := httptest.NewServer(h)
	s := &servedSite{Origin: hs.URL, Dir: fixture.Dir, Catalog: fixture.Catalog, DB: db, http: hs, server: srv}
	t.Cleanup(s.close)
	return s
}

// waitFor polls a JavaScript expression until it is true, across page
// loads (an evaluation during a navigation fails and is tried again).
func waitFor(t *testing.T, tb *tab, expr string, what string) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		ok, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](expr))
		if err == nil && ok {
			return
		}
	}
	t.Fatalf("%s: %s did not happen within 10 s", tb.page, what)
}

// do runs a JavaScript statement on the page (a resident's click or
// typing, done by the test, not by the page's own script).
func do(t *testing.T, tb *tab, js string) {
	t.Helper()
	evaluate[bool](t, tb, "(() => {"+js+"; return true})()")
}

func votes(t *testing.T, db *store.DB) []store.Votes {
	t.Helper()
	v, err := db.VoteTally(context.Background(), store.Filter{}, 100)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func reports(t *testing.T, db *store.DB) []feedback.Report {
	t.Helper()
	r, err := db.Reports(context.Background(), store.Filter{}, 100, 0)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func responses(t *testing.T, db *store.DB) []survey.Response {
	t.Helper()
	var out []survey.Response
	if err := db.EachResponse(context.Background(), store.Filter{}, func(r survey.Response) error {
		out = append(out, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// hostile is what a resident (or someone posing as one) types: markup that
// would run if it ever came back unescaped; the tab fails the test on any
// dialog or script error.
const hostile = `<img src=x onerror=alert(1)><script>alert(2)</script> KK saya 3573010101010001 hilang`

// Without JavaScript: "Tidak" and a report of a hard requirement are plain
// POSTs that land on the thank-you page, whose link leads back; each is
// in the store.
func TestFeedbackWithoutJavaScript(t *testing.T) {
	site := hearSite(t)
	tb := newTab(t, site)
	page := "/kelurahan/kauman/sktm/"
	tb.openWithoutScripts(t, page)
	do(t, tb, `document.querySelector('.al-fb__vote button[value=tidak]').click()`)
	waitFor(t, tb, `location.pathname === '/umpan-balik/terima-kasih/' && document.readyState === 'complete'`, "the thank-you page")
	if href := evaluate[string](t, tb, `document.querySelector('main a[href="`+page+`"]') ? 'ok' : document.querySelector('main').innerHTML`); href != "ok" {
		t.Errorf("the thank-you page does not link back to %s:\n%s", page, href)
	}
	if v := votes(t, site.DB); len(v) != 1 || v[0].No != 1 || v[0].Office != "kauman" || v[0].Service != "sktm" {
		t.Errorf("votes kept: %+v", v)
	}

	tb.openWithoutScripts(t, page)
	req := fixtureService(t, "kauman", "sktm").Requirements[1].Document
	do(t, tb, `
		document.querySelector('.al-fb__report summary').click();
		document.querySelector('.al-fb input[name=alasan][value=syarat]').click();
		const s = document.querySelector('select[name=syarat]');
		s.value = `+jsString(req)+`;
		document.querySelector('textarea[name=teks]').value = `+jsString(hostile)+`;
		document.querySelector('.al-fb form[data-hear=report] button[type=submit]').click()`)
	waitFor(t, tb, `location.pathname === '/umpan-balik/terima-kasih/' && document.readyState === 'complete'`, "the thank-you page after a report")
	r := reports(t, site.DB)
	if len(r) != 1 {
		t.Fatalf("%d reports kept, want 1", len(r))
	}
	if r[0].Reason != feedback.Hard || r[0].Requirement != req || r[0].Channel != feedback.Web {
		t.Errorf("report kept as %+v", r[0])
	}
	if want := feedback.Mask(hostile); r[0].Text != want {
		t.Errorf("text kept as %q, want %q (masked, otherwise as typed)", r[0].Text, want)
	}
}

// With JavaScript the resident stays on the page: the vote and the report
// go as JSON with a client-made id, thanks show in place.
func TestFeedbackWithJavaScript(t *testing.T) {
	site := hearSite(t)
	tb := newTab(t, site)
	// A resident's phone in Malang keeps WIB; "now" is filled in from it.
	if _, err := chromedp.Call(tb.ctx, emulation.SetTimezoneOverride, emulation.SetTimezoneOverrideParams{TimezoneID: "Asia/Jakarta"}); err != nil {
		t.Fatal(err)
	}
	page := "/en/kelurahan/kauman/"
	tb.open(t, page)
	do(t, tb, `document.querySelector('.al-fb__vote button[value=ya]').click()`)
	waitFor(t, tb, `document.querySelector('.al-fb > .al-fb__thanks').checkVisibility()`, "thanks for the vote")
	if p := evaluate[string](t, tb, `location.pathname`); p != page {
		t.Errorf("the vote left the page for %s", p)
	}
	if v := votes(t, site.DB); len(v) != 1 || v[0].Yes != 1 || v[0].Service != "" {
		t.Errorf("votes kept: %+v", v)
	}
	do(t, tb, `
		document.querySelector('.al-fb__report summary').click();
		document.querySelector('.al-fb input[name=alasan][value=kosong]').click()`)
	// The date and time of the closed office are filled in with now.
	if v := evaluate[string](t, tb, `document.querySelector('input[name=tanggal]').value + 'T' + document.querySelector('input[name=jam]').value`); !regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d$`).MatchString(v) {
		t.Errorf("date and time not prefilled: %q", v)
	}
	do(t, tb, `document.querySelector('textarea[name=teks]').value = `+jsString(hostile)+`;
		document.querySelector('.al-fb form[data-hear=report] button[type=submit]').click()`)
	waitFor(t, tb, `document.querySelector('details > .al-fb__thanks').checkVisibility()`, "thanks for the report")
	r := reports(t, site.DB)
	if len(r) != 1 || r[0].Reason != feedback.Empty || r[0].Seen.IsZero() || r[0].Office != "kauman" {
		t.Fatalf("reports kept: %+v", r)
	}
	if !regexp.MustCompile(`^[0-9a-f]{32}$`).MatchString(r[0].ID) {
		t.Errorf("the report's id %q was not made by the page (crypto.getRandomValues)", r[0].ID)
	}
	if d := time.Since(r[0].Seen); d < -time.Minute || d > 5*time.Minute {
		t.Errorf("seen %v, not about now", r[0].Seen)
	}
}

// answerSurvey picks answers by element on the survey form: every
// element 3, except pengaduan (U8, asked ninth) 1 and sarana (U9, asked
// eighth) 4.
const answerSurvey = `
	for (const fs of document.querySelectorAll('fieldset.al-q[id^=q-]')) {
		const key = fs.id.slice(2), v = key === 'pengaduan' ? 1 : key === 'sarana' ? 4 : 3;
		fs.querySelector('input[value="' + v + '"]').click();
	}
	document.querySelector('input[name=jk][value=P]').click();
	document.querySelector('input[name=usia]').value = '37';
	document.querySelector('select[name=pendidikan]').value = 'SMA';
	document.querySelector('select[name=pekerjaan]').value = 'swasta'`

func checkSurveyKept(t *testing.T, db *store.DB, channel survey.Channel) survey.Response {
	t.Helper()
	got := responses(t, db)
	if len(got) != 1 {
		t.Fatalf("%d responses kept, want 1", len(got))
	}
	r := got[0]
	want := survey.Answers{3, 3, 3, 3, 3, 3, 3, 1, 4}
	if r.Answers[survey.Pengaduan] != 1 || r.Answers[survey.Sarana] != 4 || r.Answers != want {
		t.Errorf("answers kept as %v (U1..U9), want %v: pengaduan is U8 and 1, sarana U9 and 4", r.Answers, want)
	}
	if r.Office != "kauman" || r.Service != "sktm" || r.Channel != channel || r.Profile != (survey.Profile{Gender: "P", Age: 37, Education: "SMA", Occupation: "swasta"}) {
		t.Errorf("kept %+v", r)
	}
	return r
}

func TestSurveyWithoutJavaScript(t *testing.T) {
	site := hearSite(t)
	tb := newTab(t, site)
	// A form sent incomplete, with markup where the age goes, comes back
	// with the choices kept and the markup as text.
	tb.openWithoutScripts(t, "/survei/kauman/?layanan=sktm&via=qr")
	do(t, tb, `const f = document.querySelector('form.al-survey');
		f.noValidate = true;
		const age = f.querySelector('input[name=usia]');
		age.type = 'text';
		age.value = `+jsString(hostile)+`;
		f.querySelector('input[name=sarana][value="4"]').click();
		f.querySelector('button[type=submit]').click()`)
	waitFor(t, tb, `document.readyState === 'complete' && !!document.querySelector('.al-hear__error')`, "the survey coming back incomplete")
	if got := evaluate[string](t, tb, `document.querySelector('input[name=usia]').getAttribute('value')`); got != hostile {
		t.Errorf("the age field came back as %q, want the text typed", got)
	}
	if evaluate[bool](t, tb, `!!document.querySelector('main img, main script:not([src])')`) {
		t.Error("typed markup became part of the page")
	}
	// The form came back with 400 on purpose.
	for _, p := range tb.takeProblems() {
		if !strings.Contains(p, "status of 400") {
			t.Error(p)
		}
	}
	if !evaluate[bool](t, tb, `document.querySelector('input[name=sarana][value="4"]').checked`) {
		t.Error("the answer given was not kept")
	}
	if n := len(responses(t, site.DB)); n != 0 {
		t.Fatalf("an incomplete questionnaire was kept (%d)", n)
	}
	tb.openWithoutScripts(t, "/survei/kauman/?layanan=sktm&via=qr")
	do(t, tb, answerSurvey+`; document.querySelector('form.al-survey button[type=submit]').click()`)
	waitFor(t, tb, `location.pathname === '/survei/kauman/terima-kasih/' && document.readyState === 'complete'`, "the survey's thank-you page")
	checkSurveyKept(t, site.DB, survey.QR)
	// The result page shows it at once, without a rebuild.
	tb.open(t, "/survei/kauman/hasil/")
	text := squash(evaluate[string](t, tb, `document.querySelector('main').innerText`))
	for _, want := range []string{"Jumlah responden 1", "U8 Penanganan pengaduan, saran, dan masukan 1,00", "U9 Sarana dan prasarana 4,00"} {
		if !strings.Contains(text, want) {
			t.Errorf("the result lacks %q:\n%s", want, text)
		}
	}
}

func TestSurveyWithJavaScript(t *testing.T) {
	site := hearSite(t)
	tb := newTab(t, site)
	tb.open(t, "/survei/kauman/?layanan=sktm")
	do(t, tb, answerSurvey+`; document.querySelector('form.al-survey button[type=submit]').click()`)
	waitFor(t, tb, `document.querySelector('.al-hear__done').checkVisibility()`, "thanks in place")
	if p := evaluate[string](t, tb, `location.pathname`); p != "/survei/kauman/" {
		t.Errorf("the survey left its page for %s", p)
	}
	r := checkSurveyKept(t, site.DB, survey.Web)
	if !regexp.MustCompile(`^[0-9a-f]{32}$`).MatchString(r.ID) {
		t.Errorf("the response's id %q was not made by the page", r.ID)
	}
}

// The survey page and the page with its feedback form opened break no
// WCAG rule axe knows, and every control is big enough for a finger.
func TestAxeOnSurveyAndFeedback(t *testing.T) {
	axe := readAxe(t)
	site := hearSite(t)
	tb := newTab(t, site)
	for _, p := range []string{"/survei/kauman/", "/en/survei/kauman/hasil/", "/survei/kauman/poster/", "/survei/"} {
		tb.open(t, p)
		runAxe(t, tb, axe)
		checkTargets(t, tb)
	}
	for _, p := range []string{"/kelurahan/kauman/sktm/", "/en/kelurahan/kauman/"} {
		tb.open(t, p)
		do(t, tb, `document.querySelector('.al-fb__report').open = true`)
		runAxe(t, tb, axe)
		checkTargets(t, tb)
	}
}

func checkTargets(t *testing.T, tb *tab) {
	t.Helper()
	if r := call[targetReport](t, tb, "targets", minTarget); len(r.Small) > 0 {
		t.Errorf("%s: controls smaller than %d px: %v", tb.page, minTarget, r.Small)
	}
}

// maxSurveyWeight is the survey page's budget on a cheap phone: HTML, CSS
// and script as sent (gzip), together.
const maxSurveyWeight = 15 << 10

func TestSurveyPageIsLight(t *testing.T) {
	site := hearSite(t)
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}, Timeout: 30 * time.Second}
	body, enc := wire(t, client, site, "/survei/kauman/?layanan=sktm")
	if enc != "gzip" {
		t.Fatalf("the survey page is sent without compression (%q)", enc)
	}
	page := gunzip(t, body)
	w := weight{path: "/survei/kauman/", html: len(body)}
	for _, m := range stylesheetRef.FindAllSubmatch(page, -1) {
		b, _ := wire(t, client, site, string(m[1]))
		w.css += len(b)
	}
	for _, m := range scriptRef.FindAllSubmatch(page, -1) {
		b, _ := wire(t, client, site, string(m[1]))
		w.js += len(b)
	}
	total := w.html + w.css + w.js
	t.Logf("survey page, gzip: HTML %d + CSS %d + script %d = %d bytes (%.1f KB)", w.html, w.css, w.js, total, kib(total))
	if w.css == 0 || w.js == 0 {
		t.Errorf("the survey page links no stylesheet or no script")
	}
	if total > maxSurveyWeight {
		t.Errorf("the survey page weighs %.1f KB gzip, over its %d KB budget", kib(total), maxSurveyWeight>>10)
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`, "<", `\x3c`)
	return "'" + r.Replace(s) + "'"
}
