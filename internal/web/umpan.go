package web

import (
	"bytes"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/locale"
)

// feedbackInput is what a page's feedback forms send, as a form or as
// JSON (FeedbackAPI).
//
// JSON: {"id": "client-made", "kind": "vote"|"report", "office": "kauman",
// "service": "sktm" (empty on an office page), "helpful": true (votes),
// "reason": "salah"|"syarat"|"kosong"|"pungli"|"lainnya",
// "requirement": "one of the service's requirements" (syarat),
// "seen": "2026-08-17T09:30" (kosong, the city's local time),
// "text": "at most 1,000 characters", "channel": "web"|"kiosk",
// "website": "" (a honeypot: anything in it is dropped unseen)}.
type feedbackInput struct {
	ID          string `json:"id"`
	Kind        string `json:"kind"`
	Office      string `json:"office"`
	Service     string `json:"service"`
	Helpful     *bool  `json:"helpful"`
	Reason      string `json:"reason"`
	Requirement string `json:"requirement"`
	Seen        string `json:"seen"`
	Text        string `json:"text"`
	Channel     string `json:"channel"`
	Trap        string `json:"website"`
}

// SeenNow as the time an office was found empty means "now": the one-tap
// report from the office page and the kiosk, timed by the server.
const SeenNow = "sekarang"

// The kinds of feedback.
const (
	kindVote   = "vote"
	kindReport = "report"
)

// outcome is how a submission went: status is the HTTP status to answer,
// key the catalog key of a refusal.
type outcome struct {
	status int
	key    string
	added  bool
}

var errUnknown = errors.New("unknown office, service or requirement")

// admission is a submission let through the guards every form shares: who
// sent it, when, and the service it names (nil on an office page).
type admission struct {
	who string
	now time.Time
	svc *layout.DirService
}

// admit applies the guards every submission passes: the honeypot (a bot
// filled the field people cannot see: thank it, keep nothing), the rate
// limit per client, and an office and service the build knows. A
// non-nil outcome is the answer to give instead of going on.
func (h *hear) admit(r *http.Request, trap, office, service string) (admission, *outcome) {
	a := admission{who: client(r), now: h.Now()}
	if trap != "" {
		return a, &outcome{status: http.StatusOK, added: true}
	}
	if !h.limit.allow(a.who, a.now) {
		return a, &outcome{status: http.StatusTooManyRequests, key: "umpan.terlalu-sering"}
	}
	dir, err := h.Site.Directory(r)
	if err != nil {
		h.Log.Error("directory unreadable", "err", err.Error())
		return a, &outcome{status: http.StatusServiceUnavailable, key: "dengar.tidak-siap"}
	}
	if a.svc, err = findPage(dir, office, service); err != nil {
		return a, &outcome{status: http.StatusBadRequest, key: "umpan.tidak-dikenal"}
	}
	return a, nil
}

// takeFeedback checks, guards and keeps one submission.
func (h *hear) takeFeedback(r *http.Request, in feedbackInput) outcome {
	a, stop := h.admit(r, in.Trap, in.Office, in.Service)
	if stop != nil {
		return *stop
	}
	who, now, svc := a.who, a.now, a.svc
	channel := feedback.Channel(in.Channel)
	if channel == "" {
		channel = feedback.Web
	}
	if !channel.Valid() {
		return outcome{status: http.StatusBadRequest, key: "dengar.rusak"}
	}
	var key string
	var store func() (bool, error)
	switch in.Kind {
	case kindVote:
		if in.Helpful == nil {
			return outcome{status: http.StatusBadRequest, key: "dengar.rusak"}
		}
		if !feedback.ValidID(in.ID) {
			return outcome{status: http.StatusBadRequest, key: "umpan.salah.id"}
		}
		v := feedback.Vote{ID: in.ID, Office: in.Office, Service: in.Service, Helpful: *in.Helpful, Channel: channel, At: now}
		key = digest(who, kindVote, v.Office, v.Service, boolWord(v.Helpful))
		store = func() (bool, error) { return h.DB.AddVote(r.Context(), v) }
	case kindReport:
		rep := feedback.Report{ID: in.ID, Office: in.Office, Service: in.Service, Reason: feedback.Reason(in.Reason),
			Requirement: in.Requirement, Text: in.Text, Channel: channel, At: now}
		if rep.Reason == feedback.Hard && rep.Requirement != "" && (svc == nil || !slices.Contains(svc.Requirements, rep.Requirement)) {
			return outcome{status: http.StatusBadRequest, key: "umpan.tidak-dikenal"}
		}
		if rep.Reason == feedback.Empty && in.Seen == SeenNow {
			// The one-tap report: the office is empty as the resident
			// sends it, by the server's clock.
			rep.Seen = now.Truncate(time.Minute)
		} else if rep.Reason == feedback.Empty && in.Seen != "" {
			seen, ok := parseSeen(in.Seen, now)
			if !ok {
				return outcome{status: http.StatusBadRequest, key: "umpan.salah.waktu"}
			}
			rep.Seen = seen
		}
		rep, err := rep.Prepare()
		if err != nil {
			var p *feedback.Problem
			if errors.As(err, &p) {
				return outcome{status: http.StatusBadRequest, key: p.Key}
			}
			return outcome{status: http.StatusBadRequest, key: "dengar.rusak"}
		}
		key = digest(who, kindReport, rep.Office, rep.Service, string(rep.Reason), rep.Requirement, rep.Seen.String(), rep.Text)
		store = func() (bool, error) { return h.DB.AddReport(r.Context(), rep) }
	default:
		return outcome{status: http.StatusBadRequest, key: "dengar.rusak"}
	}
	// A kiosk serves many residents from one address, and its records
	// carry their own ids: only the web's are held to "once per content".
	if channel == feedback.Web && !h.seen.first(key, now) {
		return outcome{status: http.StatusOK}
	}
	added, err := store()
	if err != nil {
		h.seen.forget(key)
		h.Log.Error("feedback not kept", "err", err.Error())
		return outcome{status: http.StatusServiceUnavailable, key: "dengar.gagal-simpan"}
	}
	if added {
		return outcome{status: http.StatusCreated, added: true}
	}
	return outcome{status: http.StatusOK}
}

func boolWord(b bool) string {
	if b {
		return "ya"
	}
	return "tidak"
}

// findPage checks that office exists and, when service is given, that the
// office offers it; it returns the service (nil for an office page).
func findPage(dir *layout.Directory, office, service string) (*layout.DirService, error) {
	o, ok := dir.Office(office)
	if !ok {
		return nil, errUnknown
	}
	if service == "" {
		return nil, nil
	}
	s, ok := o.Service(service)
	if !ok {
		return nil, errUnknown
	}
	return s, nil
}

// pagePath is the page feedback was about, in lang; the home page when
// the office or service is unknown.
func pagePath(dir *layout.Directory, lang locale.Lang, office, service string) string {
	o, ok := dir.Office(office)
	if !ok {
		return langPath(lang, "/")
	}
	if s, ok := o.Service(service); ok {
		return langPath(lang, s.Path)
	}
	return langPath(lang, o.Path)
}

// parseSeen reads when an office was found closed: "2006-01-02T15:04" (or
// a date and a time joined by a space) in the city's time zone, not in the
// future (a day's grace for clocks) and not over a year back.
func parseSeen(s string, now time.Time) (time.Time, bool) {
	s = strings.Replace(strings.TrimSpace(s), " ", "T", 1)
	t, err := time.ParseInLocation("2006-01-02T15:04", s, flow.Zone)
	if err != nil {
		return time.Time{}, false
	}
	if t.After(now.Add(24*time.Hour)) || t.Before(now.AddDate(-1, 0, 0)) {
		return time.Time{}, false
	}
	return t, true
}

// feedbackAPI takes feedback as JSON.
func (h *hear) feedbackAPI(w http.ResponseWriter, r *http.Request) {
	var in feedbackInput
	if !readJSON(w, r, &in) {
		return
	}
	answerAPI(w, h.takeFeedback(r, in))
}

// answerAPI answers a JSON submission: 201 or 200 with {"ok": true}, or
// the refusal (a 429 says when to try again).
func answerAPI(w http.ResponseWriter, out outcome) {
	if out.key != "" {
		if out.status == http.StatusTooManyRequests {
			w.Header().Set("Retry-After", "60")
		}
		apiError(w, out.status, out.key)
		return
	}
	writeJSON(w, out.status, apiAnswer{OK: true, Added: out.added})
}

// feedbackForm takes the page forms without JavaScript: a plain POST,
// then a redirect to the thank-you page.
func (h *hear) feedbackForm(w http.ResponseWriter, r *http.Request, lang locale.Lang) {
	if !allowMethods(w, r, http.MethodPost) {
		return
	}
	if !sameOrigin(r) {
		http.Error(w, locale.Get("dengar.asal").Both(), http.StatusForbidden)
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(w, locale.Get("dengar.rusak").Both(), http.StatusBadRequest)
		return
	}
	f := r.PostForm
	in := feedbackInput{
		ID: newID(), Kind: f.Get("jenis"), Office: f.Get("kantor"), Service: f.Get("layanan"),
		Reason: f.Get("alasan"), Requirement: f.Get("syarat"), Text: f.Get("teks"), Trap: f.Get("situs"),
	}
	switch in.Kind {
	case "suara":
		in.Kind = kindVote
		switch f.Get("membantu") {
		case "ya":
			in.Helpful = new(bool)
			*in.Helpful = true
		case "tidak":
			in.Helpful = new(bool)
		}
	case "laporan":
		in.Kind = kindReport
		if f.Get("sekarang") != "" {
			in.Seen = SeenNow
		} else if d, t := f.Get("tanggal"), f.Get("jam"); d != "" || t != "" {
			in.Seen = d + "T" + t
		}
	}
	out := h.takeFeedback(r, in)
	if out.key == "" {
		q := url.Values{"kantor": {in.Office}}
		if in.Service != "" {
			q.Set("layanan", in.Service)
		}
		http.Redirect(w, r, langPath(lang, FeedbackThanks)+"?"+q.Encode(), http.StatusSeeOther)
		return
	}
	back := "/"
	if dir, err := h.Site.Directory(r); err == nil {
		back = strings.TrimPrefix(pagePath(dir, lang, in.Office, in.Service), EnglishPrefix)
	}
	h.message(w, r, lang, out.status, "umpan.gagal-judul", out.key, back, "umpan.kembali")
}

// feedbackThanks is the page a form without JavaScript lands on.
func (h *hear) feedbackThanks(w http.ResponseWriter, r *http.Request, lang locale.Lang) {
	if !allowMethods(w, r, http.MethodGet) {
		return
	}
	dir, ok := h.directory(w, r)
	if !ok {
		return
	}
	q := r.URL.Query()
	back := strings.TrimPrefix(pagePath(dir, lang, q.Get("kantor"), q.Get("layanan")), EnglishPrefix)
	var b bytes.Buffer
	if err := tmpl(lang).ExecuteTemplate(&b, "message", messageData{
		hearPage: hearPageFor(lang), Title: locale.T(lang, "umpan.terima-judul"), Lead: locale.T(lang, "umpan.terima"),
		Text: locale.T(lang, "umpan.terima-isi"), Back: langPath(lang, back), BackText: locale.T(lang, "umpan.kembali"),
		Status: true,
	}); err != nil {
		h.Log.Error("thank-you page", "err", err.Error())
	}
	h.page(w, r, lang, http.StatusOK, shellPage{Title: locale.T(lang, "umpan.terima-judul"), Body: b.Bytes(), Alternates: alternates(r, FeedbackThanks)}, "no-store")
}
