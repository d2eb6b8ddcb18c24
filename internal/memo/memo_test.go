package memo

import (
	"fmt"
	"testing"
)

func TestGetMakesEachValueOnce(t *testing.T) {
	m := New[string, int](4)
	made := 0
	square := func(s string) int { made++; return len(s) * len(s) }
	for range 3 {
		if got := m.Get("abc", square); got != 9 {
			t.Fatalf("Get = %d, want 9", got)
		}
	}
	if made != 1 {
		t.Errorf("made %d times, want once", made)
	}
}

func TestValuesInUseSurviveAndTheRestAgeOut(t *testing.T) {
	m := New[string, int](4)
	for i := range 5 { // the fifth starts a new generation
		m.Keep(fmt.Sprint(i), i)
	}
	made := false
	if got := m.Get("0", func(string) int { made = true; return -1 }); got != 0 || made {
		t.Errorf("a value of the older generation was lost: %d, made again %v", got, made)
	}
	for i := range 9 { // two more generations
		m.Keep(fmt.Sprint("x", i), i)
	}
	m.Get("1", func(string) int { made = true; return -1 })
	if !made {
		t.Error("a value unused for two generations is still kept")
	}
	if n := len(m.cur) + len(m.older); n > 2*m.Size {
		t.Errorf("the memo holds %d values, want at most %d", n, 2*m.Size)
	}
}

func TestGetErrKeepsOnlySuccesses(t *testing.T) {
	m := New[string, int](4)
	calls := 0
	fail := func(string) (int, error) { calls++; return 0, fmt.Errorf("no") }
	m.GetErr("a", fail)
	m.GetErr("a", fail)
	if calls != 2 {
		t.Errorf("a failure was kept: %d calls, want 2", calls)
	}
}
