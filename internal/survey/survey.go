// Package survey is the Survei Kepuasan Masyarakat (Permenpan RB 14/2017)
// as arithmetic: the nine elements, the index (IKM) and its grade, the
// Krejcie & Morgan minimum sample and the reporting periods. It knows no
// storage and no HTTP; the store sums answers and this package turns the
// sums into the figures the regulation prints.
package survey

import "fmt"

// Element is one of the nine elements, by identity. The regulation's
// element list and its sample questionnaire disagree on the order of the
// last two (the questionnaire asks sarana eighth and pengaduan ninth);
// answers are kept by element, never by position on a form.
type Element int

// The nine elements in the regulation's order: U1 is Persyaratan, U8 is
// Penanganan pengaduan and U9 is Sarana dan prasarana.
const (
	Persyaratan Element = iota // U1
	Prosedur                   // U2 sistem, mekanisme, prosedur
	Waktu                      // U3 waktu penyelesaian
	Biaya                      // U4 biaya/tarif
	Produk                     // U5 produk spesifikasi jenis pelayanan
	Kompetensi                 // U6 kompetensi pelaksana
	Perilaku                   // U7 perilaku pelaksana
	Pengaduan                  // U8 penanganan pengaduan, saran, masukan
	Sarana                     // U9 sarana dan prasarana
)

// Count is the number of elements.
const Count = 9

// All lists the elements in the regulation's (U1..U9) order.
var All = [Count]Element{Persyaratan, Prosedur, Waktu, Biaya, Produk, Kompetensi, Perilaku, Pengaduan, Sarana}

// Questionnaire lists the elements in the order the sample questionnaire
// asks them: sarana before pengaduan.
var Questionnaire = [Count]Element{Persyaratan, Prosedur, Waktu, Biaya, Produk, Kompetensi, Perilaku, Sarana, Pengaduan}

var keys = [Count]string{"persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku", "pengaduan", "sarana"}

// Code is the element's label in reports: "U1" .. "U9".
func (e Element) Code() string { return fmt.Sprintf("U%d", int(e)+1) }

// Key names the element in forms, files and the word catalog
// ("survei.<key>.*"); it never depends on position.
func (e Element) Key() string { return keys[e] }

// Valid reports whether e is one of the nine.
func (e Element) Valid() bool { return e >= 0 && e < Count }

// ElementByKey finds an element by its Key.
func ElementByKey(key string) (Element, bool) {
	for i, k := range keys {
		if k == key {
			return Element(i), true
		}
	}
	return 0, false
}

// Lowest and Highest bound every answer: each of the four labels of an
// element scores 1 to 4.
const (
	Lowest  = 1
	Highest = 4
)

// Answers are one respondent's scores, indexed by Element.
type Answers [Count]int

// Check reports the first answer outside 1..4.
func (a Answers) Check() error {
	for _, e := range All {
		if a[e] < Lowest || a[e] > Highest {
			return fmt.Errorf("survey: %s answered %d, want %d..%d", e.Code(), a[e], Lowest, Highest)
		}
	}
	return nil
}

// Sums are what the index needs from any number of questionnaires: how
// many were filled and the sum of the scores of each element. The store
// computes them in SQL; Add does it in Go.
type Sums struct {
	Respondents int
	Total       [Count]int
}

// Add counts one questionnaire.
func (s *Sums) Add(a Answers) {
	s.Respondents++
	for e, v := range a {
		s.Total[e] += v
	}
}

// Merge adds another set of sums, e.g. two offices into a kecamatan.
func (s *Sums) Merge(o Sums) {
	s.Respondents += o.Respondents
	for e, v := range o.Total {
		s.Total[e] += v
	}
}

// Result is the regulation's table for a set of questionnaires.
type Result struct {
	Respondents int
	Total       [Count]int     // jumlah nilai per element
	NRR         [Count]float64 // nilai rata-rata: Total / Respondents
	Weighted    [Count]float64 // NRR tertimbang: NRR × 1/9
	Index       float64        // sum of Weighted, 1..4
	// IKM is Index × 25 rounded to two decimals, as the regulation
	// prints it and grades it: 25.00..100.00.
	IKM   float64
	Grade Grade
}

// Weight is each element's weight: 1/9 exactly. The regulation prints it
// as 0.111; templates that multiply by 0.11 understate every index.
const Weight = 1.0 / Count

// Compute turns sums into the regulation's figures. With no respondents
// the result is empty and its Grade is NoGrade.
func (s Sums) Compute() Result {
	r := Result{Respondents: s.Respondents, Total: s.Total}
	if s.Respondents == 0 {
		return r
	}
	all := 0
	for e, t := range s.Total {
		r.NRR[e] = float64(t) / float64(s.Respondents)
		r.Weighted[e] = r.NRR[e] * Weight
		r.Index += r.Weighted[e]
		all += t
	}
	hundredths := ikmHundredths(all, s.Respondents)
	r.IKM = float64(hundredths) / 100
	r.Grade = gradeOf(hundredths)
	return r
}

// ikmHundredths is 25 × (sum of NRR) / 9 in hundredths, rounded half up,
// in integers: the grade bands meet at the second decimal (88.30 is B,
// 88.31 is A), where float rounding must not decide.
func ikmHundredths(total, respondents int) int {
	num := int64(2500) * int64(total)
	den := int64(Count) * int64(respondents)
	return int((2*num + den) / (2 * den))
}

// Grade is the mutu pelayanan.
type Grade int

// The grades, best first. NoGrade is the grade of no answers.
const (
	NoGrade Grade = iota
	A
	B
	C
	D
)

// The lowest IKM of each grade, in hundredths (Permenpan RB 14/2017):
// A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99.
const (
	minA = 8831
	minB = 7661
	minC = 6500
)

func gradeOf(hundredths int) Grade {
	switch {
	case hundredths >= minA:
		return A
	case hundredths >= minB:
		return B
	case hundredths >= minC:
		return C
	default:
		return D
	}
}

// GradeOf grades an IKM value as printed (two decimals).
func GradeOf(ikm float64) Grade {
	return gradeOf(int(ikm*100 + 0.5))
}

// Letter is "A".."D", or "-" for no grade.
func (g Grade) Letter() string {
	if g < A || g > D {
		return "-"
	}
	return string(rune('A' + int(g-A)))
}

// Key names the grade's words in the catalog: survei.mutu.a .. .d.
func (g Grade) Key() string {
	if g < A || g > D {
		return "survei.mutu.none"
	}
	return "survei.mutu." + string(rune('a'+int(g-A)))
}
