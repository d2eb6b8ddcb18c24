package markdown

import (
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/flow"
)

func TestHTMLNeverPassesHostileMarkup(t *testing.T) {
	hostile := []flow.Markdown{
		`<script>alert(1)</script>`,
		`<img src=x onerror=alert(1)>`,
		`[klik](javascript:alert(1))`,
		`[klik](JaVaScRiPt:alert(1))`,
		`[klik](vbscript:msgbox(1))`,
		`[klik](data:text/html;base64,PHNjcmlwdD4=)`,
		"<a href=\"javascript:alert(1)\">x</a>",
		`<iframe src="https://evil.example"></iframe>`,
	}
	for _, src := range hostile {
		got := strings.ToLower(string(HTML(src)))
		for _, bad := range []string{"<script", "<img", "<iframe", "javascript:", "vbscript:", "data:text", "onerror", "<a href=\"javascript"} {
			if strings.Contains(got, bad) {
				t.Errorf("HTML(%q) = %q, contains %q", src, got, bad)
			}
		}
	}
}

func TestHTMLRendersFormatting(t *testing.T) {
	got := string(HTML("Bawa **asli** dan [formulir](https://example.go.id/f1.pdf)."))
	want := `<p>Bawa <strong>asli</strong> dan <a href="https://example.go.id/f1.pdf">formulir</a>.</p>`
	if strings.TrimSpace(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestInlineDropsSingleParagraph(t *testing.T) {
	if got := Inline("Bawa *dua* lembar"); got != "Bawa <em>dua</em> lembar" {
		t.Errorf("Inline = %q", got)
	}
	if got := string(Inline("a\n\nb")); !strings.Contains(got, "<p>a</p>") {
		t.Errorf("two paragraphs must keep their <p>: %q", got)
	}
}

func TestText(t *testing.T) {
	got := Text("# Judul\n\nBawa **KTP-el** dan `KK`.\n\n- satu\n- dua <b>x</b>")
	want := "Judul Bawa KTP-el dan KK. satu dua x"
	if got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
}

func TestDangerousLinkKeepsOnlyItsWords(t *testing.T) {
	for src, want := range map[flow.Markdown]string{
		"[klik di sini](javascript:alert(1)) ya":  "<p>klik di sini ya</p>",
		"teks <script>x</script>":                 "<p>teks x</p>",
		"a <b>b</b> c":                            "<p>a b c</p>",
		"lihat https://lapor.go.id":               `<p>lihat <a href="https://lapor.go.id">https://lapor.go.id</a></p>`,
		"[LAPOR!](https://lapor.go.id \"Lapor\")": `<p><a href="https://lapor.go.id" title="Lapor">LAPOR!</a></p>`,
	} {
		if got := strings.TrimSpace(string(HTML(src))); got != want {
			t.Errorf("HTML(%q) = %q, want %q", src, got, want)
		}
	}
}
