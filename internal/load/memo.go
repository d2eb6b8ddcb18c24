package load

import (
	"crypto/sha256"
	"reflect"
	"sync"

	"github.com/alurlayanan/alur/internal/diag"
)

// Memo keeps what each file decoded to, by its name and contents, so that
// reading the folder again after an edit decodes only the files that
// changed: the live preview reads it after every save, and decoding
// every file was most of its check. A file read the same as before gives
// the same value (a shallow copy: what it holds is shared, as nothing
// after loading changes source values) and the same problems.
type Memo struct {
	mu   sync.Mutex
	kept map[memoKey]decoded
}

type memoKey struct {
	name   string
	digest [sha256.Size]byte
	into   reflect.Type
}

type decoded struct {
	value reflect.Value // a pointer to a copy of what the file decoded to
	ok    bool
	diags diag.List
}

// NewMemo returns an empty memo.
func NewMemo() *Memo { return &Memo{kept: map[memoKey]decoded{}} }

// Folder is the package's Folder, with the files read unchanged since the
// last call taken from the memo. Files no longer there are forgotten.
func (m *Memo) Folder(dir string) (*Source, *diag.List) {
	m.mu.Lock()
	defer m.mu.Unlock()
	used := map[memoKey]decoded{}
	src, diags := readFolder(dir, func(name string, digest [sha256.Size]byte, data []byte, dst any, diags *diag.List) bool {
		key := memoKey{name, digest, reflect.TypeOf(dst)}
		d, ok := m.kept[key]
		if !ok {
			d.ok = Bytes(name, data, dst, &d.diags)
			d.value = reflect.New(key.into.Elem())
			d.value.Elem().Set(reflect.ValueOf(dst).Elem())
		} else {
			reflect.ValueOf(dst).Elem().Set(d.value.Elem())
		}
		used[key] = d
		diags.Append(d.diags)
		return d.ok
	})
	m.kept = used
	return src, diags
}
