package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/alurlayanan/alur/internal/survey"
)

// AddResponse keeps a filled questionnaire; one whose id is already kept
// is not counted again.
func (db *DB) AddResponse(ctx context.Context, r survey.Response) (added bool, err error) {
	if err := r.Answers.Check(); err != nil {
		return false, err
	}
	err = db.update(ctx, func(tx *sql.Tx) error {
		res, err := tx.Exec(insertResponse, responseArgs(r)...)
		added = rowsAffected(res) == 1
		return err
	})
	return added, err
}

const insertResponse = `INSERT INTO responses (id, office, service, channel, at, u1, u2, u3, u4, u5, u6, u7, u8, u9, gender, age, education, occupation)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`

// responseArgs are insertResponse's arguments, U1..U9 by identity.
func responseArgs(r survey.Response) []any {
	a, p := r.Answers, r.Profile
	return []any{r.ID, r.Office, r.Service, string(r.Channel), unix(r.At),
		a[survey.Persyaratan], a[survey.Prosedur], a[survey.Waktu], a[survey.Biaya], a[survey.Produk],
		a[survey.Kompetensi], a[survey.Perilaku], a[survey.Pengaduan], a[survey.Sarana],
		p.Gender, p.Age, p.Education, p.Occupation}
}

// sumColumns are the aggregate the index needs, U1..U9 by identity.
const sumColumns = `count(*), coalesce(sum(u1),0), coalesce(sum(u2),0), coalesce(sum(u3),0), coalesce(sum(u4),0),
	coalesce(sum(u5),0), coalesce(sum(u6),0), coalesce(sum(u7),0), coalesce(sum(u8),0), coalesce(sum(u9),0)`

func scanSums(s scanner, extra ...any) (survey.Sums, error) {
	var out survey.Sums
	dest := append(extra, &out.Respondents)
	for e := range out.Total {
		dest = append(dest, &out.Total[e])
	}
	return out, s.Scan(dest...)
}

// Sums adds up the questionnaires f selects (its Reason and Status are
// ignored).
func (db *DB) Sums(ctx context.Context, f Filter) (survey.Sums, error) {
	where, args := f.where(false)
	return scanSums(db.read.QueryRowContext(ctx, `SELECT `+sumColumns+` FROM responses`+where, args...))
}

// OfficeSums adds up the questionnaires f selects per office.
func (db *DB) OfficeSums(ctx context.Context, f Filter) (map[string]survey.Sums, error) {
	return db.groupSums(ctx, f, "office")
}

// ServiceSums adds up the questionnaires f selects per service.
func (db *DB) ServiceSums(ctx context.Context, f Filter) (map[string]survey.Sums, error) {
	return db.groupSums(ctx, f, "service")
}

func (db *DB) groupSums(ctx context.Context, f Filter, column string) (map[string]survey.Sums, error) {
	where, args := f.where(false)
	rows, err := db.read.QueryContext(ctx, `SELECT `+column+`, `+sumColumns+` FROM responses`+where+` GROUP BY `+column, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]survey.Sums{}
	for rows.Next() {
		var key string
		s, err := scanSums(rows, &key)
		if err != nil {
			return nil, err
		}
		out[key] = s
	}
	return out, rows.Err()
}

// MonthlySums adds up the questionnaires f selects per month of the
// city's time zone (loc), keyed by survey.Period.ID ("2026-01").
// Indonesia's zones keep one offset all year, so the offset of f.From
// (or now) cuts every month.
func (db *DB) MonthlySums(ctx context.Context, f Filter, loc *time.Location) (map[string]survey.Sums, error) {
	at := f.From
	if at.IsZero() {
		at = db.now()
	}
	_, offset := at.In(loc).Zone()
	where, args := f.where(false)
	rows, err := db.read.QueryContext(ctx, `SELECT strftime('%Y-%m', at + ?, 'unixepoch'), `+sumColumns+` FROM responses`+where+` GROUP BY 1`,
		append([]any{offset}, args...)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]survey.Sums{}
	for rows.Next() {
		var month string
		s, err := scanSums(rows, &month)
		if err != nil {
			return nil, err
		}
		out[month] = s
	}
	return out, rows.Err()
}

// EachResponse calls fn with every questionnaire f selects, oldest first,
// without holding them all in memory.
func (db *DB) EachResponse(ctx context.Context, f Filter, fn func(survey.Response) error) error {
	where, args := f.where(false)
	rows, err := db.read.QueryContext(ctx, `SELECT id, office, service, channel, at, u1, u2, u3, u4, u5, u6, u7, u8, u9, gender, age, education, occupation
		FROM responses`+where+` ORDER BY at, id`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var r survey.Response
		var channel string
		var at int64
		a, p := &r.Answers, &r.Profile
		if err := rows.Scan(&r.ID, &r.Office, &r.Service, &channel, &at,
			&a[survey.Persyaratan], &a[survey.Prosedur], &a[survey.Waktu], &a[survey.Biaya], &a[survey.Produk],
			&a[survey.Kompetensi], &a[survey.Perilaku], &a[survey.Pengaduan], &a[survey.Sarana],
			&p.Gender, &p.Age, &p.Education, &p.Occupation); err != nil {
			return err
		}
		r.Channel, r.At = survey.Channel(channel), fromUnix(at)
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// SetServed records how many residents office served in period.
func (db *DB) SetServed(ctx context.Context, office string, period survey.Period, count int) error {
	if count < 0 {
		return fmt.Errorf("store: served %d", count)
	}
	return db.update(ctx, func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO served (office, period, count) VALUES (?, ?, ?) ON CONFLICT (office, period) DO UPDATE SET count = excluded.count`,
			office, period.ID(), count)
		return err
	})
}

// Served is how many residents the offices served in period, as staff
// entered it; 0 when any of them entered nothing.
func (db *DB) Served(ctx context.Context, offices []string, period survey.Period) (int, error) {
	total := 0
	for _, o := range offices {
		var n int
		err := db.read.QueryRowContext(ctx, `SELECT count FROM served WHERE office = ? AND period = ?`, o, period.ID()).Scan(&n)
		if err == sql.ErrNoRows {
			return 0, nil
		}
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}
