// Package themes carries the word files of the alur theme into the binary,
// so Go code that says a word the theme says too reads it from the theme's
// i18n files (see internal/locale) instead of keeping a copy. Hugo reads the
// theme itself from its folder; this file is outside it.
package themes

import "embed"

// I18n holds alur/i18n/<lang>.yaml, the theme's words in each language.
//
//go:embed alur/i18n/*.yaml
var I18n embed.FS
