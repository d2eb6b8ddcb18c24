package site

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/alurlayanan/alur/internal/feedback"
)

const themeDir = "../../themes/alur"

func themeFiles(t *testing.T, sub, ext string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(filepath.Join(themeDir, sub), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ext) {
			return err
		}
		b, err := os.ReadFile(p)
		files[p] = string(b)
		return err
	})
	if err != nil || len(files) == 0 {
		t.Fatalf("no %s files under %s: %v", ext, sub, err)
	}
	return files
}

// Templates may mark a value safe only where the view model says it is:
// fields ending in _html (rendered by internal/markdown or internal/diagram),
// jsonld_js (escaped in Go), tel links (digits only), the constant
// markers where the server splices its pages (/cari results; the resident
// pages, internal/web), and the feedback forms, rendered (and escaped) by
// a partial once, with the page's office and service (slugs) put in.
func TestTemplatesMarkOnlyVettedFieldsSafe(t *testing.T) {
	allowed := map[string]*regexp.Regexp{
		"safeHTML": regexp.MustCompile(`[a-z]_html\b|"<!--(alur:hasil|alur:isi|/alur:isi)-->" \| safeHTML|^\{\{- replace \(replace \$form "XKANTORX" \.office\) "XLAYANANX" \.service \| safeHTML -\}\}$`),
		"safeJS":   regexp.MustCompile(`\.jsonld_js\b`),
		"safeURL":  regexp.MustCompile(`\.tel\b`),
	}
	forbidden := regexp.MustCompile(`\b(safeCSS|safeHTMLAttr|safeJSStr|htmlUnescape|markdownify|RenderString|unsafe)\b`)
	safe := regexp.MustCompile(`\bsafe(HTML|JS|URL)\b`)
	for path, text := range themeFiles(t, "layouts", ".html") {
		for i, line := range strings.Split(text, "\n") {
			if m := forbidden.FindString(line); m != "" {
				t.Errorf("%s:%d uses %s", path, i+1, m)
			}
			for _, fn := range safe.FindAllString(line, -1) {
				if !allowed[fn].MatchString(line) {
					t.Errorf("%s:%d marks something safe that the view model does not vouch for:\n%s", path, i+1, line)
				}
			}
		}
	}
}

var i18nKey = regexp.MustCompile(`i18n "([a-z0-9_-]+)"|printf "([a-z]+)_%[sv]"`)

// Every word of the interface comes from the i18n files, in both languages.
func TestEveryI18nKeyExistsInBothLanguages(t *testing.T) {
	langs := map[string]map[string]any{}
	for _, l := range Languages {
		b, err := os.ReadFile(filepath.Join(themeDir, "i18n", l.Code+".yaml"))
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]any{}
		if err := yaml.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: %v", l.Code, err)
		}
		langs[l.Code] = m
	}
	for code, keys := range langs {
		for other, otherKeys := range langs {
			for k := range keys {
				if _, ok := otherKeys[k]; !ok {
					t.Errorf("%s.yaml has %q but %s.yaml does not", code, k, other)
				}
			}
		}
	}
	for path, text := range themeFiles(t, "layouts", ".html") {
		for _, m := range i18nKey.FindAllStringSubmatch(text, -1) {
			if m[1] == "" {
				if !hasPrefix(langs["id"], m[2]+"_") {
					t.Errorf("%s: no i18n keys %s_*", path, m[2])
				}
				continue
			}
			if _, ok := langs["id"][m[1]]; !ok {
				t.Errorf("%s: i18n key %q is missing", path, m[1])
			}
		}
	}
}

func hasPrefix(m map[string]any, prefix string) bool {
	for k := range m {
		if strings.HasPrefix(k, prefix) {
			return true
		}
	}
	return false
}

// The theme's script and styles must work under default-src 'self': no
// eval, no inline style writes, no outside URLs.
func TestAssetsStayWithinTheSite(t *testing.T) {
	for path, text := range themeFiles(t, "assets/js", ".js") {
		for _, bad := range []string{"eval(", "new Function", ".innerHTML", ".style.", "setAttribute(\"style\"", "http://", "https://", "document.write"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s uses %s", path, bad)
			}
		}
	}
	for path, text := range themeFiles(t, "assets/css", ".css") {
		for _, bad := range []string{"@import", "url(http", "url(//", "@font-face"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s uses %s", path, bad)
			}
		}
	}
}

// The feedback widget lists the reasons a report may give, in the order
// and with the values the server takes (feedback.Reasons).
func TestFeedbackWidgetOffersEveryReason(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(themeDir, "layouts", "_partials", "feedback-form.html"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`range \$i, \$r := slice ((?:"[a-z]+" ?)+)`).FindSubmatch(b)
	if m == nil {
		t.Fatal("the widget's list of reasons was not found")
	}
	var want []string
	for _, r := range feedback.Reasons {
		want = append(want, `"`+string(r)+`"`)
	}
	if got := strings.Fields(string(m[1])); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("the widget offers %v, the server takes %v", got, want)
	}
}
