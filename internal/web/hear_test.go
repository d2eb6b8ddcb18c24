package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/store"
	"github.com/alurlayanan/alur/internal/survey"
)

// fakeSite is a build with one office and a shell like the theme's.
type fakeSite struct{ dir *layout.Directory }

const fakeShell = `<!doctype html><html lang="id"><head><title>Survei kepuasan masyarakat · Alur Layanan Kota Uji</title>
<link rel="canonical" href="https://alur.example.go.id/survei/"><link rel="alternate" hreflang="en" href="https://alur.example.go.id/en/survei/"></head>
<body><header><a href="/en/survei/" hreflang="en" lang="en">English</a></header><main><div class="al-wrap al-hear"><!--alur:isi--><h1>Daftar</h1><!--/alur:isi--></div></main></body></html>`

func (s fakeSite) Directory(*http.Request) (*layout.Directory, error) { return s.dir, nil }
func (s fakeSite) Page(_ *http.Request, name string) ([]byte, error) {
	if name == "survei/index.html" || name == "en/survei/index.html" {
		return []byte(fakeShell), nil
	}
	return nil, errors.New("no such page")
}

func testDirectory() *layout.Directory {
	return &layout.Directory{City: "Kota Uji", TimeZone: "Asia/Jakarta", Offices: []layout.DirOffice{{
		ID: "kauman", Name: "Kauman", District: "Klojen", Path: "/kelurahan/kauman/",
		Services: []layout.DirService{
			{ID: "sktm", Name: "Surat Keterangan Tidak Mampu", Path: "/kelurahan/kauman/sktm/", Requirements: []string{"Surat pengantar RT/RW", "KTP-el dan KK"}},
			{ID: "domisili", Name: "Surat Keterangan Domisili", Path: "/kelurahan/kauman/domisili/", Requirements: []string{"KTP-el"}},
		},
	}}}
}

type hearFixture struct {
	db  *store.DB
	h   http.Handler
	now time.Time
}

func newHearFixture(t *testing.T) *hearFixture {
	t.Helper()
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	f := &hearFixture{db: db, now: time.Date(2026, 8, 17, 10, 0, 0, 0, time.UTC)}
	f.h = (&Hear{DB: db, Site: fakeSite{testDirectory()}, Now: func() time.Time { return f.now }}).Handler()
	return f
}

func (f *hearFixture) do(t *testing.T, method, target, ctype, body string, from string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	if ctype != "" {
		r.Header.Set("Content-Type", ctype)
	}
	if from != "" {
		r.RemoteAddr = from + ":1234"
	}
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, r)
	return w
}

func (f *hearFixture) form(t *testing.T, target string, v url.Values) *httptest.ResponseRecorder {
	return f.do(t, "POST", target, "application/x-www-form-urlencoded", v.Encode(), "")
}

func (f *hearFixture) json(t *testing.T, target string, v any) (*httptest.ResponseRecorder, apiAnswer) {
	t.Helper()
	b, _ := json.Marshal(v)
	w := f.do(t, "POST", target, "application/json", string(b), "")
	var a apiAnswer
	json.Unmarshal(w.Body.Bytes(), &a)
	return w, a
}

func (f *hearFixture) votes(t *testing.T) []store.Votes {
	t.Helper()
	v, err := f.db.VoteTally(context.Background(), store.Filter{}, 100)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (f *hearFixture) reports(t *testing.T) []feedback.Report {
	t.Helper()
	r, err := f.db.Reports(context.Background(), store.Filter{}, 100, 0)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func (f *hearFixture) responses(t *testing.T) []survey.Response {
	t.Helper()
	var out []survey.Response
	if err := f.db.EachResponse(context.Background(), store.Filter{}, func(r survey.Response) error {
		out = append(out, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// Without JavaScript a vote is a plain POST answered by a redirect to a
// thank-you page that links back to the page.
func TestFeedbackFormRedirectsToThanks(t *testing.T) {
	f := newHearFixture(t)
	w := f.form(t, FeedbackPath, url.Values{"jenis": {"suara"}, "kantor": {"kauman"}, "layanan": {"sktm"}, "membantu": {"tidak"}})
	if w.Code != http.StatusSeeOther {
		t.Fatalf("vote: %d %s", w.Code, w.Body)
	}
	loc := w.Header().Get("Location")
	if !strings.HasPrefix(loc, FeedbackThanks+"?") {
		t.Fatalf("redirected to %q", loc)
	}
	if v := f.votes(t); len(v) != 1 || v[0].No != 1 || v[0].Service != "sktm" {
		t.Errorf("votes kept: %+v", v)
	}
	page := f.do(t, "GET", loc, "", "", "")
	body := page.Body.String()
	for _, want := range []string{`<a href="/kelurahan/kauman/sktm/">Kembali ke halaman tadi</a>`, "<title>Terima kasih · Alur Layanan Kota Uji</title>", `role="status"`} {
		if !strings.Contains(body, want) {
			t.Errorf("thank-you page lacks %s:\n%s", want, body)
		}
	}
	if strings.Contains(body, "<h1>Daftar</h1>") || strings.Contains(body, `rel="canonical"`) {
		t.Error("the shell's own content or canonical link stayed")
	}
	// In English, the form posts under /en and thanks in English.
	w = f.form(t, EnglishPrefix+FeedbackPath, url.Values{"jenis": {"suara"}, "kantor": {"kauman"}, "membantu": {"ya"}})
	if loc := w.Header().Get("Location"); !strings.HasPrefix(loc, "/en"+FeedbackThanks) {
		t.Fatalf("English vote redirected to %q", loc)
	}
	page = f.do(t, "GET", w.Header().Get("Location"), "", "", "")
	if !strings.Contains(page.Body.String(), `<a href="/en/kelurahan/kauman/">Back to the page</a>`) {
		t.Errorf("English thank-you page:\n%s", page.Body)
	}
}

func TestFeedbackReportWithoutJavaScript(t *testing.T) {
	f := newHearFixture(t)
	w := f.form(t, FeedbackPath, url.Values{"jenis": {"laporan"}, "kantor": {"kauman"}, "layanan": {"sktm"}, "alasan": {"syarat"},
		"syarat": {"KTP-el dan KK"}, "teks": {"KK saya hilang, hubungi 0812-3456-7890"}})
	if w.Code != http.StatusSeeOther {
		t.Fatalf("report: %d %s", w.Code, w.Body)
	}
	r := f.reports(t)
	if len(r) != 1 || r[0].Requirement != "KTP-el dan KK" || r[0].Reason != feedback.Hard || r[0].Channel != feedback.Web {
		t.Fatalf("reports kept: %+v", r)
	}
	if strings.Contains(r[0].Text, "0812") || !strings.Contains(r[0].Text, feedback.MaskedPhone) {
		t.Errorf("the phone number was not masked: %q", r[0].Text)
	}
	// The office was closed: the date and time are kept in the city's zone.
	w = f.form(t, FeedbackPath, url.Values{"jenis": {"laporan"}, "kantor": {"kauman"}, "alasan": {"kosong"}, "tanggal": {"2026-08-17"}, "jam": {"09:30"}})
	if w.Code != http.StatusSeeOther {
		t.Fatalf("closed office: %d %s", w.Code, w.Body)
	}
	r = f.reports(t)
	var seen time.Time
	for _, x := range r {
		if x.Reason == feedback.Empty {
			seen = x.Seen
		}
	}
	if want := time.Date(2026, 8, 17, 2, 30, 0, 0, time.UTC); !seen.Equal(want) {
		t.Errorf("seen %v, want %v", seen, want)
	}
}

func TestFeedbackRefusals(t *testing.T) {
	f := newHearFixture(t)
	for name, c := range map[string]struct {
		v    url.Values
		want string
	}{
		"unknown office":            {url.Values{"jenis": {"suara"}, "kantor": {"atlantis"}, "membantu": {"ya"}}, "tidak ada di situs ini"},
		"a requirement not listed":  {url.Values{"jenis": {"laporan"}, "kantor": {"kauman"}, "layanan": {"sktm"}, "alasan": {"syarat"}, "syarat": {"Paspor"}}, "tidak ada di situs ini"},
		"no requirement named":      {url.Values{"jenis": {"laporan"}, "kantor": {"kauman"}, "layanan": {"sktm"}, "alasan": {"syarat"}}, "Pilih syarat"},
		"closed without a time":     {url.Values{"jenis": {"laporan"}, "kantor": {"kauman"}, "alasan": {"kosong"}}, "Isi tanggal"},
		"closed in the future":      {url.Values{"jenis": {"laporan"}, "kantor": {"kauman"}, "alasan": {"kosong"}, "tanggal": {"2027-01-01"}, "jam": {"08:00"}}, "Isi tanggal"},
		"too long":                  {url.Values{"jenis": {"laporan"}, "kantor": {"kauman"}, "alasan": {"lainnya"}, "teks": {strings.Repeat("é", 1001)}}, "1.000"},
		"no reason":                 {url.Values{"jenis": {"laporan"}, "kantor": {"kauman"}}, "Pilih alasan"},
		"a service of another page": {url.Values{"jenis": {"suara"}, "kantor": {"kauman"}, "layanan": {"nikah"}, "membantu": {"ya"}}, "tidak ada"},
	} {
		w := f.form(t, FeedbackPath, c.v)
		if w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), c.want) {
			t.Errorf("%s: %d, want 400 saying %q:\n%s", name, w.Code, c.want, w.Body)
		}
	}
	if n := len(f.reports(t)) + len(f.votes(t)); n != 0 {
		t.Errorf("%d refused records were kept", n)
	}
	// Another site's page cannot post on a resident's behalf.
	r := httptest.NewRequest("POST", FeedbackPath, strings.NewReader("jenis=suara&kantor=kauman&membantu=ya"))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set("Origin", "https://evil.example")
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, r)
	if w.Code != http.StatusForbidden {
		t.Errorf("a cross-site POST: %d", w.Code)
	}
}

// A bot that fills the hidden field is thanked and nothing is kept.
func TestFeedbackHoneypotKeepsNothing(t *testing.T) {
	f := newHearFixture(t)
	w := f.form(t, FeedbackPath, url.Values{"jenis": {"laporan"}, "kantor": {"kauman"}, "alasan": {"lainnya"}, "teks": {"beli obat"}, "situs": {"http://spam.example"}})
	if w.Code != http.StatusSeeOther {
		t.Fatalf("honeypot: %d", w.Code)
	}
	_, a := f.json(t, FeedbackAPI, map[string]any{"id": "bot1", "kind": "vote", "office": "kauman", "helpful": true, "website": "x"})
	if !a.OK {
		t.Errorf("the API told a bot it was caught: %+v", a)
	}
	if n := len(f.reports(t)) + len(f.votes(t)); n != 0 {
		t.Errorf("a honeypot submission was kept (%d records)", n)
	}
}

// The JSON API keeps a record once per client-made id: a retry answers
// 200 "added": false, which the kiosk counts as delivered.
func TestFeedbackAPIKeepsEachIDOnce(t *testing.T) {
	f := newHearFixture(t)
	rep := map[string]any{"id": "k-1", "kind": "report", "office": "kauman", "service": "sktm", "reason": "syarat",
		"requirement": "Surat pengantar RT/RW", "text": "RT tidak ada di rumah", "channel": "kiosk"}
	w, a := f.json(t, FeedbackAPI, rep)
	if w.Code != http.StatusCreated || !a.OK || !a.Added {
		t.Fatalf("first: %d %+v", w.Code, a)
	}
	w, a = f.json(t, FeedbackAPI, rep)
	if w.Code != http.StatusOK || !a.OK || a.Added {
		t.Fatalf("retry: %d %+v", w.Code, a)
	}
	if r := f.reports(t); len(r) != 1 || r[0].Channel != feedback.Kiosk {
		t.Errorf("kept: %+v", r)
	}
	w, a = f.json(t, FeedbackAPI, map[string]any{"id": "k 2", "kind": "vote", "office": "kauman", "helpful": true})
	if w.Code != http.StatusBadRequest || a.Error != "umpan.salah.id" {
		t.Errorf("a bad id: %d %+v", w.Code, a)
	}
	w, _ = f.json(t, FeedbackAPI, map[string]any{"id": "k3", "kind": "vote", "office": "kauman", "helpful": true, "nik": "1"})
	if w.Code != http.StatusBadRequest {
		t.Errorf("an unknown field: %d", w.Code)
	}
}

// The same content from the same client within minutes is kept once, even
// under new ids; another client's is its own.
func TestFeedbackDuplicateContentKeptOnce(t *testing.T) {
	f := newHearFixture(t)
	v := url.Values{"jenis": {"laporan"}, "kantor": {"kauman"}, "alasan": {"salah"}, "teks": {"Jam buka salah"}}
	for range 3 {
		if w := f.form(t, FeedbackPath, v); w.Code != http.StatusSeeOther {
			t.Fatalf("%d", w.Code)
		}
	}
	if n := len(f.reports(t)); n != 1 {
		t.Errorf("the same report three times kept %d times", n)
	}
	f.now = f.now.Add(dedupWindow + time.Second)
	f.form(t, FeedbackPath, v)
	if n := len(f.reports(t)); n != 2 {
		t.Errorf("after the window: %d kept, want 2", n)
	}
}

func TestFeedbackRateLimitPerClient(t *testing.T) {
	f := newHearFixture(t)
	send := func(from string, i int) int {
		b, _ := json.Marshal(map[string]any{"id": "r" + strings.ReplaceAll(from, ".", "-") + string(rune('a'+i%26)) + strings.Repeat("x", i/26), "kind": "vote", "office": "kauman", "helpful": i%2 == 0, "channel": "kiosk"})
		return f.do(t, "POST", FeedbackAPI, "application/json", string(b), from).Code
	}
	limited := 0
	for i := range bucketSize + 5 {
		if send("10.0.0.1", i) == http.StatusTooManyRequests {
			limited++
		}
	}
	if limited != 5 {
		t.Errorf("%d of %d refused, want 5 past a burst of %d", limited, bucketSize+5, bucketSize)
	}
	if c := send("10.0.0.2", 0); c != http.StatusCreated {
		t.Errorf("another client was limited too: %d", c)
	}
	f.now = f.now.Add(2 * bucketEvery)
	if c := send("10.0.0.1", 99); c != http.StatusCreated {
		t.Errorf("the bucket did not refill: %d", c)
	}
}

var radio = regexp.MustCompile(`<input type="radio" name="([a-z]+)" value="(\d)"`)

// The form asks the questionnaire's order (sarana eighth, pengaduan
// ninth), four labels each, and keeps every answer by element.
func TestSurveyFormKeepsElementIdentity(t *testing.T) {
	f := newHearFixture(t)
	w := f.do(t, "GET", SurveyPath("kauman")+"?layanan=sktm&via=qr", "", "", "")
	body := w.Body.String()
	var order []string
	for _, m := range radio.FindAllStringSubmatch(body, -1) {
		if m[2] == "1" && m[1] != "jk" {
			order = append(order, m[1])
		}
	}
	var want []string
	for _, e := range survey.Questionnaire {
		want = append(want, e.Key())
	}
	if strings.Join(order, " ") != strings.Join(want, " ") {
		t.Fatalf("questions asked %v, want %v", order, want)
	}
	for _, s := range []string{`<option value="sktm" selected>`, `name="via" value="qr"`, "Berfungsi kurang maksimal", "Sangat baik", `<legend>8. Bagaimana pendapat Saudara tentang kualitas sarana`} {
		if !strings.Contains(body, s) {
			t.Errorf("the survey page lacks %s", s)
		}
	}
	id := regexp.MustCompile(`name="id" value="([^"]+)"`).FindStringSubmatch(body)[1]
	v := url.Values{"id": {id}, "via": {"qr"}, "layanan": {"sktm"}, "jk": {"P"}, "usia": {"41"}, "pendidikan": {"D4/S1"}, "pekerjaan": {"wirausaha"}}
	for _, e := range survey.All {
		v.Set(e.Key(), "3")
	}
	v.Set("pengaduan", "1")
	v.Set("sarana", "4")
	for range 2 { // sent twice (a reload that re-posts): kept once
		w = f.form(t, SurveyPath("kauman"), v)
		if w.Code != http.StatusSeeOther || w.Header().Get("Location") != SurveyPath("kauman")+"terima-kasih/" {
			t.Fatalf("post: %d %q %s", w.Code, w.Header().Get("Location"), w.Body)
		}
	}
	got := f.responses(t)
	if len(got) != 1 {
		t.Fatalf("%d responses kept, want 1", len(got))
	}
	r := got[0]
	if r.Answers[survey.Pengaduan] != 1 || r.Answers[survey.Sarana] != 4 || r.Answers[survey.Persyaratan] != 3 {
		t.Errorf("answers kept by position, not element: %v", r.Answers)
	}
	if r.Channel != survey.QR || r.Service != "sktm" || r.Office != "kauman" || r.Profile != (survey.Profile{Gender: "P", Age: 41, Education: "D4/S1", Occupation: "wirausaha"}) {
		t.Errorf("kept %+v", r)
	}
}

func TestSurveyIncompleteFormComesBackFilled(t *testing.T) {
	f := newHearFixture(t)
	v := url.Values{"id": {"s-1"}, "persyaratan": {"2"}, "sarana": {"4"}, "usia": {`"><script>alert(1)</script>`}}
	w := f.form(t, SurveyPath("kauman"), v)
	if w.Code != http.StatusBadRequest {
		t.Fatalf("incomplete: %d", w.Code)
	}
	body := w.Body.String()
	if strings.Contains(body, "<script>alert") {
		t.Error("what the resident typed came back unescaped")
	}
	w = f.form(t, SurveyPath("kauman"), url.Values{"id": {"s-1"}, "persyaratan": {"2"}, "sarana": {"4"}})
	body = w.Body.String()
	if !strings.Contains(body, `name="persyaratan" value="2" checked`) || !strings.Contains(body, `name="sarana" value="4" checked`) {
		t.Error("the answers given were not kept")
	}
	if n := strings.Count(body, "al-q--missing"); n != 7 {
		t.Errorf("%d questions marked unanswered, want 7", n)
	}
	if len(f.responses(t)) != 0 {
		t.Error("an incomplete questionnaire was kept")
	}
}

func TestSurveyAPI(t *testing.T) {
	f := newHearFixture(t)
	answers := map[string]int{}
	for _, e := range survey.All {
		answers[e.Key()] = 4
	}
	in := map[string]any{"id": "kiosk-7", "office": "kauman", "service": "domisili", "channel": "kiosk", "answers": answers,
		"profile": map[string]any{"gender": "L", "age": 30}}
	w, a := f.json(t, SurveyAPI, in)
	if w.Code != http.StatusCreated || !a.Added {
		t.Fatalf("%d %+v", w.Code, a)
	}
	w, a = f.json(t, SurveyAPI, in)
	if w.Code != http.StatusOK || !a.OK || a.Added {
		t.Fatalf("retry: %d %+v", w.Code, a)
	}
	answers["sarana"] = 5
	if w, _ = f.json(t, SurveyAPI, map[string]any{"id": "kiosk-8", "office": "kauman", "answers": answers}); w.Code != http.StatusBadRequest {
		t.Errorf("an answer of 5: %d", w.Code)
	}
	delete(answers, "sarana")
	answers["u9"] = 4
	if w, _ = f.json(t, SurveyAPI, map[string]any{"id": "kiosk-9", "office": "kauman", "answers": answers}); w.Code != http.StatusBadRequest {
		t.Errorf("an answer by position: %d", w.Code)
	}
	if n := len(f.responses(t)); n != 1 {
		t.Errorf("%d kept", n)
	}
}

// The result is computed from the data as it stands, per period.
func TestResultIsCurrent(t *testing.T) {
	f := newHearFixture(t)
	add := func(id string, at time.Time, v int) {
		var a survey.Answers
		for e := range a {
			a[e] = v
		}
		a[survey.Pengaduan] = 1
		if _, err := f.db.AddResponse(context.Background(), survey.Response{ID: id, Office: "kauman", Channel: survey.Web, At: at, Answers: a}); err != nil {
			t.Fatal(err)
		}
	}
	add("a", time.Date(2026, 2, 1, 3, 0, 0, 0, time.UTC), 4)
	add("b", time.Date(2026, 8, 1, 3, 0, 0, 0, time.UTC), 3)
	add("c", time.Date(2025, 8, 1, 3, 0, 0, 0, time.UTC), 1)
	body := f.do(t, "GET", ResultPath("kauman"), "", "", "").Body.String()
	// 2026: U1..U7 and U9 average 3.5, U8 1: (8×3.5+1)/9×25 = 80.56, B.
	for _, s := range []string{"<dd>2</dd>", "80,56", `<strong class="al-result__grade">B</strong> (Baik)`,
		`<th scope="row">U8</th><td>Penanganan pengaduan, saran, dan masukan</td><td>1,00</td>`,
		`<th scope="row">U9</th><td>Sarana dan prasarana</td><td>3,50</td>`, "2026 (sampai hari ini)"} {
		if !strings.Contains(body, s) {
			t.Errorf("the 2026 result lacks %s", s)
		}
	}
	body = f.do(t, "GET", "/en"+ResultPath("kauman")+"?periode=2026-T3", "", "", "").Body.String()
	if !strings.Contains(body, "<dd>1</dd>") || !strings.Contains(body, "Quarter 3 2026") || !strings.Contains(body, "69.44") {
		t.Errorf("the third quarter in English:\n%s", body)
	}
	for q, want := range map[string]survey.Period{"2026": {Span: survey.Year, Year: 2026, N: 1}, "2026-T3": {Span: survey.Quarter, Year: 2026, N: 3},
		"2026-S2": {Span: survey.Semester, Year: 2026, N: 2}, "2026-08": {Span: survey.Month, Year: 2026, N: 8}} {
		if p, ok := parsePeriod(q); !ok || p != want {
			t.Errorf("parsePeriod(%q) = %+v %v", q, p, ok)
		}
	}
	for _, bad := range []string{"26", "2026-T5", "2026-13", "2026-8", "2026-S0", "x"} {
		if _, ok := parsePeriod(bad); ok {
			t.Errorf("parsePeriod(%q) accepted", bad)
		}
	}
	if w := f.do(t, "GET", ResultPath("kauman")+"?periode=2026-T5", "", "", ""); w.Code != http.StatusNotFound {
		t.Errorf("a bad period: %d", w.Code)
	}
}

func TestPosterCarriesTheSurveyAddress(t *testing.T) {
	f := newHearFixture(t)
	body := f.do(t, "GET", PosterPath("kauman"), "", "", "").Body.String()
	if !strings.Contains(body, "https://alur.example.go.id/survei/kauman/?via=qr") || !strings.Contains(body, `<path d="M`) {
		t.Errorf("poster:\n%s", body)
	}
}

func TestUnknownPagesAre404(t *testing.T) {
	f := newHearFixture(t)
	for _, p := range []string{SurveyPath("atlantis"), SurveyPath("kauman") + "lain/", "/umpan-balik/lain"} {
		if w := f.do(t, "GET", p, "", "", ""); w.Code != http.StatusNotFound {
			t.Errorf("%s: %d", p, w.Code)
		}
	}
	if w := f.do(t, "GET", FeedbackPath, "", "", ""); w.Code != http.StatusMethodNotAllowed {
		t.Errorf("GET %s: %d", FeedbackPath, w.Code)
	}
}

func TestPagesAreGzippedOnRequest(t *testing.T) {
	f := newHearFixture(t)
	r := httptest.NewRequest("GET", SurveyPath("kauman"), nil)
	r.Header.Set("Accept-Encoding", "gzip, br")
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, r)
	if w.Header().Get("Content-Encoding") != "gzip" {
		t.Fatal("not compressed")
	}
	b, _ := io.ReadAll(w.Body)
	if !bytes.HasPrefix(b, []byte{0x1f, 0x8b}) {
		t.Error("not gzip")
	}
}

// TestSubmitLimitCanBeSet: the city may raise the per-client rate (many
// kiosks behind one address) or leave limiting to its proxy.
func TestSubmitLimitCanBeSet(t *testing.T) {
	now := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	if l := newLimiter(-1); l != nil || !l.allow("a", now) {
		t.Error("a negative rate still limits")
	}
	l := newLimiter(60)
	for range bucketSize {
		l.allow("a", now)
	}
	if l.allow("a", now) || !l.allow("a", now.Add(time.Second)) {
		t.Error("60 a minute: want one more after a second, none before")
	}
	if d := newLimiter(0); d.every != bucketEvery {
		t.Errorf("the default rate is one per %s, want %s", d.every, bucketEvery)
	}
}
