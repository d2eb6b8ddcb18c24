package staff

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/alurlayanan/alur/internal/locale"
)

// chart is the monthly trend of the index as an SVG bar chart, drawn on
// the server. The page also carries the same figures as a table.
type chart struct {
	Width, Height int
	Left, Bottom  float64 // the axes
	Bars          []bar
	Ticks         []tick
	Title, Desc   string
	Empty         bool
}

type bar struct {
	X, Y, W, H     float64
	Mid, ValueY    float64
	Month, Value   string
	Grade          string // A..D, for the bar's class
	HasRespondents bool
}

type tick struct {
	Y     float64
	Label string
}

// Chart geometry, in SVG user units.
const (
	chartW, chartH = 640, 260
	chartLeft      = 40.0
	chartTop       = 16.0
	chartBottom    = 228.0
)

// trendChart draws the index of each month: bars from 0 to the IKM
// (25..100), months without answers left empty.
func trendChart(lang locale.Lang, months []monthRow) chart {
	c := chart{Width: chartW, Height: chartH, Left: chartLeft, Bottom: chartBottom, Empty: true}
	plot := chartBottom - chartTop
	y := func(v float64) float64 { return round1(chartBottom - v/100*plot) }
	for _, v := range []float64{25, 50, 75, 100} {
		c.Ticks = append(c.Ticks, tick{Y: y(v), Label: strconv.Itoa(int(v))})
	}
	slot := (chartW - chartLeft - 8) / float64(max(len(months), 1))
	var said []string
	for i, m := range months {
		b := bar{X: round1(chartLeft + float64(i)*slot + slot*0.15), W: round1(slot * 0.7), Month: monthShort(lang, m.Period.N)}
		b.Mid = round1(b.X + b.W/2)
		if m.Result.Respondents > 0 {
			c.Empty = false
			b.HasRespondents = true
			b.Y = y(m.Result.IKM)
			b.H = round1(chartBottom - b.Y)
			b.ValueY = b.Y - 4
			b.Value = formatNum(lang, m.Result.IKM, 1)
			b.Grade = m.Result.Grade.Letter()
			said = append(said, fmt.Sprintf("%s %s (%s)", periodName(lang, m.Period), formatNum(lang, m.Result.IKM, 2), b.Grade))
		} else {
			b.Y, b.ValueY = chartBottom, chartBottom-4
		}
		c.Bars = append(c.Bars, b)
	}
	year := ""
	if len(months) > 0 {
		year = strconv.Itoa(months[0].Period.Year)
	}
	c.Title = fmt.Sprintf(locale.T(lang, "staf.chart.title"), year)
	if c.Empty {
		c.Desc = locale.T(lang, "staf.chart.empty")
	} else {
		c.Desc = locale.T(lang, "staf.chart.desc") + " " + strings.Join(said, "; ") + "."
	}
	return c
}

func monthShort(lang locale.Lang, n int) string {
	id := [...]string{"", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"}
	en := [...]string{"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	if lang == locale.EN {
		return en[n]
	}
	return id[n]
}

// formatNum writes v with digits decimals, with the decimal comma in
// Indonesian.
func formatNum(lang locale.Lang, v float64, digits int) string {
	s := strconv.FormatFloat(v, 'f', digits, 64)
	if lang == locale.ID {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }
