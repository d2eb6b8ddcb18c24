package diagram

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/testing/golden"
)

var (
	loket      = &flow.Place{ID: "loket", Name: "Loket Pelayanan 1"}
	ruangLurah = &flow.Place{ID: "ruang-lurah", Name: "Ruang Lurah"}
	rtRW       = &flow.Agency{ID: "rt-rw", AgencyInfo: flow.AgencyInfo{Reach: flow.Reach{Name: "Ketua RT dan Ketua RW tempat tinggal Anda"}}}
	kecamatan  = &flow.Agency{ID: "kecamatan", AgencyInfo: flow.AgencyInfo{Reach: flow.Reach{Name: "Kantor Kecamatan Klojen"}}}
)

func dur(t *testing.T, s string) flow.Duration {
	t.Helper()
	d, err := flow.ParseDuration(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func step(title string, where flow.Location, d flow.Duration) *flow.ResolvedStep {
	return &flow.ResolvedStep{Step: flow.Step{Title: title}, Where: where, Duration: d}
}

// sktmSteps is a flow with every kind of step: outside the office, an "and"
// group, an optional step with a condition, an "or" group, and one with a
// long word that must be broken.
func sktmSteps(t *testing.T) []*flow.ResolvedStep {
	steps := []*flow.ResolvedStep{
		step("Minta surat pengantar RT/RW", flow.Location{Agency: rtRW}, dur(t, "1 hari")),
		{Step: flow.Step{Title: "Siapkan berkas"}, And: []*flow.ResolvedStep{
			step("Fotokopi KTP-el dan Kartu Keluarga", flow.Location{}, flow.Duration{}),
			step("Isi surat pernyataan tidak mampu", flow.Location{Place: loket}, dur(t, "10 menit")),
		}},
		step("Serahkan berkas dan tunggu petugas memeriksa kelengkapannya", flow.Location{Place: loket}, dur(t, "15-30 menit")),
		{Step: flow.Step{Title: "Kunjungi rumah pemohon", Optional: true, When: "keluarga belum tercatat di DTSEN"}, Duration: dur(t, "1-2 hari kerja")},
		{Step: flow.Step{}, Or: []*flow.ResolvedStep{
			{Step: flow.Step{Title: "Ambil sendiri", When: "pemohon datang sendiri"}, Where: flow.Location{Place: loket}},
			{Step: flow.Step{Title: "Ambil lewat kuasa", When: "pemohon diwakilkan, bawa surat kuasa"}, Where: flow.Location{Place: ruangLurah}},
		}},
		step("Mintakan tanda tangan Camat; contoh formulir ada di https://kecamatan-klojen.malangkota.go.id/formulir", flow.Location{Agency: kecamatan}, dur(t, "1 jam")),
	}
	for i, s := range steps {
		s.Number = i + 1
	}
	return steps
}

var kua = &flow.Agency{ID: "kua", AgencyInfo: flow.AgencyInfo{Reach: flow.Reach{Name: "KUA Kecamatan Klojen"}}}

// route is an alternative with steps of its own, labelled as the checker
// labels them.
func route(label, title, when string, steps ...*flow.ResolvedStep) *flow.ResolvedStep {
	for i, s := range steps {
		s.Label = fmt.Sprintf("%s.%d", label, i+1)
	}
	return &flow.ResolvedStep{Step: flow.Step{Title: title, When: when}, Label: label, Steps: steps}
}

// nikahSteps end with a choice of two routes, which the flow rejoins
// nowhere: the diagram must show the end.
func nikahSteps(t *testing.T) []*flow.ResolvedStep {
	bimbingan := step("Ikuti bimbingan perkawinan", flow.Location{Agency: kua}, dur(t, "1 hari"))
	bimbingan.Optional = true
	kuaRoute := route("3a", "Nikah di KUA", "beragama Islam",
		step("Daftar nikah di KUA", flow.Location{Agency: kua}, dur(t, "1 jam")), bimbingan)
	other := route("3b", "Nikah di rumah ibadah", "beragama selain Islam",
		step("Ikuti pemberkatan di rumah ibadah", flow.Location{}, flow.Duration{}),
		step("Catatkan perkawinan di Dispendukcapil", flow.Location{Agency: &flow.Agency{ID: "dispendukcapil", AgencyInfo: flow.AgencyInfo{Reach: flow.Reach{Name: "Dispendukcapil Kota Malang"}}}}, dur(t, "1 hari kerja")))
	steps := []*flow.ResolvedStep{
		step("Minta surat pengantar RT/RW", flow.Location{Agency: rtRW}, dur(t, "1 hari")),
		step("Ambil surat pengantar di loket", flow.Location{Place: loket}, dur(t, "5 menit")),
		{Step: flow.Step{Title: "Daftarkan pernikahan"}, Or: []*flow.ResolvedStep{kuaRoute, other}},
	}
	for i, s := range steps {
		s.Number, s.Label = i+1, fmt.Sprint(i+1)
	}
	return steps
}

// kematianSteps start with a route among the alternatives and rejoin at
// step 2.
func kematianSteps(t *testing.T) []*flow.ResolvedStep {
	rs := step("Minta surat dari rumah sakit", flow.Location{Agency: rtRW}, flow.Duration{})
	rs.Label = "1a"
	steps := []*flow.ResolvedStep{
		{Step: flow.Step{Title: "Minta surat keterangan kematian"}, Rejoin: 2, Or: []*flow.ResolvedStep{rs,
			route("1b", "Minta surat lewat RT/RW", "meninggal di rumah",
				step("Laporkan kematian ke Ketua RT", flow.Location{Agency: rtRW}, flow.Duration{}),
				step("Ambil surat dari RT/RW", flow.Location{Agency: rtRW}, dur(t, "1 hari")))}},
		step("Serahkan berkas", flow.Location{Place: loket}, flow.Duration{}),
	}
	for i, s := range steps {
		s.Number, s.Label = i+1, fmt.Sprint(i+1)
	}
	return steps
}

func TestGolden(t *testing.T) {
	for name, steps := range map[string]func(*testing.T) []*flow.ResolvedStep{"sktm": sktmSteps, "nikah": nikahSteps, "kematian": kematianSteps} {
		for _, lang := range []string{"id", "en"} {
			t.Run(name+"."+lang, func(t *testing.T) {
				got := []byte(SVG(steps(t), lang))
				compareGolden(t, filepath.Join("testdata", name+"."+lang+".svg"), got)
			})
		}
	}
}

func compareGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if golden.Update() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/diagram -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output; run go test ./internal/diagram -update and look at the diff", path)
	}
}

func TestNoStepsNoDiagram(t *testing.T) {
	if got := SVG(nil, "id"); got != "" {
		t.Errorf("SVG(nil) = %q, want empty", got)
	}
}

// element is the parsed SVG, enough to ask questions about it.
type element struct {
	name  string
	attrs map[string]string
	text  string
}

func parse(t *testing.T, svg string) []element {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(svg))
	dec.Strict = true
	var out []element
	var open []int
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, svg)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			e := element{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				e.attrs[a.Name.Local] = a.Value
			}
			out = append(out, e)
			open = append(open, len(out)-1)
		case xml.EndElement:
			open = open[:len(open)-1]
		case xml.CharData:
			if len(open) > 0 {
				out[open[len(open)-1]].text += string(tok)
			}
		}
	}
	return out
}

func TestAccessibleAndThemeable(t *testing.T) {
	svg := string(SVG(sktmSteps(t), "id"))
	els := parse(t, svg)
	root := els[0]
	for attr, want := range map[string]string{"role": "img", "width": "100%", "class": "alur-flow"} {
		if root.attrs[attr] != want {
			t.Errorf("<svg %s=%q>, want %q", attr, root.attrs[attr], want)
		}
	}
	if !regexp.MustCompile(`^0 0 320 \d+$`).MatchString(root.attrs["viewBox"]) {
		t.Errorf("viewBox = %q, want 320 wide", root.attrs["viewBox"])
	}
	if els[1].name != "title" || els[2].name != "desc" {
		t.Fatalf("first children are <%s> <%s>, want <title> <desc>", els[1].name, els[2].name)
	}
	if ids := strings.Fields(root.attrs["aria-labelledby"]); len(ids) != 2 || ids[0] != els[1].attrs["id"] || ids[1] != els[2].attrs["id"] {
		t.Errorf("aria-labelledby = %q does not name the title and desc", root.attrs["aria-labelledby"])
	}
	if want := "Diagram alur layanan: 6 langkah"; els[1].text != want {
		t.Errorf("title = %q, want %q", els[1].text, want)
	}
	desc := els[2].text
	for _, want := range []string{
		"1. Minta surat pengantar RT/RW (Di luar kantor: Ketua RT dan Ketua RW tempat tinggal Anda; 1 hari).",
		"2. Siapkan berkas. Lakukan semua: a) Fotokopi KTP-el dan Kartu Keluarga; dan b) Isi surat pernyataan tidak mampu (Tempat: Loket Pelayanan 1; 10 menit).",
		"4. Kunjungi rumah pemohon (opsional; 1-2 hari kerja; jika keluarga belum tercatat di DTSEN).",
		"5. Pilih salah satu: a) Ambil sendiri (Tempat: Loket Pelayanan 1; jika pemohon datang sendiri); atau b) Ambil lewat kuasa",
	} {
		if !strings.Contains(desc, want) {
			t.Errorf("desc lacks %q:\n%s", want, desc)
		}
	}
	for _, e := range els {
		if _, ok := e.attrs["style"]; ok {
			t.Errorf("<%s> has a style attribute, which the CSP blocks", e.name)
		}
		if c := e.attrs["class"]; e.name != "title" && e.name != "desc" && !strings.HasPrefix(c, "alur-flow") {
			t.Errorf("<%s class=%q> lacks the alur-flow prefix", e.name, c)
		}
	}
}

func TestStepKindsLookDifferent(t *testing.T) {
	els := parse(t, string(SVG(sktmSteps(t), "id")))
	count := func(pred func(element) bool) int {
		n := 0
		for _, e := range els {
			if pred(e) {
				n++
			}
		}
		return n
	}
	hasClass := func(c string) func(element) bool {
		return func(e element) bool { return strings.Contains(" "+e.attrs["class"]+" ", " "+c+" ") }
	}
	outside := count(func(e element) bool { return hasClass("alur-flow__box--luar")(e) && e.attrs["stroke-width"] == "3" })
	if outside != 2 {
		t.Errorf("%d boxes drawn as outside the office, want 2 (RT/RW and kecamatan)", outside)
	}
	dashed := count(func(e element) bool { return e.name == "rect" && e.attrs["stroke-dasharray"] != "" })
	if dashed != 1 {
		t.Errorf("%d dashed boxes, want 1 (the optional home visit)", dashed)
	}
	if n := count(func(e element) bool { return hasClass("alur-flow__conj--atau")(e) && e.text == "atau" }); n != 1 {
		t.Errorf("%d \"atau\" labels, want 1", n)
	}
	if n := count(func(e element) bool { return hasClass("alur-flow__conj--dan")(e) && e.text == "dan" }); n != 1 {
		t.Errorf("%d \"dan\" labels, want 1", n)
	}
	if n := count(hasClass("alur-flow__fork")); n != 2 {
		t.Errorf("%d fork branches, want one per alternative (2)", n)
	}
	if n := count(hasClass("alur-flow__num")); n != 6 {
		t.Errorf("%d step numbers, want 6", n)
	}
	where := count(func(e element) bool {
		return hasClass("alur-flow__where--luar")(e) && strings.HasPrefix(e.text, "Di luar kantor: ")
	})
	if where != 2 {
		t.Errorf("%d \"Di luar kantor\" labels, want 2", where)
	}
}

func TestEnglishLabels(t *testing.T) {
	els := parse(t, string(SVG(sktmSteps(t), "en")))
	var all []string
	for _, e := range els {
		all = append(all, e.text)
	}
	text := strings.Join(all, "\n")
	for _, want := range []string{"Service flow diagram: 6 steps", "Outside this office: Kantor Kecamatan Klojen", "Choose one:", "Do all of these:", "1-2 working days", "Optional", "\nor\n", "\nand\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("English diagram lacks %q", want)
		}
	}
	if strings.Contains(text, "Di luar kantor") || strings.Contains(text, "menit") {
		t.Errorf("English diagram has Indonesian labels:\n%s", text)
	}
}

func TestHostileTextStaysText(t *testing.T) {
	hostile := `</text><script>alert(1)</script><text>`
	steps := []*flow.ResolvedStep{
		step(hostile, flow.Location{Place: &flow.Place{Name: `Loket "1" & <b>2</b>`}}, flow.Duration{}),
		{Step: flow.Step{Title: "x\x00\x1b]0;y\u2028z", When: `"><svg onload=alert(1)>`}, Or: []*flow.ResolvedStep{
			step(`' onmouseover='alert(1)`, flow.Location{Agency: &flow.Agency{AgencyInfo: flow.AgencyInfo{Reach: flow.Reach{Name: "]]><script>"}}}}, flow.Duration{}),
			step("b", flow.Location{}, flow.Duration{}),
		}},
	}
	svg := string(SVG(steps, "id"))
	if strings.Contains(strings.ToLower(svg), "<script") || strings.Contains(svg, "<b>") || strings.Contains(svg, "<svg onload") {
		t.Fatalf("hostile text became markup:\n%s", svg)
	}
	els := parse(t, svg)
	var texts []string
	for _, e := range els {
		if e.name == "script" || e.name == "b" {
			t.Errorf("hostile text made a <%s> element", e.name)
		}
		for name := range e.attrs {
			if strings.HasPrefix(name, "on") {
				t.Errorf("hostile text made an attribute %s on <%s>", name, e.name)
			}
		}
		texts = append(texts, e.text)
	}
	joined := strings.Join(texts, "")
	for _, want := range []string{"<script>alert(1)</script>", `Loket "1" & <b>2</b>`, "]]><script>"} {
		if !strings.Contains(joined, want) {
			t.Errorf("hostile text %q was not kept as visible text", want)
		}
	}
	if strings.ContainsAny(svg, "\x00\x1b") || !utf8.ValidString(svg) {
		t.Error("control characters reached the SVG")
	}
}

func TestWrap(t *testing.T) {
	text := "Mintakan tanda tangan Camat di https://kecamatan-klojen.malangkota.go.id/formulir sekarang"
	lines := wrap(text, 20)
	for _, l := range lines {
		if n := utf8.RuneCountInString(l); n > 20 {
			t.Errorf("line %q has %d characters, want at most 20", l, n)
		}
	}
	if got := strings.Join(lines, ""); strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(text, " ", "") {
		t.Errorf("wrap lost text: %q", lines)
	}
	if lines[0] != "Mintakan tanda" || !strings.HasSuffix(lines[len(lines)-1], " sekarang") {
		t.Errorf("wrap broke words it did not need to: %q", lines)
	}
	if got := wrap("  ", 10); len(got) != 0 {
		t.Errorf("wrap of blank text = %q, want no lines", got)
	}
	if got := wrap("Kantor Kecamatan Lowokwaru", 200); len(got) != 1 {
		t.Errorf("short text wrapped into %d lines", len(got))
	}
}

// TestLinesFitTheirBoxes checks the layout against its own measure: every
// line is shorter than its box allows, and every box is tall enough for its
// lines, for titles of every length.
func TestLinesFitTheirBoxes(t *testing.T) {
	title := strings.Repeat("Serahkan berkas persyaratan ", 6)
	for n := 1; n < len(title); n += 7 {
		s := step(title[:n], flow.Location{Agency: kecamatan}, dur(t, "15 menit"))
		els := parse(t, string(SVG([]*flow.ResolvedStep{s}, "id")))
		var box element
		for _, e := range els {
			switch {
			case e.name == "rect":
				box = e
			case e.name == "text" && strings.Contains(e.attrs["class"], "alur-flow__title"):
				size := atoi(t, e.attrs["font-size"])
				room := atoi(t, box.attrs["width"]) - 2*pad
				if w := float64(utf8.RuneCountInString(e.text)) * charWidth(size, true); w > float64(room) {
					t.Errorf("line %q is about %.0f wide in a box with room for %d", e.text, w, room)
				}
				if y := atoi(t, e.attrs["y"]); y > atoi(t, box.attrs["y"])+atoi(t, box.attrs["height"]) {
					t.Errorf("line %q at y=%d falls below its box", e.text, y)
				}
			}
		}
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			t.Fatalf("%q is not a whole number", s)
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// rect is a drawn rectangle, to ask what lies inside it.
type rect struct{ x, y, w, h int }

func rectOf(t *testing.T, e element) rect {
	return rect{atoi(t, e.attrs["x"]), atoi(t, e.attrs["y"]), atoi(t, e.attrs["width"]), atoi(t, e.attrs["height"])}
}

func (r rect) holds(o rect) bool {
	return o.x >= r.x && o.y >= r.y && o.x+o.w <= r.x+r.w && o.y+o.h <= r.y+r.h
}

// A route is drawn as a frame holding its steps in order, each box inside
// the frame and below the one before; the routes meet again and go back
// to the rail, with a line that says where the flow goes (issue 11, item
// 7).
func TestRoutesHoldTheirStepsAndRejoin(t *testing.T) {
	for _, c := range []struct {
		name   string
		steps  []*flow.ResolvedStep
		meet   string
		routes int
		subs   []string
		ends   bool
	}{
		{"nikah", nikahSteps(t), "Jalur mana pun: selesai", 2,
			[]string{"3a.1 Daftar nikah di", "3a.2 Ikuti bimbingan", "3b.1 Ikuti", "3b.2 Catatkan"}, true},
		{"kematian", kematianSteps(t), "Jalur mana pun: lanjut ke langkah 2", 1,
			[]string{"1b.1 Laporkan", "1b.2 Ambil surat"}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			els := parse(t, string(SVG(c.steps, "id")))
			var frames, boxes []rect
			var titles []element
			var meet, end []element
			rejoins := 0
			for _, e := range els {
				class := " " + e.attrs["class"] + " "
				switch {
				case e.name == "rect" && strings.Contains(class, " alur-flow__route "):
					frames = append(frames, rectOf(t, e))
				case e.name == "rect" && strings.Contains(class, " alur-flow__box "):
					boxes = append(boxes, rectOf(t, e))
				case e.name == "text" && strings.Contains(class, " alur-flow__title "):
					titles = append(titles, e)
				case strings.Contains(class, " alur-flow__meet "):
					meet = append(meet, e)
				case strings.Contains(class, " alur-flow__end") && e.name == "circle":
					end = append(end, e)
				case strings.Contains(class, " alur-flow__rejoin "):
					rejoins++
				}
			}
			if len(frames) != c.routes {
				t.Fatalf("%d route frames, want %d", len(frames), c.routes)
			}
			inside := 0
			for _, b := range boxes {
				for _, f := range frames {
					if f.holds(b) {
						inside++
					}
				}
			}
			if inside != len(c.subs) {
				t.Errorf("%d step boxes inside route frames, want %d", inside, len(c.subs))
			}
			last := -1
			for _, want := range c.subs {
				i := slices.IndexFunc(titles, func(e element) bool { return e.text == want })
				if i < 0 || i < last {
					t.Errorf("the route step %q is missing or out of order", want)
				}
				last = i
			}
			var said []string
			for _, m := range meet {
				said = append(said, m.text)
			}
			if got := strings.Join(said, " "); got != c.meet {
				t.Errorf("where the routes meet says %q, want %q", got, c.meet)
			}
			group := c.steps[slices.IndexFunc(c.steps, (*flow.ResolvedStep).HasRoutes)]
			if want := len(group.Parts()) + 1; rejoins != want {
				t.Errorf("%d rejoin lines, want %d: one from each alternative and one back to the rail", rejoins, want)
			}
			if (len(end) > 0) != c.ends {
				t.Errorf("end mark drawn: %v, want %v (only a flow that ends with routes has one)", len(end) > 0, c.ends)
			}
			if c.ends {
				for _, b := range append(boxes, frames...) {
					if atoi(t, end[0].attrs["cy"]) <= b.y+b.h {
						t.Errorf("the end mark at y=%s is not below the box at %+v", end[0].attrs["cy"], b)
					}
				}
			}
		})
	}
}

// Every line of a route, its heading and its steps, fits the box it is
// written in.
func TestRouteLinesFitTheirBoxes(t *testing.T) {
	for _, steps := range [][]*flow.ResolvedStep{nikahSteps(t), kematianSteps(t)} {
		els := parse(t, string(SVG(steps, "en")))
		var rects []rect
		for _, e := range els {
			if e.name == "rect" && !strings.Contains(e.attrs["class"], "pill") {
				rects = append(rects, rectOf(t, e))
			}
		}
		for _, e := range els {
			if e.name != "text" || strings.Contains(e.attrs["class"], "num-text") || strings.Contains(e.attrs["class"], "conj") || strings.Contains(e.attrs["class"], "end-text") {
				continue
			}
			x, y, size := atoi(t, e.attrs["x"]), atoi(t, e.attrs["y"]), atoi(t, e.attrs["font-size"])
			// the innermost rectangle the line starts in
			var in *rect
			for i, r := range rects {
				if x >= r.x && x <= r.x+r.w && y >= r.y && y <= r.y+r.h && (in == nil || in.holds(r)) {
					in = &rects[i]
				}
			}
			if in == nil {
				t.Errorf("line %q at %d,%d lies in no box", e.text, x, y)
				continue
			}
			bold := e.attrs["font-weight"] == "bold"
			if w := float64(utf8.RuneCountInString(e.text)) * charWidth(size, bold); x+int(w) > in.x+in.w {
				t.Errorf("line %q is about %.0f wide from x=%d and overflows its box %+v", e.text, w, x, *in)
			}
		}
	}
}

func TestRoutesInEnglish(t *testing.T) {
	svg := string(SVG(nikahSteps(t), "en"))
	for _, want := range []string{">Any route: the end<", ">Done<", "3a) Nikah di KUA (if beragama Islam): 3a.1 Daftar nikah di KUA"} {
		if !strings.Contains(svg, want) {
			t.Errorf("the English diagram lacks %q", want)
		}
	}
	if svg := string(SVG(kematianSteps(t), "en")); !strings.Contains(svg, "Any route: go on to step 2.") {
		t.Error("the English diagram does not say where the routes meet again")
	}
}
