package schema

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/load"
	"github.com/alurlayanan/alur/internal/testing/golden"
)

const servicesDir = "../../services"

func generate(t *testing.T, kind string) []byte {
	t.Helper()
	b, err := Generate(kind)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCommittedSchemasAreCurrent keeps services/schema in step with the Go
// types: after changing internal/flow, run go test ./internal/schema -update.
func TestCommittedSchemasAreCurrent(t *testing.T) {
	for _, kind := range Kinds {
		got := generate(t, kind)
		file := filepath.Join(servicesDir, "schema", kind+".schema.json")
		if golden.Update() {
			if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v (run go test ./internal/schema -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is out of date with internal/flow; run go test ./internal/schema -update", file)
		}
	}
}

func TestGenerateIsStable(t *testing.T) {
	for _, kind := range Kinds {
		if a, b := generate(t, kind), generate(t, kind); !bytes.Equal(a, b) {
			t.Errorf("two runs of Generate(%q) differ", kind)
		}
	}
}

func TestUnknownKind(t *testing.T) {
	if _, err := Generate("kecamatan"); err == nil {
		t.Error("Generate accepted an unknown kind")
	}
}

func decodeSchema(t *testing.T, kind string) map[string]any {
	t.Helper()
	var s map[string]any
	if err := json.Unmarshal(generate(t, kind), &s); err != nil {
		t.Fatalf("%s schema is not JSON: %v", kind, err)
	}
	return s
}

// TestEveryFieldIsDescribed walks the flow types on its own (not with the
// generator's code) and finds every YAML key in the schema, with the right
// type and a description for the editor to show.
func TestEveryFieldIsDescribed(t *testing.T) {
	for _, kind := range Kinds {
		s := decodeSchema(t, kind)
		if s["$schema"] != Draft || s["title"] == "" {
			t.Errorf("%s: $schema = %v, title = %v", kind, s["$schema"], s["title"])
		}
		defs, _ := s["$defs"].(map[string]any)
		seen := map[reflect.Type]bool{}
		var walk func(t reflect.Type, obj map[string]any, where string)
		walk = func(typ reflect.Type, obj map[string]any, where string) {
			if seen[typ] {
				return
			}
			seen[typ] = true
			if obj["additionalProperties"] != false {
				t.Errorf("%s: %s allows unknown keys", kind, where)
			}
			props, _ := obj["properties"].(map[string]any)
			var required []string
			for _, r := range asList(obj["required"]) {
				required = append(required, r.(string))
			}
			for _, sf := range yamlFields(typ) {
				key, _, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
				p, ok := props[key].(map[string]any)
				at := where + "." + key
				if !ok {
					t.Errorf("%s: %s (%s.%s) is missing from the schema", kind, at, typ.Name(), sf.Name)
					continue
				}
				if d, _ := p["description"].(string); d == "" {
					t.Errorf("%s: %s has no description", kind, at)
				}
				if isRequired := sf.Tag.Get("required") == "true"; isRequired != contains(required, key) {
					t.Errorf("%s: %s required is %v in Go but not in the schema", kind, at, isRequired)
				}
				checkType(t, kind, at, sf.Type, p, defs, walk)
			}
			if len(props) != len(yamlFields(typ)) {
				t.Errorf("%s: %s has %d keys in the schema, %d in Go", kind, where, len(props), len(yamlFields(typ)))
			}
		}
		walk(kinds[kind].root, s, kind)
	}
}

// yamlFields lists the fields that are YAML keys, lifting inline structs.
func yamlFields(t reflect.Type) []reflect.StructField {
	var out []reflect.StructField
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("yaml")
		switch {
		case strings.HasSuffix(tag, ",inline"):
			out = append(out, yamlFields(sf.Type)...)
		case tag != "" && tag != "-":
			out = append(out, sf)
		}
	}
	return out
}

func checkType(t *testing.T, kind, at string, typ reflect.Type, p, defs map[string]any, walk func(reflect.Type, map[string]any, string)) {
	t.Helper()
	for typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	want := map[reflect.Kind]string{
		reflect.String: "string", reflect.Bool: "boolean", reflect.Int: "integer", reflect.Float64: "number",
		reflect.Slice: "array", reflect.Map: "object",
	}[typ.Kind()]
	if typ.Kind() == reflect.Struct {
		ref, _ := p["$ref"].(string)
		def, ok := defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
		if !ok {
			t.Errorf("%s: %s refers to %q, which is not defined", kind, at, ref)
			return
		}
		walk(typ, def, at)
		return
	}
	// The first type is the Go type's; text fields also take other
	// scalars and optional fields null, as the loader does.
	if primary := primaryType(p["type"]); primary != want {
		t.Errorf("%s: %s has type %v, want %s first for Go %s", kind, at, p["type"], want, typ)
	}
	if typ.Kind() == reflect.Slice {
		items, _ := p["items"].(map[string]any)
		checkType(t, kind, at+"[]", typ.Elem(), items, defs, walk)
	}
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestRulesNameRealFields: a renamed field in internal/flow must not leave
// a rule behind that silently applies to nothing.
func TestRulesNameRealFields(t *testing.T) {
	for typ, byField := range rules {
		for name := range byField {
			if _, ok := typ.FieldByName(name); !ok {
				t.Errorf("rules name %s.%s, which does not exist", typ.Name(), name)
			}
		}
	}
}

func TestIDsAndRulesReachTheSchema(t *testing.T) {
	s := decodeSchema(t, "kelurahan")
	defs := s["$defs"].(map[string]any)
	props := s["properties"].(map[string]any)
	for _, c := range []struct {
		got  any
		want string
	}{
		{props["id"].(map[string]any)["pattern"], slugPattern},
		{props["kecamatan"].(map[string]any)["pattern"], slugPattern},
		{defs["Hours"].(map[string]any)["properties"].(map[string]any)["buka"].(map[string]any)["pattern"], clockPattern},
		{defs["Step"].(map[string]any)["properties"].(map[string]any)["waktu"].(map[string]any)["pattern"], durationPattern},
		{defs["Hours"].(map[string]any)["properties"].(map[string]any)["hari"].(map[string]any)["items"].(map[string]any)["enum"].([]any)[0], "senin"},
		{defs["Override"].(map[string]any)["properties"].(map[string]any)["pindah_tempat"].(map[string]any)["propertyNames"].(map[string]any)["pattern"], slugPattern},
		{defs["ServiceDef"].(map[string]any)["properties"].(map[string]any)["diperiksa"].(map[string]any)["pattern"], datePattern},
	} {
		if c.got != c.want {
			t.Errorf("schema has %v, want %v", c.got, c.want)
		}
	}
	step := defs["Step"].(map[string]any)["properties"].(map[string]any)
	if ref := step["dan"].(map[string]any)["items"].(map[string]any)["$ref"]; ref != "#/$defs/Step" {
		t.Errorf("dan items = %v, want a reference back to Step", ref)
	}
}

// TestPatternsAgreeWithParsers: what the editor accepts is what the checker
// accepts, for every sample.
func TestPatternsAgreeWithParsers(t *testing.T) {
	durations := []string{"15 menit", "1 hari kerja", "1-3 hari kerja", "2  HARI   Kerja", " 1 jam ", "1 - 2 minggu", "3 hari", "015 menit",
		"0 menit", "menit", "15", "15menit", "satu jam", "1-3", "1 hari-kerja", "2 bulan", "-1 jam", "1.5 jam", "1-0 menit"}
	for _, d := range durations {
		_, err := flow.ParseDuration(d)
		matches := regexp.MustCompile(durationPattern).MatchString(d)
		// The pattern cannot compare the two ends of a range; the checker
		// reports "1-0 menit" with its own message.
		if d == "1-0 menit" {
			continue
		}
		if matches != (err == nil) {
			t.Errorf("duration %q: pattern matches = %v, ParseDuration error = %v", d, matches, err)
		}
	}
	clocks := []string{"08:00", "8:00", "23:59", "24:00", "00:00", " 07:30 ", "12.00", "24:01", "25:00", "8", "08:0", "08:60", "jam 8", "8:00 pagi"}
	for _, c := range clocks {
		_, err := flow.ParseClock(c)
		if matches := regexp.MustCompile(clockPattern).MatchString(c); matches != (err == nil) {
			t.Errorf("clock %q: pattern matches = %v, ParseClock error = %v", c, matches, err)
		}
	}
	dates := []string{"2026-11-23", "2026-02-28", "2026-13-01", "2026-1-5", "23-11-2026", "2026-11-00"}
	for _, d := range dates {
		_, err := time.Parse(time.DateOnly, d)
		if matches := regexp.MustCompile(datePattern).MatchString(d); matches != (err == nil) {
			t.Errorf("date %q: pattern matches = %v, time.Parse error = %v", d, matches, err)
		}
	}
}

// TestServicesFolderValidates checks every YAML file staff keep under
// services/ against its schema.
func TestServicesFolderValidates(t *testing.T) {
	validators := map[string]*validator{}
	for _, kind := range Kinds {
		validators[kind] = newValidator(t, generate(t, kind))
	}
	files := 0
	err := fs.WalkDir(os.DirFS(servicesDir), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(name) != ".yaml" {
			return err
		}
		kind := kindOf(name)
		if kind == "" {
			return nil // sinonim.yaml has no schema yet (see flow.SynonymsFile)
		}
		data, err := os.ReadFile(filepath.Join(servicesDir, name))
		if err != nil {
			return err
		}
		files++
		problems, err := validators[kind].validateYAML(data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		for _, p := range problems {
			t.Errorf("%s: %s", name, p)
		}
		checkModeline(t, name, kind, data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files == 0 {
		t.Fatal("no YAML files found under services/")
	}
}

func kindOf(name string) string {
	switch {
	case name == load.CityFile:
		return "kota"
	case strings.HasPrefix(name, load.ServicesDir+"/"):
		return "layanan"
	case strings.HasPrefix(name, load.OfficesDir+"/"):
		return "kelurahan"
	}
	return ""
}

// checkModeline: each file names its schema by a relative path that exists.
func checkModeline(t *testing.T, name, kind string, data []byte) {
	first, _, _ := strings.Cut(string(data), "\n")
	ref, ok := strings.CutPrefix(first, "# yaml-language-server: $schema=")
	if !ok {
		t.Errorf("%s: first line is not the yaml-language-server modeline", name)
		return
	}
	if want := path.Join(path.Dir(name), strings.TrimSpace(ref)); want != "schema/"+kind+".schema.json" {
		t.Errorf("%s: modeline points at %s, want schema/%s.schema.json", name, want, kind)
	}
}

// A minimal valid service, and what staff might get wrong in it. Each
// mistake must be caught by both the loader and the schema.
const minimalService = `id: contoh
nama: Surat Contoh
ringkasan: Untuk contoh.
untuk: Warga.
persyaratan:
  - dokumen: KTP-el
    bentuk: fotokopi
    jumlah: 1
langkah:
  - judul: Serahkan berkas
    tempat: loket
    opsional: false
  - dan:
      - judul: A
      - judul: B
jangka_waktu: 15 menit
produk: Surat.
dasar_hukum: [UU 25/2009]
biaya:
  gratis: true
  dasar_hukum: UU 24/2013
`

func TestSchemaAgreesWithLoader(t *testing.T) {
	v := newValidator(t, generate(t, "layanan"))
	cases := []struct {
		name, from, to string
		valid          bool
	}{
		{"valid", "", "", true},
		{"valid: a number where text belongs", "untuk: Warga.", "untuk: 1708", true},
		{"valid: an optional key left empty", "untuk: Warga.", "untuk: Warga.\nsingkatan:", true},
		{"unknown key", "produk: Surat.", "produk: Surat.\nharga: 0", false},
		{"unknown key in a step", "    opsional: false", "    opsional: false\n    lokasi: loket", false},
		{"unknown key in a group", "      - judul: A", "      - judul: A\n        tempatnya: loket", false},
		{"valid: an entry of a group with steps of its own (a route)", "      - judul: B\n", "      - judul: B\n        langkah:\n          - judul: B1\n          - judul: B2\n", true},
		{"unknown key in a route's step", "      - judul: B\n", "      - judul: B\n        langkah:\n          - judul: B1\n            tempatnya: loket\n          - judul: B2\n", false},
		{"missing required key", "produk: Surat.\n", "", false},
		{"missing required key in a list", "  - dokumen: KTP-el\n", "  - catatan: KTP-el\n", false},
		{"list where text belongs", "nama: Surat Contoh", "nama: [Surat, Contoh]", false},
		{"text where a list belongs", "dasar_hukum: [UU 25/2009]", "dasar_hukum: UU 25/2009", false},
		{"not a boolean", "opsional: false", "opsional: tidak", false},
		{"not a whole number", "jumlah: 1", "jumlah: satu", false},
		{"not in the enum", "bentuk: fotokopi", "bentuk: salinan", false},
		{"required text left empty", "ringkasan: Untuk contoh.", `ringkasan: ""`, false},
		{"required text left blank", "ringkasan: Untuk contoh.", `ringkasan: "   "`, false},
		{"required list left empty", "dasar_hukum: [UU 25/2009]", "dasar_hukum: []", false},
		{"required list of mappings left empty", "persyaratan:\n  - dokumen: KTP-el\n    bentuk: fotokopi\n    jumlah: 1", "persyaratan: []", false},
		{"required id left empty", "id: contoh", `id: ""`, false},
		{"required mapping left empty", "biaya:\n  gratis: true\n  dasar_hukum: UU 24/2013", "biaya: {gratis: false, dasar_hukum: ''}", false},
		{"mapping where a list belongs", "  - dokumen: KTP-el\n    bentuk: fotokopi\n    jumlah: 1", "  dokumen: KTP-el\n  bentuk: fotokopi\n  jumlah: 1", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := minimalService
			if c.from != "" {
				if !strings.Contains(doc, c.from) {
					t.Fatalf("case does not apply: %q not in the sample", c.from)
				}
				doc = strings.Replace(doc, c.from, c.to, 1)
			}
			var diags diag.List
			var def flow.ServiceDef
			loaded := load.Bytes("layanan/contoh.yaml", []byte(doc), &def, &diags) && !diags.HasErrors()
			problems, err := v.validateYAML([]byte(doc))
			if err != nil {
				t.Fatal(err)
			}
			valid := len(problems) == 0
			if loaded != valid {
				var b strings.Builder
				diags.Print(&b, diag.EN)
				t.Errorf("loader accepts = %v, schema accepts = %v\nloader: %s\nschema: %v", loaded, valid, b.String(), problems)
			}
			if c.valid != valid {
				t.Errorf("schema accepts = %v, want %v: %v", valid, c.valid, problems)
			}
		})
	}
}

func primaryType(v any) any {
	if l, ok := v.([]any); ok && len(l) > 0 {
		return l[0]
	}
	return v
}
