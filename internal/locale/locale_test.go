package locale

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/flow"
)

func TestEveryKeyHasBothLanguages(t *testing.T) {
	verbs := regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)
	holes := regexp.MustCompile(`\{[a-z]\}`)
	for key, text := range catalog {
		if text.ID == "" || text.EN == "" {
			t.Errorf("%s lacks a language: %+v", key, text)
		}
		// The same arguments fill both languages.
		if a, b := verbs.FindAllString(text.ID, -1), verbs.FindAllString(text.EN, -1); !slices.Equal(a, b) {
			t.Errorf("%s: verbs %q in Indonesian, %q in English", key, a, b)
		}
		a, b := holes.FindAllString(text.ID, -1), holes.FindAllString(text.EN, -1)
		slices.Sort(a)
		slices.Sort(b)
		if !slices.Equal(a, b) {
			t.Errorf("%s: places %q in Indonesian, %q in English", key, a, b)
		}
	}
}

func TestLookups(t *testing.T) {
	if got := T(EN, "kiosk.steps"); got != "Steps" {
		t.Errorf("T(EN, kiosk.steps) = %q", got)
	}
	if got := (Text{ID: "a", EN: "b"}).Both(); got != "a / b" {
		t.Errorf("Both = %q", got)
	}
	if got := Get("no.such.key"); got != (Text{ID: "no.such.key", EN: "no.such.key"}) {
		t.Errorf("an unknown key should come back as itself, got %+v", got)
	}
	if _, ok := Lookup("no.such.key"); ok {
		t.Error("Lookup found a key that is not there")
	}
	if ParseLang("en") != EN || ParseLang("id") != ID || ParseLang("fr") != ID || ParseLang("") != ID {
		t.Error("ParseLang: English for en, Indonesian otherwise")
	}
	for env, want := range map[string]Lang{"en_US.UTF-8": EN, "id_ID.UTF-8": ID, "C": ID} {
		t.Setenv("LC_ALL", env)
		if got := FromEnv(); got != want {
			t.Errorf("LC_ALL=%s: %s, want %s", env, got, want)
		}
	}
}

// Words shared with the theme are read from its i18n files: they are in
// the catalog, and they say what the theme says.
func TestSharedWordsComeFromTheTheme(t *testing.T) {
	words, err := themeWords()
	if err != nil {
		t.Fatal(err)
	}
	for key, themeKey := range shared {
		for _, lang := range []Lang{ID, EN} {
			want, err := themeWord(words[lang], themeKey)
			if err != nil {
				t.Fatal(err)
			}
			if got := T(lang, key); got != want || got == "" {
				t.Errorf("%s in %s: %q, the theme's %s says %q", key, lang, got, themeKey, want)
			}
		}
	}
	if got := T(EN, "unit.workdays.other"); got != "working days" {
		t.Errorf("English working days: %q", got)
	}
	if err := addShared(words); err == nil {
		t.Error("a key both in the catalog and read from the theme must be refused")
	}
	if _, err := themeWord(words[EN], "no_such_word"); err == nil {
		t.Error("a word the theme lacks must be an error")
	}
}

// Every unit staff may write has its words, in the form the diagrams ask.
func TestEveryUnitHasWords(t *testing.T) {
	for _, u := range []flow.Unit{flow.Minutes, flow.HoursUnit, flow.WorkingDays, flow.Days, flow.Weeks} {
		for _, form := range []string{".one", ".other"} {
			text, ok := Lookup("unit." + u.Name() + form)
			if !ok {
				t.Errorf("no words for %s%s", u, form)
				continue
			}
			// Indonesian has no plural: its word is the unit as staff write it.
			if text.ID != string(u) {
				t.Errorf("%s%s in Indonesian: %q", u, form, text.ID)
			}
		}
	}
}

// usage says where the words of a part of the catalog are asked for: in
// files matching glob (from the root of the module), by pattern, whose
// non-empty group is the key without the prefix. A pattern of keys made at
// run time (made) vouches for the whole part.
var usage = map[string][]struct {
	glob, pattern string
	made          bool
}{
	"kiosk.": {
		{"internal/kiosk/templates/*.html", `\{\{-?\s*tn? "([a-z-]+)"`, false},
		{"internal/kiosk/*.go", `pageWords\["([a-z-]+)"\]`, false},
		{"internal/kiosk/*.go", `pageWords\["(form-)"\+`, false}, // form-<a flow.Form*>, checked below
	},
	"kata.":     {{"internal/kiosk/assets/*.js", `word\('([a-z-]+)'\)`, false}},
	"cari.":     {{"internal/web/*.go", `\.W\.([a-z]+)|w\["([a-z]+)"\]|"cari\.([a-z-]+)"\)`, false}},
	"diagram.":  {{"internal/diagram/*.go", `t\("([a-z-]+)"\)`, false}},
	"server.":   {{"internal/server/*.go", `"server\.([a-z-]+)"`, false}},
	"sidak.":    {{"internal/web/sidak.go", `"sidak\.([a-z-]+)"`, false}},
	"cli.":      {{"internal/cli/*.go", `"cli\.([a-z.-]+)"`, false}},
	"check.":    {{"internal/check/*.go", `"check\.([a-z-]+)"`, false}},
	"stage.":    {{"internal/pipeline/*.go", `"stage\.([a-z-]+)"`, false}},
	"preview.":  {{"internal/preview/*.go", `"preview\.([a-z-]+)"`, false}},
	"hugosite.": {{"internal/hugosite/*.go", `"hugosite\.([a-z.-]+)"`, false}},
	// Asked for by number and by flow.Unit.Name; TestEveryUnitHasWords and
	// the kiosk's tests check them.
	"day.":       {{"internal/kiosk/words.go", `"day\.%d"`, true}},
	"month.":     {{"internal/kiosk/words.go", `"month\.%d"`, true}},
	"component.": {{"internal/check/report.go", `"component\.%d"`, true}},
	"form.":      {{"internal/export/export.go", `"form\." \+ form`, true}},
	"unit.":      {{"internal/diagram/words.go", `"unit\." \+ d\.Unit\.Name\(\)`, true}},
	// The staff pages ask in their templates and Go by the whole key.
	"staf.": {
		{"internal/staff/templates/*.html", `"staf\.([a-z0-9.-]+)"`, false},
		{"internal/staff/*.go", `"staf\.([a-z0-9.-]+)"`, false},
	},
	// By feedback.Status.Key, for every status.
	"umpan.status.": {{"internal/feedback/*.go", `"umpan\.status\." \+`, true}},
	// By element and grade key (survey's TestEveryElementHasItsWords checks
	// them), and by name on the survey pages.
	"survei.": {
		{"internal/survey/*.go", `"survei\.mutu\."`, true},
		{"internal/web/*.go", `"survei\.((?:form|hasil|poster|profil)\.[A-Za-z.-]+|judul)"`, false},
		{"internal/web/templates/*.html", `t "survei\.([a-z.-]+)"`, false},
	},
	// The resident pages (internal/web); the reasons and the problems of
	// a report are asked for by feedback.Reason.Key and Problem.Key.
	"umpan.": {
		{"internal/web/*.go", `"umpan\.([a-z.-]+)"`, false},
		{"internal/web/templates/*.html", `t "umpan\.([a-z.-]+)"`, false},
		{"internal/feedback/*.go", `"umpan\.alasan\." \+`, true},
	},
	"dengar.": {{"internal/web/*.go", `"dengar\.([a-z-]+)"`, false}},
}

// No word sits in the catalog unasked for: each is found where its part of
// the program asks for words.
func TestNoKeyIsUnused(t *testing.T) {
	root := filepath.Join("..", "..")
	used := map[string]bool{}
	for prefix, places := range usage {
		for _, p := range places {
			files, err := filepath.Glob(filepath.Join(root, p.glob))
			if err != nil || len(files) == 0 {
				t.Fatalf("%s: no files %s (%v)", prefix, p.glob, err)
			}
			re := regexp.MustCompile(p.pattern)
			found := 0
			for _, f := range files {
				if strings.HasSuffix(f, "_test.go") {
					continue
				}
				b, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				for _, m := range re.FindAllStringSubmatch(string(b), -1) {
					for _, g := range m[1:] {
						if g != "" {
							used[prefix+g] = true
						}
					}
					if p.made {
						used[prefix] = true
					}
					found++
				}
			}
			if found == 0 {
				t.Errorf("%s: nothing in %s matches %s; has the lookup changed?", prefix, p.glob, p.pattern)
			}
		}
	}
	for _, f := range []string{flow.FormOriginal, flow.FormCopy, flow.FormOriginalAndCopy, flow.FormFilled} {
		used["kiosk.form-"+f] = used["kiosk.form-"]
		for _, key := range []string{"kiosk.form-" + f, "form." + f} {
			if _, ok := catalog[key]; !ok {
				t.Errorf("no word %s for the requirement form %q", key, f)
			}
		}
	}
	for key := range catalog {
		if used[key] {
			continue
		}
		ok := false
		for prefix := range usage {
			if strings.HasPrefix(key, prefix) && used[prefix] {
				ok = true // asked for by a key made at run time
			}
		}
		if !ok {
			t.Errorf("%s is in the catalog but nothing asks for it", key)
		}
	}
	for key := range used {
		if _, ok := catalog[key]; !ok && !strings.HasSuffix(key, ".") && key != "kiosk.form-" {
			t.Errorf("%s is asked for but not in the catalog", key)
		}
	}
}
