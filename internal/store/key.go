package store

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// keyLen is the length of a key Key makes.
const keyLen = 32

// Key is a secret the server keeps beside the database, made on first
// use (32 random bytes in <dir>/<name>.key, readable only by the owner).
// It outlives restarts, so what it signs stays valid: e.g. the arrival
// time of an inspection whose form waits on a phone without signal.
func (db *DB) Key(name string) ([]byte, error) {
	for _, c := range name {
		if !(c >= 'a' && c <= 'z' || c == '-') {
			return nil, fmt.Errorf("store: bad key name %q", name)
		}
	}
	path := filepath.Join(filepath.Dir(db.path), name+".key")
	if b, err := os.ReadFile(path); err == nil && len(b) == keyLen {
		return b, nil
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("store: %w", err)
	}
	key := make([]byte, keyLen)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	// Written aside and linked into place: of two servers starting at
	// once, one key wins and both read it.
	tmp, err := os.CreateTemp(filepath.Dir(path), name+".key-*")
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(key); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("store: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("store: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if err := os.Link(tmp.Name(), path); err != nil && !errors.Is(err, fs.ErrExist) {
		return nil, fmt.Errorf("store: %w", err)
	}
	b, err := os.ReadFile(path)
	if err != nil || len(b) != keyLen {
		return nil, fmt.Errorf("store: key %s unreadable or not %d bytes: %v", path, keyLen, err)
	}
	return b, nil
}
