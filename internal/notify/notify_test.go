package notify

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/feedback"
	"github.com/alurlayanan/alur/internal/store"
)

// receiver is the city's webhook: it refuses the first failures posts
// (500, then a dropped connection), then accepts.
type receiver struct {
	mu       sync.Mutex
	failures int
	got      [][]byte
	accepted []Payload
	sigs     []string
}

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rc.mu.Lock()
	defer rc.mu.Unlock()
	rc.got = append(rc.got, body)
	switch {
	case rc.failures > 1:
		rc.failures--
		http.Error(w, "gateway down", http.StatusInternalServerError)
		return
	case rc.failures == 1:
		rc.failures--
		hj, _ := w.(http.Hijacker)
		conn, _, _ := hj.Hijack()
		conn.Close()
		return
	}
	var p Payload
	if err := json.Unmarshal(body, &p); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	rc.accepted = append(rc.accepted, p)
	rc.sigs = append(rc.sigs, r.Header.Get("X-Alur-Signature"))
	w.WriteHeader(http.StatusNoContent)
}

type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }
func reportEmpty(id string, at time.Time) feedback.Report {
	return feedback.Report{ID: id, Office: "jodipan", Reason: feedback.Empty, Seen: at.Add(-30 * time.Minute),
		Text: "kantor kosong, hanya ada anak magang", Channel: feedback.Web, At: at, Status: feedback.New}
}

// TestWebhookRetriesUntilAcceptedAcrossARestart: the receiver fails twice;
// the server stops and starts again in between; the incident arrives once
// accepted, with its signature, and nothing else is sent.
func TestWebhookRetriesUntilAcceptedAcrossARestart(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	rc := &receiver{failures: 2}
	srv := httptest.NewServer(rc)
	defer srv.Close()
	clk := &clock{t: time.Date(2026, 12, 2, 2, 25, 0, 0, time.UTC)}

	db, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddReport(ctx, reportEmpty("r-jodipan", clk.t)); err != nil {
		t.Fatal(err)
	}
	// A report that is not an incident never reaches the webhook.
	other := reportEmpty("r-other", clk.t)
	other.Reason, other.Seen = feedback.Wrong, time.Time{}
	if _, err := db.AddReport(ctx, other); err != nil {
		t.Fatal(err)
	}
	n := &Notifier{DB: db, URL: srv.URL, Secret: "rahasia-kota", Now: clk.now, MinBackoff: time.Minute,
		Office: func(id string) (string, string) { return "Jodipan", "https://alur.example/kelurahan/" + id + "/" }}
	n.defaults()

	n.sendDue(ctx) // 500
	st, _ := db.Notice(ctx, "r-jodipan")
	if st.Attempts != 1 || !st.Delivered.IsZero() || st.LastError == "" {
		t.Fatalf("after a 500: %+v", st)
	}
	n.sendDue(ctx) // not due yet: backoff
	if len(rc.got) != 1 {
		t.Fatalf("%d posts before the backoff ended, want 1", len(rc.got))
	}

	// The server restarts: the notice waits in the database.
	db.Close()
	db, err = store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n.DB = db
	clk.advance(time.Minute)
	n.sendDue(ctx)           // dropped connection
	clk.advance(time.Minute) // the second wait is two minutes
	n.sendDue(ctx)
	if len(rc.got) != 2 {
		t.Fatalf("%d posts, want 2 (the second backoff is 2 minutes)", len(rc.got))
	}
	clk.advance(time.Minute)
	n.sendDue(ctx) // accepted
	n.sendDue(ctx) // nothing left
	clk.advance(time.Hour)
	n.sendDue(ctx)

	if len(rc.accepted) != 1 || len(rc.got) != 3 {
		t.Fatalf("accepted %d of %d posts, want 1 of 3", len(rc.accepted), len(rc.got))
	}
	p := rc.accepted[0]
	if p.Kind != "kantor-kosong" || p.Report != "r-jodipan" || p.Office != "jodipan" || p.Name != "Jodipan" ||
		p.Seen != "2026-12-02T08:55:00+07:00" || p.Received != "2026-12-02T09:25:00+07:00" || p.Attempted != 3 {
		t.Errorf("payload %+v", p)
	}
	if want := "sha256=" + Sign("rahasia-kota", rc.got[2]); rc.sigs[0] != want {
		t.Errorf("signature %q, want %q", rc.sigs[0], want)
	}
	st, _ = db.Notice(ctx, "r-jodipan")
	if st.Attempts != 3 || st.Delivered.IsZero() {
		t.Errorf("after delivery: %+v", st)
	}
	if _, err := db.Notice(ctx, "r-other"); err != store.ErrNotFound {
		t.Errorf("a wrong-information report was queued for the webhook: %v", err)
	}
}

func TestBackoffDoublesUpToTheCap(t *testing.T) {
	n := &Notifier{MinBackoff: 5 * time.Second, MaxBackoff: time.Minute}
	n.defaults()
	for attempts, want := range []time.Duration{5 * time.Second, 10 * time.Second, 20 * time.Second, 40 * time.Second, time.Minute, time.Minute} {
		if got := n.backoff(attempts); got != want {
			t.Errorf("after %d failures: wait %s, want %s", attempts+1, got, want)
		}
	}
}
