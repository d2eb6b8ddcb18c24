package schema

import (
	"reflect"
	"strings"

	"github.com/alurlayanan/alur/internal/flow"
)

// rule is what a field's Go type cannot say: the form of its text, the range
// of its number.
type rule struct {
	pattern  string
	min, max *float64
}

// Patterns, each matching exactly what the loader and checker accept.
var (
	// slugPattern is an id, and a reference to one; the checker's slugRE.
	slugPattern = `^[a-z0-9]+(-[a-z0-9]+)*$`
	// durationPattern follows flow.ParseDuration: a whole number or a range,
	// then a unit, in any case and spacing.
	durationPattern = `^\s*0*[1-9][0-9]*(\s*-\s*0*[1-9][0-9]*)?\s+(` +
		anyCase("hari") + `\s+` + anyCase("kerja") + `|` + anyCase("menit") + `|` + anyCase("jam") + `|` +
		anyCase("hari") + `|` + anyCase("minggu") + `)\s*$`
	// clockPattern follows flow.ParseClock: HH:MM, 24-hour, 24:00 allowed.
	clockPattern = `^\s*(0*([0-9]|1[0-9]|2[0-3]):[0-5][0-9]|0*24:00)\s*$`
	// datePattern is YYYY-MM-DD (flow.Date).
	datePattern = `^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`
	// urlPattern: the checker wants http:// or https://.
	urlPattern = `^\s*` + anyCase("http") + `(` + anyCase("s") + `)?://`
)

// anyCase writes a word as a pattern that matches it in any case: JSON
// Schema patterns are ECMA-262 regular expressions without flags.
func anyCase(word string) string {
	var b strings.Builder
	for _, r := range word {
		b.WriteString("[" + strings.ToLower(string(r)) + strings.ToUpper(string(r)) + "]")
	}
	return b.String()
}

func num(f float64) *float64 { return &f }

var (
	slug     = rule{pattern: slugPattern}
	duration = rule{pattern: durationPattern}
	clock    = rule{pattern: clockPattern}
	website  = rule{pattern: urlPattern}
	atLeast0 = rule{min: num(0)}
	phone    = rule{pattern: flow.PhonePattern}
	email    = rule{pattern: flow.EmailPattern}
)

// rules name fields by their struct and Go field name. Every field with YAML
// key "id" is a slug without being listed.
var rules = map[reflect.Type]map[string]rule{
	reflect.TypeFor[flow.City]():        {"Code": {pattern: `^[0-9]{2}\.[0-9]{2}$`}, "Website": website},
	reflect.TypeFor[flow.Kecamatan]():   {"Code": {pattern: `^[0-9]{2}\.[0-9]{2}\.[0-9]{2}$`}},
	reflect.TypeFor[flow.Coordinates](): {"Lat": {min: num(-90), max: num(90)}, "Lon": {min: num(-180), max: num(180)}},
	reflect.TypeFor[flow.Contact]():     {"Website": website, "Phone": phone, "WhatsApp": phone, "Email": email},
	reflect.TypeFor[flow.Channel]():     {"URL": website, "Phone": phone, "SMS": phone, "WhatsApp": phone, "Email": email},
	reflect.TypeFor[flow.Person]():      {"Phone": phone},
	reflect.TypeFor[flow.ServiceDef]():  {"Group": slug, "Duration": duration},
	reflect.TypeFor[flow.Requirement](): {"Count": atLeast0},
	reflect.TypeFor[flow.Step]():        {"Place": slug, "Duration": duration},
	reflect.TypeFor[flow.Cost]():        {"Amount": atLeast0},
	reflect.TypeFor[flow.OfficeFile]():  {"Kecamatan": slug, "Code": {pattern: `^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}$`}},
	reflect.TypeFor[flow.Hours]():       {"Open": clock, "Close": clock},
	reflect.TypeFor[flow.Break]():       {"From": clock, "Until": clock},
	reflect.TypeFor[flow.Duty]():        {"From": clock, "Until": clock},
	reflect.TypeFor[flow.Handler]():     {"Place": slug, "Phone": phone, "Email": email},
	reflect.TypeFor[flow.Override]():    {"Service": slug, "MovePlaces": slug, "Duration": duration},
	reflect.TypeFor[flow.NotOffered]():  {"Service": slug},
}

func ruleFor(f field) rule {
	if r, ok := rules[f.owner][f.sf.Name]; ok {
		return r
	}
	if f.key == "id" {
		return slug
	}
	return rule{}
}
