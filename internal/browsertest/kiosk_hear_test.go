package browsertest

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/survey"
)

// kioskScreen shows a kiosk page on the lobby's portrait touch screen and
// waits for its script (which reveals the feedback box).
func kioskScreen(t *testing.T, tb *tab, path string) {
	t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(1080, 1920, chromedp.EmulatePortrait, chromedp.EmulateTouch)); err != nil {
		t.Fatal(err)
	}
	tb.open(t, path)
	waitFor(t, tb, `document.getElementById('k-hear').checkVisibility()`, "the kiosk's feedback box")
}

// tapOn taps the element with a finger (a touch gesture, not a click).
func tapOn(t *testing.T, tb *tab, css string) {
	t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Tap(chromedp.CSS(css))); err != nil {
		t.Fatalf("%s: tapping %s: %v", tb.page, css, err)
	}
}

// kioskReport reports a hard requirement, typing on the on-screen keyboard.
func kioskReport(t *testing.T, tb *tab, requirement, typed string) {
	t.Helper()
	tapOn(t, tb, "#k-report-open")
	tapOn(t, tb, `#k-report label.k-choice:has(input[value=syarat])`)
	tapOn(t, tb, `#k-report-syarat label.k-choice:has(input[value="`+requirement+`"])`)
	for _, k := range typed {
		if k == ' ' {
			tapOn(t, tb, `#k-report-keyboard button[data-action=space]`)
			continue
		}
		tapOn(t, tb, `#k-report-keyboard .k-layer:not([hidden]) button[data-key="`+string(k)+`"]`)
	}
	tapOn(t, tb, "#k-report-send")
}

// kioskSurvey answers the survey by touch: pengaduan (U8, asked ninth) 1,
// sarana (U9, asked eighth) 4, everything else 3.
func kioskSurvey(t *testing.T, tb *tab) {
	t.Helper()
	tapOn(t, tb, "#k-survey-open")
	for _, e := range survey.Questionnaire {
		v := "3"
		switch e {
		case survey.Pengaduan:
			v = "1"
		case survey.Sarana:
			v = "4"
		}
		tapOn(t, tb, `#k-survey .k-question[data-element=`+e.Key()+`] label:has(input[value="`+v+`"])`)
	}
	tapOn(t, tb, `#k-survey label.k-choice:has(input[name=jk][value=L])`)
	tapOn(t, tb, "#k-survey-send")
}

var kioskAnswers = survey.Answers{3, 3, 3, 3, 3, 3, 3, 1, 4}

func queued(t *testing.T, tb *tab) []string {
	t.Helper()
	return evaluate[[]string](t, tb, `window.alurKiosk.queue().map(it => it.body.id)`)
}

// On the kiosk, after looking at a service, a resident answers by touch:
// the page question, a report typed on the on-screen keyboard, and the
// survey; each reaches the store once, marked as from the kiosk.
func TestKioskFeedbackAndSurveyByTouch(t *testing.T) {
	site := hearSite(t)
	tb := newTab(t, site)
	kioskScreen(t, tb, "/kiosk/kauman/sktm/")
	req := fixtureService(t, "kauman", "sktm").Requirements[0].Document

	tapOn(t, tb, `#k-vote button[data-vote=ya]`)
	waitFor(t, tb, `window.alurKiosk.queue().length === 0 && document.getElementById('k-hear-thanks').checkVisibility()`, "the vote delivered")
	kioskReport(t, tb, req, "rt tidak ada")
	waitFor(t, tb, `window.alurKiosk.queue().length === 0`, "the report delivered")
	kioskSurvey(t, tb)
	waitFor(t, tb, `window.alurKiosk.queue().length === 0 && document.getElementById('k-survey-thanks').checkVisibility()`, "the survey delivered")

	if v := votes(t, site.DB); len(v) != 1 || v[0].Yes != 1 || v[0].Service != "sktm" {
		t.Errorf("votes: %+v", v)
	}
	r := reports(t, site.DB)
	if len(r) != 1 || r[0].Requirement != req || r[0].Text != "rt tidak ada" || r[0].Channel != feedback.Kiosk {
		t.Errorf("reports: %+v", r)
	}
	got := responses(t, site.DB)
	if len(got) != 1 || got[0].Answers != kioskAnswers || got[0].Channel != survey.Kiosk || got[0].Service != "sktm" || got[0].Profile.Gender != "L" {
		t.Errorf("responses: %+v, want answers %v from the kiosk", got, kioskAnswers)
	}
}

// link stands between the kiosk and the server's /api/v1/: open, cut
// (the connection drops before the server sees the request) or lossy (the
// server keeps the record, then the connection drops before the answer).
type link struct {
	mu   sync.Mutex
	mode string
	next http.Handler
}

func (n *link) set(mode string) {
	n.mu.Lock()
	n.mode = mode
	n.mu.Unlock()
}

func (n *link) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n.mu.Lock()
	mode := n.mode
	n.mu.Unlock()
	if !strings.HasPrefix(r.URL.Path, "/api/v1/") || mode == "open" {
		n.next.ServeHTTP(w, r)
		return
	}
	if mode == "lossy" {
		n.next.ServeHTTP(httptest.NewRecorder(), r)
	}
	conn, _, err := http.NewResponseController(w).Hijack()
	if err == nil {
		conn.Close()
	}
}

// The network-cut test: a kiosk answers while its connection is down,
// keeps everything across a page load, then the connection comes back
// lossy (the server keeps a record but its answer is lost, so the kiosk
// sends it again) and then whole. Every answer is kept exactly once, none
// is lost.
func TestKioskKeepsAnswersAcrossANetworkCut(t *testing.T) {
	net := &link{mode: "open"}
	site := hearSiteWith(t, func(h http.Handler) http.Handler { net.next = h; return net })
	tb := newTab(t, site)
	kioskScreen(t, tb, "/kiosk/kauman/sktm/")
	req := fixtureService(t, "kauman", "sktm").Requirements[1].Document

	net.set("cut")
	tapOn(t, tb, `#k-vote button[data-vote=tidak]`)
	kioskReport(t, tb, req, "antre lama")
	kioskSurvey(t, tb)
	ids := queued(t, tb)
	if len(ids) != 3 {
		t.Fatalf("%d records waiting on the kiosk, want 3: %v", len(ids), ids)
	}
	// The resident walks away; the kiosk goes on to another page. What
	// waits is in localStorage, not in the page.
	tb.open(t, "/kiosk/kauman/")
	if got := queued(t, tb); !slices.Equal(got, ids) {
		t.Fatalf("after a page load the kiosk holds %v, want %v", got, ids)
	}
	if n := len(votes(t, site.DB)) + len(reports(t, site.DB)) + len(responses(t, site.DB)); n != 0 {
		t.Fatalf("%d records reached the store through a cut network", n)
	}

	net.set("lossy")
	deadline := time.Now().Add(30 * time.Second)
	for len(votes(t, site.DB))+len(reports(t, site.DB))+len(responses(t, site.DB)) == 0 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	if len(queued(t, tb)) == 0 {
		t.Fatal("the kiosk forgot records whose delivery it never saw confirmed")
	}
	net.set("open")
	for len(queued(t, tb)) > 0 && time.Now().Before(deadline.Add(30*time.Second)) {
		time.Sleep(200 * time.Millisecond)
	}
	if left := queued(t, tb); len(left) > 0 {
		t.Fatalf("records still waiting on the kiosk after the network came back: %v", left)
	}

	var stored []string
	v := votes(t, site.DB)
	if len(v) != 1 || v[0].No != 1 || v[0].Yes != 0 {
		t.Errorf("votes: %+v, want one \"tidak\"", v)
	}
	r := reports(t, site.DB)
	for _, x := range r {
		stored = append(stored, x.ID)
	}
	if len(r) != 1 || r[0].Requirement != req || r[0].Text != "antre lama" {
		t.Errorf("reports: %+v", r)
	}
	resp := responses(t, site.DB)
	for _, x := range resp {
		stored = append(stored, x.ID)
	}
	if len(resp) != 1 || resp[0].Answers != kioskAnswers {
		t.Errorf("responses: %+v", resp)
	}
	for _, id := range stored {
		if !slices.Contains(ids, id) {
			t.Errorf("stored %s, which the kiosk never made (its ids: %v)", id, ids)
		}
	}
	// The dropped connections were the point; anything else the tab saw
	// still fails the test.
	for _, p := range tb.takeProblems() {
		if !strings.Contains(p, "ERR_EMPTY_RESPONSE") || !strings.Contains(p, "/api/v1/") {
			t.Error(p)
		}
	}
}
