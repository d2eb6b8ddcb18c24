package schema

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// validator checks YAML against the subset of JSON Schema that Generate
// emits: $ref to $defs, type, properties, required, additionalProperties,
// propertyNames, enum, pattern, items, minimum, maximum, minItems,
// minProperties. It refuses a schema
// that uses any other keyword, so the subset cannot grow unnoticed.
type validator struct {
	root map[string]any
	errs []string
}

// annotations are keywords that do not constrain anything.
var annotations = []string{"$schema", "$defs", "title", "description"}

var keywords = []string{"$ref", "type", "properties", "required", "additionalProperties", "propertyNames", "enum", "pattern", "items", "minimum", "maximum", "minItems", "minProperties"}

func newValidator(t *testing.T, schema []byte) *validator {
	t.Helper()
	var root map[string]any
	if err := json.Unmarshal(schema, &root); err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	return &validator{root: root}
}

// validateYAML returns the problems of a YAML document, one per line.
func (v *validator) validateYAML(data []byte) ([]string, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	v.errs = nil
	if len(doc.Content) == 0 {
		return []string{"empty document"}, nil
	}
	v.validate(v.root, doc.Content[0], "")
	return v.errs, nil
}

func (v *validator) fail(path, format string, args ...any) {
	if path == "" {
		path = "(root)"
	}
	v.errs = append(v.errs, path+": "+fmt.Sprintf(format, args...))
}

func (v *validator) validate(s map[string]any, n *yaml.Node, path string) {
	for n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	for k := range s {
		if !slices.Contains(keywords, k) && !slices.Contains(annotations, k) {
			panic(fmt.Sprintf("validator: schema keyword %q at %s is outside the supported subset", k, path))
		}
	}
	if ref, ok := s["$ref"].(string); ok {
		name, ok := strings.CutPrefix(ref, "#/$defs/")
		def, found := v.root["$defs"].(map[string]any)[name].(map[string]any)
		if !ok || !found {
			panic(fmt.Sprintf("validator: unresolvable $ref %q", ref))
		}
		v.validate(def, n, path)
	}
	if want, ok := typesOf(s["type"]); ok && !slices.ContainsFunc(want, func(t string) bool { return hasType(n, t) }) {
		v.fail(path, "want %s, have %s", strings.Join(want, " or "), describe(n))
		return
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return // an allowed null has nothing more to check
	}
	if enum, ok := s["enum"].([]any); ok && !slices.Contains(enum, any(n.Value)) {
		v.fail(path, "%q is not one of %v", n.Value, enum)
	}
	if p, ok := s["pattern"].(string); ok && n.Kind == yaml.ScalarNode && !regexp.MustCompile(p).MatchString(n.Value) {
		v.fail(path, "%q does not match %s", n.Value, p)
	}
	v.bounds(s, n, path)
	if min, ok := s["minItems"].(float64); ok && n.Kind == yaml.SequenceNode && float64(len(n.Content)) < min {
		v.fail(path, "has %d items, fewer than %v", len(n.Content), min)
	}
	if min, ok := s["minProperties"].(float64); ok && n.Kind == yaml.MappingNode && float64(len(n.Content)/2) < min {
		v.fail(path, "has %d keys, fewer than %v", len(n.Content)/2, min)
	}
	switch n.Kind {
	case yaml.MappingNode:
		v.mapping(s, n, path)
	case yaml.SequenceNode:
		if items, ok := s["items"].(map[string]any); ok {
			for i, item := range n.Content {
				v.validate(items, item, fmt.Sprintf("%s[%d]", path, i))
			}
		}
	}
}

func (v *validator) bounds(s map[string]any, n *yaml.Node, path string) {
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") {
		return
	}
	x, err := strconv.ParseFloat(n.Value, 64)
	if err != nil {
		return
	}
	if min, ok := s["minimum"].(float64); ok && x < min {
		v.fail(path, "%v is below %v", x, min)
	}
	if max, ok := s["maximum"].(float64); ok && x > max {
		v.fail(path, "%v is above %v", x, max)
	}
}

func (v *validator) mapping(s map[string]any, n *yaml.Node, path string) {
	props, _ := s["properties"].(map[string]any)
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i].Value, n.Content[i+1]
		seen[key] = true
		at := strings.TrimPrefix(path+"."+key, ".")
		if names, ok := s["propertyNames"].(map[string]any); ok {
			v.validate(names, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, at)
		}
		if ps, ok := props[key].(map[string]any); ok {
			v.validate(ps, val, at)
			continue
		}
		switch extra := s["additionalProperties"].(type) {
		case bool:
			if !extra {
				v.fail(at, "unknown key %q", key)
			}
		case map[string]any:
			v.validate(extra, val, at)
		}
	}
	req, _ := s["required"].([]any)
	for _, r := range req {
		if !seen[r.(string)] {
			v.fail(path, "missing required key %q", r)
		}
	}
}

// hasType reports whether a node is an instance of a JSON type, reading its
// scalar tag as a YAML 1.2 editor would (a date is a string, an integer is
// also a number).
func hasType(n *yaml.Node, want string) bool {
	switch want {
	case "object":
		return n.Kind == yaml.MappingNode
	case "array":
		return n.Kind == yaml.SequenceNode
	}
	if n.Kind != yaml.ScalarNode {
		return false
	}
	switch want {
	case "null":
		return n.Tag == "!!null"
	case "string":
		return n.Tag == "!!str" || n.Tag == "!!timestamp" || n.Tag == "!!binary"
	case "boolean":
		return n.Tag == "!!bool"
	case "integer":
		return n.Tag == "!!int"
	case "number":
		return n.Tag == "!!int" || n.Tag == "!!float"
	}
	panic("validator: unknown type " + want)
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	return fmt.Sprintf("%s %q", n.Tag, n.Value)
}

// The validator's own tests: it must find each kind of problem.
func TestValidatorFindsProblems(t *testing.T) {
	schema := []byte(`{
	  "type": "object",
	  "properties": {
	    "id": {"type": "string", "pattern": "^[a-z]+$"},
	    "n": {"type": "integer", "minimum": 0, "maximum": 9},
	    "days": {"type": "array", "items": {"type": "string", "enum": ["senin", "selasa"]}},
	    "step": {"$ref": "#/$defs/Step"},
	    "moves": {"type": "object", "propertyNames": {"pattern": "^[a-z]+$"}, "additionalProperties": {"type": "string"}}
	  },
	  "required": ["id"],
	  "additionalProperties": false,
	  "$defs": {"Step": {"type": "object", "properties": {"and": {"type": "array", "items": {"$ref": "#/$defs/Step"}}, "ok": {"type": "boolean"}}, "additionalProperties": false}}
	}`)
	v := newValidator(t, schema)
	for _, c := range []struct{ yaml, want string }{
		{"id: abc\nn: 3\ndays: [senin]\nstep: {and: [{ok: true}]}\nmoves: {a: b}", ""},
		{"n: 3", `missing required key "id"`},
		{"id: abc\nnama: x", `unknown key "nama"`},
		{"id: ABC", `does not match`},
		{"id: abc\nn: tiga", `want integer`},
		{"id: abc\nn: 12", `above 9`},
		{"id: abc\nn: -1", `below 0`},
		{"id: abc\ndays: [senin, sabtu]", `days[1]: "sabtu" is not one of`},
		{"id: abc\ndays: senin", `want array`},
		{"id: abc\nstep: {and: [{ok: ya}]}", `step.and[0].ok: want boolean`},
		{"id: abc\nstep: {and: [{oke: true}]}", `unknown key "oke"`},
		{"id: abc\nmoves: {A: b}", `moves.A: "A" does not match`},
		{"id: abc\nmoves: {a: [b]}", `moves.a: want string`},
		{"id: 2026-11-23", `does not match`}, // a date is still a string, checked by pattern
	} {
		errs, err := v.validateYAML([]byte(c.yaml))
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(errs, "\n")
		if c.want == "" && got != "" || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%q: problems %q, want %q", c.yaml, got, c.want)
		}
	}
}

func TestValidatorRefusesUnknownKeywords(t *testing.T) {
	v := newValidator(t, []byte(`{"type": "string", "format": "date"}`))
	defer func() {
		if recover() == nil {
			t.Error("a schema with \"format\" was accepted by a validator that does not implement it")
		}
	}()
	_, _ = v.validateYAML([]byte(`"x"`))
}

// typesOf reads a "type" keyword: one type name or a list of them.
func typesOf(v any) ([]string, bool) {
	switch t := v.(type) {
	case string:
		return []string{t}, true
	case []any:
		out := make([]string, 0, len(t))
		for _, x := range t {
			out = append(out, x.(string))
		}
		return out, true
	}
	return nil, false
}
