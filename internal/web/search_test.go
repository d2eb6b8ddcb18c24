package web

import (
	"encoding/json"
	"errors"
	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/search"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
)

func shellFromTestdata(lang string) ([]byte, error) {
	return os.ReadFile("testdata/cari-shell.html")
}

func get(t *testing.T, h http.Handler, target string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec
}

func TestAPIHandlerAnswersJSON(t *testing.T) {
	h := APIHandler(cityIndex(t))
	rec := get(t, h, "/api/search?q="+url.QueryEscape("surat miskin"))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q", ct)
	}
	var res search.Results
	if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 || res.Hits[0].Service != "sktm" || res.Hits[0].URL != "/layanan/sktm/" {
		t.Errorf("hits %+v, want the SKTM first", res.Hits)
	}
}

func TestAPIHandlerFiltersByOfficeAndLanguage(t *testing.T) {
	h := APIHandler(cityIndex(t))
	rec := get(t, h, "/api/search?q=kk&kelurahan=kauman&lang=en&limit=3")
	var res search.Results
	if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 || len(res.Hits) > 3 {
		t.Fatalf("got %d hits, want 1 to 3", len(res.Hits))
	}
	for _, hit := range res.Hits {
		if hit.Office != "kauman" || !strings.HasPrefix(hit.URL, "/en/kelurahan/kauman/") {
			t.Errorf("hit %s at %q outside Kauman or not English", hit.URL, hit.Office)
		}
	}
}

func TestAPIHandlerRefusesWrites(t *testing.T) {
	rec := httptest.NewRecorder()
	APIHandler(cityIndex(t)).ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/api/search?q=ktp", nil))
	if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") == "" {
		t.Errorf("POST gave %d, Allow %q", rec.Code, rec.Header().Get("Allow"))
	}
}

// onlyMarks matches any tag that is not <mark> or </mark>.
var otherTag = regexp.MustCompile(`<(?:[^m/]|m[^a]|/[^m]|/m[^a])`)

func TestAPIHandlerSnippetsCarryOnlyMarks(t *testing.T) {
	h := APIHandler(cityIndex(t))
	for _, q := range []string{"kartu keluarga", `<script>alert(1)</script> ktp`, `akta "lahir" & kk`} {
		var res search.Results
		if err := json.Unmarshal(get(t, h, "/api/search?q="+url.QueryEscape(q)).Body.Bytes(), &res); err != nil {
			t.Fatal(err)
		}
		for _, hit := range res.Hits {
			if otherTag.MatchString(hit.Snippet) {
				t.Errorf("%q: snippet has markup other than <mark>: %s", q, hit.Snippet)
			}
		}
	}
}

func TestPageHandlerSplicesEscapedResults(t *testing.T) {
	h := PageHandler(cityIndex(t), shellFromTestdata)
	rec := get(t, h, "/cari?q="+url.QueryEscape(`surat miskin "><script>x</script>`)+"&kecamatan=klojen&kelurahan=kauman")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	body := rec.Body.String()
	for _, want := range []string{
		`class="alur-hasil"`,
		`href="/kelurahan/kauman/sktm/"`,
		`value="surat miskin &#34;&gt;&lt;script&gt;x&lt;/script&gt;"`,
		`<option value="klojen" selected="">`,
		`<option value="kauman" selected="">`,
		`<option value="">Semua kecamatan</option>`,
		`<script src="/aset/cari.js" defer></script>`,
		"&copy; Kota Malang &nbsp;",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if strings.Contains(body, "<script>x") || strings.Contains(body, hasilMarker) {
		t.Errorf("page has unescaped query or the marker left:\n%s", body)
	}
	if n := strings.Count(body, "<mark>"); n == 0 {
		t.Errorf("no highlighted word in the results")
	}
}

func TestPageHandlerWithoutQueryShowsTheForm(t *testing.T) {
	body := get(t, PageHandler(cityIndex(t), shellFromTestdata), "/cari").Body.String()
	if strings.Contains(body, "alur-hasil__butir") || !strings.Contains(body, `name="q"`) {
		t.Errorf("an empty query should give the form and no results")
	}
}

func TestPageHandlerSaysWhenNothingMatches(t *testing.T) {
	body := get(t, PageHandler(cityIndex(t), shellFromTestdata), "/en/cari?q=zzzzqqqq").Body.String()
	if !strings.Contains(body, "No service matches “zzzzqqqq”") || !strings.Contains(body, `<p class="alur-hasil__saran">`) ||
		!strings.Contains(body, `href="/en/layanan/"`) {
		t.Errorf("no English no-results help:\n%s", body)
	}
}

func TestPageHandlerSaysNotHereAndWhere(t *testing.T) {
	body := get(t, PageHandler(cityIndex(t), shellFromTestdata), "/cari?q=perpanjang+sim").Body.String()
	for _, want := range []string{
		`role="status">Ini bukan layanan kelurahan.</p>`,
		`Satpas SIM Satlantas Polresta Malang Kota`,
		`Jl. Jaksa Agung Suprapto No. 19`,
		`href="https://www.openstreetmap.org/?mlat=-7.96900&amp;mlon=112.63200#map=18/-7.96900/112.63200"`,
		`<p class="alur-hasil__saran" hidden>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if strings.Contains(body, `class="alur-hasil__bukan" hidden`) {
		t.Errorf("the not-here answer is hidden")
	}
}

func TestAPIHandlerMarksNotHere(t *testing.T) {
	var res search.Results
	if err := json.Unmarshal(get(t, APIHandler(cityIndex(t)), "/api/search?q=bikin+paspor").Body.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	if res.Answer != search.AnswerElsewhere || len(res.Elsewhere) == 0 || res.Elsewhere[0].ID != "imigrasi" || res.Elsewhere[0].Address == "" {
		t.Errorf("answer %q, elsewhere %+v; want the immigration office", res.Answer, res.Elsewhere)
	}
}

func TestPageHandlerShellMissing(t *testing.T) {
	h := PageHandler(cityIndex(t), func(string) ([]byte, error) { return nil, errors.New("no build yet") })
	if rec := get(t, h, "/cari?q=ktp"); rec.Code != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503", rec.Code)
	}
}

func TestFillShellWithoutMarkerAppendsBeforeBody(t *testing.T) {
	out := string(fillShell([]byte("<html><body><p>x</p></body></html>"), []byte("<section>R</section>"), search.Query{}))
	if out != "<html><body><p>x</p><section>R</section></body></html>" {
		t.Errorf("got %s", out)
	}
}

func TestScriptHandler(t *testing.T) {
	rec := get(t, ScriptHandler(), ScriptPath)
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/javascript") ||
		!strings.Contains(rec.Body.String(), "/api/search") {
		t.Errorf("script: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
}

// A kecamatan hit is placed in the city the index was built for, whatever
// its name: no city is written into the code.
func TestPageNamesTheCityOfTheIndex(t *testing.T) {
	cat, _ := check.Folder("../../services")
	if got := cityIndex(t).City(); got != cat.City.Name || got == "" {
		t.Fatalf("index city %q, want %q", got, cat.City.Name)
	}
	res := &search.Results{Hits: []search.Hit{{Kind: search.KindKecamatan, Title: "Kecamatan Klojen", URL: "/kecamatan/klojen/"}}}
	for lang, want := range map[string]string{"id": "Kecamatan di Kota Contoh", "en": "Kecamatan in Kota Contoh"} {
		var b strings.Builder
		if err := renderResults(&b, search.Query{Text: "klojen", Lang: lang}, res, "Kota Contoh"); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), `<p class="alur-hasil__tempat">`+want+`</p>`) {
			t.Errorf("%s: no %q in\n%s", lang, want, b.String())
		}
	}
	var b strings.Builder
	if err := renderResults(&b, search.Query{Text: "klojen"}, res, ""); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "alur-hasil__tempat") {
		t.Errorf("no city, yet a where line:\n%s", b.String())
	}
}
