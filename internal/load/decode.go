package load

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/locale"
	"gopkg.in/yaml.v3"
)

// Limits that keep hostile or broken files from hanging the checker.
const (
	maxDepth = 64
	// maxNodes bounds the nodes one file may expand to, aliases included: an
	// "alias bomb" of nested anchors expands exponentially.
	maxNodes = 200_000
	// maxAliased bounds the nodes reached through aliases (*name). Staff
	// files rarely use aliases at all; a few nested ones repeat a step list
	// 9^n times, and every copy is then resolved for every office, so the
	// budget is small and kept apart from maxNodes.
	maxAliased = 2_000
	// maxListItems bounds one list. No list staff write comes near it (the
	// checker allows 100 steps or requirements); a longer one is a paste
	// gone wrong, and decoding it all would only cost memory.
	maxListItems = 1_000
	// maxProblemsPerFile stops a junk file from burying the useful messages.
	maxProblemsPerFile = 100
)

// decoder walks a yaml.Node tree into flow's source types. It does what
// yaml.v3's own decoder does not: it reports every problem, not the first,
// each with line and column, in words staff understand.
type decoder struct {
	file     string
	diags    *diag.List
	nodes    int
	problems int
	blown    bool   // a budget ran out; stop decoding
	src      []byte // the file, for looking at the lines of a value
	lines    []int  // where each line of src starts
}

func (d *decoder) errorf(at flow.Pos, code diag.Code, args ...any) {
	if d.blown {
		return
	}
	d.problems++
	if d.problems > maxProblemsPerFile {
		d.diags.Errorf(at, diag.TooManyProblems, maxProblemsPerFile)
		d.blown = true
		return
	}
	d.diags.Errorf(at, code, args...)
}

func (d *decoder) pos(n *yaml.Node) flow.Pos {
	return flow.Pos{File: d.file, Line: n.Line, Col: n.Column}
}

// resolve follows aliases, charging each visit to the node budget.
func (d *decoder) resolve(n *yaml.Node) (*yaml.Node, bool) {
	for n.Kind == yaml.AliasNode {
		d.nodes++
		n = n.Alias
		if n == nil {
			return nil, false
		}
	}
	d.nodes++
	if d.nodes > maxNodes {
		d.errorf(d.pos(n), diag.TooManyAliases)
		d.blown = true
		return nil, false
	}
	return n, true
}

// decode fills v from n; key is the YAML key the value belongs to, for
// messages.
func (d *decoder) decode(n *yaml.Node, v reflect.Value, key string, depth int) {
	n, ok := d.resolve(n)
	if !ok || d.blown {
		return
	}
	if depth > maxDepth {
		d.errorf(d.pos(n), diag.TooDeep, maxDepth)
		d.blown = true
		return
	}
	if isNull(n) {
		return // absent: required fields are checked by the mapping
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.decode(n, v.Elem(), key, depth)
	case reflect.Struct:
		if v.Type() == phraseType {
			if d.expect(n, yaml.ScalarNode, key, diag.WordText) {
				v.Set(reflect.ValueOf(flow.Phrase{Pos: d.pos(n), Text: n.Value}))
			}
			return
		}
		d.decodeStruct(n, v, key, depth)
	case reflect.Slice:
		d.decodeSlice(n, v, key, depth)
	case reflect.Map:
		d.decodeMap(n, v, key, depth)
	case reflect.String:
		if d.expect(n, yaml.ScalarNode, key, diag.WordText) {
			d.checkMerged(n)
			v.SetString(n.Value)
		}
	case reflect.Bool:
		if d.expectTag(n, "!!bool", key, diag.WordBool) {
			b, _ := strconv.ParseBool(n.Value)
			v.SetBool(b)
		}
	case reflect.Int:
		if d.expectTag(n, "!!int", key, diag.WordInt) {
			i, err := strconv.ParseInt(n.Value, 0, 64)
			if err != nil {
				d.errorf(d.pos(n), diag.WrongType, key, diag.WordInt, quoteValue(n.Value))
				return
			}
			v.SetInt(i)
		}
	case reflect.Float64:
		if n.Tag == "!!int" || d.expectTag(n, "!!float", key, diag.WordNumber) {
			f, err := strconv.ParseFloat(n.Value, 64)
			if err != nil {
				d.errorf(d.pos(n), diag.WrongType, key, diag.WordNumber, quoteValue(n.Value))
				return
			}
			v.SetFloat(f)
		}
	default:
		panic(fmt.Sprintf("load: no decoding for %s", v.Type()))
	}
}

func (d *decoder) expect(n *yaml.Node, kind yaml.Kind, key string, want locale.Text) bool {
	if n.Kind == kind {
		return true
	}
	d.errorf(d.pos(n), diag.WrongType, key, want, describe(n))
	return false
}

func (d *decoder) expectTag(n *yaml.Node, tag, key string, want locale.Text) bool {
	if n.Kind == yaml.ScalarNode && n.Tag == tag {
		return true
	}
	d.errorf(d.pos(n), diag.WrongType, key, want, describe(n))
	return false
}

func (d *decoder) decodeSlice(n *yaml.Node, v reflect.Value, key string, depth int) {
	if !d.expect(n, yaml.SequenceNode, key, diag.WordList) {
		return
	}
	if len(n.Content) > maxListItems {
		d.errorf(d.pos(n), diag.ListTooLong, key, len(n.Content), maxListItems)
		d.blown = true
		return
	}
	out := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, item := range n.Content {
		d.decode(item, out.Index(i), key, depth+1)
		// An empty item ("-" alone) decodes to nothing; it still has a
		// place, so what the checker says of it names its line.
		if p := out.Index(i); p.Kind() == reflect.Struct {
			if pos := p.FieldByName("Pos"); pos.IsValid() && pos.Type() == reflect.TypeFor[flow.Pos]() && pos.Interface().(flow.Pos).File == "" {
				pos.Set(reflect.ValueOf(d.pos(item)))
			}
		}
	}
	v.Set(out)
}

func (d *decoder) decodeMap(n *yaml.Node, v reflect.Value, key string, depth int) {
	if !d.expect(n, yaml.MappingNode, key, diag.WordMapping) {
		return
	}
	out := reflect.MakeMap(v.Type())
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if line, dup := seen[k.Value]; dup {
			d.errorf(d.pos(k), diag.DuplicateKey, k.Value, line)
			continue
		}
		seen[k.Value] = k.Line
		elem := reflect.New(v.Type().Elem()).Elem()
		d.decode(val, elem, k.Value, depth+1)
		out.SetMapIndex(reflect.ValueOf(k.Value), elem)
	}
	v.Set(out)
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, key string, depth int) {
	if !d.expect(n, yaml.MappingNode, key, diag.WordMapping) {
		return
	}
	fields := fieldsOf(v.Type())
	at := d.pos(n)
	at.Keys = map[string]flow.Pos{}
	seen := map[string]int{}
	guessed := map[string]bool{} // keys a misspelt key was taken for
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		name := k.Value
		if line, dup := seen[name]; dup {
			d.errorf(d.pos(k), diag.DuplicateKey, name, line)
			continue
		}
		seen[name] = k.Line
		f, ok := fields.byKey[name]
		if !ok {
			if guess := d.unknownKey(k, fields.keys); guess != "" {
				guessed[guess] = true
			}
			continue
		}
		if rv, ok := d.resolve(val); ok {
			at.Keys[name] = d.pos(rv)
			if isNull(rv) && f.required {
				d.errorf(d.pos(k), diag.MissingField, name)
				continue
			}
			if f.required && isEmpty(rv) {
				d.errorf(d.pos(k), diag.EmptyField, name, fillWith(v.Type().FieldByIndex(f.index).Type))
				continue
			}
		}
		fv := v.FieldByIndex(f.index)
		d.decode(val, fv, name, depth+1)
		d.checkEnum(val, fv, f, name)
	}
	for _, f := range fields.list {
		// A misspelt required key is reported once, as the typo.
		if _, ok := seen[f.key]; f.required && !ok && !guessed[f.key] {
			d.errorf(at, diag.MissingField, f.key)
		}
	}
	if p := v.FieldByName("Pos"); p.IsValid() && p.Type() == reflect.TypeFor[flow.Pos]() {
		p.Set(reflect.ValueOf(at))
	}
}

// unknownKey reports a key the type does not have, and returns the key it
// is probably a typo of, if any.
func (d *decoder) unknownKey(k *yaml.Node, allowed []string) string {
	if guess, ok := diag.Closest(k.Value, allowed); ok {
		d.errorf(d.pos(k), diag.UnknownKeyGuess, k.Value, guess)
		return guess
	}
	d.errorf(d.pos(k), diag.UnknownKey, k.Value, strings.Join(allowed, ", "))
	return ""
}

// checkEnum reports values outside a field's `enum` tag; for lists it
// points at the offending item.
func (d *decoder) checkEnum(n *yaml.Node, fv reflect.Value, f field, key string) {
	if len(f.enum) == 0 {
		return
	}
	n, ok := d.resolve(n)
	if !ok {
		return
	}
	items := []*yaml.Node{n}
	if fv.Kind() == reflect.Slice {
		items = n.Content
	}
	for _, it := range items {
		it, ok := d.resolve(it)
		if !ok || it.Kind != yaml.ScalarNode || slices.Contains(f.enum, it.Value) {
			continue
		}
		if guess, ok := diag.Closest(it.Value, f.enum); ok {
			d.errorf(d.pos(it), diag.NotInEnumGuess, it.Value, key, guess)
		} else {
			d.errorf(d.pos(it), diag.NotInEnum, it.Value, key, strings.Join(f.enum, ", "))
		}
	}
}

// field is one YAML key of a struct, found through embedded inline structs.
type field struct {
	key      string
	index    []int
	required bool
	enum     []string
}

type structFields struct {
	list  []field
	byKey map[string]field
	keys  []string
}

var fieldCache sync.Map // reflect.Type -> *structFields

func fieldsOf(t reflect.Type) *structFields {
	if c, ok := fieldCache.Load(t); ok {
		return c.(*structFields)
	}
	sf := &structFields{byKey: map[string]field{}}
	collectFields(t, nil, sf)
	fieldCache.Store(t, sf)
	return sf
}

func collectFields(t reflect.Type, prefix []int, sf *structFields) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		index := append(slices.Clone(prefix), i)
		if opts == "inline" {
			collectFields(f.Type, index, sf)
			continue
		}
		if name == "-" || name == "" || !f.IsExported() {
			continue
		}
		fl := field{key: name, index: index, required: f.Tag.Get("required") == "true"}
		if e := f.Tag.Get("enum"); e != "" {
			fl.enum = strings.Split(e, ",")
		}
		sf.list = append(sf.list, fl)
		sf.byKey[name] = fl
		sf.keys = append(sf.keys, name)
	}
}

// isEmpty tells a value that is written but holds nothing: "", [] or {}.
func isEmpty(n *yaml.Node) bool {
	switch n.Kind {
	case yaml.ScalarNode:
		return n.Tag == "!!str" && strings.TrimSpace(n.Value) == ""
	case yaml.SequenceNode, yaml.MappingNode:
		return len(n.Content) == 0
	}
	return false
}

// fillWith says what a required field of type t needs, for "is empty"
// messages.
func fillWith(t reflect.Type) locale.Text {
	switch t.Kind() {
	case reflect.Slice:
		return locale.Text{ID: "paling sedikit satu butir (baris diawali '- ')", EN: "at least one item (a line starting with '- ')"}
	case reflect.Struct, reflect.Map, reflect.Pointer:
		return diag.WordMapping
	}
	return locale.Text{ID: "teks yang tidak kosong", EN: "text that is not blank"}
}

var phraseType = reflect.TypeFor[flow.Phrase]()

var keyLineRE = regexp.MustCompile(`^[a-z_]+: `)

// checkMerged catches a list item indented deeper than the one above it.
// YAML then reads it as more words of that item ("Ruang tunggu - Toilet"),
// which is valid YAML and would be published as one item.
func (d *decoder) checkMerged(n *yaml.Node) {
	if n.Style != 0 || !strings.Contains(n.Value, " - ") && !strings.Contains(n.Value, ": ") {
		return
	}
	for l := n.Line + 1; l <= len(d.lines) && l <= n.Line+50; l++ {
		text := strings.TrimSpace(lineText(d.src, d.lines, l))
		if text == "" || !strings.Contains(n.Value, text) {
			return // past the end of the value
		}
		if strings.HasPrefix(text, "- ") || keyLineRE.MatchString(text) {
			d.errorf(flow.Pos{File: d.file, Line: l, Col: firstColumn(d.src, d.lines, l)}, diag.MergedListItem, n.Value)
			return
		}
	}
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// describe names what a node holds, for "must be X, not Y" messages.
func describe(n *yaml.Node) any {
	switch n.Kind {
	case yaml.MappingNode:
		return diag.WordMapping
	case yaml.SequenceNode:
		return diag.WordList
	}
	return quoteValue(n.Value)
}

func quoteValue(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return strconv.Quote(s)
}

// aliasesWithinBudget refuses a file whose aliases (*name) would expand to
// more than maxAliased nodes, before anything is decoded: nested aliases
// repeat a value 9^n times, and every copy would then be resolved for
// every office. It reports once, at the alias that crosses the budget.
// Sizes are memoized per node, so this is linear in the file.
func (d *decoder) aliasesWithinBudget(doc *yaml.Node) bool {
	const busy = -1 // a node being measured: an alias inside its own anchor
	sizes := map[*yaml.Node]int{}
	var size func(n *yaml.Node) int
	size = func(n *yaml.Node) int {
		if s, ok := sizes[n]; ok {
			if s == busy {
				return maxAliased + 1
			}
			return s
		}
		sizes[n] = busy
		s := 1
		if n.Kind == yaml.AliasNode && n.Alias != nil {
			s += size(n.Alias)
		}
		for _, c := range n.Content {
			s = min(s+size(c), maxAliased+1)
		}
		sizes[n] = s
		return s
	}
	expanded := 0
	var walk func(n *yaml.Node) bool
	walk = func(n *yaml.Node) bool {
		if n.Kind == yaml.AliasNode {
			if n.Alias != nil {
				expanded += size(n.Alias)
			}
			if expanded > maxAliased {
				d.errorf(d.pos(n), diag.TooManyAliases)
				return false
			}
			return true
		}
		for _, c := range n.Content {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	return walk(doc)
}

// fileKinds names what each top-level type is, for NotOurYAML.
var fileKinds = map[reflect.Type]locale.Text{
	reflect.TypeFor[flow.CityFile]():   {ID: "kota", EN: "city"},
	reflect.TypeFor[flow.ServiceDef](): {ID: "layanan", EN: "service"},
	reflect.TypeFor[flow.OfficeFile](): {ID: "kelurahan", EN: "office"},
}

// looksLike refuses a file that is not one of ours at all (a link to a
// system file, a pasted config) before any of its text can be quoted back
// in a message: a checker that runs in CI on contributions must not print
// the content of files it was tricked into reading. Such a file holds no
// key that t has.
func (d *decoder) looksLike(doc *yaml.Node, t reflect.Type) bool {
	kind, ok := fileKinds[t]
	if !ok {
		return true
	}
	fields := fieldsOf(t)
	if doc.Kind == yaml.SequenceNode {
		return true // reported as "must be key: value pairs, not a list", quoting nothing
	}
	if doc.Kind == yaml.MappingNode {
		for i := 0; i < len(doc.Content); i += 2 {
			if _, known := fields.byKey[doc.Content[i].Value]; known {
				return true
			}
		}
	}
	d.errorf(flow.Pos{File: d.file, Line: 1, Col: 1}, diag.NotOurYAML, kind, strings.Join(fields.keys[:min(len(fields.keys), 6)], ", ")+", …")
	return false
}
