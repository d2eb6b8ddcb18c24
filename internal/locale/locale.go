// Package locale holds the words alur's Go code says to people, in Bahasa
// Indonesia and English: one bilingual text type, Text, and one catalog of
// texts by key. Code asks the catalog by key when it renders, in the
// language of the page or the terminal; nothing else keeps a table of
// words of its own.
//
// Problem messages stay in internal/diag, the catalog of problems keyed by
// problem code, written with the same Text. The Hugo theme keeps its own
// words in themes/alur/i18n; a word the Go code shares with the theme is
// read from there (see theme.go), so it is written once.
package locale

import (
	"os"
	"strings"
)

// Lang is a language alur speaks.
type Lang string

// The languages, Bahasa Indonesia first: it is the default everywhere.
const (
	ID Lang = "id"
	EN Lang = "en"
)

// ParseLang reads a language code: English for "en", Bahasa Indonesia for
// anything else.
func ParseLang(s string) Lang {
	if s == string(EN) {
		return EN
	}
	return ID
}

// FromEnv picks the language from the usual locale variables: English when
// the locale is English, Bahasa Indonesia otherwise.
func FromEnv() Lang {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := os.Getenv(v); s != "" {
			if strings.HasPrefix(s, "en") {
				return EN
			}
			return ID
		}
	}
	return ID
}

// Text is something said in both languages.
type Text struct{ ID, EN string }

// In returns the text in lang.
func (t Text) In(lang Lang) string {
	if lang == EN {
		return t.EN
	}
	return t.ID
}

// Both writes the text in both languages, "Indonesian / English", for
// when the reader's language is not known.
func (t Text) Both() string { return t.ID + " / " + t.EN }

// Lookup returns the catalog's text for key.
func Lookup(key string) (Text, bool) {
	t, ok := catalog[key]
	return t, ok
}

// Get returns the catalog's text for key. A key the catalog lacks comes
// back as itself in both languages, so a slip shows as a key rather than
// as nothing; the catalog's tests find such slips first.
func Get(key string) Text {
	if t, ok := catalog[key]; ok {
		return t
	}
	return Text{ID: key, EN: key}
}

// T returns the text for key in lang.
func T(lang Lang, key string) string { return Get(key).In(lang) }

// Prefixed returns the texts whose keys start with prefix, by the rest of
// their key: the table a template or a script looks words up in.
func Prefixed(prefix string) map[string]Text {
	out := map[string]Text{}
	for k, t := range catalog {
		if rest, ok := strings.CutPrefix(k, prefix); ok {
			out[rest] = t
		}
	}
	return out
}
