// Package diagram draws a service's steps as an inline SVG flow diagram at
// build time, so residents on any phone see the flow without JavaScript or a
// diagram service.
//
// The drawing is a vertical timeline that fits a 360px-wide phone: numbered
// circles on a rail at the left, one box per step with its title and where it
// happens. A step at another office (kecamatan, Dispendukcapil, RT/RW) has a
// thick orange border and says "Di luar kantor"; optional steps are dashed.
// An "and" group stacks its parts on a straight bracket joined by "dan"; an
// "or" group forks into alternatives separated by "atau".
//
// Colours and lines are presentation attributes (the site's Content Security
// Policy forbids style attributes) and every element has a class under the
// alur-flow prefix, so the theme's CSS can restyle any of it.
package diagram

import (
	"fmt"
	"hash/fnv"
	"html/template"
	"strings"

	"github.com/alurlayanan/alur/internal/flow"
)

// Geometry, in viewBox units. The viewBox is 320 wide: on a 360px phone with
// the page's margins one unit is about one CSS pixel, so the text sizes below
// are roughly the pixels residents see.
const (
	width     = 320
	margin    = 4
	railX     = 16  // centre of the step numbers
	numR      = 13  // radius of a step number
	numDrop   = 19  // from the top of a box to the centre of its number
	boxX      = 38  // left edge of a step box
	boxRight  = 316 // right edge of a step box
	joinX     = 49  // the bracket or fork inside a group
	subX      = 60  // left edge of a part of a group
	subRight  = 306 // right edge of a part of a group
	pad       = 10  // inside a box
	stepGap   = 26  // between steps: room for the arrow
	subGap    = 28  // between parts of a group: room for "dan" or "atau"
	titleSize = 15
	partSize  = 14 // titles of the parts of a group
	metaSize  = 13
)

// charWidth estimates the average advance of a character as a fraction of
// the font size. It errs wide (bold DejaVu Sans, the widest common fallback)
// so that lines never overflow their box.
func charWidth(size int, bold bool) float64 {
	if bold {
		return 0.66 * float64(size)
	}
	return 0.6 * float64(size)
}

// SVG draws the steps of a service; lang is "id" or "en" and chooses the
// labels (the step texts are as staff wrote them). It returns "" when there
// are no steps. Every text from the steps is escaped.
func SVG(steps []*flow.ResolvedStep, lang string) template.HTML {
	if len(steps) == 0 {
		return ""
	}
	w := wordsFor(lang)
	d := &drawing{w: w}
	y := margin
	var centres []int
	for i, s := range steps {
		n := s.Number
		if n == 0 {
			n = i + 1
		}
		cy, bottom := d.step(s, n, y)
		centres = append(centres, cy)
		y = bottom + stepGap
	}
	height := y - stepGap + margin
	d.rail(centres)

	desc := describe(steps, w)
	id := fmt.Sprintf("alur-flow-%08x", hash(desc))
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="alur-flow" viewBox="0 0 %d %d" width="100%%" role="img" aria-labelledby="%s-t %s-d" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif">`,
		width, height, id, id)
	fmt.Fprintf(&b, "\n<title id=\"%s-t\">%s</title>\n<desc id=\"%s-d\">%s</desc>\n",
		id, esc(fmt.Sprintf(w.title, len(steps))), id, esc(desc))
	b.WriteString(d.under.String())
	b.WriteString(d.over.String())
	b.WriteString("</svg>")
	return template.HTML(b.String())
}

func hash(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

// drawing collects the SVG elements: the rail goes under the boxes.
type drawing struct {
	w           words
	under, over strings.Builder
}

// line is one line of text inside a box.
type line struct {
	text  string
	class string
	size  int
	bold  bool
	fill  string
}

func leading(size int) int { return size + 5 }

func height(lines []line) int {
	h := 2 * pad
	for _, l := range lines {
		h += leading(l.size)
	}
	return h - 3 // the last line needs no space for descenders below it
}

// wrapped breaks text to fit a box of the given width.
func wrapped(text string, boxWidth int, proto line) []line {
	max := int(float64(boxWidth-2*pad) / charWidth(proto.size, proto.bold))
	var out []line
	for _, t := range wrap(text, max) {
		l := proto
		l.text = t
		out = append(out, l)
	}
	return out
}

// stepLines are the title, the place and the details of a single step.
func (d *drawing) stepLines(s *flow.ResolvedStep, boxWidth, titleSize int) []line {
	lines := wrapped(clean(s.Title), boxWidth, line{class: "alur-flow__title", size: titleSize, bold: true, fill: "#0b0c0c"})
	if where, outside := d.w.where(s.Where); where != "" {
		proto := line{class: "alur-flow__where", size: metaSize, fill: "#0b0c0c"}
		if outside {
			proto = line{class: "alur-flow__where alur-flow__where--luar", size: metaSize, bold: true, fill: "#6b3600"}
		}
		lines = append(lines, wrapped(where, boxWidth, proto)...)
	}
	return append(lines, d.detailLines(s, boxWidth)...)
}

// detailLines say how long a step takes and whether it is always needed.
func (d *drawing) detailLines(s *flow.ResolvedStep, boxWidth int) []line {
	var parts []string
	if s.Optional {
		parts = append(parts, d.w.optional)
	}
	if !s.Duration.IsZero() {
		parts = append(parts, d.w.duration(s.Duration))
	}
	if when := clean(s.When); when != "" {
		parts = append(parts, d.w.when+" "+when)
	}
	if len(parts) == 0 {
		return nil
	}
	return wrapped(strings.Join(parts, " · "), boxWidth, line{class: "alur-flow__meta", size: metaSize, fill: "#484949"})
}

// step draws one top-level step from y down and returns the centre of its
// number and the bottom of its box.
func (d *drawing) step(s *flow.ResolvedStep, n, y int) (cy, bottom int) {
	if s.IsGroup() {
		bottom = d.group(s, y)
	} else {
		lines := d.stepLines(s, boxRight-boxX, titleSize)
		h := height(lines)
		d.box(boxX, y, boxRight-boxX, h, s)
		d.text(boxX+pad, y+pad, lines)
		bottom = y + h
	}
	cy = y + numDrop
	d.number(cy, n, s.Optional)
	return cy, bottom
}

// group draws an "and" or "or" group: a tinted panel with a heading, and its
// parts joined by a bracket ("and") or a fork ("or").
func (d *drawing) group(s *flow.ResolvedStep, y int) (bottom int) {
	parts, conj, kind, hint := s.And, d.w.and, "dan", d.w.allOf
	if len(s.Or) > 0 {
		parts, conj, kind, hint = s.Or, d.w.or, "atau", d.w.oneOf
	}
	panelW := boxRight - boxX
	var head []line
	heading := line{class: "alur-flow__title", size: titleSize, bold: true, fill: "#0b0c0c"}
	if title := clean(s.Title); title != "" {
		head = wrapped(title, panelW, heading)
		head = append(head, wrapped(hint, panelW, line{class: "alur-flow__hint", size: metaSize, fill: "#0b0c0c"})...)
	} else {
		head = wrapped(hint, panelW, heading)
	}
	head = append(head, d.detailLines(s, panelW)...)

	partW := subRight - subX
	tops := make([]int, len(parts))
	heights := make([]int, len(parts))
	partLines := make([][]line, len(parts))
	py := y + height(head) + 4
	for i, p := range parts {
		partLines[i] = d.stepLines(p, partW, partSize)
		tops[i], heights[i] = py, height(partLines[i])
		py += heights[i] + subGap
	}
	bottom = py - subGap + pad

	d.panel(y, bottom-y, kind, s.Optional)
	d.text(boxX+pad, y+pad, head)
	d.joins(kind, tops, heights)
	for i, p := range parts {
		d.box(subX, tops[i], partW, heights[i], p)
		d.text(subX+pad, tops[i]+pad, partLines[i])
		if i > 0 {
			d.conjunction(conj, kind, tops[i]-subGap/2)
		}
	}
	return bottom
}

// box draws the frame of a step: thick and orange when the step happens at
// another office, dashed when it is optional.
func (d *drawing) box(x, y, w, h int, s *flow.ResolvedStep) {
	class, fill, stroke, sw := "alur-flow__box", "#ffffff", "#505a5f", "1.5"
	if _, outside := d.w.where(s.Where); outside {
		class, fill, stroke, sw = class+" alur-flow__box--luar", "#fff4e5", "#a35200", "3"
	}
	if s.Optional {
		class += " alur-flow__box--opsional"
	}
	fmt.Fprintf(&d.over, `<rect class="%s" x="%d" y="%d" width="%d" height="%d" rx="6" fill="%s" stroke="%s" stroke-width="%s"%s/>`+"\n",
		class, x, y, w, h, fill, stroke, sw, dash(s.Optional))
}

func (d *drawing) panel(y, h int, kind string, optional bool) {
	fmt.Fprintf(&d.over, `<rect class="alur-flow__group alur-flow__group--%s" x="%d" y="%d" width="%d" height="%d" rx="8" fill="#f3f2f1" stroke="#b1b4b6" stroke-width="1.5"%s/>`+"\n",
		kind, boxX, y, boxRight-boxX, h, dash(optional))
}

func dash(optional bool) string {
	if optional {
		return ` stroke-dasharray="6 4"`
	}
	return ""
}

// joins draws a straight bracket for parts done together, and branches that
// leave one point for alternatives.
func (d *drawing) joins(kind string, tops, heights []int) {
	start := tops[0] - 6
	if kind == "dan" {
		last := tops[len(tops)-1] + heights[len(tops)-1]/2
		fmt.Fprintf(&d.over, `<path class="alur-flow__join" d="M%d %dV%d" fill="none" stroke="#0b0c0c" stroke-width="3"/>`+"\n", joinX, start, last)
		for i := range tops {
			mid := tops[i] + heights[i]/2
			fmt.Fprintf(&d.over, `<path class="alur-flow__join" d="M%d %dH%d" fill="none" stroke="#0b0c0c" stroke-width="3"/>`+"\n", joinX, mid, subX)
		}
		return
	}
	for i := range tops {
		mid := tops[i] + heights[i]/2
		fmt.Fprintf(&d.over, `<path class="alur-flow__fork" d="M%d %dV%dQ%d %d %d %d" fill="none" stroke="#0b0c0c" stroke-width="2"/>`+"\n",
			joinX, start, mid-8, joinX, mid, subX, mid)
	}
}

// conjunction labels the gap between two parts: plain "dan", or "atau" in a
// pill so a choice stands out from a list.
func (d *drawing) conjunction(word, kind string, cy int) {
	x := subX + 14
	if kind == "atau" {
		w := int(charWidth(metaSize, true)*float64(len([]rune(word)))) + 16
		fmt.Fprintf(&d.over, `<rect class="alur-flow__conj-pill" x="%d" y="%d" width="%d" height="20" rx="10" fill="#0b0c0c"/>`+"\n", x-8, cy-10, w)
		fmt.Fprintf(&d.over, `<text class="alur-flow__conj alur-flow__conj--atau" x="%d" y="%d" font-size="%d" font-weight="bold" fill="#ffffff">%s</text>`+"\n", x, cy+4, metaSize, esc(word))
		return
	}
	fmt.Fprintf(&d.over, `<text class="alur-flow__conj alur-flow__conj--dan" x="%d" y="%d" font-size="%d" font-weight="bold" fill="#0b0c0c">%s</text>`+"\n", x, cy+4, metaSize, esc(word))
}

// text writes lines from a top-left corner, one <text> per line: a line
// needs no tspan bookkeeping and each keeps its own class.
func (d *drawing) text(x, y int, lines []line) {
	for _, l := range lines {
		y += leading(l.size)
		weight := ""
		if l.bold {
			weight = ` font-weight="bold"`
		}
		fmt.Fprintf(&d.over, `<text class="%s" x="%d" y="%d" font-size="%d"%s fill="%s">%s</text>`+"\n",
			l.class, x, y-5, l.size, weight, l.fill, esc(l.text))
	}
}

func (d *drawing) number(cy, n int, optional bool) {
	fmt.Fprintf(&d.over, `<circle class="alur-flow__num" cx="%d" cy="%d" r="%d" fill="#1d70b8"%s/>`+"\n", railX, cy, numR, numStroke(optional))
	fmt.Fprintf(&d.over, `<text class="alur-flow__num-text" x="%d" y="%d" font-size="14" font-weight="bold" fill="#ffffff" text-anchor="middle">%d</text>`+"\n", railX, cy+5, n)
}

// numStroke rings the number of an optional step with a dashed circle, so
// the step reads as optional on the rail too.
func numStroke(optional bool) string {
	if optional {
		return ` stroke="#0b0c0c" stroke-width="2" stroke-dasharray="3 2"`
	}
	return ""
}

// rail joins the step numbers with arrows pointing down.
func (d *drawing) rail(centres []int) {
	for i := 1; i < len(centres); i++ {
		from, to := centres[i-1]+numR, centres[i]-numR
		fmt.Fprintf(&d.under, `<path class="alur-flow__rail" d="M%d %dV%d" fill="none" stroke="#505a5f" stroke-width="2"/>`+"\n", railX, from, to-6)
		fmt.Fprintf(&d.under, `<path class="alur-flow__arrow" d="M%d %dL%d %dL%d %dZ" fill="#505a5f"/>`+"\n",
			railX-5, to-8, railX+5, to-8, railX, to)
	}
}
