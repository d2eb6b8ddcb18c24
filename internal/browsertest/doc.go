// Package browsertest holds the real-browser tests of the public site: it
// builds the fixture city (and, for page weight, the Kota Malang example),
// serves each build with internal/server on a loopback port, so the real
// headers and Content-Security-Policy apply, and drives Debian's Chromium
// over the DevTools protocol.
//
// The tests check what a resident meets: axe-core finds no WCAG 2.2 A/AA
// violation on any page template; nothing scrolls sideways on a phone or at
// 200% zoom; the keyboard reaches everything with a visible focus; touch
// targets are big enough; steps and checklist read fully without
// JavaScript; a service prints on one A4 page; pages stay light and load
// nothing from other sites; and staff text that looks like a script stays
// text.
//
// Run with `make setup` done once (Chromium and axe-core), then
// `go test ./internal/browsertest`. ALUR_SCREENSHOTS=dir keeps the
// screenshots; -v prints page weights.
package browsertest
