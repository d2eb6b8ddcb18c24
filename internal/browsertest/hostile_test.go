package browsertest

import (
	"strings"
	"testing"
)

// hostileDirections is what the fixture's Arjosari office wrote as the
// directions to its front desk.
const hostileDirections = "<script>alert('x')</script>"

// Staff text that looks like markup is shown as the characters typed: no
// dialog opens, no script element appears, and residents read it as text.
func TestHostileTextStaysText(t *testing.T) {
	tb := newTab(t, fixture)
	for _, path := range []string{"/kelurahan/arjosari/sktm/", "/en/kelurahan/arjosari/sktm/", "/kelurahan/arjosari/"} {
		t.Run(path, func(t *testing.T) {
			tb.open(t, path)
			if n := tb.dialogCount(); n > 0 {
				t.Fatalf("%s: %d dialogs opened: a place's directions ran as a script", path, n)
			}
			if n := evaluate[int](t, tb, `[...document.scripts].filter(s => s.text.includes("alert(")).length`); n > 0 {
				t.Errorf("%s: the page carries %d script elements made from staff text", path, n)
			}
		})
	}
	t.Run("shown literally", func(t *testing.T) {
		tb.open(t, "/kelurahan/arjosari/sktm/")
		text := call[visibleText](t, tb, "visible").Text
		if !strings.Contains(text, hostileDirections) {
			t.Errorf("/kelurahan/arjosari/sktm/: the directions %q do not show as typed; the page reads:\n%s", hostileDirections, text)
		}
	})
}
