package web

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"sync"
	"time"
)

// limiter is a token bucket per client, in memory: a burst of bucketSize
// submissions, then one per bucketEvery. A restart forgets it, which only
// forgives.
type limiter struct {
	mu      sync.Mutex
	buckets map[string]*bucket
	size    float64
	every   time.Duration
}

type bucket struct {
	tokens float64
	at     time.Time
}

// maxClients bounds the buckets kept; past it, full buckets are dropped.
const maxClients = 50000

// newLimiter makes the limiter for a rate: submissions per minute after a
// burst of bucketSize; 0 is the default rate, a negative rate no limit.
func newLimiter(perMinute int) *limiter {
	every := bucketEvery
	switch {
	case perMinute < 0:
		return nil
	case perMinute > 0:
		every = time.Minute / time.Duration(perMinute)
	}
	return &limiter{buckets: map[string]*bucket{}, size: bucketSize, every: every}
}

// allow takes a token of client's bucket at now; false when it is empty.
// A nil limiter allows everything.
func (l *limiter) allow(client string, now time.Time) bool {
	if l == nil {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[client]
	if !ok {
		if len(l.buckets) >= maxClients {
			l.sweep(now)
		}
		b = &bucket{tokens: l.size, at: now}
		l.buckets[client] = b
	}
	l.refill(b, now)
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

func (l *limiter) refill(b *bucket, now time.Time) {
	if d := now.Sub(b.at); d > 0 {
		b.tokens = min(l.size, b.tokens+float64(d)/float64(l.every))
		b.at = now
	}
}

// sweep forgets clients whose bucket has filled up again.
func (l *limiter) sweep(now time.Time) {
	for k, b := range l.buckets {
		if l.refill(b, now); b.tokens >= l.size {
			delete(l.buckets, k)
		}
	}
}

// recent remembers what each client sent lately, by a digest of its
// content, so a form sent twice (a double tap, a reload that re-posts) is
// kept once.
type recent struct {
	mu     sync.Mutex
	window time.Duration
	seen   map[string]time.Time
}

func newRecent(window time.Duration) *recent {
	return &recent{window: window, seen: map[string]time.Time{}}
}

// digest names content from a client.
func digest(client string, parts ...string) string {
	h := sha256.Sum256([]byte(client + "\x00" + strings.Join(parts, "\x00")))
	return hex.EncodeToString(h[:16])
}

// first reports whether key was not seen within the window before now, and
// remembers it.
func (r *recent) first(key string, now time.Time) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if at, ok := r.seen[key]; ok && now.Sub(at) < r.window {
		return false
	}
	if len(r.seen) >= maxClients {
		for k, at := range r.seen {
			if now.Sub(at) >= r.window {
				delete(r.seen, k)
			}
		}
	}
	r.seen[key] = now
	return true
}

// forget drops key, for content that was not kept after all (the store
// failed), so the resident's retry is not swallowed.
func (r *recent) forget(key string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.seen, key)
}
