package schema

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// A skeleton is the file `alur new` writes for staff to fill: the editor's
// schema line, then every required key (and the few optional ones a
// newcomer needs, skeletonKeys) with its doc as a comment above it and an
// empty value, so that `alur check` names each key still to fill, at its
// line. Keys and comments come from the model's tags, like the schemas.

// skeletonKeys are the optional keys a skeleton writes too, by kind and
// the Go type that holds them.
var skeletonKeys = map[string]map[string][]string{
	"layanan": {
		"ServiceDef": {"singkatan", "nama_lain", "kelompok", "diperiksa"},
		"Step":       {"judul", "tempat", "pelaku", "waktu"},
	},
	"kelurahan": {
		"OfficeFile": {"kontak", "piket", "pengelola_pengaduan", "maklumat"},
		"Contact":    {"telepon"},
		"Handler":    {"tempat"},
	},
}

// Skeleton returns the skeleton of a kind of file ("layanan", "kelurahan")
// with the top-level keys in values filled in, and schemaPath (relative to
// the file) on its first line.
func Skeleton(kindName, schemaPath string, values map[string]string) ([]byte, error) {
	k, ok := kinds[kindName]
	if !ok || kindName == "kota" {
		return nil, fmt.Errorf("schema: no skeleton for %q", kindName)
	}
	w := &skeletonWriter{extra: skeletonKeys[kindName], values: values}
	w.b.WriteString("# yaml-language-server: $schema=" + schemaPath + "\n")
	w.b.WriteString("# Isi setiap nilai yang masih kosong (\"\" atau []), lalu jalankan alur check:\n")
	w.b.WriteString("# ia menunjuk baris yang belum diisi. Kalimat setelah # hanya penjelasan.\n")
	w.fields(k.root, 0, "")
	return []byte(w.b.String()), nil
}

type skeletonWriter struct {
	b      strings.Builder
	extra  map[string][]string
	values map[string]string // top-level keys given
}

// fields writes the keys of struct t at indent; the first line starts with
// first (a list item's "- ") instead of the indent.
func (w *skeletonWriter) fields(t reflect.Type, indent int, first string) {
	pad := strings.Repeat(" ", indent)
	lead := pad
	if first != "" {
		lead = pad[:len(pad)-len(first)] + first
	}
	for _, f := range fields(t) {
		if f.key == "$schema" || !f.required && !slices.Contains(w.extra[t.Name()], f.key) {
			continue
		}
		if f.doc != "" {
			w.b.WriteString(pad + "# " + f.doc + "\n")
		}
		w.b.WriteString(lead + f.key + ":")
		lead = pad
		if v, ok := w.values[f.key]; ok && indent == 0 {
			w.b.WriteString(" " + strconv.Quote(v) + "\n")
			continue
		}
		w.value(f.sf.Type, indent)
	}
}

// value writes the empty value of a key of type t, after "key:".
func (w *skeletonWriter) value(t reflect.Type, indent int) {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct:
		w.b.WriteString("\n")
		w.fields(t, indent+2, "")
	case reflect.Slice:
		if e := t.Elem(); e.Kind() == reflect.Struct {
			w.b.WriteString("\n")
			w.fields(e, indent+4, "  - ")
			return
		}
		w.b.WriteString(" []\n")
	case reflect.Map:
		w.b.WriteString(" {}\n")
	case reflect.Bool:
		w.b.WriteString(" true\n")
	case reflect.Int, reflect.Float64:
		w.b.WriteString(" 0\n")
	default:
		w.b.WriteString(` ""` + "\n")
	}
}
