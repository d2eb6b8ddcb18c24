package preview

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func startWatch(t *testing.T, dirs ...string) <-chan []string {
	t.Helper()
	w, err := watch(dirs, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	go w.run(ctx)
	return w.out
}

func nextBatch(t *testing.T, out <-chan []string) []string {
	t.Helper()
	select {
	case b := <-out:
		return b
	case <-time.After(10 * time.Second):
		t.Fatal("no batch of changes")
		return nil
	}
}

func TestWatchReportsSavesOnce(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "kauman.yaml")
	if err := os.WriteFile(name, []byte("a"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := startWatch(t, dir)

	// An editor's atomic save: a probe file, a swap file, a temporary
	// file renamed over the original.
	for _, junk := range []string{"4913", ".kauman.yaml.swp", "kauman.yaml~"} {
		os.WriteFile(filepath.Join(dir, junk), []byte("x"), 0o644)
		os.Remove(filepath.Join(dir, junk))
	}
	tmp := filepath.Join(dir, "kauman.yaml.tmp1234")
	os.WriteFile(tmp, []byte("b"), 0o644)
	os.Rename(tmp, name)

	batch := nextBatch(t, out)
	if !slices.Contains(batch, name) {
		t.Fatalf("batch %v lacks %s", batch, name)
	}
	for _, p := range batch {
		if b := filepath.Base(p); b == "4913" || b == ".kauman.yaml.swp" || b == "kauman.yaml~" {
			t.Errorf("editor file %s reported", b)
		}
	}
}

func TestWatchFollowsNewFolders(t *testing.T) {
	dir := t.TempDir()
	out := startWatch(t, dir, filepath.Join(dir, "not-there-yet"))

	sub := filepath.Join(dir, "kelurahan", "sukun")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	first := filepath.Join(sub, "bandulan.yaml")
	if err := os.WriteFile(first, []byte("id: bandulan"), 0o644); err != nil {
		t.Fatal(err)
	}
	var seen []string
	for !slices.Contains(seen, first) {
		seen = append(seen, nextBatch(t, out)...)
	}
	// The new folder is watched from now on.
	second := filepath.Join(sub, "gadang.yaml")
	if err := os.WriteFile(second, []byte("id: gadang"), 0o644); err != nil {
		t.Fatal(err)
	}
	for !slices.Contains(seen, second) {
		seen = append(seen, nextBatch(t, out)...)
	}
}
