package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/alurlayanan/alur/internal/feedback"
)

// AddVote keeps a vote; a vote whose id is already kept is not counted
// again. added says whether it was new.
func (db *DB) AddVote(ctx context.Context, v feedback.Vote) (added bool, err error) {
	err = db.update(ctx, func(tx *sql.Tx) error {
		res, err := tx.Exec(`INSERT INTO votes (id, office, service, helpful, channel, at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
			v.ID, v.Office, v.Service, v.Helpful, string(v.Channel), unix(v.At))
		added = rowsAffected(res) == 1
		return err
	})
	return added, err
}

// AddReport keeps a report (already Prepared); a report whose id is
// already kept is not kept twice.
func (db *DB) AddReport(ctx context.Context, r feedback.Report) (added bool, err error) {
	var seen any
	if !r.Seen.IsZero() {
		seen = unix(r.Seen)
	}
	err = db.update(ctx, func(tx *sql.Tx) error {
		res, err := tx.Exec(`INSERT INTO reports (id, office, service, reason, requirement, seen, text, channel, at, status)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
			r.ID, r.Office, r.Service, string(r.Reason), r.Requirement, seen, r.Text, string(r.Channel), unix(r.At), string(feedback.New))
		if err != nil {
			return err
		}
		added = rowsAffected(res) == 1
		if added && r.Reason.Incident() {
			_, err = tx.Exec(`INSERT INTO outbox (report, created, next_at) VALUES (?, ?, ?)`, r.ID, unix(r.At), unix(r.At))
		}
		return err
	})
	return added, err
}

func rowsAffected(res sql.Result) int64 {
	if res == nil {
		return 0
	}
	n, _ := res.RowsAffected()
	return n
}

// ErrNotFound is returned for a record that does not exist.
var ErrNotFound = errors.New("store: not found")

// Filter selects records. Zero fields select everything.
type Filter struct {
	// Offices limits to these offices; nil means every office. An empty,
	// non-nil slice selects nothing (an account that sees no office).
	Offices  []string
	Service  string
	Reason   feedback.Reason
	Status   feedback.Status
	From, To time.Time // [From, To)
}

// where turns a filter into a WHERE clause over a table with office,
// service and at columns (and reason/status for reports).
func (f Filter) where(reports bool) (string, []any) {
	var conds []string
	var args []any
	if f.Offices != nil {
		if len(f.Offices) == 0 {
			return " WHERE 0", nil
		}
		conds = append(conds, "office IN (?"+strings.Repeat(", ?", len(f.Offices)-1)+")")
		for _, o := range f.Offices {
			args = append(args, o)
		}
	}
	if f.Service != "" {
		conds = append(conds, "service = ?")
		args = append(args, f.Service)
	}
	if reports && f.Reason != "" {
		conds = append(conds, "reason = ?")
		args = append(args, string(f.Reason))
	}
	if reports && f.Status != "" {
		conds = append(conds, "status = ?")
		args = append(args, string(f.Status))
	}
	if !f.From.IsZero() {
		conds = append(conds, "at >= ?")
		args = append(args, unix(f.From))
	}
	if !f.To.IsZero() {
		conds = append(conds, "at < ?")
		args = append(args, unix(f.To))
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// Reports lists reports, newest first, at most limit after skipping
// offset.
func (db *DB) Reports(ctx context.Context, f Filter, limit, offset int) ([]feedback.Report, error) {
	where, args := f.where(true)
	rows, err := db.read.QueryContext(ctx, `SELECT id, office, service, reason, requirement, seen, text, channel, at, status, note
		FROM reports`+where+` ORDER BY at DESC, id LIMIT ? OFFSET ?`, append(args, limit, offset)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []feedback.Report
	for rows.Next() {
		r, err := scanReport(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// CountReports counts the reports f selects.
func (db *DB) CountReports(ctx context.Context, f Filter) (int, error) {
	where, args := f.where(true)
	var n int
	err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM reports`+where, args...).Scan(&n)
	return n, err
}

// Report reads one report.
func (db *DB) Report(ctx context.Context, id string) (feedback.Report, error) {
	row := db.read.QueryRowContext(ctx, `SELECT id, office, service, reason, requirement, seen, text, channel, at, status, note FROM reports WHERE id = ?`, id)
	r, err := scanReport(row)
	if errors.Is(err, sql.ErrNoRows) {
		return r, ErrNotFound
	}
	return r, err
}

type scanner interface{ Scan(...any) error }

func scanReport(s scanner) (feedback.Report, error) {
	var r feedback.Report
	var reason, channel, status string
	var seen sql.NullInt64
	var at int64
	if err := s.Scan(&r.ID, &r.Office, &r.Service, &reason, &r.Requirement, &seen, &r.Text, &channel, &at, &status, &r.Note); err != nil {
		return r, err
	}
	r.Reason, r.Channel, r.Status, r.At = feedback.Reason(reason), feedback.Channel(channel), feedback.Status(status), fromUnix(at)
	if seen.Valid {
		r.Seen = fromUnix(seen.Int64)
	}
	return r, nil
}

// FollowUp sets a report's follow-up state and note, saying who did it.
func (db *DB) FollowUp(ctx context.Context, id string, status feedback.Status, note, by string) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE reports SET status = ?, note = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
			string(status), note, unix(db.now()), by, id)
		if err != nil {
			return err
		}
		if rowsAffected(res) == 0 {
			return ErrNotFound
		}
		return nil
	})
}

// Count is how often something was reported.
type Count struct {
	Office, Service string
	Requirement     string // empty when counting services
	N               int
}

// HardRequirements ranks the requirements residents most often report as
// hard to meet, most reported first.
func (db *DB) HardRequirements(ctx context.Context, f Filter, limit int) ([]Count, error) {
	f.Reason = feedback.Hard
	where, args := f.where(true)
	return db.counts(ctx, `SELECT office, service, requirement, count(*) AS n FROM reports`+where+
		` GROUP BY office, service, requirement ORDER BY n DESC, office, service, requirement LIMIT ?`, append(args, limit))
}

// HardServices ranks the services with the most hard-requirement reports.
func (db *DB) HardServices(ctx context.Context, f Filter, limit int) ([]Count, error) {
	f.Reason = feedback.Hard
	where, args := f.where(true)
	return db.counts(ctx, `SELECT office, service, '', count(*) AS n FROM reports`+where+
		` GROUP BY office, service ORDER BY n DESC, office, service LIMIT ?`, append(args, limit))
}

func (db *DB) counts(ctx context.Context, query string, args []any) ([]Count, error) {
	rows, err := db.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Count
	for rows.Next() {
		var c Count
		if err := rows.Scan(&c.Office, &c.Service, &c.Requirement, &c.N); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Votes is the tally of "Apakah halaman ini membantu?" for one page.
type Votes struct {
	Office, Service string
	Yes, No         int
}

// VoteTally counts votes per page, the pages with the most "no" first.
func (db *DB) VoteTally(ctx context.Context, f Filter, limit int) ([]Votes, error) {
	where, args := f.where(false)
	rows, err := db.read.QueryContext(ctx, `SELECT office, service, sum(helpful), sum(1 - helpful) AS no FROM votes`+where+
		` GROUP BY office, service ORDER BY no DESC, office, service LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Votes
	for rows.Next() {
		var v Votes
		if err := rows.Scan(&v.Office, &v.Service, &v.Yes, &v.No); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
