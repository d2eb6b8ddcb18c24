// Package notify posts incidents (an office found closed or empty in
// service hours) to the webhook the city configures, e.g. its own chat
// gateway, so the task force hears of them at once.
//
// Delivery is at least once: each incident waits in the store's outbox,
// written in the same transaction as the report, and leaves it only when
// the webhook answers 2xx. Failures are retried with exponential backoff,
// and a restart picks up where the last run stopped. Each post carries the
// report's id (X-Alur-Delivery) so the receiver can drop a repeat, and,
// when a secret is set, an HMAC-SHA256 of the body (X-Alur-Signature).
package notify

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/store"
)

// Notifier posts due notices until its context ends.
type Notifier struct {
	DB     *store.DB
	URL    string // the webhook
	Secret string // signs each body when set
	// Office names an office and links its page, from the build being
	// served; nil sends the id only.
	Office func(id string) (name, url string)
	Client *http.Client  // default: 10 s timeout
	Log    *slog.Logger  // default slog.Default()
	Poll   time.Duration // how often the outbox is looked at; default 1 s
	// MinBackoff and MaxBackoff bound the wait after a failure: it
	// doubles from the first to the second. Defaults 5 s and 15 min.
	MinBackoff, MaxBackoff time.Duration
	Now                    func() time.Time
}

// Payload is what the webhook receives, in the city's language.
type Payload struct {
	Kind      string `json:"jenis"`   // "kantor-kosong"
	Report    string `json:"laporan"` // the report's id
	Office    string `json:"kantor"`
	Name      string `json:"nama_kantor,omitempty"`
	Page      string `json:"halaman,omitempty"`
	Seen      string `json:"dilihat,omitempty"` // when the resident found it empty, WIB
	Received  string `json:"diterima"`          // when the server stored it, WIB
	Text      string `json:"keterangan,omitempty"`
	Channel   string `json:"saluran"`
	Attempted int    `json:"percobaan"` // 1 on the first post
}

func (n *Notifier) defaults() {
	if n.Client == nil {
		n.Client = &http.Client{Timeout: 10 * time.Second}
	}
	if n.Log == nil {
		n.Log = slog.Default()
	}
	if n.Poll <= 0 {
		n.Poll = time.Second
	}
	if n.MinBackoff <= 0 {
		n.MinBackoff = 5 * time.Second
	}
	if n.MaxBackoff <= 0 {
		n.MaxBackoff = 15 * time.Minute
	}
	if n.Now == nil {
		n.Now = time.Now
	}
}

// Run posts due notices until ctx ends.
func (n *Notifier) Run(ctx context.Context) {
	n.defaults()
	tick := time.NewTicker(n.Poll)
	defer tick.Stop()
	for {
		n.sendDue(ctx)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// sendDue posts every notice now due.
func (n *Notifier) sendDue(ctx context.Context) {
	due, err := n.DB.DueNotices(ctx, n.Now(), 50)
	if err != nil {
		if ctx.Err() == nil {
			n.Log.Error("webhook outbox unreadable", "err", err.Error())
		}
		return
	}
	for _, notice := range due {
		if ctx.Err() != nil {
			return
		}
		err := n.post(ctx, notice)
		if err == nil {
			if err := n.DB.NoticeDelivered(context.WithoutCancel(ctx), notice.Seq, n.Now()); err != nil {
				n.Log.Error("webhook delivered but not recorded; it will be sent again", "report", notice.Report.ID, "err", err.Error())
			}
			continue
		}
		wait := n.backoff(notice.Attempts)
		n.Log.Warn("webhook failed; trying again later", "report", notice.Report.ID, "attempt", notice.Attempts+1, "retry_in", wait.String(), "err", err.Error())
		if err := n.DB.NoticeFailed(context.WithoutCancel(ctx), notice.Seq, n.Now().Add(wait), err.Error()); err != nil {
			n.Log.Error("webhook failure not recorded", "report", notice.Report.ID, "err", err.Error())
		}
	}
}

// backoff is the wait after the attempts-th failure (0-based): MinBackoff
// doubled each time, at most MaxBackoff.
func (n *Notifier) backoff(attempts int) time.Duration {
	wait := n.MinBackoff
	for range attempts {
		wait *= 2
		if wait >= n.MaxBackoff {
			return n.MaxBackoff
		}
	}
	return wait
}

// Body is the JSON posted for a notice.
func (n *Notifier) Body(notice store.Notice) ([]byte, error) {
	r := notice.Report
	p := Payload{Kind: "kantor-kosong", Report: r.ID, Office: r.Office, Received: r.At.In(flow.Zone).Format(time.RFC3339),
		Text: r.Text, Channel: string(r.Channel), Attempted: notice.Attempts + 1}
	if !r.Seen.IsZero() {
		p.Seen = r.Seen.In(flow.Zone).Format(time.RFC3339)
	}
	if n.Office != nil {
		p.Name, p.Page = n.Office(r.Office)
	}
	return json.Marshal(p)
}

func (n *Notifier) post(ctx context.Context, notice store.Notice) error {
	body, err := n.Body(notice)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, n.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "alur-webhook/1")
	req.Header.Set("X-Alur-Delivery", notice.Report.ID)
	if n.Secret != "" {
		req.Header.Set("X-Alur-Signature", "sha256="+Sign(n.Secret, body))
	}
	resp, err := n.Client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("webhook answered %s", resp.Status)
	}
	return nil
}

// Sign is the hex HMAC-SHA256 of body with secret, as X-Alur-Signature
// carries it after "sha256=".
func Sign(secret string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}
