package staff

import (
	"bufio"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/alurlayanan/alur/internal/account"
	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/inspect"
	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/store"
)

// The inspection round: only inspectors (account.Inspector) see anything
// under SidakPath. Every other account, city or office, gets the same 404
// as a page that does not exist, and no page or export they reach names
// the draw: an office that could see the draw, or infer it, would be
// staffed on the day it is drawn and no other.
const (
	// SidakPath is today's draw (GET; POST draws); SidakPath+"{office}/"
	// the inspection form (GET; POST multipart keeps it);
	// SidakPath+"{office}/{id}" what an inspection found.
	SidakPath = Prefix + "sidak/"
	// DraftScriptPath is the inspection form's script: it keeps the draft
	// on the phone and sends it when the signal returns. It lives outside
	// SidakPath, so nothing under SidakPath answers without a session.
	DraftScriptPath = Prefix + "draf.js"

	// MaxPhotos is how many photos one inspection keeps.
	MaxPhotos = 4
	// MaxSidakBody bounds the inspection form's body: its photos and
	// room for the fields and the multipart framing.
	MaxSidakBody = MaxPhotos*inspect.MaxPhotoBytes + 256<<10
	// DefaultDraw is how many offices a draw picks unless told.
	DefaultDraw = 3
	// ArrivalValid is how long after the form opened it may still be
	// sent: a phone may wait days for signal.
	ArrivalValid = 7 * 24 * time.Hour
	// MaxNotes bounds the inspector's notes.
	MaxNotes = 4000
	// uploadTime is how long a form with photos may take to arrive on
	// slow mobile data (the server's read timeout is for pages).
	uploadTime = 10 * time.Minute
	maxFields  = 200
	fieldBytes = 16 << 10
)

// Who may see what. The inspection reports (InspectionsPath) are for the
// city and the inspectors; the round itself for inspectors only.
var inspectors = []account.Role{account.Inspector}

// only serves h to a logged-in account of one of roles; others get the
// not-found page (before any CSRF check, so a POST tells them nothing
// either). Without a session it redirects to the login, as every staff
// page does. A url-encoded POST must carry the session's CSRF token; a
// multipart one is checked by its handler as it reads.
func (s *Staff) only(roles []account.Role, h func(http.ResponseWriter, *http.Request, *session)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sess := s.session(r)
		if sess == nil {
			http.Redirect(w, r, link(langOf(r), LoginPath), http.StatusSeeOther)
			return
		}
		if !slices.Contains(roles, sess.User.Role) {
			s.fail(w, r, sess, http.StatusNotFound, "staf.error.notfound")
			return
		}
		if r.Method == http.MethodPost && !strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/") {
			r.Body = http.MaxBytesReader(w, r.Body, MaxBody)
			if !s.formChecked(w, r, sess) {
				return
			}
		}
		h(w, r, sess)
	}
}

// today is the WIB day of t, as draws are kept.
func today(t time.Time) string { return t.In(flow.Zone).Format(time.DateOnly) }

// officeRisk is what the draw weighs for one office, with its reasons.
type officeRisk struct {
	inspect.Risk
	Name   string
	HasIKM bool
	Last   time.Time
	Weight float64
}

// risks reads what the draw weighs for every office of the directory:
// residents' reports in inspect.RiskWindow, the last year's IKM, and the
// time since the last inspection.
func (s *Staff) risks(ctx context.Context, dir *layout.Directory, now time.Time) ([]officeRisk, error) {
	reports, err := s.DB.Risks(ctx, now.Add(-inspect.RiskWindow))
	if err != nil {
		return nil, err
	}
	sums, err := s.DB.OfficeSums(ctx, store.Filter{From: now.AddDate(-1, 0, 0), To: now})
	if err != nil {
		return nil, err
	}
	var out []officeRisk
	for _, o := range dir.Offices {
		rep := reports[o.ID]
		r := officeRisk{Name: o.Name, Last: rep.LastInspection}
		r.Office, r.EmptyReports, r.LevyReports = o.ID, rep.EmptyReports, rep.LevyReports
		if sm, ok := sums[o.ID]; ok && sm.Respondents > 0 {
			r.IKM, r.HasIKM = sm.Compute().IKM, true
		}
		if !rep.LastInspection.IsZero() {
			r.SinceLast = max(now.Sub(rep.LastInspection), time.Second)
		}
		// An office closed today (weekend, holiday, its own closure)
		// cannot be found empty: it is not drawn.
		today := now.In(flow.Zone)
		r.Excluded = o.ClosedOn((int(today.Weekday())+6)%7, today.Format(time.DateOnly))
		r.Weight = inspect.Weight(r.Risk)
		out = append(out, r)
	}
	return out, nil
}

// sidakData is today's draw page's.
type sidakData struct {
	Day       string
	Drawn     bool
	Picks     []drawRow
	Count     int // the default of the "how many" field
	Offices   int
	Incidents []incidentRow
	Others    []layout.DirOffice // every office, for an inspection not drawn
}

type drawRow struct {
	officeRisk
	Done bool // inspected today
}

// incidentRow is an empty-office incident: a resident's report or an
// inspection that found the office closed.
type incidentRow struct {
	Office, OfficeName string
	Seen               time.Time // when the office was found empty
	At                 time.Time // when it was reported or stored
	Resident           bool
	Link               string
	Status             feedback.Status
}

// openIncidents are the residents' empty-office reports not yet done,
// newest first.
func (s *Staff) openIncidents(ctx context.Context, dir *layout.Directory) ([]incidentRow, error) {
	reps, err := s.DB.Reports(ctx, store.Filter{Reason: feedback.Empty}, 200, 0)
	if err != nil {
		return nil, err
	}
	var out []incidentRow
	for _, rep := range reps {
		if rep.Status == feedback.Done {
			continue
		}
		out = append(out, incidentRow{Office: rep.Office, OfficeName: officeName(dir, rep.Office), Seen: rep.Seen, At: rep.At,
			Resident: true, Link: FeedbackPath + "/" + rep.ID, Status: rep.Status})
	}
	return out, nil
}

func officeName(dir *layout.Directory, id string) string {
	if o, ok := dir.Office(id); ok {
		return o.Name
	}
	return id
}

// sidak shows today's draw, or the form that draws it, and the open
// incidents.
func (s *Staff) sidak(w http.ResponseWriter, r *http.Request, sess *session) {
	s.showSidak(w, r, sess, http.StatusOK, "")
}

func (s *Staff) showSidak(w http.ResponseWriter, r *http.Request, sess *session, status int, problem string) {
	ctx := r.Context()
	now := s.now()
	dir := s.directory(r)
	d := sidakData{Day: today(now), Count: DefaultDraw, Offices: len(dir.Offices), Others: dir.Offices}
	picks, err := s.DB.Draw(ctx, d.Day)
	switch {
	case errors.Is(err, store.ErrNotFound):
	case err != nil:
		s.internal(w, r, sess, err)
		return
	default:
		d.Drawn = true
	}
	if d.Drawn {
		risks, err := s.risks(ctx, dir, now)
		if err != nil {
			s.internal(w, r, sess, err)
			return
		}
		start, _ := time.ParseInLocation(time.DateOnly, d.Day, flow.Zone)
		done, err := s.DB.Inspections(ctx, store.Filter{From: start}, 1000)
		if err != nil {
			s.internal(w, r, sess, err)
			return
		}
		for _, p := range picks {
			row := drawRow{officeRisk: officeRisk{Name: officeName(dir, p.Office)}}
			row.Office = p.Office
			for _, rk := range risks {
				if rk.Office == p.Office {
					row.officeRisk = rk
				}
			}
			row.Weight = p.Weight // as drawn
			row.Done = slices.ContainsFunc(done, func(in inspect.Inspection) bool { return in.Office == p.Office })
			d.Picks = append(d.Picks, row)
		}
	}
	if d.Incidents, err = s.openIncidents(ctx, dir); err != nil {
		s.internal(w, r, sess, err)
		return
	}
	s.render(w, r, status, "sidak", view{Lang: sess.Lang, Title: "staf.sidak.title", Nav: "sidak", Session: sess, Data: d, Problem: problem})
}

// draw draws today's offices (form: jumlah), unless today already has a
// draw: a day keeps its first.
func (s *Staff) draw(w http.ResponseWriter, r *http.Request, sess *session) {
	ctx := r.Context()
	now := s.now()
	dir := s.directory(r)
	k, err := strconv.Atoi(r.PostForm.Get("jumlah"))
	if err != nil || k < 1 || k > len(dir.Offices) {
		s.showSidak(w, r, sess, http.StatusBadRequest, "staf.sidak.count-bad")
		return
	}
	risks, err := s.risks(ctx, dir, now)
	if err != nil {
		s.internal(w, r, sess, err)
		return
	}
	in := make([]inspect.Risk, len(risks))
	for i, rk := range risks {
		in[i] = rk.Risk
	}
	picks, err := inspect.Draw(in, k, nil)
	if errors.Is(err, inspect.ErrNothingToDraw) {
		s.fail(w, r, sess, http.StatusConflict, "staf.sidak.none-open")
		return
	}
	if err != nil {
		s.internal(w, r, sess, err)
		return
	}
	if _, err := s.DB.SaveDraw(ctx, today(now), picks, sess.User.Name); err != nil {
		s.internal(w, r, sess, err)
		return
	}
	http.Redirect(w, r, link(sess.Lang, SidakPath), http.StatusSeeOther)
}

// The arrival time travels in the form, signed: the phone carries it but
// cannot change it. The key is kept beside the database, so a form that
// waited out a restart still carries a good time.

func (s *Staff) arrivalKey() ([]byte, error) {
	s.keyOnce.Do(func() { s.key, s.keyErr = s.DB.Key("sidak") })
	return s.key, s.keyErr
}

func arrivalMAC(key []byte, office, inspector string, unix int64) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(office + "\n" + inspector + "\n" + strconv.FormatInt(unix, 10)))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// signArrival makes the token of an arrival: "<unix seconds>.<mac>".
func signArrival(key []byte, office, inspector string, at time.Time) string {
	return strconv.FormatInt(at.Unix(), 10) + "." + arrivalMAC(key, office, inspector, at.Unix())
}

// readArrival checks a token for this office and inspector, made no
// later than now and no earlier than ArrivalValid before it.
func readArrival(key []byte, office, inspector, token string, now time.Time) (time.Time, bool) {
	secs, mac, ok := strings.Cut(token, ".")
	if !ok || len(token) > 100 {
		return time.Time{}, false
	}
	unix, err := strconv.ParseInt(secs, 10, 64)
	if err != nil || !hmac.Equal([]byte(mac), []byte(arrivalMAC(key, office, inspector, unix))) {
		return time.Time{}, false
	}
	at := time.Unix(unix, 0)
	if at.After(now.Add(time.Minute)) || now.Sub(at) > ArrivalValid {
		return time.Time{}, false
	}
	return at, true
}

// newInspectionID stands in for the phone's id when the form is sent
// without its script.
func newInspectionID() string {
	b := make([]byte, 12)
	rand.Read(b)
	return "sidak-" + hex.EncodeToString(b)
}

// formData is the inspection form's.
type formData struct {
	Office     layout.DirOffice
	ID         string
	Arrival    string // the signed arrival token
	Arrived    time.Time
	MaxPhotos  int
	MaxNotes   int
	Answers    url.Values // a refused form's answers, shown again
	Questions  []question
	Staff      []string
	Facilities []string
	Script     string
}

// question is one yes/no question of the form.
type question struct{ Name, Key string }

// questions are the form's yes/no questions after "was the office open".
var questions = []question{
	{"loket", "staf.sidak.q.loket"},
	{"maklumat", "staf.sidak.q.maklumat"},
	{"standar", "staf.sidak.q.standar"},
	{"alur", "staf.sidak.q.alur"},
	{"pengaduan", "staf.sidak.q.pengaduan"},
	{"ditolak", "staf.sidak.q.ditolak"},
}

// Checked reports whether a refused form had value ticked for name.
func (d formData) Checked(name, value string) bool { return slices.Contains(d.Answers[name], value) }

// yesNo is one yes/no question as the form shows it.
type yesNo struct {
	Name, Key         string
	Yes, No, Required bool
}

// YesNo is the question name, with a refused form's answer.
func (d formData) YesNo(name, key string, required bool) yesNo {
	return yesNo{Name: name, Key: key, Yes: d.Answers.Get(name) == "ya", No: d.Answers.Get(name) == "tidak", Required: required}
}

// sidakOffice finds the office of the path.
func (s *Staff) sidakOffice(r *http.Request) (*layout.DirOffice, bool) {
	id := r.PathValue("office")
	if !validID(id) {
		return nil, false
	}
	return s.directory(r).Office(id)
}

// form shows the inspection form of an office, with the arrival time
// signed into it.
func (s *Staff) form(w http.ResponseWriter, r *http.Request, sess *session) {
	o, ok := s.sidakOffice(r)
	if !ok {
		s.fail(w, r, sess, http.StatusNotFound, "staf.error.notfound")
		return
	}
	key, err := s.arrivalKey()
	if err != nil {
		s.internal(w, r, sess, err)
		return
	}
	now := s.now()
	d := formData{Office: *o, ID: newInspectionID(), Arrival: signArrival(key, o.ID, sess.User.Name, now), Arrived: now}
	s.showForm(w, r, sess, d, http.StatusOK, "")
}

func (s *Staff) showForm(w http.ResponseWriter, r *http.Request, sess *session, d formData, status int, problem string) {
	d.MaxPhotos, d.MaxNotes, d.Questions, d.Script = MaxPhotos, MaxNotes, questions, DraftScriptPath
	d.Staff, d.Facilities = d.Office.Staff, d.Office.Facilities
	s.render(w, r, status, "sidakform", view{Lang: sess.Lang, Title: "staf.sidak.form.title", Nav: "sidak", Session: sess, Data: d, Problem: problem})
}

// errForm is a form the server cannot keep as sent; key says why.
type errForm struct {
	status int
	key    string
}

func (e errForm) Error() string { return e.key }

// readForm reads the multipart inspection form as it streams in: the
// CSRF token must come before any photo, and each photo is re-encoded
// (inspect.CleanPhoto) as it arrives, so the server holds the cleaned
// photos and at most one raw one.
func readForm(r *http.Request, csrf string) (url.Values, [][]byte, error) {
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, nil, errForm{http.StatusBadRequest, "staf.error.bad"}
	}
	fields := url.Values{}
	var photos [][]byte
	n := 0
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, nil, bodyError(err)
		}
		if n++; n > maxFields+MaxPhotos {
			return nil, nil, errForm{http.StatusBadRequest, "staf.error.bad"}
		}
		if part.FileName() != "" || part.FormName() == "foto" {
			if !sameToken(fields.Get("csrf"), csrf) {
				return nil, nil, errForm{http.StatusForbidden, "staf.error.csrf"}
			}
			br := bufio.NewReader(part)
			if _, err := br.Peek(1); errors.Is(err, io.EOF) {
				continue // the empty file field a form sends without a photo
			}
			if len(photos) == MaxPhotos {
				return nil, nil, errForm{http.StatusBadRequest, "staf.sidak.photo-many"}
			}
			clean, err := inspect.CleanPhoto(br)
			switch {
			case errors.Is(err, inspect.ErrPhotoTooLarge):
				return nil, nil, errForm{http.StatusRequestEntityTooLarge, "staf.sidak.photo-large"}
			case errors.Is(err, inspect.ErrNotAPhoto), errors.Is(err, inspect.ErrPhotoTooBig):
				return nil, nil, errForm{http.StatusBadRequest, "staf.sidak.photo-bad"}
			case err != nil:
				return nil, nil, bodyError(err)
			}
			photos = append(photos, clean)
			continue
		}
		v, err := io.ReadAll(io.LimitReader(part, fieldBytes+1))
		if err != nil {
			return nil, nil, bodyError(err)
		}
		if len(v) > fieldBytes || !utf8.Valid(v) {
			return nil, nil, errForm{http.StatusBadRequest, "staf.error.bad"}
		}
		fields.Add(part.FormName(), string(v))
	}
	if !sameToken(fields.Get("csrf"), csrf) {
		return nil, nil, errForm{http.StatusForbidden, "staf.error.csrf"}
	}
	return fields, photos, nil
}

func bodyError(err error) error {
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return errForm{http.StatusRequestEntityTooLarge, "staf.sidak.photo-large"}
	}
	return errForm{http.StatusBadRequest, "staf.error.bad"}
}

// yes reads a yes/no answer: ok is false when there is none.
func yes(v url.Values, name string) (answer, ok bool) {
	switch v.Get(name) {
	case "ya":
		return true, true
	case "tidak":
		return false, true
	}
	return false, false
}

// inspection reads the answers into an inspection; problem names what is
// missing or wrong.
func inspection(v url.Values, o *layout.DirOffice) (in inspect.Inspection, problem string) {
	in.ID = v.Get("id")
	if !feedback.ValidID(in.ID) {
		return in, "staf.error.bad"
	}
	in.Office = o.ID
	var ok bool
	if in.Open, ok = yes(v, "buka"); !ok {
		return in, "staf.sidak.answer-open"
	}
	if in.Open {
		answers := map[string]*bool{"loket": &in.FrontDesk, "maklumat": &in.Maklumat, "standar": &in.Standards,
			"alur": &in.Flow, "pengaduan": &in.Complaint, "ditolak": &in.Refused}
		for _, q := range questions {
			if *answers[q.Name], ok = yes(v, q.Name); !ok {
				return in, "staf.sidak.answer-all"
			}
		}
		for _, name := range v["petugas"] {
			if slices.Contains(o.Staff, name) && !slices.Contains(in.StaffPresent, name) {
				in.StaffPresent = append(in.StaffPresent, name)
			}
		}
		in.Facilities = map[string]bool{}
		for _, f := range o.Facilities {
			in.Facilities[f] = slices.Contains(v["fasilitas"], f)
		}
	}
	in.Notes = strings.TrimSpace(strings.ReplaceAll(v.Get("catatan"), "\r\n", "\n"))
	if utf8.RuneCountInString(in.Notes) > MaxNotes {
		return in, "staf.sidak.notes-long"
	}
	return in, ""
}

// submit keeps an inspection: the arrival is the signed time the form
// opened, never the phone's clock; an id already kept is not kept again
// (the phone resends after a lost answer), and either way the answer is
// the inspection's page.
func (s *Staff) submit(w http.ResponseWriter, r *http.Request, sess *session) {
	start := time.Now()
	o, ok := s.sidakOffice(r)
	if !ok {
		s.fail(w, r, sess, http.StatusNotFound, "staf.error.notfound")
		return
	}
	// Photos on slow mobile data take longer than a page: lift the
	// server's read and write deadlines for this request only.
	rc := http.NewResponseController(w)
	rc.SetReadDeadline(time.Now().Add(uploadTime))
	rc.SetWriteDeadline(time.Now().Add(uploadTime + time.Minute))
	r.Body = http.MaxBytesReader(w, r.Body, MaxSidakBody)
	fields, photos, err := readForm(r, sess.CSRF)
	if err != nil {
		var ef errForm
		if !errors.As(err, &ef) {
			ef = errForm{http.StatusBadRequest, "staf.error.bad"}
		}
		if ef.status == http.StatusForbidden {
			s.fail(w, r, sess, ef.status, ef.key)
			return
		}
		s.refuse(w, r, sess, o, fields, ef.status, ef.key)
		return
	}
	key, err := s.arrivalKey()
	if err != nil {
		s.internal(w, r, sess, err)
		return
	}
	arrived, ok := readArrival(key, o.ID, sess.User.Name, fields.Get("tiba"), s.now())
	if !ok {
		s.refuse(w, r, sess, o, fields, http.StatusBadRequest, "staf.sidak.arrival-bad")
		return
	}
	in, problem := inspection(fields, o)
	if problem != "" {
		s.refuse(w, r, sess, o, fields, http.StatusBadRequest, problem)
		return
	}
	in.Inspector, in.Arrived, in.Submitted = sess.User.Name, arrived, s.now()
	added, err := s.DB.AddInspection(r.Context(), in, o.Staff, photos)
	if err != nil {
		s.internal(w, r, sess, err)
		return
	}
	if !added {
		kept, err := s.DB.Inspection(r.Context(), in.ID)
		if err != nil {
			s.internal(w, r, sess, err)
			return
		}
		if kept.Office != o.ID {
			s.refuse(w, r, sess, o, fields, http.StatusConflict, "staf.error.bad")
			return
		}
	}
	s.log().Info("sidak: inspection kept", "id", in.ID, "office", o.ID, "new", added, "photos", len(photos),
		"ms", float64(time.Since(start).Microseconds())/1000)
	http.Redirect(w, r, link(sess.Lang, SidakPath+o.ID+"/"+in.ID), http.StatusSeeOther)
}

// refuse shows the form again with the answers given and what is wrong;
// the id and arrival stay, so sending again is the same inspection.
func (s *Staff) refuse(w http.ResponseWriter, r *http.Request, sess *session, o *layout.DirOffice, v url.Values, status int, problem string) {
	if v == nil {
		v = url.Values{}
	}
	d := formData{Office: *o, ID: v.Get("id"), Arrival: v.Get("tiba"), Answers: v}
	if !feedback.ValidID(d.ID) {
		d.ID = newInspectionID()
	}
	key, err := s.arrivalKey()
	if err != nil {
		s.internal(w, r, sess, err)
		return
	}
	at, ok := readArrival(key, o.ID, sess.User.Name, d.Arrival, s.now())
	if !ok {
		at = s.now()
		d.Arrival = signArrival(key, o.ID, sess.User.Name, at)
	}
	d.Arrived = at
	s.showForm(w, r, sess, d, status, problem)
}

// doneData is an inspection's page.
type doneData struct {
	inspect.Inspection
	OfficeName string
	Findings   []store.StoredFinding
}

// done shows what an inspection found.
func (s *Staff) done(w http.ResponseWriter, r *http.Request, sess *session) {
	o, ok := s.sidakOffice(r)
	id := r.PathValue("id")
	if !ok || !feedback.ValidID(id) {
		s.fail(w, r, sess, http.StatusNotFound, "staf.error.notfound")
		return
	}
	in, err := s.DB.Inspection(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) || (err == nil && in.Office != o.ID) {
		s.fail(w, r, sess, http.StatusNotFound, "staf.error.notfound")
		return
	}
	if err != nil {
		s.internal(w, r, sess, err)
		return
	}
	fs, err := s.DB.InspectionFindings(r.Context(), id)
	if err != nil {
		s.internal(w, r, sess, err)
		return
	}
	s.render(w, r, http.StatusOK, "sidakdone", view{Lang: sess.Lang, Title: "staf.sidak.done.title", Nav: "sidak", Session: sess,
		Data: doneData{Inspection: in, OfficeName: o.Name, Findings: fs}})
}

// draftScript serves the inspection form's script (no session needed: it
// holds no data).
func draftScript(w http.ResponseWriter, r *http.Request) {
	js, _ := files.ReadFile("draf.js")
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Write(js)
}

// findingKeys name each finding kind in the catalog.
var findingKeys = map[string]string{
	inspect.FindingClosed:      "staf.temuan.kantor-tutup",
	inspect.FindingNoDesk:      "staf.temuan.loket-kosong",
	inspect.FindingMaklumat:    "staf.temuan.maklumat-tidak-dipajang",
	inspect.FindingStandards:   "staf.temuan.standar-tidak-dipajang",
	inspect.FindingFlow:        "staf.temuan.alur-tidak-dipajang",
	inspect.FindingComplaint:   "staf.temuan.tanpa-saluran-pengaduan",
	inspect.FindingFacility:    "staf.temuan.fasilitas-tidak-ada",
	inspect.FindingRefused:     "staf.temuan.layanan-ditolak",
	inspect.FindingStaffAbsent: "staf.temuan.petugas-tidak-hadir",
}
