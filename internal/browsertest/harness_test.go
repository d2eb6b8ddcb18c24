package browsertest

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The checks above pass only if they can fail. These tests plant each
// fault in a real page and make sure the check sees it.

func TestHarnessAxeSeesAnImageWithoutText(t *testing.T) {
	axe := readAxe(t)
	tb := newTab(t, fixture)
	tb.open(t, "/")
	evaluate[bool](t, tb, `(() => {
		const img = document.createElement("img");
		img.src = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==";
		document.querySelector("main").append(img);
		return true;
	})()`)
	res := axeCheck(t, tb, axe)
	if !slices.ContainsFunc(res.Violations, func(r axeRule) bool { return r.ID == "image-alt" }) {
		t.Errorf("axe did not report an image without alt text; it reported %v", res.Violations)
	}
}

func TestHarnessTabSeesCSPViolationsErrorsAndDialogs(t *testing.T) {
	tb := newTab(t, fixture)
	tb.open(t, "/")
	evaluate[bool](t, tb, `(() => {
		const s = document.createElement("script");
		s.textContent = "document.title = 'inline ran'";
		document.body.append(s);
		setTimeout(() => { throw new Error("planted failure"); });
		setTimeout(() => alert("planted dialog"), 10);
		return true;
	})()`)
	var got []string
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		got = append(got, tb.takeProblems()...)
		all := strings.Join(got, "\n")
		if strings.Contains(all, "Content Security Policy") && strings.Contains(all, "planted failure") && strings.Contains(all, "planted dialog") {
			break
		}
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{"Content Security Policy", "planted failure", "planted dialog"} {
		if !strings.Contains(all, want) {
			t.Errorf("the tab did not notice %q; it saw:\n%s", want, all)
		}
	}
	if title := evaluate[string](t, tb, `document.title`); title == "inline ran" {
		t.Error("an inline script ran: the server's Content-Security-Policy is not in force")
	}
}

func TestHarnessForeignOrigins(t *testing.T) {
	tb := &tab{site: fixture}
	for _, u := range []string{fixture.URL("/css/x.css"), "data:image/png;base64,AA=="} {
		if p := tb.foreign(u); p != "" {
			t.Errorf("%s counted as another site: %s", u, p)
		}
	}
	for _, u := range []string{"https://fonts.googleapis.com/css2?family=Inter", "http://localhost:1/x.js", strings.Replace(fixture.Origin, "127.0.0.1", "127.0.0.2", 1) + "/"} {
		if tb.foreign(u) == "" {
			t.Errorf("%s not counted as another site", u)
		}
	}
}

func TestHarnessLayoutSeesSidewaysScrollAndOverlap(t *testing.T) {
	tb := newTab(t, fixture)
	tb.open(t, "/")
	evaluate[bool](t, tb, `(() => {
		const wide = document.createElement("div");
		wide.style.width = "900px";
		wide.textContent = "wide";
		document.querySelector("main").append(wide);
		const a = document.querySelector(".al-header a"), b = document.createElement("a");
		b.href = "#"; b.textContent = "on top";
		b.style.position = "absolute";
		const r = a.getBoundingClientRect();
		b.style.left = r.left + "px"; b.style.top = (r.top + scrollY) + "px";
		document.body.append(b);
		return true;
	})()`)
	l := call[layout](t, tb, "layout")
	if l.ScrollWidth <= l.ViewportWidth || len(l.Wide) == 0 {
		t.Errorf("a 900px block at 360px did not register as sideways scroll: %+v", l)
	}
	if len(l.Overlaps) == 0 {
		t.Error("a link placed on top of another did not register as an overlap")
	}
}

func TestHarnessFocusSeesAMissingIndicator(t *testing.T) {
	tb := newTab(t, fixture)
	tb.open(t, "/")
	call[[]focusable](t, tb, "focusables")
	// Strip the focus style of the second focusable (the site name) and
	// re-record its unfocused look.
	evaluate[bool](t, tb, `(() => {
		const el = document.querySelector("[data-bt='1']");
		el.style.outline = "none";
		el.style.boxShadow = "none";
		const cs = getComputedStyle(el);
		el.dataset.btLook = [cs.outlineStyle, cs.outlineWidth, cs.outlineColor, cs.boxShadow, cs.backgroundColor, cs.borderColor, cs.textDecorationLine].join("|");
		return true;
	})()`)
	press(t, tb, kb.Tab)
	f := press(t, tb, kb.Tab)
	if f.Index != 1 {
		t.Fatalf("second Tab landed on %s", f.Name)
	}
	if f.Changed && f.Indicator {
		t.Errorf("focus without outline or shadow still counted as visible: %+v", f)
	}
}

func TestHarnessTargetsSeeASmallButton(t *testing.T) {
	tb := newTab(t, fixture)
	tb.open(t, "/")
	evaluate[bool](t, tb, `(() => {
		const b = document.createElement("button");
		b.textContent = "x";
		b.style.width = "16px"; b.style.height = "16px"; b.style.padding = "0";
		document.querySelector("main").append(b);
		return true;
	})()`)
	r := call[targetReport](t, tb, "targets", minTarget)
	if !slices.ContainsFunc(r.Small, func(s string) bool { return strings.HasPrefix(s, `button[submit] "x"`) }) {
		t.Errorf("a 16x16 button was not reported: %v", r.Small)
	}
}

func TestHarnessCountsPrintedPages(t *testing.T) {
	tb := newTab(t, fixture)
	tb.open(t, "/kelurahan/kauman/kematian/")
	evaluate[bool](t, tb, `(() => {
		for (let i = 0; i < 150; i++) {
			const p = document.createElement("p");
			p.textContent = "Baris tambahan " + i;
			document.querySelector("main").append(p);
		}
		return true;
	})()`)
	pdf, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4)))
	if err != nil {
		t.Fatal(err)
	}
	if n := pdfPages(pdf); n < 3 {
		t.Errorf("150 extra paragraphs printed on %d pages by our count; want 3 or more", n)
	}
}
