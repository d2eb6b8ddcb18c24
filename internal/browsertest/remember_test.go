package browsertest

import (
	"strings"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/testing/chrome"
)

// A resident who ticks "remember" after choosing their kelurahan finds
// later searches in it, linking to their own office's pages; choosing
// "all" forgets it.
func TestSearchRemembersTheKelurahanOnThisDevice(t *testing.T) {
	tb := newTab(t, fixture)
	tb.open(t, "/cari/?q=sktm")
	t.Cleanup(func() { evaluate[bool](t, tb, `localStorage.removeItem('alur-kelurahan'), true`) })
	if !evaluate[bool](t, tb, `document.querySelector('.alur-ingat input').disabled`) {
		t.Errorf("remember is offered before a kelurahan is chosen")
	}
	if !strings.Contains(evaluate[string](t, tb, `document.querySelector('.alur-ingat__bantu').textContent`), "KTP") {
		t.Errorf("no help for a resident who does not know their kelurahan")
	}
	evaluate[bool](t, tb, `(() => { const s = document.querySelector('select[name=kelurahan]'); s.value = 'kauman';
		s.dispatchEvent(new Event('change', { bubbles: true })); document.querySelector('.alur-ingat input').click(); return true })()`)
	if got := evaluate[string](t, tb, `localStorage.getItem('alur-kelurahan') || ''`); got != "kauman" {
		t.Fatalf("remembered %q, want kauman", got)
	}

	tb.open(t, "/cari/?q=sktm")
	chrome.WaitFor(t, tb.ctx, "results at Kauman", `new URLSearchParams(location.search).get('kelurahan') === 'kauman' &&
		[...document.querySelectorAll('.alur-hasil__tautan')].some(a => a.getAttribute('href') === '/kelurahan/kauman/sktm/')`, 10*time.Second)
	if !evaluate[bool](t, tb, `document.querySelector('.alur-ingat input').checked`) {
		t.Errorf("the remembered kelurahan is not shown as remembered")
	}

	evaluate[bool](t, tb, `(() => { const s = document.querySelector('select[name=kelurahan]'); s.value = '';
		s.dispatchEvent(new Event('change', { bubbles: true })); return true })()`)
	if got := evaluate[string](t, tb, `localStorage.getItem('alur-kelurahan') || ''`); got != "" {
		t.Errorf("choosing every kelurahan kept %q remembered", got)
	}
}
