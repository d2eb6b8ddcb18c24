package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/account"
	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/survey"
)

func open(t *testing.T) *DB {
	t.Helper()
	db, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

var ctx = context.Background()

func TestOpenMigratesOnceAndKeepsFilePrivate(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	names, _ := fs.Glob(migrations, "migrations/*.sql")
	if v, err := db.Version(); err != nil || v != len(names) {
		t.Errorf("version %d %v, want %d", v, err, len(names))
	}
	if _, err := db.AddVote(ctx, feedback.Vote{ID: "v1", Office: "kauman", Helpful: true, Channel: feedback.Web, At: time.Now()}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	st, err := os.Stat(filepath.Join(dir, File))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("database file mode %v %v, want 0600", st.Mode(), err)
	}
	db, err = Open(dir) // a second open must not re-run migration 1
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	votes, err := db.VoteTally(ctx, Filter{}, 10)
	if err != nil || len(votes) != 1 || votes[0].Yes != 1 {
		t.Errorf("after reopening: %+v %v", votes, err)
	}
}

func TestRetriesAreCountedOnce(t *testing.T) {
	db := open(t)
	at := time.Date(2026, 12, 1, 3, 0, 0, 0, time.UTC)
	r := survey.Response{ID: "kiosk-7f3a", Office: "kauman", Channel: survey.Kiosk, At: at, Answers: survey.Answers{4, 4, 3, 4, 3, 3, 4, 2, 3}}
	for i := range 3 {
		added, err := db.AddResponse(ctx, r)
		if err != nil || added != (i == 0) {
			t.Fatalf("try %d: added %v %v", i, added, err)
		}
	}
	rep := feedback.Report{ID: "k-1", Office: "kauman", Reason: feedback.Other, Channel: feedback.Kiosk, At: at, Status: feedback.New}
	for i := range 2 {
		if added, err := db.AddReport(ctx, rep); err != nil || added != (i == 0) {
			t.Fatalf("report try %d: added %v %v", i, added, err)
		}
	}
	s, err := db.Sums(ctx, Filter{})
	if err != nil || s.Respondents != 1 || s.Total[survey.Pengaduan] != 2 || s.Total[survey.Sarana] != 3 {
		t.Errorf("sums %+v %v", s, err)
	}
	if _, err := db.AddResponse(ctx, survey.Response{ID: "bad", Office: "kauman", At: at, Answers: survey.Answers{5}}); err == nil {
		t.Error("an answer of 5 was kept")
	}
}

func TestSumsFilterAndMonths(t *testing.T) {
	db := open(t)
	wib := time.FixedZone("WIB", 7*3600)
	add := func(id, office string, at time.Time, score int) {
		t.Helper()
		var a survey.Answers
		for e := range a {
			a[e] = score
		}
		if _, err := db.AddResponse(ctx, survey.Response{ID: id, Office: office, Service: "sktm", Channel: survey.Web, At: at, Answers: a}); err != nil {
			t.Fatal(err)
		}
	}
	// 31 Dec 23:30 WIB is December in Malang though it is 16:30 UTC;
	// 1 Jan 01:00 WIB is 31 Dec 18:00 UTC but January in Malang.
	add("a", "kauman", time.Date(2025, 12, 31, 23, 30, 0, 0, wib), 4)
	add("b", "kauman", time.Date(2026, 1, 1, 1, 0, 0, 0, wib), 2)
	add("c", "jodipan", time.Date(2026, 1, 15, 10, 0, 0, 0, wib), 3)
	months, err := db.MonthlySums(ctx, Filter{From: time.Date(2025, 12, 1, 0, 0, 0, 0, wib)}, wib)
	if err != nil {
		t.Fatal(err)
	}
	if months["2025-12"].Respondents != 1 || months["2026-01"].Respondents != 2 {
		t.Errorf("months %+v", months)
	}
	only, err := db.Sums(ctx, Filter{Offices: []string{"kauman"}, From: time.Date(2026, 1, 1, 0, 0, 0, 0, wib)})
	if err != nil || only.Respondents != 1 || only.Total[0] != 2 {
		t.Errorf("kauman in January: %+v %v", only, err)
	}
	none, err := db.Sums(ctx, Filter{Offices: []string{}})
	if err != nil || none.Respondents != 0 {
		t.Errorf("no office: %+v %v", none, err)
	}
	per, err := db.OfficeSums(ctx, Filter{})
	if err != nil || per["kauman"].Respondents != 2 || per["jodipan"].Respondents != 1 {
		t.Errorf("per office %+v %v", per, err)
	}
	var ids []string
	if err := db.EachResponse(ctx, Filter{}, func(r survey.Response) error { ids = append(ids, r.ID); return nil }); err != nil || fmt.Sprint(ids) != "[a b c]" {
		t.Errorf("each: %v %v", ids, err)
	}
	q := survey.PeriodOf(survey.Quarter, time.Date(2026, 1, 1, 0, 0, 0, 0, wib))
	if err := db.SetServed(ctx, "kauman", q, 1000); err != nil {
		t.Fatal(err)
	}
	if err := db.SetServed(ctx, "kauman", q, 1200); err != nil {
		t.Fatal(err)
	}
	if n, err := db.Served(ctx, []string{"kauman"}, q); n != 1200 || err != nil {
		t.Errorf("served %d %v", n, err)
	}
	if n, _ := db.Served(ctx, []string{"kauman", "jodipan"}, q); n != 0 {
		t.Errorf("served with one office unknown: %d, want 0 (unknown)", n)
	}
}

func TestReportsFollowUpAndRanking(t *testing.T) {
	db := open(t)
	at := time.Date(2026, 11, 2, 3, 0, 0, 0, time.UTC)
	for i, r := range []feedback.Report{
		{Office: "kauman", Service: "sktm", Reason: feedback.Hard, Requirement: "Surat pengantar RT/RW"},
		{Office: "kauman", Service: "sktm", Reason: feedback.Hard, Requirement: "Surat pengantar RT/RW"},
		{Office: "jodipan", Service: "sktm", Reason: feedback.Hard, Requirement: "Surat pengantar RT/RW"},
		{Office: "kauman", Service: "domisili", Reason: feedback.Hard, Requirement: "KTP"},
		{Office: "kauman", Reason: feedback.Levy, Text: "<script>alert(1)</script>"},
	} {
		r.ID, r.At, r.Channel, r.Status = fmt.Sprint("r", i), at.Add(time.Duration(i)*time.Minute), feedback.Web, feedback.New
		if _, err := db.AddReport(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	reqs, err := db.HardRequirements(ctx, Filter{}, 10)
	if err != nil || len(reqs) != 3 || reqs[0].N != 2 || reqs[0].Office != "kauman" || reqs[0].Requirement != "Surat pengantar RT/RW" {
		t.Errorf("requirements %+v %v", reqs, err)
	}
	services, err := db.HardServices(ctx, Filter{Offices: []string{"kauman"}}, 10)
	if err != nil || len(services) != 2 || services[0].Service != "sktm" || services[0].N != 2 {
		t.Errorf("services %+v %v", services, err)
	}
	list, err := db.Reports(ctx, Filter{Offices: []string{"kauman"}, Reason: feedback.Levy}, 10, 0)
	if err != nil || len(list) != 1 || list[0].Text != "<script>alert(1)</script>" {
		t.Fatalf("list %+v %v", list, err)
	}
	if err := db.FollowUp(ctx, "r4", feedback.Handling, "dicek lurah", "sekda"); err != nil {
		t.Fatal(err)
	}
	if r, err := db.Report(ctx, "r4"); err != nil || r.Status != feedback.Handling || r.Note != "dicek lurah" {
		t.Errorf("after follow-up %+v %v", r, err)
	}
	if n, _ := db.CountReports(ctx, Filter{Status: feedback.New}); n != 4 {
		t.Errorf("%d new, want 4", n)
	}
	if err := db.FollowUp(ctx, "nope", feedback.Done, "", "sekda"); !errors.Is(err, ErrNotFound) {
		t.Errorf("follow-up of a missing report: %v", err)
	}
}

func TestAccountsAndSessions(t *testing.T) {
	db := open(t)
	hash, _ := account.Hash("rahasia-kauman-2026")
	u := account.User{Name: "kauman", Role: account.Office, Office: "kauman"}
	if err := db.AddUser(ctx, u, hash); err != nil {
		t.Fatal(err)
	}
	if err := db.AddUser(ctx, u, hash); !errors.Is(err, ErrExists) {
		t.Errorf("second add: %v", err)
	}
	got, h, err := db.User(ctx, "kauman")
	if err != nil || got != u || !account.Verify(h, "rahasia-kauman-2026") {
		t.Errorf("user %+v %v", got, err)
	}
	token, s, err := db.StartSession(ctx, "kauman", time.Hour)
	if err != nil || s.User != u || s.CSRF == "" {
		t.Fatalf("session %+v %v", s, err)
	}
	if _, err := db.Session(ctx, token+"x"); !errors.Is(err, ErrNotFound) {
		t.Error("a wrong token opened a session")
	}
	var stored string
	if err := db.read.QueryRow(`SELECT token FROM sessions`).Scan(&stored); err != nil || stored == token {
		t.Errorf("the database keeps the token itself (%v)", err)
	}
	if err := db.EndSession(ctx, token); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Session(ctx, token); !errors.Is(err, ErrNotFound) {
		t.Error("a logged-out session still opens")
	}
	db.now = func() time.Time { return time.Now().Add(-2 * time.Hour) }
	old, _, _ := db.StartSession(ctx, "kauman", time.Hour)
	db.now = time.Now
	if _, err := db.Session(ctx, old); !errors.Is(err, ErrNotFound) {
		t.Error("an expired session still opens")
	}
	for i := 1; i <= 3; i++ {
		if n, err := db.LoginFailed(ctx, "kauman"); n != i || err != nil {
			t.Errorf("failure %d counted %d %v", i, n, err)
		}
	}
	db.LoginSucceeded(ctx, "kauman")
	if n, _, _ := db.LoginFailures(ctx, "kauman"); n != 0 {
		t.Errorf("%d failures after success", n)
	}
}

// TestConcurrentWritesAllKept sends many writes at once; group commit
// must keep every one and fail none.
func TestConcurrentWritesAllKept(t *testing.T) {
	db := open(t)
	const n = 500
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Go(func() {
			_, err := db.AddVote(ctx, feedback.Vote{ID: fmt.Sprint("v", i), Office: "kauman", Helpful: i%2 == 0, Channel: feedback.Web, At: time.Now()})
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	v, err := db.VoteTally(ctx, Filter{}, 10)
	if err != nil || len(v) != 1 || v[0].Yes+v[0].No != n {
		t.Errorf("tally %+v %v, want %d votes", v, err, n)
	}
}

// TestBackupWhileWriting copies the database while writes go on; the
// copy opens and holds a consistent prefix of them.
func TestBackupWhileWriting(t *testing.T) {
	db := open(t)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			db.AddVote(ctx, feedback.Vote{ID: fmt.Sprint("v", i), Office: "kauman", Helpful: true, Channel: feedback.Web, At: time.Now()})
		}
	})
	time.Sleep(50 * time.Millisecond)
	file := filepath.Join(t.TempDir(), "cadangan.db")
	err := db.Backup(ctx, file)
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Backup(ctx, file); err == nil {
		t.Error("a backup overwrote an existing file")
	}
	dir := filepath.Dir(file)
	if err := os.Rename(file, filepath.Join(dir, File)); err != nil {
		t.Fatal(err)
	}
	copyDB, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer copyDB.Close()
	v, err := copyDB.VoteTally(ctx, Filter{}, 1)
	if err != nil || len(v) != 1 || v[0].Yes == 0 {
		t.Errorf("backup holds %+v %v", v, err)
	}
}
