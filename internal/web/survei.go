package web

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/qrsvg"
	"github.com/alurlayanan/alur/internal/store"
	"github.com/alurlayanan/alur/internal/survey"
)

// surveyInput is one filled questionnaire, as a form or as JSON
// (SurveyAPI). Answers are by element key (survey.Element.Key), never by
// position: the questionnaire asks sarana before pengaduan.
//
// JSON: {"id": "client-made", "office": "kauman", "service": "sktm" (or
// empty), "channel": "web"|"kiosk"|"qr", "answers": {"persyaratan": 4,
// "prosedur": 3, ..., "pengaduan": 2, "sarana": 4} (all nine, 1-4),
// "profile": {"gender": "L"|"P", "age": 34, "education": "SMA",
// "occupation": "swasta"} (each may be left out), "website": "" (honeypot)}.
type surveyInput struct {
	ID      string         `json:"id"`
	Office  string         `json:"office"`
	Service string         `json:"service"`
	Channel string         `json:"channel"`
	Answers map[string]int `json:"answers"`
	Profile profileInput   `json:"profile"`
	Trap    string         `json:"website"`
}

type profileInput struct {
	Gender     string `json:"gender"`
	Age        int    `json:"age"`
	Education  string `json:"education"`
	Occupation string `json:"occupation"`
}

// answersOf reads the nine answers by element key; missing lists the
// elements without a valid answer.
func answersOf(in map[string]int) (a survey.Answers, missing []survey.Element, unknown bool) {
	for k := range in {
		if _, ok := survey.ElementByKey(k); !ok {
			unknown = true
		}
	}
	for _, e := range survey.All {
		v, ok := in[e.Key()]
		if !ok || v < survey.Lowest || v > survey.Highest {
			missing = append(missing, e)
			continue
		}
		a[e] = v
	}
	return a, missing, unknown
}

// takeSurvey checks, guards and keeps one questionnaire.
func (h *hear) takeSurvey(r *http.Request, in surveyInput) outcome {
	a, stop := h.admit(r, in.Trap, in.Office, in.Service)
	if stop != nil {
		return *stop
	}
	who, now := a.who, a.now
	ch := survey.Channel(in.Channel)
	if ch == "" {
		ch = survey.Web
	}
	if !ch.Valid() || !feedback.ValidID(in.ID) {
		return outcome{status: http.StatusBadRequest, key: "dengar.rusak"}
	}
	answers, missing, unknown := answersOf(in.Answers)
	if len(missing) > 0 || unknown {
		return outcome{status: http.StatusBadRequest, key: "survei.form.gagal"}
	}
	p := survey.Profile{Gender: in.Profile.Gender, Age: in.Profile.Age, Education: in.Profile.Education, Occupation: in.Profile.Occupation}
	if err := p.Check(); err != nil {
		return outcome{status: http.StatusBadRequest, key: "survei.form.profil-salah"}
	}
	resp := survey.Response{ID: in.ID, Office: in.Office, Service: in.Service, Channel: ch, At: now, Answers: answers, Profile: p}
	key := digest(who, "survey", in.Office, in.Service, fmt.Sprint(answers), fmt.Sprint(p))
	if ch != survey.Kiosk && !h.seen.first(key, now) {
		return outcome{status: http.StatusOK}
	}
	added, err := h.DB.AddResponse(r.Context(), resp)
	if err != nil {
		h.seen.forget(key)
		h.Log.Error("survey answer not kept", "err", err.Error())
		return outcome{status: http.StatusServiceUnavailable, key: "dengar.gagal-simpan"}
	}
	if added {
		return outcome{status: http.StatusCreated, added: true}
	}
	return outcome{status: http.StatusOK}
}

// surveyAPI takes a questionnaire as JSON.
func (h *hear) surveyAPI(w http.ResponseWriter, r *http.Request) {
	var in surveyInput
	if !readJSON(w, r, &in) {
		return
	}
	answerAPI(w, h.takeSurvey(r, in))
}

// surveyIndex is the build's own list of surveys: the shell as it is.
func (h *hear) surveyIndex(w http.ResponseWriter, r *http.Request, lang locale.Lang) {
	if !allowMethods(w, r, http.MethodGet) {
		return
	}
	shell, err := h.shell(r, lang)
	if err != nil {
		h.notFound(w, r, lang)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=60")
	w.Write(shell)
}

// survey serves the pages of one office's survey.
func (h *hear) survey(w http.ResponseWriter, r *http.Request, lang locale.Lang, officeID, page string) {
	dir, ok := h.directory(w, r)
	if !ok {
		return
	}
	office, ok := dir.Office(officeID)
	if !ok {
		h.notFound(w, r, lang)
		return
	}
	switch page {
	case "":
		if !allowMethods(w, r, http.MethodGet, http.MethodPost) {
			return
		}
		if r.Method == http.MethodPost {
			h.surveyPost(w, r, lang, office)
			return
		}
		q := r.URL.Query()
		d := h.surveyForm(lang, office, channelOf(q.Get("via")))
		if s, ok := office.Service(q.Get("layanan")); ok {
			d.Service = s.ID
		}
		h.renderSurvey(w, r, http.StatusOK, d)
	case "terima-kasih/":
		if allowMethods(w, r, http.MethodGet) {
			h.surveyThanks(w, r, lang, office)
		}
	case "hasil/":
		if allowMethods(w, r, http.MethodGet) {
			h.result(w, r, lang, office)
		}
	case "poster/":
		if allowMethods(w, r, http.MethodGet) {
			h.poster(w, r, lang, office)
		}
	default:
		h.notFound(w, r, lang)
	}
}

// channelOf reads ?via=: the printed QR code and the kiosk say where they
// are; anything else is the web.
func channelOf(via string) survey.Channel {
	if c := survey.Channel(via); c.Valid() {
		return c
	}
	return survey.Web
}

// surveyPost takes the form without JavaScript. A complete form redirects
// to the thank-you page; an incomplete one comes back with what was
// chosen kept and the unanswered questions marked.
func (h *hear) surveyPost(w http.ResponseWriter, r *http.Request, lang locale.Lang, office *layout.DirOffice) {
	if !sameOrigin(r) {
		http.Error(w, locale.Get("dengar.asal").Both(), http.StatusForbidden)
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(w, locale.Get("dengar.rusak").Both(), http.StatusBadRequest)
		return
	}
	f := r.PostForm
	in := surveyInput{
		ID: f.Get("id"), Office: office.ID, Service: f.Get("layanan"), Channel: string(channelOf(f.Get("via"))),
		Answers: map[string]int{}, Trap: f.Get("situs"),
		Profile: profileInput{Gender: f.Get("jk"), Education: f.Get("pendidikan"), Occupation: f.Get("pekerjaan")},
	}
	if !feedback.ValidID(in.ID) {
		in.ID = newID()
	}
	for _, e := range survey.All {
		if v, err := strconv.Atoi(f.Get(e.Key())); err == nil {
			in.Answers[e.Key()] = v
		}
	}
	ageBad := false
	if a := strings.TrimSpace(f.Get("usia")); a != "" {
		n, err := strconv.Atoi(a)
		ageBad = err != nil
		in.Profile.Age = n
	}
	out := outcome{status: http.StatusBadRequest, key: "survei.form.profil-salah"}
	if !ageBad {
		out = h.takeSurvey(r, in)
	}
	if out.key == "" {
		http.Redirect(w, r, langPath(lang, SurveyPath(office.ID))+"terima-kasih/", http.StatusSeeOther)
		return
	}
	d := h.surveyForm(lang, office, survey.Channel(in.Channel))
	d.ID, d.Service, d.Error = in.ID, in.Service, locale.T(lang, out.key)
	d.Gender, d.Education, d.Occupation = in.Profile.Gender, in.Profile.Education, in.Profile.Occupation
	d.Age = strings.TrimSpace(f.Get("usia"))
	_, missing, _ := answersOf(in.Answers)
	for i := range d.Questions {
		q := &d.Questions[i]
		q.Missing = containsElement(missing, q.element)
		for j := range q.Options {
			q.Options[j].Checked = in.Answers[q.Key] == q.Options[j].Value
		}
	}
	h.renderSurvey(w, r, out.status, d)
}

func containsElement(es []survey.Element, e survey.Element) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// surveyData is the survey form.
type surveyData struct {
	hearPage
	Office    *layout.DirOffice
	Action    string
	ID        string
	Via       string
	Service   string
	Questions []question
	Error     string

	Genders, Educations, Occupations []option
	Gender, Education, Occupation    string
	Age                              string
	MinAge, MaxAge                   int
	Result                           string
}

// question is one element as the questionnaire asks it.
type question struct {
	element survey.Element
	Number  int
	Key     string
	Ask     string
	Options []answer
	Missing bool
}

type answer struct {
	Value   int
	Label   string
	Checked bool
}

type option struct{ Value, Label string }

func (h *hear) surveyForm(lang locale.Lang, office *layout.DirOffice, via survey.Channel) surveyData {
	d := surveyData{
		hearPage: hearPageFor(lang), Office: office, Action: langPath(lang, SurveyPath(office.ID)),
		ID: newID(), Via: string(via), MinAge: survey.MinAge, MaxAge: survey.MaxAge,
		Result: langPath(lang, ResultPath(office.ID)),
	}
	for i, e := range survey.Questionnaire {
		q := question{element: e, Number: i + 1, Key: e.Key(), Ask: locale.T(lang, "survei."+e.Key()+".tanya")}
		for v := survey.Lowest; v <= survey.Highest; v++ {
			q.Options = append(q.Options, answer{Value: v, Label: locale.T(lang, fmt.Sprintf("survei.%s.%d", e.Key(), v))})
		}
		d.Questions = append(d.Questions, q)
	}
	for _, g := range survey.Genders {
		d.Genders = append(d.Genders, option{g, locale.T(lang, "survei.profil.jk."+g)})
	}
	for _, e := range survey.Educations {
		d.Educations = append(d.Educations, option{e, e})
	}
	for _, o := range survey.Occupations {
		d.Occupations = append(d.Occupations, option{o, locale.T(lang, "survei.profil.pekerjaan."+o)})
	}
	return d
}

func (h *hear) renderSurvey(w http.ResponseWriter, r *http.Request, status int, d surveyData) {
	var b bytes.Buffer
	if err := tmpl(d.Lang).ExecuteTemplate(&b, "survey", d); err != nil {
		h.Log.Error("survey page", "err", err.Error())
	}
	title := locale.T(d.Lang, "survei.judul") + " · " + d.Office.Name
	q := url.Values{}
	if d.Via != string(survey.Web) {
		q.Set("via", d.Via)
	}
	if d.Service != "" {
		q.Set("layanan", d.Service)
	}
	h.page(w, r, d.Lang, status, shellPage{Title: title, Body: b.Bytes(), Alternates: withQuery(SurveyPath(d.Office.ID), q)}, "no-store")
}

func withQuery(path string, q url.Values) map[string]string {
	s := ""
	if len(q) > 0 {
		s = "?" + q.Encode()
	}
	return map[string]string{"id": path + s, "en": EnglishPrefix + path + s}
}

// surveyThanks is the page a form without JavaScript lands on.
func (h *hear) surveyThanks(w http.ResponseWriter, r *http.Request, lang locale.Lang, office *layout.DirOffice) {
	var b bytes.Buffer
	if err := tmpl(lang).ExecuteTemplate(&b, "message", messageData{
		hearPage: hearPageFor(lang), Title: locale.T(lang, "umpan.terima-judul"), Lead: locale.T(lang, "survei.form.terima"),
		Back: langPath(lang, office.Path), BackText: locale.T(lang, "survei.form.ke-kantor"),
		More: langPath(lang, ResultPath(office.ID)), MoreText: locale.T(lang, "survei.form.lihat-hasil"), Status: true,
	}); err != nil {
		h.Log.Error("survey thank-you page", "err", err.Error())
	}
	h.page(w, r, lang, http.StatusOK, shellPage{Title: locale.T(lang, "umpan.terima-judul"), Body: b.Bytes(),
		Alternates: withQuery(SurveyPath(office.ID)+"terima-kasih/", nil)}, "no-store")
}

// parsePeriod reads ?periode=: "2026", "2026-T3", "2026-S2", "2026-08".
func parsePeriod(s string) (survey.Period, bool) {
	year, rest, _ := strings.Cut(s, "-")
	y, err := strconv.Atoi(year)
	if err != nil || y < 2000 || y > 9999 || len(year) != 4 {
		return survey.Period{}, false
	}
	if rest == "" {
		return survey.Period{Span: survey.Year, Year: y, N: 1}, true
	}
	span, max, num := survey.Month, 12, rest
	switch rest[0] {
	case 'T':
		span, max, num = survey.Quarter, 4, rest[1:]
	case 'S':
		span, max, num = survey.Semester, 2, rest[1:]
	}
	n, err := strconv.Atoi(num)
	if err != nil || n < 1 || n > max || (span == survey.Month && len(num) != 2) {
		return survey.Period{}, false
	}
	return survey.Period{Span: span, Year: y, N: n}, true
}

// periodName names a period in lang.
func periodName(lang locale.Lang, p survey.Period) string {
	if lang == locale.ID {
		return p.String()
	}
	return p.English()
}

// resultData is an office's published result.
type resultData struct {
	hearPage
	Office      *layout.DirOffice
	Period      string
	SoFar       bool
	Respondents int
	Rows        []resultRow
	IKM         string
	Grade       string
	GradeWords  string
	Periods     []periodLink
	Survey      string
	Poster      string
}

type resultRow struct{ Code, Name, NRR string }

type periodLink struct {
	Name, Href string
	Current    bool
}

// decimal writes v with two decimals, with a decimal comma in Indonesian.
func decimal(lang locale.Lang, v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	if lang == locale.ID {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// result publishes an office's survey result straight from the data.
func (h *hear) result(w http.ResponseWriter, r *http.Request, lang locale.Lang, office *layout.DirOffice) {
	now := h.Now().In(flow.Zone)
	period := survey.PeriodOf(survey.Year, now)
	if s := r.URL.Query().Get("periode"); s != "" {
		p, ok := parsePeriod(s)
		if !ok {
			h.notFound(w, r, lang)
			return
		}
		period = p
	}
	from, to := period.Start(flow.Zone), period.End(flow.Zone)
	sums, err := h.DB.Sums(r.Context(), store.Filter{Offices: []string{office.ID}, From: from, To: to})
	if err != nil {
		h.Log.Error("survey result", "err", err.Error())
		h.message(w, r, lang, http.StatusServiceUnavailable, "dengar.tidak-siap", "dengar.tidak-siap", office.Path, "survei.form.ke-kantor")
		return
	}
	res := sums.Compute()
	d := resultData{
		hearPage: hearPageFor(lang), Office: office, Period: periodName(lang, period),
		SoFar: !now.Before(from) && now.Before(to), Respondents: res.Respondents,
		Grade: res.Grade.Letter(), GradeWords: locale.T(lang, res.Grade.Key()),
		Survey: langPath(lang, SurveyPath(office.ID)), Poster: langPath(lang, PosterPath(office.ID)),
	}
	if res.Respondents > 0 {
		d.IKM = decimal(lang, res.IKM)
		for _, e := range survey.All {
			d.Rows = append(d.Rows, resultRow{Code: e.Code(), Name: locale.T(lang, "survei."+e.Key()+".nama"), NRR: decimal(lang, res.NRR[e])})
		}
	}
	base := langPath(lang, ResultPath(office.ID))
	this := survey.PeriodOf(survey.Year, now)
	links := []survey.Period{{Span: survey.Year, Year: this.Year - 1, N: 1}, this}
	links = append(links, survey.Periods(survey.Quarter, this.Start(flow.Zone), now)...)
	links = append(links, survey.PeriodOf(survey.Month, now))
	for _, p := range links {
		d.Periods = append(d.Periods, periodLink{Name: periodName(lang, p), Href: base + "?periode=" + p.ID(), Current: p == period})
	}
	var b bytes.Buffer
	if err := tmpl(lang).ExecuteTemplate(&b, "result", d); err != nil {
		h.Log.Error("survey result page", "err", err.Error())
	}
	q := url.Values{}
	if s := r.URL.Query().Get("periode"); s != "" {
		q.Set("periode", period.ID())
	}
	title := locale.T(lang, "survei.hasil.judul") + " · " + office.Name
	h.page(w, r, lang, http.StatusOK, shellPage{Title: title, Body: b.Bytes(), Alternates: withQuery(ResultPath(office.ID), q)}, "no-cache")
}

// posterData is an office's printable survey poster.
type posterData struct {
	hearPage
	Office *layout.DirOffice
	QR     qrsvg.Code
}

// poster is a page to print for the notice board: a QR code to the
// office's survey, marked as coming from the printed code.
func (h *hear) poster(w http.ResponseWriter, r *http.Request, lang locale.Lang, office *layout.DirOffice) {
	shell, err := h.shell(r, lang)
	if err != nil {
		h.notFound(w, r, lang)
		return
	}
	root := siteRoot(shell, langPath(lang, SurveyPrefix))
	if root == "" {
		root = "http://" + r.Host + "/"
	}
	target := strings.TrimSuffix(root, "/") + langPath(lang, SurveyPath(office.ID)) + "?via=" + string(survey.QR)
	code, err := qrsvg.Encode(target)
	if err != nil {
		h.Log.Error("survey poster", "err", err.Error())
		h.notFound(w, r, lang)
		return
	}
	var b bytes.Buffer
	if err := tmpl(lang).ExecuteTemplate(&b, "poster", posterData{hearPage: hearPageFor(lang), Office: office, QR: code}); err != nil {
		h.Log.Error("survey poster page", "err", err.Error())
	}
	title := locale.T(lang, "survei.poster.judul") + " · " + office.Name
	h.page(w, r, lang, http.StatusOK, shellPage{Title: title, Body: b.Bytes(), Alternates: withQuery(PosterPath(office.ID), nil)}, "public, max-age=300")
}
