package store

import (
	"context"
	"database/sql"
	"time"

	"github.com/alurlayanan/alur/internal/feedback"
)

// Notice is an incident waiting to be posted to the city's webhook.
type Notice struct {
	Seq      int64 // the outbox row
	Report   feedback.Report
	Attempts int
}

// DueNotices lists undelivered notices whose next attempt is due at now,
// oldest first.
func (db *DB) DueNotices(ctx context.Context, now time.Time, limit int) ([]Notice, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT o.id, o.attempts, r.id, r.office, r.service, r.reason, r.requirement, r.seen, r.text, r.channel, r.at, r.status, r.note
		FROM outbox o JOIN reports r ON r.id = o.report
		WHERE o.delivered IS NULL AND o.next_at <= ? ORDER BY o.id LIMIT ?`, unix(now), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Notice
	for rows.Next() {
		var n Notice
		var reason, channel, status string
		var seen sql.NullInt64
		var at int64
		r := &n.Report
		if err := rows.Scan(&n.Seq, &n.Attempts, &r.ID, &r.Office, &r.Service, &reason, &r.Requirement, &seen, &r.Text, &channel, &at, &status, &r.Note); err != nil {
			return nil, err
		}
		r.Reason, r.Channel, r.Status, r.At = feedback.Reason(reason), feedback.Channel(channel), feedback.Status(status), fromUnix(at)
		if seen.Valid {
			r.Seen = fromUnix(seen.Int64)
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

// NextNotice is when the earliest undelivered notice is due; ok is false
// when there is none.
func (db *DB) NextNotice(ctx context.Context) (time.Time, bool, error) {
	var next sql.NullInt64
	err := db.read.QueryRowContext(ctx, `SELECT min(next_at) FROM outbox WHERE delivered IS NULL`).Scan(&next)
	if err != nil || !next.Valid {
		return time.Time{}, false, err
	}
	return fromUnix(next.Int64), true, nil
}

// NoticeDelivered records that the webhook accepted a notice.
func (db *DB) NoticeDelivered(ctx context.Context, seq int64, at time.Time) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE outbox SET delivered = ?, attempts = attempts + 1, last_error = '' WHERE id = ?`, unix(at), seq)
		return err
	})
}

// NoticeFailed records a failed attempt and when to try again.
func (db *DB) NoticeFailed(ctx context.Context, seq int64, next time.Time, why string) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE outbox SET attempts = attempts + 1, next_at = ?, last_error = ? WHERE id = ?`, unix(next), why, seq)
		return err
	})
}

// NoticeState is what the outbox says of one report's notice.
type NoticeState struct {
	Attempts  int
	Delivered time.Time // zero while undelivered
	LastError string
}

// Notice reads the state of the notice for report.
func (db *DB) Notice(ctx context.Context, report string) (NoticeState, error) {
	var s NoticeState
	var delivered sql.NullInt64
	err := db.read.QueryRowContext(ctx, `SELECT attempts, delivered, last_error FROM outbox WHERE report = ?`, report).Scan(&s.Attempts, &delivered, &s.LastError)
	if err == sql.ErrNoRows {
		return s, ErrNotFound
	}
	if delivered.Valid {
		s.Delivered = fromUnix(delivered.Int64)
	}
	return s, err
}
