// Package diag holds the problems found in staff-written files, and prints
// them the way editors understand: `file:line:col: severity: message`, in
// Bahasa Indonesia by default and in English on request.
//
// A problem carries a message code and its arguments, not a finished
// sentence, so the same finding prints in either language and tests can
// assert on the code.
package diag

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/locale"
)

// Severity tells whether a problem stops the build.
type Severity int

// Severities, most severe first.
const (
	Error Severity = iota
	Warning
)

// Problem is one finding at one place in one file.
type Problem struct {
	Pos      flow.Pos
	Severity Severity
	Code     Code
	Args     []any
}

// List collects problems; the zero value is ready to use.
type List struct{ items []Problem }

// Errorf records an error.
func (l *List) Errorf(at flow.Pos, code Code, args ...any) {
	l.items = append(l.items, Problem{Pos: at.At(), Severity: Error, Code: code, Args: args})
}

// Warnf records a warning: reported, but the build goes on.
func (l *List) Warnf(at flow.Pos, code Code, args ...any) {
	l.items = append(l.items, Problem{Pos: at.At(), Severity: Warning, Code: code, Args: args})
}

// Append adds the problems of another list.
func (l *List) Append(o List) { l.items = append(l.items, o.items...) }

// Items returns the problems sorted by file, line and column, so output is
// stable whatever order the checks ran in.
func (l *List) Items() []Problem {
	out := slices.Clone(l.items)
	slices.SortStableFunc(out, func(a, b Problem) int {
		if c := strings.Compare(a.Pos.File, b.Pos.File); c != 0 {
			return c
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line - b.Pos.Line
		}
		return a.Pos.Col - b.Pos.Col
	})
	return out
}

// Count returns the number of errors and warnings.
func (l *List) Count() (errors, warnings int) {
	for _, p := range l.items {
		if p.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return errors, warnings
}

// HasErrors reports whether any problem stops the build.
func (l *List) HasErrors() bool {
	n, _ := l.Count()
	return n > 0
}

// Lang is a language problems are printed in: locale's, under the name
// the callers of diag know.
type Lang = locale.Lang

// Languages messages exist in.
const (
	ID = locale.ID
	EN = locale.EN
)

// LangFromEnv picks the language from the usual locale variables: English
// when the locale is English, Bahasa Indonesia otherwise.
func LangFromEnv() Lang { return locale.FromEnv() }

// Message returns the problem's sentence in lang.
func (p Problem) Message(lang Lang) string {
	m, ok := messages[p.Code]
	if !ok {
		return fmt.Sprint(append([]any{string(p.Code)}, p.Args...)...)
	}
	return fmt.Sprintf(m.In(lang), translateArgs(p.Args, lang)...)
}

// Format prints the problem as `file:line:col: severity: message`.
func (p Problem) Format(lang Lang) string {
	sev := severityWords[p.Severity].In(lang)
	loc := p.Pos.File
	if p.Pos.Line > 0 {
		loc = fmt.Sprintf("%s:%d:%d", p.Pos.File, p.Pos.Line, p.Pos.Col)
	}
	return fmt.Sprintf("%s: %s: %s", loc, sev, p.Message(lang))
}

// Print writes every problem, one per line, in order.
func (l *List) Print(w io.Writer, lang Lang) {
	for _, p := range l.Items() {
		fmt.Fprintln(w, p.Format(lang))
	}
}

// severityWords name the severities in the printed problems.
var severityWords = [...]locale.Text{
	Error:   {ID: "galat", EN: "error"},
	Warning: {ID: "peringatan", EN: "warning"},
}

// Words used as message arguments: a locale.Text argument is printed in
// the language of the message.
var (
	WordText    = locale.Text{ID: "teks", EN: "text"}
	WordBool    = locale.Text{ID: "true atau false", EN: "true or false"}
	WordInt     = locale.Text{ID: "bilangan bulat", EN: "a whole number"}
	WordNumber  = locale.Text{ID: "angka", EN: "a number"}
	WordList    = locale.Text{ID: "daftar (baris diawali '- ')", EN: "a list (lines starting with '- ')"}
	WordMapping = locale.Text{ID: "pasangan kunci: nilai", EN: "key: value pairs"}
	WordAnd     = locale.Text{ID: "dan", EN: "dan (and)"}
	WordOr      = locale.Text{ID: "atau", EN: "atau (or)"}
)

func translateArgs(args []any, lang Lang) []any {
	out := make([]any, len(args))
	for i, a := range args {
		if w, ok := a.(locale.Text); ok {
			a = w.In(lang)
		}
		out[i] = a
	}
	return out
}
