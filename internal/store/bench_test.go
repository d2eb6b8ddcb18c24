package store

import (
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/survey"
)

// BenchmarkDurableWrites measures acknowledged (committed with
// synchronous=FULL) survey answers per second when many residents submit
// at once: the figure issue 12 asks for (goal ≥ 1,000/s).
func BenchmarkDurableWrites(b *testing.B) {
	for _, writers := range []int{1, 16, 64} {
		b.Run(fmt.Sprintf("writers=%d", writers), func(b *testing.B) {
			db, err := Open(b.TempDir())
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			var n atomic.Int64
			b.SetParallelism(writers)
			start := time.Now()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					i := n.Add(1)
					r := survey.Response{ID: fmt.Sprint("r", i), Office: "kauman", Channel: survey.Web, At: time.Now(), Answers: survey.Answers{4, 3, 3, 4, 3, 3, 4, 2, 3}}
					if _, err := db.AddResponse(ctx, r); err != nil {
						b.Error(err)
						return
					}
				}
			})
			b.ReportMetric(float64(n.Load())/time.Since(start).Seconds(), "writes/s")
		})
	}
}
