package search

import (
	"fmt"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/load"
	"github.com/alurlayanan/alur/internal/search/analysis"
)

// Synonyms are groups of words and phrases residents use for the same
// thing ("KK", "kartu keluarga"). The first of each group is its main word.
// The zero value has no synonyms.
type Synonyms struct {
	Groups [][]string
}

// synonymFile is the shape of services/sinonim.yaml.
type synonymFile struct {
	flow.Pos `yaml:"-"`
	Schema   string     `yaml:"$schema,omitempty" doc:"Alamat JSON Schema untuk editor."`
	Groups   [][]string `yaml:"sinonim" required:"true" doc:"Kelompok kata yang sama artinya bagi warga, kata utama di depan: [kk, kartu keluarga]."`
}

// Problem is something wrong in the synonym file, at a line and column.
type Problem struct {
	Pos      flow.Pos
	Severity diag.Severity
	ID, EN   string // the message in Bahasa Indonesia and in English
}

// Message returns the problem's sentence in lang.
func (p Problem) Message(lang diag.Lang) string {
	if lang == diag.EN {
		return p.EN
	}
	return p.ID
}

// Format prints the problem like every other problem in staff files:
// `file:line:col: severity: message`.
func (p Problem) Format(lang diag.Lang) string {
	sev := "galat"
	switch {
	case lang == diag.EN && p.Severity == diag.Error:
		sev = "error"
	case lang == diag.EN:
		sev = "warning"
	case p.Severity == diag.Warning:
		sev = "peringatan"
	}
	loc := p.Pos.File
	if p.Pos.Line > 0 {
		loc = fmt.Sprintf("%s:%d:%d", p.Pos.File, p.Pos.Line, p.Pos.Col)
	}
	return fmt.Sprintf("%s: %s: %s", loc, sev, p.Message(lang))
}

// LoadSynonyms reads a synonym file. Bad entries are left out and reported;
// the synonyms returned are the good ones. Problems name the file by its
// base name, as problems in other files under services/ do.
func LoadSynonyms(path string) (Synonyms, []Problem) {
	name := filepath.Base(path)
	data, err := load.ReadFile(filepath.Dir(path), name)
	if err != nil {
		return Synonyms{}, []Problem{{Pos: flow.Pos{File: name}, Severity: diag.Error,
			ID: fmt.Sprintf("berkas sinonim tidak dapat dibaca: %v", err),
			EN: fmt.Sprintf("cannot read the synonym file: %v", err)}}
	}
	return ParseSynonyms(name, data)
}

// ParseSynonyms reads synonyms from the bytes of a file called name.
func ParseSynonyms(name string, data []byte) (Synonyms, []Problem) {
	var shape synonymFile
	var diags diag.List
	if !load.Bytes(name, data, &shape, &diags) || diags.HasErrors() {
		return Synonyms{}, fromDiag(diags.Items())
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil || len(root.Content) == 0 {
		return Synonyms{}, fromDiag(diags.Items())
	}
	groups := groupNodes(root.Content[0])
	if groups == nil {
		return Synonyms{}, []Problem{{Pos: flow.Pos{File: name, Line: 1, Col: 1}, Severity: diag.Error,
			ID: "kunci sinonim belum diisi", EN: "the sinonim key is missing"}}
	}
	c := synonymChecker{file: name, seen: map[string]seenAt{}, problems: fromDiag(diags.Items())}
	var out Synonyms
	for i, g := range groups {
		if group := c.group(g, i); group != nil {
			out.Groups = append(out.Groups, group)
		}
	}
	return out, c.problems
}

func fromDiag(items []diag.Problem) []Problem {
	out := make([]Problem, 0, len(items))
	for _, p := range items {
		out = append(out, Problem{Pos: p.Pos, Severity: p.Severity, ID: p.Message(diag.ID), EN: p.Message(diag.EN)})
	}
	return out
}

// groupNodes returns the sequence nodes of the groups under `sinonim`.
func groupNodes(doc *yaml.Node) []*yaml.Node {
	for i := 0; i+1 < len(doc.Content); i += 2 {
		if doc.Content[i].Value == "sinonim" {
			return doc.Content[i+1].Content
		}
	}
	return nil
}

type synonymChecker struct {
	file     string
	seen     map[string]seenAt // by normalized phrase
	problems []Problem
}

// seenAt is where a phrase was first written, and in which group.
type seenAt struct {
	pos   flow.Pos
	group int
}

func (c *synonymChecker) at(n *yaml.Node) flow.Pos {
	return flow.Pos{File: c.file, Line: n.Line, Col: n.Column}
}

func (c *synonymChecker) report(n *yaml.Node, sev diag.Severity, id, en string, args ...any) {
	c.problems = append(c.problems, Problem{Pos: c.at(n), Severity: sev,
		ID: fmt.Sprintf(id, args...), EN: fmt.Sprintf(en, args...)})
}

// group checks one group and returns its usable phrases, or nil when fewer
// than two are left (a group of one means nothing).
func (c *synonymChecker) group(g *yaml.Node, index int) []string {
	var phrases []string
	for _, n := range g.Content {
		if p, ok := c.phrase(n, index); ok {
			phrases = append(phrases, p)
		}
	}
	if len(g.Content) < 2 {
		c.report(g, diag.Error, "kelompok sinonim perlu paling sedikit dua kata, misalnya [kk, kartu keluarga]",
			"a synonym group needs at least two words, for example [kk, kartu keluarga]")
		return nil
	}
	if len(phrases) < 2 {
		return nil
	}
	return phrases
}

func (c *synonymChecker) phrase(n *yaml.Node, group int) (string, bool) {
	p := strings.TrimSpace(n.Value)
	stems := analysis.Normalize(p)
	switch {
	case len(analysis.Words(p)) == 0:
		c.report(n, diag.Error, "sinonim %q tidak berisi kata", "synonym %q has no words", p)
		return "", false
	case len(stems) == 0:
		c.report(n, diag.Error, "sinonim %q hanya berisi kata umum yang tidak dicari (yang, di, mau, ...)",
			"synonym %q has only common words that search ignores (yang, di, mau, ...)", p)
		return "", false
	case len(stems) > analysis.MaxPhraseWords:
		c.report(n, diag.Error, "sinonim %q terlalu panjang: paling banyak %d kata",
			"synonym %q is too long: at most %d words", p, analysis.MaxPhraseWords)
		return "", false
	}
	key := strings.Join(stems, " ")
	if first, dup := c.seen[key]; dup && first.group == group {
		c.report(n, diag.Warning, "sinonim %q tidak perlu: kata dasarnya (%s) sama dengan yang di baris %d kolom %d, dan pencarian sudah menyamakan imbuhan",
			"synonym %q is not needed: its stems (%s) are those of line %d column %d, and search already matches affixed forms", p, key, first.pos.Line, first.pos.Col)
		return "", false
	} else if dup {
		c.report(n, diag.Error, "sinonim %q sudah ada di kelompok lain (baris %d kolom %d, kata dasar %s): satu kata hanya boleh di satu kelompok",
			"synonym %q is already in another group (line %d column %d, stems %s): a word may be in one group only", p, first.pos.Line, first.pos.Col, key)
		return "", false
	}
	c.seen[key] = seenAt{c.at(n), group}
	return p, true
}
