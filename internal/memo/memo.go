// Package memo remembers the results of pure functions that a build calls
// again and again with the same input: a city repeats the same Markdown,
// the same QR codes and the same kiosk texts at every office.
package memo

import "sync"

// Memo remembers values by key, in two generations of at most Size
// entries each: when the newer fills up it becomes the older, so values
// still in use survive (a get moves them back to the newer) and the rest
// are dropped. A long preview session's stale edits age out that way.
// It is safe for concurrent use.
type Memo[K comparable, V any] struct {
	Size int

	mu         sync.Mutex
	cur, older map[K]V
}

// New returns an empty memo of generations of size entries.
func New[K comparable, V any](size int) *Memo[K, V] {
	return &Memo[K, V]{Size: size, cur: map[K]V{}}
}

// Get returns the value kept for k, computing it and keeping it if
// there is none. Two callers may compute the same value at once; compute must
// be a pure function of k.
func (m *Memo[K, V]) Get(k K, compute func(K) V) V {
	if v, ok := m.get(k); ok {
		return v
	}
	v := compute(k)
	m.Keep(k, v)
	return v
}

// GetErr is Get for a function that may fail; failures are not kept.
func (m *Memo[K, V]) GetErr(k K, compute func(K) (V, error)) (V, error) {
	if v, ok := m.get(k); ok {
		return v, nil
	}
	v, err := compute(k)
	if err == nil {
		m.Keep(k, v)
	}
	return v, err
}

func (m *Memo[K, V]) get(k K) (V, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.cur[k]
	if !ok {
		if v, ok = m.older[k]; ok {
			m.keep(k, v)
		}
	}
	return v, ok
}

// Keep remembers v for k.
func (m *Memo[K, V]) Keep(k K, v V) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.keep(k, v)
}

func (m *Memo[K, V]) keep(k K, v V) {
	if _, ok := m.cur[k]; ok {
		return
	}
	if len(m.cur) >= m.Size {
		m.older, m.cur = m.cur, map[K]V{}
	}
	m.cur[k] = v
}
