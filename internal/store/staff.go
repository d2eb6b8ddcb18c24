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
