// Package schema generates the JSON Schemas (draft 2020-12) of the YAML
// files staff edit, from the Go types the loader decodes them into, so that
// the schema an editor checks against and the model the program reads can
// never disagree.
//
// The reflection follows the loader's rules (internal/load): the `yaml` tag
// names the key, `yaml:",inline"` lifts an embedded struct's keys into its
// parent, `yaml:"-"` and untagged fields are not keys, `required:"true"` keys
// must be present, an `enum` tag lists the allowed values (of each item, for
// a list). The `doc` tag becomes the description an editor shows. Every
// object forbids unknown keys so that a typo is underlined at once.
//
// The Go types cannot say that a string is a duration, a clock time or an id;
// rules.go lists those fields, and a test checks that every field it names
// exists.
package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/alurlayanan/alur/internal/flow"
)

// Draft is the JSON Schema dialect the schemas declare.
const Draft = "https://json-schema.org/draft/2020-12/schema"

// kind is one kind of YAML file.
type kind struct {
	root        reflect.Type
	title       string
	description string
}

var kinds = map[string]kind{
	"kota": {reflect.TypeFor[flow.CityFile](), "Berkas kota (services/kota.yaml)",
		"Kota, kecamatan, instansi yang dituju dalam alur layanan, saluran pengaduan dan kelompok layanan."},
	"layanan": {reflect.TypeFor[flow.ServiceDef](), "Layanan kota (services/layanan/<kode>.yaml)",
		"Satu layanan menurut standar pelayanan kota: persyaratan, langkah, waktu, biaya, produk dan pengaduan."},
	"kelurahan": {reflect.TypeFor[flow.OfficeFile](), "Kantor kelurahan (services/kelurahan/<kecamatan>/<kode>.yaml)",
		"Satu kantor kelurahan: alamat, jam layanan, petugas piket, tempat di kantor, dan perbedaan layanannya dari standar kota."},
}

// Kinds are the kinds Generate knows, in the order of the services folder.
var Kinds = []string{"kota", "layanan", "kelurahan"}

// Generate returns the JSON Schema for a kind of file: "kota", "layanan" or
// "kelurahan". The output is indented and ends with a newline, ready to be
// committed under services/schema/.
func Generate(kindName string) ([]byte, error) {
	k, ok := kinds[kindName]
	if !ok {
		return nil, fmt.Errorf("schema: unknown kind %q (want one of %s)", kindName, strings.Join(Kinds, ", "))
	}
	g := &generator{defs: map[string]*object{}}
	root := g.structBody(k.root)
	doc := newObject().
		set("$schema", Draft).
		set("title", k.title).
		set("description", k.description)
	doc.extend(root)
	if len(g.order) > 0 {
		defs := newObject()
		for _, name := range g.order {
			defs.set(name, g.defs[name])
		}
		doc.set("$defs", defs)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // the schema is never embedded in HTML; keep it readable
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	return buf.Bytes(), nil
}

// generator turns Go types into schemas, collecting one definition per
// struct type so recursive types (a step's dan/atau) are references.
type generator struct {
	defs  map[string]*object
	order []string
}

// field is one YAML key of a struct, found as the loader finds it.
type field struct {
	key      string
	sf       reflect.StructField
	owner    reflect.Type // the struct that declares it, for rules
	required bool
	enum     []string
	doc      string
}

// fields lists the YAML keys of a struct in declaration order, lifting the
// keys of inline embedded structs.
func fields(t reflect.Type) []field {
	var out []field
	for i := range t.NumField() {
		sf := t.Field(i)
		name, opts, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
		if opts == "inline" {
			out = append(out, fields(sf.Type)...)
			continue
		}
		if name == "-" || name == "" || !sf.IsExported() {
			continue
		}
		f := field{key: name, sf: sf, owner: t, required: sf.Tag.Get("required") == "true", doc: sf.Tag.Get("doc")}
		if e := sf.Tag.Get("enum"); e != "" {
			f.enum = strings.Split(e, ",")
		}
		out = append(out, f)
	}
	return out
}

// structBody is the schema of a struct's mapping: its keys, which are
// required, and no others.
func (g *generator) structBody(t reflect.Type) *object {
	props := newObject()
	var required []string
	for _, f := range fields(t) {
		props.set(f.key, g.property(f))
		if f.required {
			required = append(required, f.key)
		}
	}
	o := newObject().set("type", "object").set("properties", props)
	if len(required) > 0 {
		o.set("required", required)
	}
	return o.set("additionalProperties", false)
}

// property is the schema of one key: its description, its type, then what
// the rules and tags add.
func (g *generator) property(f field) *object {
	s := newObject()
	if f.doc != "" {
		s.set("description", f.doc) // first: what a reader of the file looks for
	}
	s.extend(g.typeSchema(f.sf.Type))
	if !f.required {
		allowNull(s) // the loader reads an empty optional value as absent
	} else {
		notEmpty(s, f.sf.Type) // the loader refuses "", [] and {} for a required key
	}
	r := ruleFor(f)
	target := s
	if items, ok := s.get("items").(*object); ok {
		target = items // enum and pattern constrain each item of a list
	}
	if len(f.enum) > 0 {
		target.set("enum", f.enum)
	}
	if r.pattern != "" {
		if values, ok := s.get("additionalProperties").(*object); ok {
			s.set("propertyNames", newObject().set("pattern", r.pattern))
			values.set("pattern", r.pattern)
		} else {
			target.set("pattern", r.pattern)
		}
	}
	if r.min != nil {
		target.set("minimum", *r.min)
	}
	if r.max != nil {
		target.set("maximum", *r.max)
	}
	return s
}

// notEmpty says what the loader's isEmpty refuses for a required key.
func notEmpty(s *object, t reflect.Type) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		s.set("pattern", `\S`)
	case reflect.Slice:
		s.set("minItems", 1)
	case reflect.Struct, reflect.Map:
		s.set("minProperties", 1)
	}
}

var dateType = reflect.TypeFor[flow.Date]()

// typeSchema is the schema of a Go type as the loader decodes it.
func (g *generator) typeSchema(t reflect.Type) *object {
	if t == dateType {
		return newObject().set("type", "string").set("pattern", datePattern)
	}
	switch t.Kind() {
	case reflect.Pointer:
		return g.typeSchema(t.Elem())
	case reflect.String:
		// The loader reads any scalar as text (`sms: 1708` is "1708"), so
		// the editor must not flag what alur check accepts.
		return newObject().set("type", []string{"string", "number", "boolean"})
	case reflect.Bool:
		return newObject().set("type", "boolean")
	case reflect.Int:
		return newObject().set("type", "integer")
	case reflect.Float64:
		return newObject().set("type", "number")
	case reflect.Slice:
		return newObject().set("type", "array").set("items", g.typeSchema(t.Elem()))
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			panic(fmt.Sprintf("schema: map key %s: YAML keys are strings", t.Key()))
		}
		return newObject().set("type", "object").set("additionalProperties", g.typeSchema(t.Elem()))
	case reflect.Struct:
		return newObject().set("$ref", "#/$defs/"+g.define(t))
	}
	panic(fmt.Sprintf("schema: no JSON Schema for %s", t))
}

// define adds a struct's schema to $defs once and returns its name.
func (g *generator) define(t reflect.Type) string {
	name := t.Name()
	if _, done := g.defs[name]; done {
		return name
	}
	g.defs[name] = nil // mark first: a recursive field refers back here
	g.order = append(g.order, name)
	g.defs[name] = g.structBody(t)
	slices.Sort(g.order)
	return name
}

// object is a JSON object that keeps its keys in insertion order, so the
// schema reads in the order of the Go source.
type object struct {
	keys []string
	vals map[string]any
}

func newObject() *object { return &object{vals: map[string]any{}} }

func (o *object) set(k string, v any) *object {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
	return o
}

func (o *object) get(k string) any { return o.vals[k] }

func (o *object) extend(other *object) {
	for _, k := range other.keys {
		o.set(k, other.vals[k])
	}
}

// MarshalJSON writes the keys in order.
func (o *object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		key, err := marshal(k)
		if err != nil {
			return nil, err
		}
		val, err := marshal(o.vals[k])
		if err != nil {
			return nil, err
		}
		b.Write(key)
		b.WriteByte(':')
		b.Write(val)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// marshal is json.Marshal without HTML escaping, which would turn the "<"
// of "<kode>" into \u003c (an encoder's own setting does not reach into a
// MarshalJSON method).
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// allowNull adds "null" to a property's type. Properties that are a $ref
// (a nested mapping) stay strict: an empty mapping key is rare and the
// loader's own message explains it.
func allowNull(s *object) {
	switch t := s.get("type").(type) {
	case string:
		s.set("type", []string{t, "null"})
	case []string:
		s.set("type", append(slices.Clone(t), "null"))
	}
}
