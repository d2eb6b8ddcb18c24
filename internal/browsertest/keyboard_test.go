package browsertest

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

type focusable struct {
	Index  int    `json:"index"`
	Name   string `json:"name"`
	InMain bool   `json:"inMain"`
}

type focusState struct {
	Index     int    `json:"index"`
	Name      string `json:"name"`
	InMain    bool   `json:"inMain"`
	IsSkip    bool   `json:"isSkip"`
	Changed   bool   `json:"changed"`
	Indicator bool   `json:"indicator"`
	Look      string `json:"look"`
	Before    string `json:"before"`
	OnScreen  bool   `json:"onScreen"`
	Covered   bool   `json:"covered"`
}

// press sends keys as a keyboard would, then reports where focus is.
func press(t *testing.T, tb *tab, keys string) focusState {
	t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(keys)); err != nil {
		t.Fatalf("pressing %q on %s: %v", keys, tb.page, err)
	}
	return call[focusState](t, tb, "focused")
}

func TestKeyboardSkipLinkLeadsToMainContent(t *testing.T) {
	tb := newTab(t, fixture)
	for _, p := range templatePages {
		t.Run(p.name, func(t *testing.T) {
			tb.openStatus(t, p.path, p.status)
			call[[]focusable](t, tb, "focusables")
			first := press(t, tb, kb.Tab)
			if !first.IsSkip {
				t.Fatalf("%s: the first Tab lands on %s, not on the skip link; keyboard users must get past the header quickly", tb.page, first.Name)
			}
			if !first.OnScreen || first.Covered {
				t.Errorf("%s: the skip link has focus but cannot be seen (on screen: %v, covered: %v)", tb.page, first.OnScreen, first.Covered)
			}
			press(t, tb, kb.Enter)
			next := press(t, tb, kb.Tab)
			if !next.InMain {
				t.Errorf("%s: after following the skip link, Tab lands on %s, outside the main content", tb.page, next.Name)
			}
		})
	}
}

// Every control shows where focus is, is on screen when focused (not
// under a sticky bar), and Tab reaches every one of them.
func TestKeyboardFocusIsVisibleEverywhere(t *testing.T) {
	tb := newTab(t, fixture)
	for _, sc := range screens {
		tb.viewport(sc.width, sc.height, 1)
		for _, p := range templatePages {
			t.Run(fmt.Sprintf("%s on %s", p.name, sc.name), func(t *testing.T) {
				tb.openStatus(t, p.path, p.status)
				all := call[[]focusable](t, tb, "focusables")
				if len(all) == 0 {
					t.Fatalf("%s has nothing to focus: not even the skip link", tb.page)
				}
				reached := map[int]bool{}
				for range len(all) + 10 {
					f := press(t, tb, kb.Tab)
					if f.Index == -1 || reached[f.Index] {
						break // past the end: the browser's own controls
					}
					// -2: focusable but not in our list, such as a region
					// Chromium makes focusable because it scrolls; it still
					// needs a visible focus.
					reached[f.Index] = f.Index >= 0
					switch {
					case !f.Changed || !f.Indicator:
						t.Errorf("%s: %s looks the same with and without focus (unfocused %s, focused %s); a keyboard user cannot see where they are",
							tb.page, f.Name, f.Before, f.Look)
					case !f.OnScreen:
						t.Errorf("%s: %s has focus but is off screen", tb.page, f.Name)
					case f.Covered:
						t.Errorf("%s: %s has focus but something covers it", tb.page, f.Name)
					}
				}
				for _, a := range all {
					if !reached[a.Index] {
						t.Errorf("%s: Tab never reaches %s", tb.page, a.Name)
					}
				}
			})
		}
	}
}

type stepsState struct {
	Steps []struct {
		Title     string `json:"title"`
		HasButton bool   `json:"hasButton"`
		Expanded  string `json:"expanded"`
		Controls  bool   `json:"controls"`
		Shown     bool   `json:"shown"`
		Focused   bool   `json:"focused"`
	} `json:"steps"`
	ToggleAll        string `json:"toggleAll"`
	ToggleAllFocused bool   `json:"toggleAllFocused"`
}

// The step toggles are real buttons: Enter and Space fold and unfold a
// step, focus stays on the button, and the button says whether it is open.
func TestKeyboardFoldsStepsWithEnterAndSpace(t *testing.T) {
	tb := newTab(t, fixture)
	tb.open(t, "/kelurahan/kauman/kematian/")
	s := call[stepsState](t, tb, "steps")
	if len(s.Steps) < 2 {
		t.Fatalf("%s shows %d steps; the fixture service has 3", tb.page, len(s.Steps))
	}
	for i, st := range s.Steps {
		if !st.HasButton || !st.Controls || st.Expanded != "true" || !st.Shown {
			t.Fatalf("%s: step %d %q should start open with a button that controls it (button %v, controls %v, aria-expanded %q, text shown %v)",
				tb.page, i+1, st.Title, st.HasButton, st.Controls, st.Expanded, st.Shown)
		}
	}
	for i := range s.Steps {
		evaluate[bool](t, tb, fmt.Sprintf(`(document.querySelectorAll(".al-step__title button")[%d].focus(), true)`, i))
		for _, k := range []struct {
			name, keys, expanded string
			shown                bool
		}{{"Enter", kb.Enter, "false", false}, {"Space", " ", "true", true}} {
			press(t, tb, k.keys)
			st := call[stepsState](t, tb, "steps").Steps[i]
			if st.Expanded != k.expanded || st.Shown != k.shown {
				t.Errorf("%s: %s on step %d %q leaves aria-expanded=%q and its text shown=%v; want %q and %v",
					tb.page, k.name, i+1, st.Title, st.Expanded, st.Shown, k.expanded, k.shown)
			}
			if !st.Focused {
				t.Errorf("%s: after %s on step %d, focus left its button", tb.page, k.name, i+1)
			}
		}
	}

	if s.ToggleAll == "" {
		t.Fatalf("%s has no button to fold all steps at once", tb.page)
	}
	evaluate[bool](t, tb, `(document.querySelector(".al-steps-toggle").focus(), true)`)
	for _, k := range []struct {
		name, keys string
		shown      bool
	}{{"Enter", kb.Enter, false}, {"Space", " ", true}} {
		press(t, tb, k.keys)
		after := call[stepsState](t, tb, "steps")
		for i, st := range after.Steps {
			if st.Shown != k.shown {
				t.Errorf("%s: %s on %q leaves step %d shown=%v, want %v", tb.page, k.name, s.ToggleAll, i+1, st.Shown, k.shown)
			}
		}
		if !after.ToggleAllFocused {
			t.Errorf("%s: after %s on %q, focus left the button", tb.page, k.name, s.ToggleAll)
		}
	}
}
