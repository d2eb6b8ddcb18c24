package search

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

type relevanceCase struct {
	Q       string `yaml:"q"`
	Service string `yaml:"layanan"`
	Office  string `yaml:"kantor"`
	In      string `yaml:"di"`
}

// Floors the relevance set must stay above. Raise them when search gets
// better; a change that lowers a score below them needs a reason.
const (
	floorTop1 = 0.85
	floorTop3 = 0.95
	floorMRR  = 0.90
)

func TestRelevance(t *testing.T) {
	data, err := os.ReadFile("testdata/kueri.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var cases []relevanceCase
	if err := yaml.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 60 {
		t.Fatalf("relevance set has %d queries; keep at least 60", len(cases))
	}
	ix := cityIndex(t)
	var top1, top3, rr float64
	var misses []string
	for _, c := range cases {
		res, err := ix.Search(context.Background(), Query{Text: c.Q, Office: c.In, Limit: 10})
		if err != nil {
			t.Fatalf("%q: %v", c.Q, err)
		}
		rank := rankOf(res.Hits, c)
		if rank == 1 {
			top1++
		}
		if rank >= 1 && rank <= 3 {
			top3++
		}
		if rank > 0 {
			rr += 1 / float64(rank)
		}
		if rank != 1 {
			misses = append(misses, fmt.Sprintf("  %-40q want %s%s at rank %d; got %s", c.Q, c.Service, at(c.Office), rank, titles(res.Hits, 3)))
		}
	}
	n := float64(len(cases))
	t.Logf("relevance: %d queries, top-1 %.3f, top-3 %.3f, MRR %.3f", len(cases), top1/n, top3/n, rr/n)
	if len(misses) > 0 {
		t.Logf("not first:\n%s", strings.Join(misses, "\n"))
	}
	if top1/n < floorTop1 || top3/n < floorTop3 || rr/n < floorMRR {
		t.Errorf("relevance below the floor (top-1 %.2f, top-3 %.2f, MRR %.2f)", floorTop1, floorTop3, floorMRR)
	}
}

// rankOf is the 1-based rank of the first hit that is the expected service
// (at the expected office, if any), or 0.
func rankOf(hits []Hit, c relevanceCase) int {
	for i, h := range hits {
		if h.Service == c.Service && (c.Office == "" || h.Office == c.Office) {
			return i + 1
		}
	}
	return 0
}

func at(office string) string {
	if office == "" {
		return ""
	}
	return "@" + office
}

func titles(hits []Hit, n int) string {
	var out []string
	for _, h := range hits[:min(n, len(hits))] {
		out = append(out, h.Service+at(h.Office))
	}
	return "[" + strings.Join(out, " ") + "]"
}
