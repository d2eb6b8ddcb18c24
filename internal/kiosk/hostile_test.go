package kiosk

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/flow"
)

// What staff type reaches the page as text, never as markup: html/template
// escapes plain strings, Markdown is rendered with raw HTML off and its
// links become words, and web addresses that are not http(s) give no QR.
func TestHostileTextNeverBecomesMarkup(t *testing.T) {
	const (
		tag      = `<script>alert(1)</script>`
		escaped  = `&lt;script&gt;alert(1)&lt;/script&gt;`
		markdown = flow.Markdown("Lihat <img src=x onerror=alert(1)> dan [klik](javascript:alert(1)) atau " +
			`<a href="https://evil.example">situs</a> <iframe src="https://evil.example"></iframe>`)
	)
	cat := fixtureCity(t)
	cat.City.Name += tag
	cat.Channels = append(cat.Channels, flow.Channel{Name: "Kanal" + tag, URL: "javascript:alert(1)", Note: markdown})
	o := cat.Offices[0]
	o.Name += tag
	o.District.Name += tag
	o.Closures = markdown
	o.Places[0].Name += tag
	o.Places[0].Directions += `" onmouseover="alert(1)`
	if len(o.NotOffered) > 0 {
		o.NotOffered[0].Reason = markdown
	}
	for _, s := range o.Services {
		s.Name += tag
		s.Note = markdown
		s.Def.Short += tag
		s.Def.Summary += tag
		s.Requirements = append(s.Requirements, flow.Requirement{Document: "Dokumen" + tag, When: "jika" + tag, Note: markdown})
		for _, st := range s.Steps {
			st.Title += tag
			st.Actor += tag
			st.When += tag
			st.Detail = markdown
			if a := st.Where.Agency; a != nil {
				a.Name += tag
				a.Address += tag
				a.Contact.Website = "javascript:alert(1)"
				a.Note = markdown
			}
		}
	}

	out := buildFixture(t, cat)
	for path, page := range pages(t, out) {
		for _, problem := range unsafeMarkup(page) {
			t.Errorf("%s: %s", path, problem)
		}
		if strings.Contains(page, "evil.example") && !strings.Contains(path, "_assets") {
			// The address may only appear as the words of a QR code's
			// caption: check it is never a link target.
			if strings.Contains(page, `href="https://evil`) || strings.Contains(page, `src="https://evil`) {
				t.Errorf("%s: links to evil.example", path)
			}
		}
	}
	start := readFile(t, filepath.Join(out, "kiosk", o.ID, "index.html"))
	if !strings.Contains(start, "Kelurahan "+strings.TrimSuffix(o.Name, tag)+escaped) {
		t.Errorf("the office name with its hostile text is not on the start screen, escaped")
	}
	service := readFile(t, filepath.Join(out, "kiosk", o.ID, o.Services[0].ID, "index.html"))
	for _, want := range []string{"Dokumen" + escaped, "jika" + escaped, escaped + "</span></h3>", `&#34; onmouseover=&#34;alert(1)`} {
		if !strings.Contains(service, want) {
			t.Errorf("service page lacks the escaped text %q", want)
		}
	}
}
