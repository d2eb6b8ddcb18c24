package web

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/alurlayanan/alur/internal/layout"
	"github.com/alurlayanan/alur/internal/store"
)

// Where residents' feedback and survey answers go. The server lets POST
// reach these paths only (internal/server's guard), with MaxBody.
const (
	// FeedbackPath takes the page forms: "Apakah halaman ini membantu?"
	// and "Laporkan masalah", as plain POSTs that redirect to a thank-you
	// page.
	FeedbackPath = "/umpan-balik/"
	// SurveyPrefix is the satisfaction survey: /survei/<office>/ asks,
	// /survei/<office>/hasil/ publishes the office's current index.
	SurveyPrefix = "/survei/"
	// APIPrefix takes the same as JSON, from pages with JavaScript and
	// from kiosks that queue while offline: /api/umpan-balik, /api/survei.
	APIPrefix = "/api/v1/"
	// MaxBody bounds a form's body: 1,000 characters of text, percent-
	// encoded, and the rest of the form fit well inside.
	MaxBody = 32 << 10
)

// Site is what the resident handlers need from the build serving a
// request (the server provides it).
type Site interface {
	// Directory lists the build's offices, services and requirements.
	Directory(r *http.Request) (*layout.Directory, error)
	// Page reads a published file of the build, e.g. "cari/index.html".
	Page(r *http.Request, name string) ([]byte, error)
}

// Hear answers residents' feedback and survey answers and publishes each
// office's survey result from the data.
type Hear struct {
	DB   *store.DB
	Site Site
	Log  *slog.Logger
	Now  func() time.Time // default time.Now
}

// Handler serves FeedbackPath, SurveyPrefix and APIPrefix.
func (h *Hear) Handler() http.Handler {
	mux := http.NewServeMux()
	return mux
}
