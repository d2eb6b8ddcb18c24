package diagram

import (
	"fmt"
	"html/template"
	"strings"
	"unicode/utf8"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/locale"
)

// words are the few fixed labels of the diagram in one language, read from
// the locale catalog (diagram.*, and the units the theme names).
type words struct {
	lang     locale.Lang
	title    string // accessible name, %d = number of steps
	place    string // before a place inside the office
	outside  string // before an office the resident has to go to
	optional string
	when     string // before the case that makes a step necessary
	and, or  string // between the parts of a group
	allOf    string // heading of an "and" group without a title
	oneOf    string // heading of an "or" group without a title
	rejoin   string // where a group's routes meet again, %d = the step
	allEnd   string // where a group's routes end the flow
	end      string // the end of a flow that ends with routes
}

func wordsFor(lang string) words {
	l := locale.ParseLang(lang)
	t := func(key string) string { return locale.T(l, "diagram."+key) }
	return words{
		lang: l, title: t("title"), place: t("place"), outside: t("outside"), optional: t("optional"),
		when: t("when"), and: t("and"), or: t("or"), allOf: t("all-of"), oneOf: t("one-of"),
		rejoin: t("rejoin"), allEnd: t("routes-end"), end: t("end"),
	}
}

// meet says where the routes of group s go once taken.
func (w words) meet(s *flow.ResolvedStep) string {
	if s.Rejoin == 0 {
		return w.allEnd
	}
	return fmt.Sprintf(w.rejoin, s.Rejoin)
}

// titled is a step's title as the diagram writes it: after its label
// where the label is shown (the parts of a group with routes, and the
// routes' steps, which continue it).
func titled(s *flow.ResolvedStep, labelled bool) string {
	if labelled && s.Label != "" {
		return s.Label + " " + clean(s.Title)
	}
	return clean(s.Title)
}

// duration writes a step's duration in the diagram's language, with the
// theme's names of the units (as the pages write them).
func (w words) duration(d flow.Duration) string {
	form := ".other"
	if d.Max == 1 {
		form = ".one"
	}
	name, ok := locale.Lookup("unit." + d.Unit.Name() + form)
	if !ok {
		return d.String()
	}
	if d.Min == d.Max {
		return fmt.Sprintf("%d %s", d.Max, name.In(w.lang))
	}
	return fmt.Sprintf("%d-%d %s", d.Min, d.Max, name.In(w.lang))
}

// where says where a step happens, and whether that is outside the office;
// empty for a step done at home or a group.
func (w words) where(l flow.Location) (text string, outside bool) {
	switch {
	case l.Place != nil:
		return w.place + ": " + clean(l.Place.Name), false
	case l.Agency != nil:
		return w.outside + ": " + clean(l.Agency.Name), true
	}
	return "", false
}

// clean makes staff text safe to measure and to put in XML: invalid UTF-8
// and control characters (which XML forbids even escaped) are dropped or
// replaced, and runs of white space become one space, since SVG text does not
// wrap and we place every line ourselves.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case r < 0x20 || r == 0x7f || r == 0xFFFE || r == 0xFFFF:
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// esc escapes text for an SVG element or attribute inside HTML.
func esc(s string) string { return template.HTMLEscapeString(s) }

// wrap breaks text into lines of at most max characters, at spaces where it
// can and inside a word only when the word alone is too long (a URL, a long
// code). SVG has no text wrapping; character counts are a fair measure of
// width for the Latin text staff write.
func wrap(text string, max int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		for utf8.RuneCountInString(word) > max {
			if line != "" {
				lines = append(lines, line)
				line = ""
			}
			head, tail := splitAt(word, max)
			lines = append(lines, head)
			word = tail
		}
		switch {
		case line == "":
			line = word
		case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) <= max:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// splitAt cuts s after n runes.
func splitAt(s string, n int) (string, string) {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos], s[pos:]
		}
		i++
	}
	return s, ""
}

// describe is the diagram as sentences, for its <desc>: what a screen reader
// offers instead of the picture, and what a text-only reader gets.
func describe(steps []*flow.ResolvedStep, w words) string {
	var out []string
	for i, s := range steps {
		n := s.Number
		if n == 0 {
			n = i + 1
		}
		out = append(out, fmt.Sprintf("%d. %s", n, w.sentence(s)))
	}
	return strings.Join(out, " ")
}

func (w words) sentence(s *flow.ResolvedStep) string {
	if !s.IsGroup() {
		return w.clause(s) + "."
	}
	parts, conj, head := s.And, w.and, w.allOf
	if len(s.Or) > 0 {
		parts, conj, head = s.Or, w.or, w.oneOf
	}
	if title := strings.TrimRight(clean(s.Title), ".:"); title != "" {
		head = title + ". " + head
	}
	if notes := w.notes(s); len(notes) > 0 {
		head = strings.TrimSuffix(head, ":") + " (" + strings.Join(notes, "; ") + "):"
	}
	items := make([]string, len(parts))
	for j, p := range parts {
		items[j] = fmt.Sprintf("%c) %s", 'a'+j%26, w.clause(p))
		if s.HasRoutes() {
			items[j] = p.Label + ") " + w.clause(p)
		}
		if p.IsRoute() {
			items[j] += ": " + w.route(p)
		}
	}
	text := head + " " + strings.Join(items, "; "+conj+" ") + "."
	if s.HasRoutes() {
		text += " " + w.meet(s) + "."
	}
	return text
}

// route is a route's steps in order, each after its label.
func (w words) route(s *flow.ResolvedStep) string {
	items := make([]string, len(s.Steps))
	for i, sub := range s.Steps {
		items[i] = sub.Label + " " + w.clause(sub)
	}
	return strings.Join(items, ", ")
}

// clause is one step as a phrase: its title, then where, how long and when.
func (w words) clause(s *flow.ResolvedStep) string {
	text := strings.TrimRight(clean(s.Title), ".")
	notes := w.notes(s)
	if where, _ := w.where(s.Where); where != "" {
		notes = append([]string{where}, notes...)
	}
	if len(notes) == 0 {
		return text
	}
	return text + " (" + strings.Join(notes, "; ") + ")"
}

func (w words) notes(s *flow.ResolvedStep) []string {
	var notes []string
	if s.Optional {
		notes = append(notes, strings.ToLower(w.optional))
	}
	if !s.Duration.IsZero() {
		notes = append(notes, w.duration(s.Duration))
	}
	if when := clean(s.When); when != "" {
		notes = append(notes, strings.ToLower(w.when)+" "+when)
	}
	return notes
}
