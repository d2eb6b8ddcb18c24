package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/account"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/staff"
	"github.com/alurlayanan/alur/internal/store"
	"github.com/alurlayanan/alur/internal/survey"
)

func TestUserAddReadsThePasswordFromStandardInput(t *testing.T) {
	data := t.TempDir()
	stdin = strings.NewReader("rahasia-kauman-2026\n")
	t.Cleanup(func() { stdin = os.Stdin })
	code, out := runCLI(t, "user", "add", "--data", data, "--role", "kelurahan", "--office", "kauman", "lurah.kauman")
	if code != 0 || !strings.Contains(out, "lurah.kauman") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	stdin = strings.NewReader("rahasia-lain-2026\n")
	if code, out := runCLI(t, "user", "add", "--data", data, "--role", "kelurahan", "--office", "kauman", "lurah.kauman"); code != exitProblem || !strings.Contains(out, "sudah ada") {
		t.Errorf("a second add: exit %d:\n%s", code, out)
	}
	for _, args := range [][]string{
		{"user", "add", "--data", data, "--role", "camat", "x1"},
		{"user", "add", "--data", data, "--role", "kelurahan", "x2"},
		{"user", "add", "--data", data, "--role", "kota"},
		{"user", "hapus", "x"},
	} {
		stdin = strings.NewReader("rahasia-lain-2026\n")
		if code, out := runCLI(t, args...); code != exitUsage {
			t.Errorf("%v: exit %d:\n%s", args, code, out)
		}
	}
	stdin = strings.NewReader("pendek\n")
	if code, _ := runCLI(t, "user", "add", "--data", data, "--role", "kota", "sekda"); code != exitProblem {
		t.Errorf("a short password: exit %d", code)
	}
	db, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	u, hash, err := db.User(context.Background(), "lurah.kauman")
	if err != nil || u.Role != account.Office || u.Office != "kauman" || !account.Verify(hash, "rahasia-kauman-2026") {
		t.Errorf("stored %+v %v", u, err)
	}
}

func TestIKMPrintsThePageFigures(t *testing.T) {
	data := t.TempDir()
	db, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	var want survey.Sums
	for i := range 12 {
		a := survey.Answers{4, 3, 3, 4, 3, 3, 4, 2, 1 + i%4}
		at := time.Date(2026, 2, 1+i, 10, 0, 0, 0, flow.Zone)
		if _, err := db.AddResponse(context.Background(), survey.Response{ID: fmt.Sprint("r", i), Office: "kauman", Channel: survey.Web, At: at, Answers: a}); err != nil {
			t.Fatal(err)
		}
		want.Add(a)
	}
	// Outside the office or the dates: not counted.
	db.AddResponse(context.Background(), survey.Response{ID: "x", Office: "jodipan", Channel: survey.Web, At: time.Date(2026, 2, 3, 0, 0, 0, 0, flow.Zone), Answers: survey.Answers{1, 1, 1, 1, 1, 1, 1, 1, 1}})
	db.AddResponse(context.Background(), survey.Response{ID: "y", Office: "kauman", Channel: survey.Web, At: time.Date(2026, 3, 1, 0, 0, 0, 0, flow.Zone), Answers: survey.Answers{1, 1, 1, 1, 1, 1, 1, 1, 1}})
	db.Close()
	code, out := runCLI(t, "ikm", "--data", data, "--office", "kauman", "--from", "2026-02-01", "--to", "2026-02-28", "--json")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	var got staff.Summary
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	r := want.Compute()
	if got.Respondents != 12 || got.IKM != r.IKM || got.Grade != r.Grade.Letter() || got.Elements[8].Code != "U9" || got.Elements[8].Total != r.Total[survey.Sarana] || got.Elements[7].NRR != r.NRR[survey.Pengaduan] {
		t.Errorf("ikm --json %+v, want %+v", got, r)
	}
	code, out = runCLI(t, "ikm", "--data", data, "--office", "kauman", "--from", "2026-02-01", "--to", "2026-02-28")
	if code != 0 || !strings.Contains(out, "12 responden") || !strings.Contains(out, fmt.Sprintf("IKM %.2f", r.IKM)) || !strings.Contains(out, "Sarana dan prasarana") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	if code, _ := runCLI(t, "ikm", "--data", data, "--from", "2026-13-01"); code != exitUsage {
		t.Errorf("a bad date: exit %d", code)
	}
	if code, _ := runCLI(t, "ikm", "--data", filepath.Join(data, "tidak-ada")); code != exitProblem {
		t.Errorf("a missing data folder: exit %d", code)
	}
}

func TestDataBackup(t *testing.T) {
	data := t.TempDir()
	db, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	db.AddResponse(context.Background(), survey.Response{ID: "r", Office: "kauman", Channel: survey.Web, At: time.Now(), Answers: survey.Answers{4, 4, 4, 4, 4, 4, 4, 4, 4}})
	// The server keeps the database open while the backup runs.
	defer db.Close()
	file := filepath.Join(t.TempDir(), "cadangan.db")
	if code, out := runCLI(t, "data", "backup", "--data", data, file); code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	if code, _ := runCLI(t, "data", "backup", "--data", data, file); code != exitProblem {
		t.Error("a backup overwrote its file")
	}
	dir := t.TempDir()
	if err := os.Rename(file, filepath.Join(dir, store.File)); err != nil {
		t.Fatal(err)
	}
	copyDB, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer copyDB.Close()
	if s, err := copyDB.Sums(context.Background(), store.Filter{}); err != nil || s.Respondents != 1 {
		t.Errorf("the backup holds %+v %v", s, err)
	}
}
