// Package diagram draws a service's steps as an inline SVG flow diagram at
// build time, so residents on any phone see the flow without JavaScript or a
// diagram service.
//
// The drawing is a vertical timeline that fits a 360px-wide phone: numbered
// circles on a rail at the left, one box per step with its title and where it
// happens. A step at another office (kecamatan, Dispendukcapil, RT/RW) has a
// thick orange border and says "Di luar kantor"; optional steps are dashed.
// An "and" group stacks its parts on a straight bracket joined by "dan"; an
// "or" group forks into alternatives separated by "atau". A part that is a
// route is a blue frame holding its steps one after another (side by side
// would not fit a phone); the routes meet again on the right and run back
// to the rail, with a line saying which step comes next, or a mark at the
// end of the rail when they end the flow.
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
	gutter    = 10  // right of the parts of a group with routes: room for the lines that rejoin
	routeIn   = 14  // from a route's frame to its steps
	routeGap  = 16  // between the steps of a route: room for an arrow
	endR      = 7   // radius of the mark where a flow that ends with routes ends
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
	if last := steps[len(steps)-1]; last.HasRoutes() {
		// Its routes leave the reader inside branches: mark where they end.
		y = d.end(centres[len(centres)-1], y) + stepGap
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
func (d *drawing) stepLines(s *flow.ResolvedStep, title string, boxWidth, titleSize int) []line {
	lines := wrapped(title, boxWidth, line{class: "alur-flow__title", size: titleSize, bold: true, fill: "#0b0c0c"})
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
		lines := d.stepLines(s, clean(s.Title), boxRight-boxX, titleSize)
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
// parts joined by a bracket ("and") or a fork ("or"). A part that is a route
// holds its steps, one after another; the routes then meet again on the
// right and return to the rail, with a line that says where the flow goes.
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

	routes := s.HasRoutes()
	partW := subRight - subX
	if routes {
		partW -= gutter
	}
	laid := make([]part, len(parts))
	py := y + height(head) + 4
	for i, p := range parts {
		laid[i] = d.layPart(p, routes, py, partW)
		py += laid[i].h + subGap
	}
	bottom = py - subGap + pad
	var meet []line
	if routes {
		meet = wrapped(d.w.meet(s), partW, line{class: "alur-flow__meet", size: metaSize, bold: true, fill: "#0b0c0c"})
		bottom += height(meet) + 2*pad
	}

	d.panel(y, bottom-y, kind, s.Optional)
	d.text(boxX+pad, y+pad, head)
	entries := make([]int, len(laid))
	for i, l := range laid {
		entries[i] = l.entry
	}
	d.joins(kind, laid[0].top-6, entries)
	for i, l := range laid {
		d.drawPart(l)
		if i > 0 {
			d.conjunction(conj, kind, l.top-subGap/2)
		}
	}
	if routes {
		d.rejoin(laid, subX+partW, bottom, meet)
	}
	return bottom
}

// part is a part of a group laid out: a single task in one box, or a route
// in a frame with its heading and its steps' boxes.
type part struct {
	s          *flow.ResolvedStep
	top, h     int
	w          int
	entry      int    // where the fork or the bracket reaches it
	lines      []line // the task's lines, or the route's heading
	steps      []part // a route's steps, their top relative to the page
	stepX, stW int
}

// layPart lays out one part of a group from top; labelled says whether
// the parts show their labels (a group with routes).
func (d *drawing) layPart(p *flow.ResolvedStep, labelled bool, top, w int) part {
	l := part{s: p, top: top, w: w}
	if !p.IsRoute() {
		l.lines = d.stepLines(p, titled(p, labelled), w, partSize)
		l.h = height(l.lines)
		l.entry = top + l.h/2
		return l
	}
	l.lines = wrapped(titled(p, true), w, line{class: "alur-flow__title alur-flow__route-title", size: partSize, bold: true, fill: "#0b0c0c"})
	l.lines = append(l.lines, d.detailLines(p, w)...)
	l.entry = top + pad + leading(partSize)/2
	l.stepX = subX + routeIn
	l.stW = subX + w - pad - l.stepX
	sy := top + height(l.lines) + 2
	for _, sub := range p.Steps {
		lines := d.stepLines(sub, titled(sub, true), l.stW, metaSize+1)
		l.steps = append(l.steps, part{s: sub, top: sy, h: height(lines), lines: lines})
		sy += height(lines) + routeGap
	}
	l.h = sy - routeGap + pad - top
	return l
}

// drawPart draws a laid-out part: a task's box, or a route's frame with its
// steps and the arrows between them.
func (d *drawing) drawPart(l part) {
	if len(l.steps) == 0 {
		d.box(subX, l.top, l.w, l.h, l.s)
		d.text(subX+pad, l.top+pad, l.lines)
		return
	}
	fmt.Fprintf(&d.over, `<rect class="alur-flow__route" x="%d" y="%d" width="%d" height="%d" rx="6" fill="#ffffff" stroke="#1d70b8" stroke-width="2"%s/>`+"\n",
		subX, l.top, l.w, l.h, dash(l.s.Optional))
	d.text(subX+pad, l.top+pad, l.lines)
	for i, st := range l.steps {
		d.box(l.stepX, st.top, l.stW, st.h, st.s)
		d.text(l.stepX+pad, st.top+pad, st.lines)
		if i > 0 {
			d.arrow(l.stepX+2*pad, l.steps[i-1].top+l.steps[i-1].h, st.top)
		}
	}
}

// rejoin draws where a group's routes meet again: a line from the end of
// each part (whose right edge is at right) along the edge, down, under the
// parts and back to the rail just above the panel's bottom, with what
// comes next written above it.
func (d *drawing) rejoin(parts []part, right, bottom int, meet []line) {
	x := right + gutter/2
	lineY := bottom - pad
	labelTop := lineY - pad - height(meet)
	for _, l := range parts {
		out := l.top + l.h - 12
		fmt.Fprintf(&d.over, `<path class="alur-flow__rejoin" d="M%d %dH%d" fill="none" stroke="#1d70b8" stroke-width="2"/>`+"\n", right, out, x)
	}
	first := parts[0].top + parts[0].h - 12
	fmt.Fprintf(&d.over, `<path class="alur-flow__rejoin" d="M%d %dV%dH%d" fill="none" stroke="#1d70b8" stroke-width="2"/>`+"\n", x, first, lineY, railX+8)
	fmt.Fprintf(&d.over, `<path class="alur-flow__rejoin-arrow" d="M%d %dL%d %dL%d %dZ" fill="#1d70b8"/>`+"\n",
		railX+numR/2, lineY, railX+numR/2+8, lineY-5, railX+numR/2+8, lineY+5)
	d.text(subX, labelTop, meet)
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

// joins draws a straight bracket from start for parts done together, and
// branches that leave one point for alternatives; each reaches its part at
// its entry.
func (d *drawing) joins(kind string, start int, entries []int) {
	if kind == "dan" {
		last := entries[len(entries)-1]
		fmt.Fprintf(&d.over, `<path class="alur-flow__join" d="M%d %dV%d" fill="none" stroke="#0b0c0c" stroke-width="3"/>`+"\n", joinX, start, last)
		for _, mid := range entries {
			fmt.Fprintf(&d.over, `<path class="alur-flow__join" d="M%d %dH%d" fill="none" stroke="#0b0c0c" stroke-width="3"/>`+"\n", joinX, mid, subX)
		}
		return
	}
	for _, mid := range entries {
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
		d.railArrow(centres[i-1]+numR, centres[i]-numR)
	}
}

// railArrow draws the rail from one y down to another, ending in an arrow.
func (d *drawing) railArrow(from, to int) {
	fmt.Fprintf(&d.under, `<path class="alur-flow__rail" d="M%d %dV%d" fill="none" stroke="#505a5f" stroke-width="2"/>`+"\n", railX, from, to-6)
	fmt.Fprintf(&d.under, `<path class="alur-flow__arrow" d="M%d %dL%d %dL%d %dZ" fill="#505a5f"/>`+"\n",
		railX-5, to-8, railX+5, to-8, railX, to)
}

// arrow points down at x across the gap between two steps of a route.
func (d *drawing) arrow(x, from, to int) {
	fmt.Fprintf(&d.over, `<path class="alur-flow__route-arrow" d="M%d %dV%d" fill="none" stroke="#1d70b8" stroke-width="2"/>`+"\n", x, from, to-5)
	fmt.Fprintf(&d.over, `<path class="alur-flow__route-arrow" d="M%d %dL%d %dL%d %dZ" fill="#1d70b8"/>`+"\n", x-4, to-6, x+4, to-6, x, to)
}

// end marks the end of the flow below the last step's number, whose centre
// is at cy, on the rail; y is where the mark may start. It returns the
// bottom of the mark.
func (d *drawing) end(cy, y int) (bottom int) {
	mid := y + endR
	d.railArrow(cy+numR, mid-endR)
	fmt.Fprintf(&d.over, `<circle class="alur-flow__end" cx="%d" cy="%d" r="%d" fill="#0b0c0c"/>`+"\n", railX, mid, endR)
	fmt.Fprintf(&d.over, `<text class="alur-flow__end-text" x="%d" y="%d" font-size="%d" font-weight="bold" fill="#0b0c0c">%s</text>`+"\n", boxX, mid+5, titleSize, esc(d.w.end))
	return mid + endR
}
