package survey

import (
	"math"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/locale"
)

// handWorked is ten questionnaires whose figures were worked by hand:
// element sums 32 31 30 38 31 33 34 29 30 (U1..U9), total 288,
// NRR 3.2 3.1 3.0 3.8 3.1 3.3 3.4 2.9 3.0, sum of NRR 28.8,
// index 28.8/9 = 3.2, IKM 3.2 × 25 = 80.00, grade B.
func handWorked() []Answers {
	fours := map[Element]int{Persyaratan: 2, Prosedur: 1, Biaya: 8, Produk: 1, Kompetensi: 3, Perilaku: 4}
	var rows []Answers
	for i := range 10 {
		var a Answers
		for _, e := range All {
			a[e] = 3
			if i < fours[e] {
				a[e] = 4
			}
		}
		if i == 0 {
			a[Pengaduan] = 2
		}
		rows = append(rows, a)
	}
	return rows
}

func TestComputeHandWorked(t *testing.T) {
	var s Sums
	for _, a := range handWorked() {
		if err := a.Check(); err != nil {
			t.Fatal(err)
		}
		s.Add(a)
	}
	r := s.Compute()
	wantTotal := [Count]int{32, 31, 30, 38, 31, 33, 34, 29, 30}
	wantNRR := [Count]float64{3.2, 3.1, 3.0, 3.8, 3.1, 3.3, 3.4, 2.9, 3.0}
	if r.Respondents != 10 || r.Total != wantTotal {
		t.Fatalf("respondents %d totals %v, want 10 %v", r.Respondents, r.Total, wantTotal)
	}
	for e := range All {
		if !near(r.NRR[e], wantNRR[e]) || !near(r.Weighted[e], wantNRR[e]/9) {
			t.Errorf("%s: NRR %v weighted %v, want %v %v", Element(e).Code(), r.NRR[e], r.Weighted[e], wantNRR[e], wantNRR[e]/9)
		}
	}
	if !near(r.Index, 3.2) || r.IKM != 80.00 || r.Grade != B || r.Grade.Letter() != "B" {
		t.Errorf("index %v IKM %v grade %s, want 3.2 80.00 B", r.Index, r.IKM, r.Grade.Letter())
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// sumsFor makes 2,500 questionnaires whose IKM is exactly hundredths/100:
// with 9 × 2,500 answers the score total is 9 × hundredths.
func sumsFor(hundredths int) Sums {
	s := Sums{Respondents: 2500}
	left := 9 * hundredths
	for e := range All {
		share := left / (Count - e)
		s.Total[e] = share
		left -= share
	}
	return s
}

func TestGradeBoundaries(t *testing.T) {
	for _, c := range []struct {
		hundredths int
		grade      Grade
	}{
		{10000, A}, {8831, A}, {8830, B}, {7661, B}, {7660, C}, {6500, C}, {6499, D}, {2500, D},
	} {
		r := sumsFor(c.hundredths).Compute()
		if want := float64(c.hundredths) / 100; r.IKM != want || r.Grade != c.grade {
			t.Errorf("IKM %.2f graded %s, want %.2f %s", r.IKM, r.Grade.Letter(), want, c.grade.Letter())
		}
		if g := GradeOf(float64(c.hundredths) / 100); g != c.grade {
			t.Errorf("GradeOf(%.2f) = %s, want %s", float64(c.hundredths)/100, g.Letter(), c.grade.Letter())
		}
	}
}

// TestWeightIsOneNinth guards against the public templates that multiply
// by 0.11: all answers "4" must give exactly 100.00, not 99.00.
func TestWeightIsOneNinth(t *testing.T) {
	var s Sums
	s.Add(Answers{4, 4, 4, 4, 4, 4, 4, 4, 4})
	if r := s.Compute(); r.IKM != 100 || r.Grade != A {
		t.Errorf("all fours: IKM %v grade %s, want 100 A", r.IKM, r.Grade.Letter())
	}
	s = Sums{}
	s.Add(Answers{1, 1, 1, 1, 1, 1, 1, 1, 1})
	if r := s.Compute(); r.IKM != 25 || r.Grade != D {
		t.Errorf("all ones: IKM %v grade %s, want 25 D", r.IKM, r.Grade.Letter())
	}
	if r := (Sums{}).Compute(); r.Grade != NoGrade || r.Grade.Letter() != "-" {
		t.Errorf("no answers graded %s", r.Grade.Letter())
	}
}

func TestQuestionnaireOrderKeepsElementIdentity(t *testing.T) {
	if Questionnaire[7] != Sarana || Questionnaire[8] != Pengaduan {
		t.Errorf("questionnaire asks %s eighth and %s ninth, want sarana then pengaduan", Questionnaire[7].Key(), Questionnaire[8].Key())
	}
	if Sarana.Code() != "U9" || Pengaduan.Code() != "U8" {
		t.Errorf("sarana is %s and pengaduan %s, want U9 and U8", Sarana.Code(), Pengaduan.Code())
	}
	for _, e := range All {
		if got, ok := ElementByKey(e.Key()); !ok || got != e {
			t.Errorf("ElementByKey(%q) = %v %v", e.Key(), got, ok)
		}
	}
}

func TestAnswersCheck(t *testing.T) {
	if (Answers{4, 4, 4, 4, 4, 4, 4, 4, 0}).Check() == nil {
		t.Error("an unanswered U9 passed")
	}
	if (Answers{5, 4, 4, 4, 4, 4, 4, 4, 4}).Check() == nil {
		t.Error("a 5 passed")
	}
}

func TestMinimumSample(t *testing.T) {
	for pop, want := range map[int]int{0: 0, 7: 7, 10: 10, 100: 80, 105: 86, 1000: 278, 10000: 370, 100000: 384, 5000000: 384} {
		if got := MinimumSample(pop); got != want {
			t.Errorf("MinimumSample(%d) = %d, want %d", pop, got, want)
		}
	}
	if s := CheckSample(1000, 277); s.Reached() || s.Minimum != 278 {
		t.Errorf("277 of 1,000 reached %v (minimum %d)", s.Reached(), s.Minimum)
	}
	if s := CheckSample(1000, 278); !s.Reached() {
		t.Error("278 of 1,000 not reached")
	}
	if s := CheckSample(0, 500); s.Known() || s.Reached() {
		t.Error("an unknown population counted as reached")
	}
}

func TestPeriods(t *testing.T) {
	at := time.Date(2026, 8, 17, 10, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		span       Span
		id, name   string
		start, end string
	}{
		{Month, "2026-08", "Agustus 2026", "2026-08-01", "2026-09-01"},
		{Quarter, "2026-T3", "Triwulan III 2026", "2026-07-01", "2026-10-01"},
		{Semester, "2026-S2", "Semester II 2026", "2026-07-01", "2027-01-01"},
		{Year, "2026", "2026", "2026-01-01", "2027-01-01"},
	} {
		p := PeriodOf(c.span, at)
		if p.ID() != c.id || p.String() != c.name || p.Start(time.UTC).Format(time.DateOnly) != c.start || p.End(time.UTC).Format(time.DateOnly) != c.end {
			t.Errorf("%s: %s %q %s..%s, want %s %q %s..%s", c.span.Key(), p.ID(), p, p.Start(time.UTC).Format(time.DateOnly), p.End(time.UTC).Format(time.DateOnly), c.id, c.name, c.start, c.end)
		}
	}
	months := Periods(Month, time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC), time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC))
	if len(months) != 4 || months[0].ID() != "2025-11" || months[3].ID() != "2026-02" {
		t.Errorf("Nov 2025..Feb 2026: %v", months)
	}
}

func TestProfileCheck(t *testing.T) {
	if err := (Profile{Gender: "P", Age: 34, Education: "D4/S1", Occupation: "wirausaha"}).Check(); err != nil {
		t.Error(err)
	}
	if err := (Profile{}).Check(); err != nil {
		t.Errorf("an empty profile: %v", err)
	}
	for _, p := range []Profile{{Gender: "X"}, {Age: 7}, {Education: "<b>"}, {Occupation: "PNS "}} {
		if p.Check() == nil {
			t.Errorf("%+v passed", p)
		}
	}
}

func TestEveryElementAndGradeHasItsWords(t *testing.T) {
	for _, e := range All {
		for _, part := range []string{"nama", "tanya", "1", "2", "3", "4"} {
			key := "survei." + e.Key() + "." + part
			if w, ok := locale.Lookup(key); !ok || w.ID == "" || w.EN == "" {
				t.Errorf("no words for %s", key)
			}
		}
	}
	for _, g := range []Grade{NoGrade, A, B, C, D} {
		if _, ok := locale.Lookup(g.Key()); !ok {
			t.Errorf("no words for grade %s (%s)", g.Letter(), g.Key())
		}
	}
}
