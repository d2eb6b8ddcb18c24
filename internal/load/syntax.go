package load

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"gopkg.in/yaml.v3"
)

// controlChar finds the first character a text editor does not show and
// YAML does not allow (C0 and C1 controls other than tab and line breaks,
// DEL). yaml.v3 reports them at 1:1 in English; staff need the real place.
func controlChar(name string, data []byte) (flow.Pos, string, bool) {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == '\n':
			line, col = line+1, 0
		case r == '\t' || r == '\r' || (r == '\uFEFF' && i == 0):
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
			return flow.Pos{File: name, Line: line, Col: col}, fmt.Sprintf("U+%04X", r), true
		}
		i += size
		col++
	}
	return flow.Pos{}, "", false
}

// oddIndent finds a space that is not an ASCII space in the indentation
// of a line: a no-break space or an ideographic space copied from a web
// page or a word processor looks like indentation, but YAML reads it as
// text, and the error it then gives points at the wrong line.
func oddIndent(name string, data []byte) (flow.Pos, string, bool) {
	line := 1
	for _, text := range strings.Split(string(data), "\n") {
		col := 1
		for _, r := range text {
			if r == ' ' || r == '\t' || r == '\r' {
				col++
				continue
			}
			if unicode.IsSpace(r) || r == '\u200B' || (r == '\uFEFF' && line > 1) {
				return flow.Pos{File: name, Line: line, Col: col}, fmt.Sprintf("U+%04X", r), true
			}
			break
		}
		line++
	}
	return flow.Pos{}, "", false
}

// syntaxProblem reports a YAML syntax error at the line where the clerk has
// to look. yaml.v3 names the line where the enclosing block starts (often a
// comment near the top of the file), not where the parser gave up, so the
// line is found again by parsing growing prefixes of the file: the first
// prefix that fails for a reason other than running out of text ends on the
// faulty line. When the text before that line was already cut off in the
// middle of a quoted value, the quote that opened it is the real mistake.
func syntaxProblem(name string, data []byte, whole error) (flow.Pos, diag.Code, []any) {
	lines := lineStarts(data)
	prefix := func(n int) []byte { // the first n lines
		if n >= len(lines) {
			return data
		}
		return data[:lines[n]]
	}
	bad := func(err error) bool { return err != nil && !isEndOfText(err) }
	n := len(lines)
	if bad(whole) {
		// The smallest failing prefix: prefix lo does not fail, prefix hi
		// does, with hiErr.
		lo, hi, hiErr := 0, n, whole
		for hi-lo > 1 {
			mid := (lo + hi) / 2
			if err := parseErr(prefix(mid)); bad(err) {
				hi, hiErr = mid, err
			} else {
				lo = mid
			}
		}
		n = hi
		if err := parseErr(prefix(n - 1)); err == nil || !isEndOfText(err) {
			return flow.Pos{File: name, Line: n, Col: firstColumn(data, lines, n)}, diag.YAMLSyntax,
				[]any{explainSyntax(hiErr)}
		}
		n-- // the text before line n ends inside an open quote or bracket
	}
	// Lines up to n end inside something left open: find where it opened.
	lo, hi := 0, n // prefix(lo) parses, prefix(hi) runs out of text
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if parseErr(prefix(mid)) == nil {
			lo = mid
		} else {
			hi = mid
		}
	}
	if q, col, ok := openQuote(lineText(data, lines, hi)); ok {
		return flow.Pos{File: name, Line: hi, Col: col}, diag.UnclosedQuote, []any{q}
	}
	return flow.Pos{File: name, Line: hi, Col: firstColumn(data, lines, hi)}, diag.YAMLSyntax, []any{explainSyntax(whole)}
}

func parseErr(data []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	var n yaml.Node
	err = yaml.NewDecoder(bytes.NewReader(data)).Decode(&n)
	if errors.Is(err, io.EOF) {
		return nil
	}
	return err
}

// isEndOfText tells errors that a cut in the middle of a quoted value or a
// [..] / {..} list causes, which say nothing about the line itself.
func isEndOfText(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "end of stream") ||
		strings.Contains(msg, "did not find expected ',' or ']'") ||
		strings.Contains(msg, "did not find expected ',' or '}'") ||
		strings.Contains(msg, "did not find expected node content")
}

// lineStarts returns the offset where each line starts; line n (1-based)
// starts at lines[n-1], and the first n lines end at lines[n].
func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, b := range data {
		if b == '\n' && i+1 < len(data) {
			starts = append(starts, i+1)
		}
	}
	return starts
}

func lineText(data []byte, lines []int, n int) string {
	if n < 1 || n > len(lines) {
		return ""
	}
	end := len(data)
	if n < len(lines) {
		end = lines[n]
	}
	return strings.TrimRight(string(data[lines[n-1]:end]), "\r\n")
}

func firstColumn(data []byte, lines []int, n int) int {
	text := lineText(data, lines, n)
	return len(text) - len(strings.TrimLeft(text, " ")) + 1
}

// openQuote finds a quote on the line that starts a value and is not
// closed on the same line.
func openQuote(line string) (quote string, col int, ok bool) {
	inside := byte(0)
	start := 0
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case inside == '"' && c == '\\':
			i++
		case inside == '"' && c == '"', inside == '\'' && c == '\'' && (i+1 >= len(line) || line[i+1] != '\''):
			inside = 0
		case inside == '\'' && c == '\'':
			i++ // '' is a quote inside a single-quoted value
		case inside == 0 && c == '#' && (i == 0 || line[i-1] == ' '):
			return "", 0, false
		case inside == 0 && (c == '"' || c == '\'') && startsValue(line[:i]):
			inside, start = c, i
		}
	}
	if inside == 0 {
		return "", 0, false
	}
	return string(inside), utf8.RuneCountInString(line[:start]) + 1, true
}

// startsValue tells whether a quote after this text begins a YAML value.
func startsValue(before string) bool {
	t := strings.TrimRight(before, " ")
	return t == "" || strings.HasSuffix(t, ":") || strings.HasSuffix(t, "-") ||
		strings.HasSuffix(t, "[") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, "{")
}
