package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"time"

	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/inspect"
)

// SaveDraw keeps the day's draw; a day keeps its first draw, which Draw
// returns from then on (a reload must not draw again).
func (db *DB) SaveDraw(ctx context.Context, day string, picks []inspect.Pick, by string) ([]inspect.Pick, error) {
	data, err := json.Marshal(picks)
	if err != nil {
		return nil, err
	}
	err = db.update(ctx, func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO draws (day, offices, made_by, made_at) VALUES (?, ?, ?, ?) ON CONFLICT (day) DO NOTHING`,
			day, string(data), by, unix(db.now()))
		return err
	})
	if err != nil {
		return nil, err
	}
	return db.Draw(ctx, day)
}

// Draw reads the day's draw; ErrNotFound when there is none yet.
func (db *DB) Draw(ctx context.Context, day string) ([]inspect.Pick, error) {
	var data string
	err := db.read.QueryRowContext(ctx, `SELECT offices FROM draws WHERE day = ?`, day).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	var picks []inspect.Pick
	return picks, json.Unmarshal([]byte(data), &picks)
}

// AddInspection keeps an inspection, its findings (against the office's
// roster) and its cleaned photos in one transaction. An id already kept is
// not kept again; added says whether it was new.
func (db *DB) AddInspection(ctx context.Context, in inspect.Inspection, roster []string, photos [][]byte) (added bool, err error) {
	staff, err := json.Marshal(in.StaffPresent)
	if err != nil {
		return false, err
	}
	facilities, err := json.Marshal(in.Facilities)
	if err != nil {
		return false, err
	}
	in.Photos = len(photos)
	err = db.update(ctx, func(tx *sql.Tx) error {
		res, err := tx.Exec(`INSERT INTO inspections (id, office, inspector, arrived, submitted, open, front_desk, staff, maklumat, standards, flow, complaint, facilities, refused, notes, photos)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
			in.ID, in.Office, in.Inspector, unix(in.Arrived), unix(in.Submitted), in.Open, in.FrontDesk, string(staff),
			in.Maklumat, in.Standards, in.Flow, in.Complaint, string(facilities), in.Refused, in.Notes, in.Photos)
		if err != nil {
			return err
		}
		if added = rowsAffected(res) == 1; !added {
			return nil
		}
		for _, f := range in.Findings(roster) {
			if _, err := tx.Exec(`INSERT INTO findings (inspection, office, kind, detail, at) VALUES (?, ?, ?, ?, ?)`,
				in.ID, in.Office, f.Kind, f.Detail, unix(in.Arrived)); err != nil {
				return err
			}
		}
		for i, p := range photos {
			if _, err := tx.Exec(`INSERT INTO photos (inspection, seq, jpeg) VALUES (?, ?, ?)`, in.ID, i+1, p); err != nil {
				return err
			}
		}
		return nil
	})
	return added, err
}

// Inspections lists the inspections f selects (Offices, From, To), newest
// first.
func (db *DB) Inspections(ctx context.Context, f Filter, limit int) ([]inspect.Inspection, error) {
	where, args := f.whereAt("arrived")
	return db.inspections(ctx, where, args, limit)
}

func (db *DB) inspections(ctx context.Context, where string, args []any, limit int) ([]inspect.Inspection, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT id, office, inspector, arrived, submitted, open, front_desk, staff, maklumat, standards, flow, complaint, facilities, refused, notes, photos
		FROM inspections`+where+` ORDER BY arrived DESC, id LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []inspect.Inspection
	for rows.Next() {
		var in inspect.Inspection
		var arrived, submitted int64
		var staff, facilities string
		if err := rows.Scan(&in.ID, &in.Office, &in.Inspector, &arrived, &submitted, &in.Open, &in.FrontDesk, &staff,
			&in.Maklumat, &in.Standards, &in.Flow, &in.Complaint, &facilities, &in.Refused, &in.Notes, &in.Photos); err != nil {
			return nil, err
		}
		in.Arrived, in.Submitted = fromUnix(arrived), fromUnix(submitted)
		if err := json.Unmarshal([]byte(staff), &in.StaffPresent); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(facilities), &in.Facilities); err != nil {
			return nil, err
		}
		out = append(out, in)
	}
	return out, rows.Err()
}

// Photo reads one photo of an inspection.
func (db *DB) Photo(ctx context.Context, inspection string, seq int) ([]byte, error) {
	var b []byte
	err := db.read.QueryRowContext(ctx, `SELECT jpeg FROM photos WHERE inspection = ? AND seq = ?`, inspection, seq).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return b, err
}

// StoredFinding is a finding with its follow-up.
type StoredFinding struct {
	ID         int64
	Inspection string
	Office     string
	inspect.Finding
	At     time.Time
	Status feedback.Status
	Note   string
}

// Findings lists the findings f selects (Offices, Status, From, To), newest
// first.
func (db *DB) Findings(ctx context.Context, f Filter, limit int) ([]StoredFinding, error) {
	where, args := f.whereAt("at")
	if f.Status != "" {
		where = andWhere(where, "status = ?")
		args = append(args, string(f.Status))
	}
	return db.findings(ctx, where, args, ` ORDER BY at DESC, id`, limit)
}

func (db *DB) findings(ctx context.Context, where string, args []any, order string, limit int) ([]StoredFinding, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT id, inspection, office, kind, detail, at, status, note FROM findings`+where+order+` LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []StoredFinding
	for rows.Next() {
		var s StoredFinding
		var at int64
		var status string
		if err := rows.Scan(&s.ID, &s.Inspection, &s.Office, &s.Kind, &s.Detail, &at, &status, &s.Note); err != nil {
			return nil, err
		}
		s.At, s.Status = fromUnix(at), feedback.Status(status)
		out = append(out, s)
	}
	return out, rows.Err()
}

// FollowUpFinding sets a finding's follow-up state and note.
func (db *DB) FollowUpFinding(ctx context.Context, id int64, status feedback.Status, note, by string) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE findings SET status = ?, note = ?, updated_at = ?, updated_by = ? WHERE id = ?`, string(status), note, unix(db.now()), by, id)
		if err != nil {
			return err
		}
		if rowsAffected(res) == 0 {
			return ErrNotFound
		}
		return nil
	})
}

// OfficeRisk is what the draw weighs for each office: reports in the risk
// window, and the last inspection.
type OfficeRisk struct {
	EmptyReports, LevyReports int
	LastInspection            time.Time // zero when never
}

// Risks reads every office's reports since and its last inspection.
func (db *DB) Risks(ctx context.Context, since time.Time) (map[string]OfficeRisk, error) {
	out := map[string]OfficeRisk{}
	rows, err := db.read.QueryContext(ctx, `SELECT office, sum(reason = ?), sum(reason = ?) FROM reports WHERE at >= ? GROUP BY office`,
		string(feedback.Empty), string(feedback.Levy), unix(since))
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var office string
		var r OfficeRisk
		if err := rows.Scan(&office, &r.EmptyReports, &r.LevyReports); err != nil {
			rows.Close()
			return nil, err
		}
		out[office] = r
	}
	rows.Close()
	rows, err = db.read.QueryContext(ctx, `SELECT office, max(arrived) FROM inspections GROUP BY office`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var office string
		var last int64
		if err := rows.Scan(&office, &last); err != nil {
			return nil, err
		}
		r := out[office]
		r.LastInspection = fromUnix(last)
		out[office] = r
	}
	return out, rows.Err()
}

// whereAt is where() for a table whose time column is named col and that
// has an office column.
func (f Filter) whereAt(col string) (string, []any) {
	g := f
	g.From, g.To, g.Service, g.Reason, g.Status = time.Time{}, time.Time{}, "", "", ""
	where, args := g.where(false)
	if !f.From.IsZero() {
		where = andWhere(where, col+" >= ?")
		args = append(args, unix(f.From))
	}
	if !f.To.IsZero() {
		where = andWhere(where, col+" < ?")
		args = append(args, unix(f.To))
	}
	return where, args
}

func andWhere(where, cond string) string {
	if where == "" {
		return " WHERE " + cond
	}
	return where + " AND " + cond
}

// Inspection reads one inspection; ErrNotFound when there is none.
func (db *DB) Inspection(ctx context.Context, id string) (inspect.Inspection, error) {
	list, err := db.inspections(ctx, ` WHERE id = ?`, []any{id}, 1)
	if err != nil {
		return inspect.Inspection{}, err
	}
	if len(list) == 0 {
		return inspect.Inspection{}, ErrNotFound
	}
	return list[0], nil
}

// InspectionFindings lists one inspection's findings in the order they
// were found.
func (db *DB) InspectionFindings(ctx context.Context, id string) ([]StoredFinding, error) {
	return db.findings(ctx, ` WHERE inspection = ?`, []any{id}, ` ORDER BY id`, 1000)
}

// Finding reads one finding; ErrNotFound when there is none.
func (db *DB) Finding(ctx context.Context, id int64) (StoredFinding, error) {
	list, err := db.findings(ctx, ` WHERE id = ?`, []any{id}, ``, 1)
	if err != nil {
		return StoredFinding{}, err
	}
	if len(list) == 0 {
		return StoredFinding{}, ErrNotFound
	}
	return list[0], nil
}
