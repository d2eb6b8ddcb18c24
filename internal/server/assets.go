package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"io/fs"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// Compressed bytes are kept in memory per build up to this many bytes; the
// whole Kota Malang site compresses to well under it. Past it, files are
// served uncompressed rather than compressed on every request.
const assetCacheBudget = 64 << 20

// Files larger than this are never compressed in memory.
const maxCompressSize = 8 << 20

// asset is what the server learned about one file of a build.
type asset struct {
	// size and mod identify the file version the rest describes: a plain
	// folder may be rebuilt in place while being served.
	size int64
	mod  time.Time

	etag string // strong, from the content hash, quoted
	gz   []byte // gzip of the content; nil when not compressible or not worth it
}

func (a *asset) gzipETag() string { return a.etag[:len(a.etag)-1] + `-gz"` }

type assetCache struct {
	budget int64
	used   atomic.Int64
	byName sync.Map // name -> *asset
}

func newAssetCache(budget int64) *assetCache { return &assetCache{budget: budget} }

// get returns what is known of the open file f named name, reading it
// once. compress says whether its type is worth compressing. f is left at
// its start.
func (c *assetCache) get(name string, f *os.File, info fs.FileInfo, compress bool) (*asset, error) {
	if v, ok := c.byName.Load(name); ok {
		a := v.(*asset)
		if a.size == info.Size() && a.mod.Equal(info.ModTime()) {
			return a, nil
		}
	}
	a, err := c.learn(f, info, compress && info.Size() <= maxCompressSize)
	if err != nil {
		return nil, err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	if a.gz != nil && c.used.Add(int64(len(a.gz))) > c.budget {
		c.used.Add(-int64(len(a.gz)))
		a.gz = nil
	}
	if old, loaded := c.byName.Swap(name, a); loaded {
		c.used.Add(-int64(len(old.(*asset).gz)))
	}
	return a, nil
}

// learn hashes f and, if asked, compresses it.
func (c *assetCache) learn(f *os.File, info fs.FileInfo, compress bool) (*asset, error) {
	a := &asset{size: info.Size(), mod: info.ModTime()}
	h := sha256.New()
	if !compress {
		if _, err := io.Copy(h, f); err != nil {
			return nil, err
		}
		a.etag = etagOf(h.Sum(nil))
		return a, nil
	}
	content, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	h.Write(content)
	a.etag = etagOf(h.Sum(nil))
	gz := gzipBytes(content)
	if len(gz) < len(content) {
		a.gz = gz
	}
	return a, nil
}

func etagOf(sum []byte) string {
	return `"` + base64.RawURLEncoding.EncodeToString(sum[:16]) + `"`
}

// gzipBytes compresses as hard as gzip can: it is done once per file per
// build, and residents pay for every byte on slow mobile data.
func gzipBytes(content []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression) // the level is valid
	zw.Write(content)                                        // writes to a bytes.Buffer do not fail
	zw.Close()
	return buf.Bytes()
}
