package store

import (
	"context"
	"database/sql"

	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/survey"
)

// AddResponses keeps many questionnaires in one transaction (an import,
// or a benchmark's seed): all or none. Ids already kept are skipped; added
// is how many were new.
func (db *DB) AddResponses(ctx context.Context, rs []survey.Response) (added int, err error) {
	for _, r := range rs {
		if err := r.Answers.Check(); err != nil {
			return 0, err
		}
	}
	err = db.update(ctx, func(tx *sql.Tx) error {
		added = 0
		st, err := tx.Prepare(insertResponse)
		if err != nil {
			return err
		}
		defer st.Close()
		for _, r := range rs {
			res, err := st.Exec(responseArgs(r)...)
			if err != nil {
				return err
			}
			added += int(rowsAffected(res))
		}
		return nil
	})
	return added, err
}

// EachReport calls fn with every report f selects, oldest first, without
// holding them all in memory.
func (db *DB) EachReport(ctx context.Context, f Filter, fn func(feedback.Report) error) error {
	where, args := f.where(true)
	rows, err := db.read.QueryContext(ctx, `SELECT id, office, service, reason, requirement, seen, text, channel, at, status, note
		FROM reports`+where+` ORDER BY at, id`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		r, err := scanReport(rows)
		if err != nil {
			return err
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// WIBOffset is the offset response_months cuts months with (see
// migrations/0002): WIB, UTC+7, as flow.Zone.
const WIBOffset = 7 * 60 * 60

// MonthSum is the questionnaires of one office, service and month.
type MonthSum struct {
	Office, Service string
	Month           string // survey.Period.ID of the month
	Sums            survey.Sums
}

// MonthSums adds up the questionnaires of the months from..to (inclusive,
// survey.Period IDs of months) per office, service and month, for the
// offices and service f names (its dates, reason and status are
// ignored). It reads the running sums, not every questionnaire: a year of
// a city is a few thousand rows.
func (db *DB) MonthSums(ctx context.Context, f Filter, from, to string) ([]MonthSum, error) {
	g := Filter{Offices: f.Offices, Service: f.Service}
	where, args := g.where(false)
	cond := " WHERE month BETWEEN ? AND ?"
	if where != "" {
		cond = where + " AND month BETWEEN ? AND ?"
	}
	rows, err := db.read.QueryContext(ctx, `SELECT office, service, month, n, s1, s2, s3, s4, s5, s6, s7, s8, s9
		FROM response_months`+cond, append(args, from, to)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []MonthSum
	for rows.Next() {
		var m MonthSum
		dest := []any{&m.Office, &m.Service, &m.Month, &m.Sums.Respondents}
		for e := range m.Sums.Total {
			dest = append(dest, &m.Sums.Total[e])
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// EachAnswers calls fn with the answers of every questionnaire f selects,
// in order of office and time, reading only the index made for the IKM
// table (migrations/0002), not the questionnaires themselves.
func (db *DB) EachAnswers(ctx context.Context, f Filter, fn func(office string, a survey.Answers) error) error {
	where, args := f.where(false)
	rows, err := db.read.QueryContext(ctx, `SELECT office, u1, u2, u3, u4, u5, u6, u7, u8, u9
		FROM responses INDEXED BY responses_table`+where+` ORDER BY office, at`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var office string
	var a survey.Answers
	dest := []any{&office, &a[survey.Persyaratan], &a[survey.Prosedur], &a[survey.Waktu], &a[survey.Biaya], &a[survey.Produk],
		&a[survey.Kompetensi], &a[survey.Perilaku], &a[survey.Pengaduan], &a[survey.Sarana]}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		if err := fn(office, a); err != nil {
			return err
		}
	}
	return rows.Err()
}
