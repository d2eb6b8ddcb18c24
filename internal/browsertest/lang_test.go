package browsertest

import (
	"encoding/json"
	"fmt"
	"testing"
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
