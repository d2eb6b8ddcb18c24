// Package store keeps what residents send and who may read it, in one
// SQLite file (modernc.org/sqlite, pure Go) in WAL mode. It owns the
// schema, its numbered migrations (migrations/NNNN_*.sql) and every SQL
// statement; no other package writes SQL.
//
// A write returns only once its transaction is committed with
// synchronous=FULL, so a record the server acknowledged survives kill -9
// and power loss. Concurrent writes share one commit (group commit): one
// writer goroutine takes every write waiting, runs each in its own
// savepoint, commits once and answers them all, so a burst of
// submissions costs one fsync, not one each.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// File is the database's name inside the data folder.
const File = "alur.db"

//go:embed migrations/*.sql
var migrations embed.FS

// DB is the open database.
type DB struct {
	path   string
	read   *sql.DB // readers: WAL lets them run beside the writer
	write  *sql.DB // one connection: SQLite has one writer
	jobs   chan job
	closed chan struct{}
	done   chan struct{}
	now    func() time.Time
}

// job is one write waiting for the writer.
type job struct {
	ctx  context.Context
	run  func(*sql.Tx) error
	done chan error
}

// maxBatch bounds how many writes share one commit, so one commit never
// holds the writers behind it for long.
const maxBatch = 256

// Open opens (creating if needed) the database in dir and brings its
// schema up to date.
func Open(dir string) (*DB, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	path := filepath.Join(dir, File)
	dsn := func(extra string) string {
		q := "_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=foreign_keys(1)&_txlock=immediate"
		return "file:" + path + "?" + q + extra
	}
	write, err := sql.Open("sqlite", dsn(""))
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	write.SetMaxOpenConns(1)
	read, err := sql.Open("sqlite", dsn("&mode=ro"))
	if err != nil {
		write.Close()
		return nil, fmt.Errorf("store: %w", err)
	}
	db := &DB{path: path, read: read, write: write, jobs: make(chan job), closed: make(chan struct{}), done: make(chan struct{}), now: time.Now}
	if err := db.migrate(); err != nil {
		read.Close()
		write.Close()
		return nil, err
	}
	if err := os.Chmod(path, 0o600); err != nil {
		read.Close()
		write.Close()
		return nil, fmt.Errorf("store: %w", err)
	}
	go db.writer()
	return db, nil
}

// Path is the database file.
func (db *DB) Path() string { return db.path }

// Close waits for the writes already handed over, then closes.
func (db *DB) Close() error {
	select {
	case <-db.closed:
		return nil
	default:
	}
	close(db.closed)
	<-db.done
	return errors.Join(db.read.Close(), db.write.Close())
}

// ErrClosed is returned by writes after Close.
var ErrClosed = errors.New("store: closed")

// update runs fn in a transaction shared with other concurrent writes and
// returns once that transaction is durably committed (or fn failed; a
// failing fn is rolled back alone).
func (db *DB) update(ctx context.Context, fn func(*sql.Tx) error) error {
	j := job{ctx: ctx, run: fn, done: make(chan error, 1)}
	select {
	case db.jobs <- j:
	case <-db.closed:
		return ErrClosed
	case <-ctx.Done():
		return ctx.Err()
	}
	// Once handed over, the write is committed or failed; wait for the
	// answer even if ctx ends, so "acknowledged" means committed.
	return <-j.done
}

func (db *DB) writer() {
	defer close(db.done)
	for {
		var first job
		select {
		case first = <-db.jobs:
		case <-db.closed:
			return
		}
		batch := []job{first}
	gather:
		for len(batch) < maxBatch {
			select {
			case j := <-db.jobs:
				batch = append(batch, j)
			default:
				break gather
			}
		}
		db.commit(batch)
	}
}

// commit runs a batch in one transaction, each job in a savepoint so one
// failure does not undo the others.
func (db *DB) commit(batch []job) {
	results := make([]error, len(batch))
	err := func() error {
		tx, err := db.write.Begin()
		if err != nil {
			return err
		}
		for i, j := range batch {
			results[i] = runSavepoint(tx, j)
		}
		return tx.Commit()
	}()
	for i, j := range batch {
		if err != nil {
			results[i] = fmt.Errorf("store: commit: %w", err)
		}
		j.done <- results[i]
	}
}

func runSavepoint(tx *sql.Tx, j job) error {
	if err := j.ctx.Err(); err != nil {
		return err
	}
	if _, err := tx.Exec("SAVEPOINT job"); err != nil {
		return err
	}
	if err := j.run(tx); err != nil {
		if _, rbErr := tx.Exec("ROLLBACK TO job; RELEASE job"); rbErr != nil {
			return errors.Join(err, rbErr)
		}
		return err
	}
	_, err := tx.Exec("RELEASE job")
	return err
}

// migrate applies every migration not yet applied, each in its own
// transaction, in the order of their numbers.
func (db *DB) migrate() error {
	if _, err := db.write.Exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		base := filepath.Base(name)
		version, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("store: migration %s has no number", base)
		}
		var n int
		if err := db.write.QueryRow(`SELECT count(*) FROM schema_migrations WHERE version = ?`, version).Scan(&n); err != nil {
			return fmt.Errorf("store: %w", err)
		}
		if n > 0 {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		if err := db.applyMigration(version, base, string(body)); err != nil {
			return fmt.Errorf("store: migration %s: %w", base, err)
		}
	}
	return nil
}

func (db *DB) applyMigration(version int, name, body string) error {
	tx, err := db.write.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.Exec(body); err != nil {
		return err
	}
	if _, err := tx.Exec(`INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)`, version, name, time.Now().Unix()); err != nil {
		return err
	}
	return tx.Commit()
}

// Version is the newest migration applied.
func (db *DB) Version() (int, error) {
	var v int
	err := db.read.QueryRow(`SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// Backup writes a consistent copy of the database to file while the
// server keeps running (VACUUM INTO reads one snapshot). file must not
// exist yet.
func (db *DB) Backup(ctx context.Context, file string) error {
	if _, err := os.Stat(file); err == nil {
		return fmt.Errorf("store: %s already exists", file)
	}
	if _, err := db.read.ExecContext(ctx, `VACUUM INTO ?`, file); err != nil {
		return fmt.Errorf("store: backup: %w", err)
	}
	return nil
}

func unix(t time.Time) int64 { return t.Unix() }

func fromUnix(s int64) time.Time { return time.Unix(s, 0).UTC() }
