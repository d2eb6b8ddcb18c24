// Package staff is the staff's and policy makers' pages under /staf/:
// login, the survey index and its trend, the feedback list and its
// follow-up, the ranking of hard requirements, and the exports. Every page
// and export answers only a logged-in account, and only with the offices
// that account may see.
package staff

import (
	"log/slog"
	"net/http"
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
}

// Handler serves everything under Prefix.
func (s *Staff) Handler() http.Handler {
	mux := http.NewServeMux()
	return mux
}
