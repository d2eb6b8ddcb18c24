// Package qrsvg draws a QR code as one SVG path, for the screens of the
// lobby kiosk, the printed checklist of a service page and the survey's
// poster: a phone scans it to carry the page away.
package qrsvg

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"rsc.io/qr"
	"rsc.io/qr/coding"

	"github.com/alurlayanan/alur/internal/memo"
)

// QuietZone is the white border a QR reader needs around the code, in
// modules; the standard asks for four.
const QuietZone = 4

// Code is a QR code ready for a template. Path and ViewBox are built from
// numbers only, so a template can put them in attributes without any
// trust.
type Code struct {
	URL     string // what it encodes
	Size    int    // modules on a side, quiet zone included
	Path    string // one stroke per run of dark modules (darkRuns)
	ViewBox string
}

// Encode encodes url at level M: screens are clean and paper is not, but
// phones scan both at an angle, so some redundancy pays.
//
// A build draws the same codes many times over (an agency's web site on
// every kiosk page that sends residents there, a page's address on its
// printed checklist and on the kiosk), so codes are remembered by URL.
func Encode(url string) (Code, error) {
	return drawn.GetErr(url, encode)
}

// drawn are the codes drawn lately, a few kilobytes each.
var drawn = memo.New[string, Code](4096)

func encode(url string) (Code, error) {
	code, err := encodeM(url)
	if err != nil {
		return Code{}, fmt.Errorf("QR code for %q: %w", url, err)
	}
	size := code.Size + 2*QuietZone
	return Code{URL: url, Size: size, Path: darkRuns(code), ViewBox: "0 0 " + strconv.Itoa(size) + " " + strconv.Itoa(size)}, nil
}

// encodeM is qr.Encode(text, qr.M) with the plan of each QR version made
// once: qr.Encode makes a plan for every code, and that takes longer than
// the code (a build draws a few thousand).
func encodeM(text string) (*qr.Code, error) {
	var enc coding.Encoding
	switch {
	case coding.Num(text).Check() == nil:
		enc = coding.Num(text)
	case coding.Alpha(text).Check() == nil:
		enc = coding.Alpha(text)
	default:
		enc = coding.String(text)
	}
	v := coding.Version(coding.MinVersion)
	for enc.Bits(v) > v.DataBytes(coding.M)*8 {
		if v++; v > coding.MaxVersion {
			return nil, errors.New("text too long to encode as QR")
		}
	}
	p, err := planOf(v)
	if err != nil {
		return nil, err
	}
	c, err := p.Encode(enc)
	if err != nil {
		return nil, err
	}
	return &qr.Code{Bitmap: c.Bitmap, Size: c.Size, Stride: c.Stride, Scale: 8}, nil
}

// plans are the plans made so far, by version (there are 40); a plan is
// only read once made.
var plans = memo.New[coding.Version, *coding.Plan](coding.MaxVersion)

func planOf(v coding.Version) (*coding.Plan, error) {
	return plans.GetErr(v, func(v coding.Version) (*coding.Plan, error) { return coding.NewPlan(v, coding.M, 0) })
}

// Short is an address as people read it aloud or type it: no scheme, no
// final slash.
func Short(url string) string {
	for _, scheme := range []string{"https://", "http://"} {
		url = strings.TrimPrefix(url, scheme)
	}
	return strings.TrimSuffix(url, "/")
}

// darkRuns draws each horizontal run of dark modules as one stroke, one
// module wide, along the middle of its row: "M4 4.5h7" and, for the next
// run in the row, a move from the end of the last, "m2 0h1". A path of
// such strokes is half the size of one of rectangles ("M4 4h7v1h-7z"), and
// a code of about 40 modules a side is one or two kilobytes. Templates
// draw the path with stroke="#000" and no fill.
func darkRuns(code *qr.Code) string {
	// On the stack, and large enough for the paths of page addresses (two
	// to three kilobytes), so the path is copied once, into its string.
	b := make([]byte, 0, 4096)
	for y := 0; y < code.Size; y++ {
		end := -1 // where the last run of this row ended, or -1
		for x := 0; x < code.Size; {
			if !code.Black(x, y) {
				x++
				continue
			}
			start := x
			for x < code.Size && code.Black(x, y) {
				x++
			}
			if end < 0 {
				b = append(b, 'M')
				b = strconv.AppendInt(b, int64(start+QuietZone), 10)
				b = append(b, ' ')
				b = strconv.AppendInt(b, int64(y+QuietZone), 10)
				b = append(b, ".5"...)
			} else {
				b = append(b, 'm')
				b = strconv.AppendInt(b, int64(start-end), 10)
				b = append(b, " 0"...)
			}
			b = append(b, 'h')
			b = strconv.AppendInt(b, int64(x-start), 10)
			end = x
		}
	}
	return string(b)
}

// Modules are the modules a path of darkRuns paints dark, by column and
// row, quiet zone included: what a reader of the drawn code sees.
func Modules(path string) (map[[2]int]bool, error) {
	if rest := runRE.ReplaceAllString(path, ""); rest != "" {
		return nil, fmt.Errorf("qrsvg: the path has more than runs: %q", rest)
	}
	dark := map[[2]int]bool{}
	x, y := 0, 0
	for _, run := range runRE.FindAllStringSubmatch(path, -1) {
		if run[1] != "" {
			x, _ = strconv.Atoi(run[1])
			y, _ = strconv.Atoi(run[2])
		} else {
			gap, _ := strconv.Atoi(run[3])
			x += gap
		}
		w, _ := strconv.Atoi(run[4])
		for range w {
			dark[[2]int{x, y}] = true
			x++
		}
	}
	return dark, nil
}

// runRE is one run of a darkRuns path: its start, absolute or from the end
// of the last run, and its width.
var runRE = regexp.MustCompile(`(?:M(\d+) (\d+)\.5|m(\d+) 0)h(\d+)`)
