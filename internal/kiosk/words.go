package kiosk

import (
	"encoding/json"
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"github.com/alurlayanan/alur/internal/locale"
)

// pair renders a locale.Text in both languages; the stylesheet shows the
// one that matches the lang of the page, so switching needs no reload and no
// script per string. Content from YAML is Indonesian only; the English
// toggle changes the kiosk's own words around it.
func pair(t locale.Text) template.HTML {
	if t.EN == "" || t.EN == t.ID {
		return template.HTML(template.HTMLEscapeString(t.ID))
	}
	return template.HTML(`<span class="k-id">` + template.HTMLEscapeString(t.ID) +
		`</span><span class="k-en" lang="en">` + template.HTMLEscapeString(t.EN) + `</span>`)
}

// dayNames are the days of the week, Monday first.
var dayNames = func() (days [7]locale.Text) {
	for i := range days {
		days[i] = locale.Get(fmt.Sprintf("day.%d", i))
	}
	return days
}()

// pageWords are the words the templates use, by key: the catalog's kiosk.*
// words.
var pageWords = locale.Prefixed("kiosk.")

// scriptWords are the words the kiosk script writes itself (open now,
// search messages): the catalog's kata.* words and the days. They are
// written to _assets/kata.js so the script and the pages draw on one table.
var scriptWords = func() map[string]locale.Text {
	words := locale.Prefixed("kata.") // a fresh map, ours to add to
	for i, d := range dayNames {
		words[fmt.Sprintf("day-%d", i)] = d
	}
	for i := 1; i <= 12; i++ {
		words[fmt.Sprintf("month-%d", i)] = locale.Get(fmt.Sprintf("month.%d", i))
	}
	return words
}()

// word renders a page word in both languages; an unknown key fails the
// build, so a typo in a template cannot ship.
func word(key string) (template.HTML, error) {
	t, ok := pageWords[key]
	if !ok {
		return "", fmt.Errorf("no kiosk word %q", key)
	}
	return pair(t), nil
}

// wordWith renders a page word whose {n} stands for a number, such as the
// step the routes of a group meet again at.
func wordWith(key string, n int) (template.HTML, error) {
	t, ok := pageWords[key]
	if !ok {
		return "", fmt.Errorf("no kiosk word %q", key)
	}
	r := strings.NewReplacer("{n}", strconv.Itoa(n))
	return pair(locale.Text{ID: r.Replace(t.ID), EN: r.Replace(t.EN)}), nil
}

// wordsScript is the content of _assets/kata.js.
func wordsScript() []byte {
	table := make(map[string][2]string, len(scriptWords))
	for k, t := range scriptWords {
		table[k] = [2]string{t.ID, t.EN}
	}
	// Strings only, so Marshal cannot fail; it sorts the keys (a stable
	// file) and escapes <, > and &.
	b, _ := json.Marshal(table)
	return []byte("window.alurKata = " + string(b) + ";\n")
}
