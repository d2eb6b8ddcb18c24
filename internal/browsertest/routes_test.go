package browsertest

import (
	"strings"
	"testing"
)

// heading is a heading in a service page's list of steps, and the route it
// belongs to.
type heading struct {
	Level string `json:"level"` // H3 a step, H4 a part of a group, H5 a route's step
	Text  string `json:"text"`
	Route string `json:"route"` // the heading of the route an H5 is in
	Shown bool   `json:"shown"`
}

const stepHeadings = `[...document.querySelectorAll(".al-steps :is(h3, h4, h5)")].map(h => {
	const route = h.tagName === "H5" ? h.closest(".al-part--route").querySelector(".al-part__title").textContent : "";
	// A folded <details> keeps its content laid out but not rendered:
	// checkVisibility sees that, a bounding box does not.
	return {level: h.tagName, text: h.textContent.replace(/\s+/g, " ").trim(), route: route.replace(/\s+/g, " ").trim(), shown: h.checkVisibility()};
})`

// Issue 11, item 7: in Pengantar Nikah the KUA's marriage guidance, which
// only the Islam route takes, showed as a step for everyone after the
// choice. On the Kota Malang example's page it is now a step of the KUA
// route only, each route's steps sit inside it (folded under its name until
// a resident opens it), the flow says that it ends with the routes, and the
// page still passes axe, with and without JavaScript.
func TestPengantarNikahRoutesKeepTheirSteps(t *testing.T) {
	axe := readAxe(t)
	tb := newTab(t, exampleSite(t))
	const path = "/kelurahan/kauman/pengantar-nikah/"
	for _, scripts := range []bool{true, false} {
		name := "with JavaScript"
		if !scripts {
			name = "without JavaScript"
		}
		t.Run(name, func(t *testing.T) {
			if scripts {
				tb.open(t, path)
			} else {
				tb.openWithoutScripts(t, path)
			}
			hs := evaluate[[]heading](t, tb, stepHeadings)
			top := 0
			for _, h := range hs {
				if h.Level == "H3" {
					top++
				}
			}
			if top != 6 {
				t.Errorf("%s shows %d steps, want 6: the routes' steps belong inside step 6", path, top)
			}
			// A resident on the KUA route opens its steps: they show, the
			// other route's stay folded.
			if !evaluate[bool](t, tb, `(() => {
				const kua = [...document.querySelectorAll(".al-part--route")].find(r => r.querySelector(".al-part__title").textContent.includes("Nikah di KUA"));
				kua?.querySelector(".al-route-fold > summary").click();
				return !!kua;
			})()`) {
				t.Fatal("no route named Nikah di KUA")
			}
			hs = evaluate[[]heading](t, tb, stepHeadings)
			for _, c := range []struct {
				step, route string
				shown       bool
			}{
				{"Daftar nikah di KUA", "Nikah di KUA", true},
				{"Ikuti bimbingan perkawinan", "Nikah di KUA", true},
				{"Ikuti pemberkatan di rumah ibadah", "Nikah di rumah ibadah", false},
				{"Catatkan perkawinan di Dispendukcapil", "Nikah di rumah ibadah", false},
			} {
				var at []heading
				for _, h := range hs {
					if strings.Contains(h.Text, c.step) {
						at = append(at, h)
					}
				}
				if len(at) != 1 || at[0].Level != "H5" || !strings.Contains(at[0].Route, c.route) || at[0].Shown != c.shown {
					t.Errorf("%q should be once on the page, as a step of the route %q, shown %v once that route is open; it is %+v", c.step, c.route, c.shown, at)
				}
			}
			end := evaluate[string](t, tb, `document.querySelector(".al-rejoin")?.innerText ?? ""`)
			if !strings.Contains(end, "Layanan selesai") {
				t.Errorf("the page does not say that the routes end the service: %q", end)
			}
			runAxe(t, tb, axe)
		})
	}
	desc := evaluate[string](t, tb, `document.querySelector(".al-diagram svg desc").textContent`)
	for _, want := range []string{"6a) Nikah di KUA", "6a.2 Ikuti bimbingan perkawinan", "6b.2 Catatkan perkawinan di Dispendukcapil", "Jalur mana pun: selesai."} {
		if !strings.Contains(desc, want) {
			t.Errorf("the diagram's description lacks %q:\n%s", want, desc)
		}
	}
	if strings.Contains(desc, " 7. ") || evaluate[int](t, tb, `document.querySelectorAll(".al-diagram .alur-flow__end").length`) != 1 {
		t.Errorf("the diagram does not end after the routes:\n%s", desc)
	}

	tb.open(t, "/en"+path)
	hs := evaluate[[]heading](t, tb, stepHeadings)
	if n := evaluate[int](t, tb, `document.querySelectorAll(".al-route__title > span[lang=id]").length`); n != 4 {
		t.Errorf("the English page marks %d of the 4 route steps' Indonesian titles lang=id", n)
	}
	if end := evaluate[string](t, tb, `document.querySelector(".al-rejoin").innerText`); !strings.Contains(end, "The service ends") {
		t.Errorf("the English page says %q where the routes end", end)
	}
	if len(hs) == 0 {
		t.Error("the English page has no steps")
	}
	runAxe(t, tb, axe)
}
