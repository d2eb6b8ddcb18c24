// Package staff is the staff's and policy makers' pages under /staf/:
// login, the survey index and its trend, the feedback list and its
// follow-up, the ranking of hard requirements, and the exports; for
// inspectors, the inspection round (sidak.go); for the city and
// inspectors, the inspection reports (inspeksi.go). Every page and export
// answers only a logged-in account, and only with the offices and parts
// that account may see.
//
// Pages are Bahasa Indonesia; ?lang=en (kept by every link and form)
// shows them in English. A page asked for without a session redirects to
// the login (303); an export answers 401. Every POST carries the CSRF
// token of its session (the login form, that of a cookie set with it).
// Nothing here is cached: every response says Cache-Control: no-store.
package staff

import (
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/store"
)

const (
	// Prefix is where the staff pages live.
	Prefix = "/staf/"
	// MaxBody bounds a staff form's body.
	MaxBody = 64 << 10
)

// The staff URLs.
const (
	LoginPath    = Prefix + "masuk"
	LogoutPath   = Prefix + "keluar"
	IKMPath      = Prefix               // the survey index, the overview
	ServedPath   = Prefix + "dilayani"  // POST: residents served in a period
	FeedbackPath = Prefix + "umpan"     // the feedback list; /umpan/{id} one report
	RankingPath  = Prefix + "peringkat" // hard requirements and services, votes
	ExportsPath  = Prefix + "ekspor"    // the list of exports; /ekspor/{file} each
	StylePath    = Prefix + "gaya.css"  // the staff pages' own stylesheet
)

// Site is what the staff pages need from the build serving a request.
type Site interface {
	Directory(r *http.Request) (*layout.Directory, error)
	Page(r *http.Request, name string) ([]byte, error)
}

// Staff serves the staff pages.
type Staff struct {
	DB   *store.DB
	Site Site
	Log  *slog.Logger
	Now  func() time.Time // default time.Now

	// The key that signs inspection arrival times, read once.
	keyOnce sync.Once
	key     []byte
	keyErr  error
}

// Handler serves everything under Prefix.
func (s *Staff) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+LoginPath, s.loginPage)
	mux.HandleFunc("POST "+LoginPath, s.login)
	mux.HandleFunc("POST "+LogoutPath, s.page(s.logout))
	mux.HandleFunc("GET "+StylePath, stylesheet)
	mux.HandleFunc("GET "+IKMPath+"{$}", s.page(s.ikm))
	mux.HandleFunc("POST "+ServedPath, s.page(s.served))
	mux.HandleFunc("GET "+FeedbackPath, s.page(s.feedbackList))
	mux.HandleFunc("GET "+FeedbackPath+"/{id}", s.page(s.report))
	mux.HandleFunc("POST "+FeedbackPath+"/{id}", s.page(s.followUp))
	mux.HandleFunc("GET "+RankingPath, s.page(s.ranking))
	mux.HandleFunc("GET "+ExportsPath, s.page(s.exports))
	mux.HandleFunc("GET "+ExportsPath+"/{file}", s.file(s.export))
	mux.HandleFunc("GET "+DraftScriptPath, draftScript)
	mux.HandleFunc("GET "+SidakPath+"{$}", s.only(inspectors, s.sidak))
	mux.HandleFunc("POST "+SidakPath+"{$}", s.only(inspectors, s.draw))
	mux.HandleFunc("GET "+SidakPath+"{office}/{$}", s.only(inspectors, s.form))
	mux.HandleFunc("POST "+SidakPath+"{office}/{$}", s.only(inspectors, s.submit))
	mux.HandleFunc("GET "+SidakPath+"{office}/{id}", s.only(inspectors, s.done))
	mux.HandleFunc("GET "+InspectionsPath, s.only(overseers, s.inspections))
	mux.HandleFunc("GET "+InspectionsPath+"/{office}", s.only(overseers, s.officeInspections))
	mux.HandleFunc("GET "+InspectionsPath+"/"+InspectionsCSV, s.onlyFile(overseers, s.inspectionsFile))
	mux.HandleFunc("GET "+InspectionsPath+"/"+InspectionsXLSX, s.onlyFile(overseers, s.inspectionsFile))
	mux.HandleFunc("GET "+PhotoPath+"{inspection}/{n}", s.onlyFile(overseers, s.photo))
	mux.HandleFunc("GET "+FindingPath+"{id}", s.only(overseers, s.finding))
	mux.HandleFunc("POST "+FindingPath+"{id}", s.only(overseers, s.followUpFinding))
	return noStore(mux)
}

// noStore keeps every staff response out of every cache.
func noStore(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Referrer-Policy", "no-referrer")
		next.ServeHTTP(w, r)
	})
}

func (s *Staff) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Staff) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}
