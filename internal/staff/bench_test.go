package staff

import (
	"fmt"
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/survey"
)

// benchResponses is how many questionnaires the benchmarks keep: a year
// of a city's surveys.
const benchResponses = 100_000

// seedYear keeps benchResponses questionnaires of 2026 over 57 offices and
// a few services, in one transaction.
func seedYear(b *testing.B, f *fixture) {
	b.Helper()
	start := time.Now()
	rs := make([]survey.Response, 0, benchResponses)
	services := []string{"sktm", "domisili", "nikah", "usaha", "kematian"}
	for i := range benchResponses {
		var a survey.Answers
		for e := range a {
			a[e] = 1 + (i*7+e*5+i/13)%4
		}
		office := "kauman"
		if i%57 != 0 {
			office = fmt.Sprintf("kantor-%02d", i%57)
		}
		at := time.Date(2026, time.Month(1+i%12), 1+i%28, 8+i%8, i%60, 0, 0, flow.Zone)
		rs = append(rs, survey.Response{ID: fmt.Sprint("b", i), Office: office, Service: services[i%len(services)], Channel: survey.Kiosk, At: at, Answers: a})
	}
	if n, err := f.db.AddResponses(ctx, rs); err != nil || n != benchResponses {
		b.Fatalf("seeded %d: %v", n, err)
	}
	b.Logf("seeded %d responses in %v", benchResponses, time.Since(start).Round(time.Millisecond))
}

func benchGet(b *testing.B, c *client, path string) {
	b.Helper()
	w := c.do("GET", path, nil)
	if w.Code != http.StatusOK {
		b.Fatalf("%s: %d\n%s", path, w.Code, w.Body)
	}
	b.ResetTimer()
	for b.Loop() {
		w := c.do("GET", path, nil)
		if w.Code != http.StatusOK {
			b.Fatalf("%s: %d", path, w.Code)
		}
		io.Copy(io.Discard, w.Body)
	}
}

// BenchmarkReportPage renders the year's IKM page of the whole city from
// 100,000 responses (goal ≤ 200 ms).
func BenchmarkReportPage(b *testing.B) {
	f := newFixture(b)
	seedYear(b, f)
	benchGet(b, f.as(b, "sekda"), IKMPath+"?periode=2026")
}

// BenchmarkReportPageOffice renders one office's year.
func BenchmarkReportPageOffice(b *testing.B) {
	f := newFixture(b)
	seedYear(b, f)
	benchGet(b, f.as(b, "kauman"), IKMPath+"?periode=2026")
}

// BenchmarkIKMTableXLSX writes the year's IKM table of the whole city
// (100,000 respondent rows) as a workbook (goal ≤ 200 ms).
func BenchmarkIKMTableXLSX(b *testing.B) {
	f := newFixture(b)
	seedYear(b, f)
	benchGet(b, f.as(b, "sekda"), ExportsPath+"/"+IKMXLSX+"?periode=2026")
}

// BenchmarkIKMTableXLSXOffice writes one office's year (about 1,750
// rows), the table an office files.
func BenchmarkIKMTableXLSXOffice(b *testing.B) {
	f := newFixture(b)
	seedYear(b, f)
	benchGet(b, f.as(b, "kauman"), ExportsPath+"/"+IKMXLSX+"?periode=2026")
}

// BenchmarkIKMTableCSV writes the city's year as CSV.
func BenchmarkIKMTableCSV(b *testing.B) {
	f := newFixture(b)
	seedYear(b, f)
	benchGet(b, f.as(b, "sekda"), ExportsPath+"/"+IKMCSV+"?periode=2026")
}
