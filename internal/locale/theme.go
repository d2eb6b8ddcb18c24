package locale

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/alurlayanan/alur/themes"
)

// shared are the words Go code says that the Hugo theme says too: catalog
// key → key in the theme's i18n files (themes/alur/i18n/<lang>.yaml). The
// theme is their one home; they are read from it into the catalog when the
// program starts. A plural word of the theme is named key.one or
// key.other; a language that writes it as one string has it for both.
var shared = map[string]string{
	"kiosk.all-services": "all_services",
	"kiosk.bring":        "what_to_bring",
	"kiosk.cost":         "cost",
	"kiosk.free":         "free",
	"kiosk.other-costs":  "other_costs",
	"kiosk.phone":        "phone",
	"kiosk.website":      "website",
	"kata.phone":         "phone",
	"cari.phone":         "phone",
	"cari.website":       "website",

	"kiosk.by":            "who",
	"kiosk.choose-one":    "or_default_title",
	"kiosk.closed":        "closed",
	"kiosk.cost-varies":   "cost_varies",
	"kiosk.form-asli":     "form_asli",
	"kiosk.form-fotokopi": "form_fotokopi",
	"kiosk.or":            "conj_or",
	"kiosk.rejoin":        "routes_rejoin",
	"kiosk.routes-end":    "routes_end",
	"kiosk.product":       "you_receive",
	"diagram.and":         "conj_and",
	"sidak.heading":       "inspections",
	"sidak.figure":        "inspections_figure",
	"diagram.or":          "conj_or",

	// Components of the service standard the check summary names as the
	// service pages do (8, 13 and 14 are named differently there, and
	// stay in the catalog).
	"component.6":  "complaints",
	"component.7":  "legal_basis",
	"component.9":  "comp_9",
	"component.10": "comp_10",
	"component.11": "comp_11",
	"component.12": "comp_12",

	// What a requirement's bentuk asks for, by flow.Form* (the JSON-LD
	// export says them in Indonesian).
	"form.asli":              "form_asli",
	"form.fotokopi":          "form_fotokopi",
	"form.asli-dan-fotokopi": "form_asli-dan-fotokopi",
	"form.isian":             "form_isian",

	// Why a resident reports a problem, by feedback.Reason.Key: the page
	// widget (theme), the kiosk and the server's pages say them alike.
	"umpan.alasan.salah":   "fb_reason_salah",
	"umpan.alasan.syarat":  "fb_reason_syarat",
	"umpan.alasan.kosong":  "fb_reason_kosong",
	"umpan.alasan.pungli":  "fb_reason_pungli",
	"umpan.alasan.lainnya": "fb_reason_lainnya",
	// The page question and its answers, for the server's pages and the kiosk.
	"umpan.tanya":   "fb_question",
	"umpan.ya":      "fb_yes",
	"umpan.tidak":   "fb_no",
	"umpan.lapor":   "fb_report",
	"umpan.alasan":  "fb_reason",
	"umpan.syarat":  "fb_requirement",
	"umpan.kapan":   "fb_when",
	"umpan.tanggal": "fb_date",
	"umpan.jam":     "fb_time",
	"umpan.teks":    "fb_text",
	"umpan.pribadi": "fb_private",
	"umpan.jebakan": "fb_trap",
	"umpan.kirim":   "fb_send",
	"umpan.terima":  "fb_thanks",
	"umpan.gagal":   "fb_failed",
	"survei.judul":  "survey",

	// The kiosk says the page widget's words on its service screens.
	"kiosk.fb-question":    "fb_question",
	"kiosk.empty-question": "empty_now_question",
	"kiosk.empty-report":   "empty_now_report",
	"kiosk.empty-thanks":   "empty_now_thanks",
	"kiosk.fb-yes":         "fb_yes",
	"kiosk.fb-no":          "fb_no",
	"kiosk.fb-report":      "fb_report",
	"kiosk.fb-reason":      "fb_reason",
	"kiosk.fb-requirement": "fb_requirement",
	"kiosk.fb-when":        "fb_when",
	"kiosk.fb-date":        "fb_date",
	"kiosk.fb-time":        "fb_time",
	"kiosk.fb-text":        "fb_text",
	"kiosk.fb-private":     "fb_private",
	"kiosk.fb-thanks":      "fb_thanks",
	"kiosk.survey":         "survey",
	"kiosk.survey-take":    "survey_take",
	"survei.isi":           "survey_take",
	"survei.hasil":         "survey_result",

	// Days of the week, Monday first as in flow.WeekdayNames.
	"day.0": "day_0", "day.1": "day_1", "day.2": "day_2", "day.3": "day_3",
	"day.4": "day_4", "day.5": "day_5", "day.6": "day_6",

	// Months, January first, for dates the kiosk writes.
	"month.1": "month_1", "month.2": "month_2", "month.3": "month_3", "month.4": "month_4",
	"month.5": "month_5", "month.6": "month_6", "month.7": "month_7", "month.8": "month_8",
	"month.9": "month_9", "month.10": "month_10", "month.11": "month_11", "month.12": "month_12",

	// Duration units of the diagrams, by flow.Unit.Name.
	"unit.minutes.one":    "unit_minutes.one",
	"unit.minutes.other":  "unit_minutes.other",
	"unit.hours.one":      "unit_hours.one",
	"unit.hours.other":    "unit_hours.other",
	"unit.workdays.one":   "unit_workdays.one",
	"unit.workdays.other": "unit_workdays.other",
	"unit.days.one":       "unit_days.one",
	"unit.days.other":     "unit_days.other",
	"unit.weeks.one":      "unit_weeks.one",
	"unit.weeks.other":    "unit_weeks.other",
}

func init() {
	words, err := themeWords()
	if err == nil {
		err = addShared(words)
	}
	if err != nil {
		// The theme's files are in the binary: this fails the tests of
		// every package, never a resident.
		panic(err)
	}
}

// themeWords reads the theme's i18n file of each language.
func themeWords() (map[Lang]map[string]any, error) {
	out := map[Lang]map[string]any{}
	for _, lang := range []Lang{ID, EN} {
		b, err := themes.I18n.ReadFile("alur/i18n/" + string(lang) + ".yaml")
		if err != nil {
			return nil, fmt.Errorf("locale: theme words: %w", err)
		}
		m := map[string]any{}
		if err := yaml.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("locale: theme words %s.yaml: %w", lang, err)
		}
		out[lang] = m
	}
	return out, nil
}

func addShared(words map[Lang]map[string]any) error {
	for key, themeKey := range shared {
		if _, ok := catalog[key]; ok {
			return fmt.Errorf("locale: %q is both in the catalog and read from the theme", key)
		}
		var t Text
		for _, lang := range []Lang{ID, EN} {
			s, err := themeWord(words[lang], themeKey)
			if err != nil {
				return fmt.Errorf("locale: %q from the theme's %s.yaml: %w", key, lang, err)
			}
			if lang == EN {
				t.EN = s
			} else {
				t.ID = s
			}
		}
		catalog[key] = t
	}
	return nil
}

// themeWord finds key (or key.one, key.other) in one language's words.
func themeWord(words map[string]any, key string) (string, error) {
	if s, ok := words[key].(string); ok {
		return s, nil
	}
	base, form, ok := strings.Cut(key, ".")
	if !ok {
		return "", fmt.Errorf("no word %q", key)
	}
	switch v := words[base].(type) {
	case string:
		return v, nil
	case map[string]any:
		if s, ok := v[form].(string); ok {
			return s, nil
		}
	}
	return "", fmt.Errorf("no word %q", key)
}
