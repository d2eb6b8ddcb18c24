package staff

import (
	"crypto/subtle"
	"errors"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/alurlayanan/alur/internal/account"
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/store"
)

// The cookies. Both are Secure, HttpOnly, SameSite=Strict and only sent
// under Prefix.
const (
	sessionCookie = "alur_staf"
	// loginCookie carries the login form's CSRF token before there is a
	// session (double submit: the form must carry the same token).
	loginCookie = "alur_masuk"
	// SessionTTL is how long a login lasts.
	SessionTTL = 8 * time.Hour
)

// Throttling of failed logins, per account name and per client address:
// after MaxFailures in a row, each further try is refused until a delay
// has passed since the last failure, doubling with every failure from
// FirstDelay up to MaxDelay. A run of failures older than forgetAfter is
// forgotten.
const (
	MaxFailures = 5
	FirstDelay  = 30 * time.Second
	MaxDelay    = time.Hour
	forgetAfter = 24 * time.Hour
	// clientKey prefixes a client's address among the failure counts;
	// account names cannot contain ':'.
	clientKey = "klien:"
)

// session is a logged-in request.
type session struct {
	User  account.User
	CSRF  string
	Lang  locale.Lang
	token string
}

func langOf(r *http.Request) locale.Lang { return locale.ParseLang(r.URL.Query().Get("lang")) }

// session reads the request's live session, or nil.
func (s *Staff) session(r *http.Request) *session {
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" || len(c.Value) > 100 {
		return nil
	}
	st, err := s.DB.Session(r.Context(), c.Value)
	if err != nil {
		if !errors.Is(err, store.ErrNotFound) {
			s.log().Error("staff: reading a session", "err", err)
		}
		return nil
	}
	return &session{User: st.User, CSRF: st.CSRF, Lang: langOf(r), token: c.Value}
}

// page serves a page to a logged-in account: without a session it
// redirects to the login; a POST must carry the session's CSRF token.
func (s *Staff) page(h func(http.ResponseWriter, *http.Request, *session)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sess := s.session(r)
		if sess == nil {
			http.Redirect(w, r, link(langOf(r), LoginPath), http.StatusSeeOther)
			return
		}
		if r.Method == http.MethodPost && !s.formChecked(w, r, sess) {
			return
		}
		h(w, r, sess)
	}
}

// formChecked parses a url-encoded POST and checks that it carries the
// session's CSRF token; when either fails it answers and returns false.
func (s *Staff) formChecked(w http.ResponseWriter, r *http.Request, sess *session) bool {
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, sess, http.StatusBadRequest, "staf.error.bad")
		return false
	}
	if !sameToken(r.PostForm.Get("csrf"), sess.CSRF) {
		s.fail(w, r, sess, http.StatusForbidden, "staf.error.csrf")
		return false
	}
	return true
}

// found answers a lookup of one record that failed (500) or found none
// (404), and reports whether the handler goes on with the record.
func (s *Staff) found(w http.ResponseWriter, r *http.Request, sess *session, ok bool, err error) bool {
	switch {
	case err != nil:
		s.internal(w, r, sess, err)
	case !ok:
		s.fail(w, r, sess, http.StatusNotFound, "staf.error.notfound")
	}
	return err == nil && ok
}

// file serves an export to a logged-in account; without a session it
// answers 401 and nothing else.
func (s *Staff) file(h func(http.ResponseWriter, *http.Request, *session)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sess := s.session(r)
		if sess == nil {
			plain(w, http.StatusUnauthorized, "staf.error.login")
			return
		}
		h(w, r, sess)
	}
}

func plain(w http.ResponseWriter, status int, key string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	w.Write([]byte(locale.Get(key).Both() + "\n"))
}

// fail shows an error page (for an account, with its navigation). It
// does not repeat the URL asked for: the other language's link leads to
// the overview.
func (s *Staff) fail(w http.ResponseWriter, r *http.Request, sess *session, status int, key string) {
	lang := langOf(r)
	s.render(w, r, status, "error", view{Lang: lang, Title: "staf.error.title", Session: sess, Problem: key, Here: link(otherLang(lang), IKMPath)})
}

func sameToken(got, want string) bool {
	return got != "" && want != "" && subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}

func cookie(name, value string, maxAge int) *http.Cookie {
	return &http.Cookie{Name: name, Value: value, Path: Prefix, MaxAge: maxAge,
		Secure: true, HttpOnly: true, SameSite: http.SameSiteStrictMode}
}

// loginData is the login page's.
type loginData struct {
	CSRF string
	Name string
}

// loginPage shows the login form with a fresh pre-session CSRF pair.
func (s *Staff) loginPage(w http.ResponseWriter, r *http.Request) {
	if s.session(r) != nil {
		http.Redirect(w, r, link(langOf(r), IKMPath), http.StatusSeeOther)
		return
	}
	s.showLogin(w, r, http.StatusOK, "", "")
}

func (s *Staff) showLogin(w http.ResponseWriter, r *http.Request, status int, problem, name string) {
	token := account.Token()
	http.SetCookie(w, cookie(loginCookie, token, int(time.Hour/time.Second)))
	s.render(w, r, status, "login", view{Lang: langOf(r), Title: "staf.login.title", Problem: problem, Data: loginData{CSRF: token, Name: name}})
}

// login checks a name and password. Unknown names are checked against
// account.DummyHash, so they take as long as a wrong password; repeated
// failures per name and per client are refused for a growing delay.
func (s *Staff) login(w http.ResponseWriter, r *http.Request) {
	lang := langOf(r)
	if err := r.ParseForm(); err != nil {
		s.showLogin(w, r, http.StatusBadRequest, "staf.error.bad", "")
		return
	}
	c, err := r.Cookie(loginCookie)
	if err != nil || !sameToken(r.PostForm.Get("csrf"), c.Value) {
		s.showLogin(w, r, http.StatusForbidden, "staf.error.csrf", "")
		return
	}
	name := strings.TrimSpace(r.PostForm.Get("nama"))
	password := r.PostForm.Get("sandi")
	keys := []string{clientKey + clientAddr(r)}
	if account.ValidName(name) {
		keys = append(keys, name)
	}
	ctx := r.Context()
	for _, k := range keys {
		wait, err := s.throttled(r, k)
		if err != nil {
			s.log().Error("staff: reading failed logins", "err", err)
			s.showLogin(w, r, http.StatusInternalServerError, "staf.error.internal", "")
			return
		}
		if wait > 0 {
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
			s.showLogin(w, r, http.StatusTooManyRequests, "staf.login.wait", name)
			return
		}
	}
	user, hash, err := s.DB.User(ctx, name)
	if err != nil {
		hash = account.DummyHash()
	}
	ok := account.Verify(hash, password) && err == nil && len(password) <= 1024
	if !ok {
		for _, k := range keys {
			if err := s.failed(r, k); err != nil {
				s.log().Error("staff: counting a failed login", "err", err)
			}
		}
		s.log().Warn("staff: failed login", "name", name, "client", clientAddr(r))
		s.showLogin(w, r, http.StatusUnauthorized, "staf.login.wrong", name)
		return
	}
	for _, k := range keys {
		if err := s.DB.LoginSucceeded(ctx, k); err != nil {
			s.log().Error("staff: forgetting failed logins", "err", err)
		}
	}
	token, _, err := s.DB.StartSession(ctx, user.Name, SessionTTL)
	if err != nil {
		s.log().Error("staff: starting a session", "err", err)
		s.showLogin(w, r, http.StatusInternalServerError, "staf.error.internal", "")
		return
	}
	http.SetCookie(w, cookie(sessionCookie, token, int(SessionTTL/time.Second)))
	http.SetCookie(w, cookie(loginCookie, "", -1))
	http.Redirect(w, r, link(lang, IKMPath), http.StatusSeeOther)
}

// throttled is how long key must still wait before trying again.
func (s *Staff) throttled(r *http.Request, key string) (time.Duration, error) {
	n, last, err := s.DB.LoginFailures(r.Context(), key)
	if err != nil || n < MaxFailures {
		return 0, err
	}
	wait := last.Add(FailureDelay(n)).Sub(s.now())
	return max(wait, 0), nil
}

// failed counts a failure for key, starting afresh after a long pause.
func (s *Staff) failed(r *http.Request, key string) error {
	ctx := r.Context()
	n, last, err := s.DB.LoginFailures(ctx, key)
	if err != nil {
		return err
	}
	if n > 0 && s.now().Sub(last) > forgetAfter {
		if err := s.DB.LoginSucceeded(ctx, key); err != nil {
			return err
		}
	}
	_, err = s.DB.LoginFailed(ctx, key)
	return err
}

// FailureDelay is how long a name or client with n failures in a row
// must wait after the last one.
func FailureDelay(n int) time.Duration {
	if n < MaxFailures {
		return 0
	}
	d := FirstDelay
	for i := MaxFailures; i < n && d < MaxDelay; i++ {
		d *= 2
	}
	return min(d, MaxDelay)
}

// clientAddr is the client's address as the connection shows it (a proxy
// in front makes every client one).
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// logout ends the session.
func (s *Staff) logout(w http.ResponseWriter, r *http.Request, sess *session) {
	if err := s.DB.EndSession(r.Context(), sess.token); err != nil {
		s.log().Error("staff: ending a session", "err", err)
	}
	http.SetCookie(w, cookie(sessionCookie, "", -1))
	http.Redirect(w, r, link(sess.Lang, LoginPath), http.StatusSeeOther)
}
