package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/alurlayanan/alur/internal/account"
)

// ErrExists is returned when adding an account whose name is taken.
var ErrExists = errors.New("store: already exists")

// AddUser keeps a new account with its password hash.
func (db *DB) AddUser(ctx context.Context, u account.User, hash string) error {
	if err := u.Check(); err != nil {
		return err
	}
	return db.update(ctx, func(tx *sql.Tx) error {
		res, err := tx.Exec(`INSERT INTO users (name, hash, role, office, created) VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING`,
			u.Name, hash, string(u.Role), u.Office, unix(db.now()))
		if err != nil {
			return err
		}
		if rowsAffected(res) == 0 {
			return fmt.Errorf("%w: %s", ErrExists, u.Name)
		}
		return nil
	})
}

// SetPassword replaces an account's password hash and ends its sessions.
func (db *DB) SetPassword(ctx context.Context, name, hash string) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE users SET hash = ? WHERE name = ?`, hash, name)
		if err != nil {
			return err
		}
		if rowsAffected(res) == 0 {
			return ErrNotFound
		}
		_, err = tx.Exec(`DELETE FROM sessions WHERE user = ?`, name)
		return err
	})
}

// User reads an account and its password hash.
func (db *DB) User(ctx context.Context, name string) (account.User, string, error) {
	var u account.User
	var role, hash string
	err := db.read.QueryRowContext(ctx, `SELECT name, role, office, hash FROM users WHERE name = ?`, name).Scan(&u.Name, &role, &u.Office, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return u, "", ErrNotFound
	}
	u.Role = account.Role(role)
	return u, hash, err
}

// Users lists every account.
func (db *DB) Users(ctx context.Context) ([]account.User, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT name, role, office FROM users ORDER BY name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []account.User
	for rows.Next() {
		var u account.User
		var role string
		if err := rows.Scan(&u.Name, &role, &u.Office); err != nil {
			return nil, err
		}
		u.Role = account.Role(role)
		out = append(out, u)
	}
	return out, rows.Err()
}

// Session is a logged-in account.
type Session struct {
	User    account.User
	CSRF    string // the token every form of this session carries
	Expires time.Time
}

// tokenKey is what the database keeps of a session token: its SHA-256,
// so a copy of the database opens no session.
func tokenKey(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// StartSession opens a session for name lasting ttl and returns its token
// (for the cookie) and the session.
func (db *DB) StartSession(ctx context.Context, name string, ttl time.Duration) (string, Session, error) {
	token, csrf := account.Token(), account.Token()
	now := db.now()
	var s Session
	err := db.update(ctx, func(tx *sql.Tx) error {
		if _, err := tx.Exec(`DELETE FROM sessions WHERE expires <= ?`, unix(now)); err != nil {
			return err
		}
		_, err := tx.Exec(`INSERT INTO sessions (token, user, csrf, created, expires) VALUES (?, ?, ?, ?, ?)`,
			tokenKey(token), name, csrf, unix(now), unix(now.Add(ttl)))
		return err
	})
	if err != nil {
		return "", s, err
	}
	s, err = db.Session(ctx, token)
	return token, s, err
}

// Session reads the live session of token; ErrNotFound when there is none
// or it has expired.
func (db *DB) Session(ctx context.Context, token string) (Session, error) {
	var s Session
	var role string
	var expires int64
	err := db.read.QueryRowContext(ctx, `SELECT u.name, u.role, u.office, s.csrf, s.expires FROM sessions s JOIN users u ON u.name = s.user
		WHERE s.token = ? AND s.expires > ?`, tokenKey(token), unix(db.now())).Scan(&s.User.Name, &role, &s.User.Office, &s.CSRF, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return s, ErrNotFound
	}
	s.User.Role, s.Expires = account.Role(role), fromUnix(expires)
	return s, err
}

// EndSession logs a session out.
func (db *DB) EndSession(ctx context.Context, token string) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		_, err := tx.Exec(`DELETE FROM sessions WHERE token = ?`, tokenKey(token))
		return err
	})
}

// LoginFailed counts a failed login for name and returns how many there
// have been in a row.
func (db *DB) LoginFailed(ctx context.Context, name string) (int, error) {
	var n int
	err := db.update(ctx, func(tx *sql.Tx) error {
		return tx.QueryRow(`INSERT INTO login_failures (name, count, last) VALUES (?, 1, ?)
			ON CONFLICT (name) DO UPDATE SET count = count + 1, last = excluded.last RETURNING count`, name, unix(db.now())).Scan(&n)
	})
	return n, err
}

// LoginFailures is how many failed logins in a row name has had, and when
// the last was.
func (db *DB) LoginFailures(ctx context.Context, name string) (int, time.Time, error) {
	var n int
	var last int64
	err := db.read.QueryRowContext(ctx, `SELECT count, last FROM login_failures WHERE name = ?`, name).Scan(&n, &last)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, time.Time{}, nil
	}
	return n, fromUnix(last), err
}

// LoginSucceeded forgets name's failed logins.
func (db *DB) LoginSucceeded(ctx context.Context, name string) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		_, err := tx.Exec(`DELETE FROM login_failures WHERE name = ?`, name)
		return err
	})
}
