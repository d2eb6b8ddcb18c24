package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// On the English service page the staff's Indonesian sits inside
// lang="id", so a screen reader speaks it as Indonesian, while the page's
// own words stay English; templates put the Indonesian after an English
// label ("Also bring, in this case: ...") instead of inside an English
// sentence.
func TestEnglishPageMarksIndonesianText(t *testing.T) {
	svc := fixtureService(t, "kauman", "sktm")
	data := []string{svc.Name, svc.Def.Summary}
	for _, r := range svc.Requirements {
		data = append(data, r.Document)
		if r.When != "" {
			data = append(data, r.When)
		}
	}
	for _, s := range svc.Steps {
		if s.Title != "" {
			data = append(data, s.Title)
		}
		if s.Actor != "" {
			data = append(data, s.Actor)
		}
		if s.Where.Place != nil {
			data = append(data, s.Where.Place.Name)
		}
	}
	list, _ := json.Marshal(data)
	tb := newTab(t, fixture)
	tb.open(t, "/en/kelurahan/kauman/sktm/")
	type mark struct {
		Text string `json:"text"`
		Lang string `json:"lang"`
	}
	got := evaluate[[]mark](t, tb, fmt.Sprintf(`(() => {
		document.querySelectorAll("main details").forEach(d => d.open = true);
		const langOf = el => el.closest("[lang]")?.getAttribute("lang") ?? "";
		const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
		const nodes = [];
		for (let n; (n = walker.nextNode());) nodes.push(n);
		return %s.map(text => {
			const n = nodes.find(n => n.textContent.includes(text));
			return {text, lang: n ? langOf(n.parentElement) : "(not found)"};
		});
	})()`, list))
	for _, m := range got {
		if m.Lang != "id" {
			t.Errorf("%q is in lang %q on the English page, want id", m.Text, m.Lang)
		}
	}
	h := evaluate[[]string](t, tb, `[...document.querySelectorAll("main h2")].map(h => h.closest("[lang]").getAttribute("lang"))`)
	for i, l := range h {
		if l != "en" {
			t.Errorf("heading %d of the English page is in lang %q", i, l)
		}
	}
	if text := evaluate[string](t, tb, `document.querySelector(".al-case").textContent.replace(/\s+/g, " ")`); text != "Also bring, in this case: pemohon diwakilkan" {
		t.Errorf("the case heading reads %q, want the English label before the Indonesian case", text)
	}
}

// A city service may carry its name and summary in English (en: in its
// file): the English pages show them as English, those of a service
// without show the Indonesian marked lang="id", and the Indonesian pages
// are untouched.
func TestCityServiceInEnglishWithFallback(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	site, _ := variant(t, ctx, func(fsys fstest.MapFS) {
		f := fsys["layanan/sktm.yaml"]
		f.Data = []byte(strings.Replace(string(f.Data), "\nringkasan:", "\nen:\n  nama: Certificate of low income\n  ringkasan: States that your family has a low income.\nringkasan:", 1))
	})
	defer site.close()
	tb := newTab(t, site)
	type text struct {
		Text string `json:"text"`
		Lang string `json:"lang"`
	}
	read := `(sel) => { const e = document.querySelector(sel); return {text: e.textContent.replace(/\s+/g, " ").trim(), lang: e.closest("[lang]").getAttribute("lang")}; }`
	for _, c := range []struct{ path, sel, text, lang string }{
		{"/en/kelurahan/kauman/sktm/", "h1", "Certificate of low income (SKTM)", "en"},
		{"/en/kelurahan/kauman/sktm/", ".al-lead", "States that your family has a low income.", "en"},
		{"/en/layanan/sktm/", "h1", "Certificate of low income (SKTM)", "en"},
		{"/en/kelurahan/kauman/", "a[href$='/kauman/sktm/']", "Certificate of low income", "en"},
		{"/en/kelurahan/kauman/", "a[href$='/kauman/kematian/']", "Surat Keterangan Kematian", "id"},
		{"/kelurahan/kauman/sktm/", "h1", "Surat Keterangan Tidak Mampu (SKTM)", "id"},
	} {
		tb.open(t, c.path)
		got := evaluate[text](t, tb, fmt.Sprintf(`(%s)(%q)`, read, c.sel))
		if got.Text != c.text || got.Lang != c.lang {
			t.Errorf("%s %s: %q in lang %q, want %q in %q", c.path, c.sel, got.Text, got.Lang, c.text, c.lang)
		}
	}
}

// The same holds on the English office and city-standard pages: places,
// directions, the address, staff, the pledge, who a service is for.
func TestEnglishOfficeAndStandardPagesMarkIndonesianText(t *testing.T) {
	var office, std []string
	for _, o := range fixture.Catalog.Offices {
		if o.ID != "kauman" {
			continue
		}
		office = append(office, o.Address, string(o.Pledge))
		for _, p := range o.Places {
			office = append(office, p.Name, p.Directions)
		}
		for _, d := range o.Roster {
			for _, p := range d.Staff {
				office = append(office, p.Name)
			}
		}
	}
	for _, d := range fixture.Catalog.Standards {
		if d.ID == "sktm" {
			std = append(std, string(d.Audience), string(d.Product), d.Requirements[0].Document)
		}
	}
	tb := newTab(t, fixture)
	for path, data := range map[string][]string{"/en/kelurahan/kauman/": office, "/en/layanan/sktm/": std} {
		list, _ := json.Marshal(data)
		tb.open(t, path)
		got := evaluate[[]string](t, tb, fmt.Sprintf(`(() => {
			const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
			const nodes = [];
			for (let n; (n = walker.nextNode());) nodes.push(n);
			return %s.filter(text => text).map(text => {
				const n = nodes.find(n => n.textContent.includes(text.split("\n")[0].slice(0, 40)));
				return n ? text + " → " + n.parentElement.closest("[lang]").getAttribute("lang") : text + " → (not found)";
			});
		})()`, list))
		for _, g := range got {
			if !strings.HasSuffix(g, "→ id") {
				t.Errorf("%s: %s", path, g)
			}
		}
	}
}
