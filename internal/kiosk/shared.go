package kiosk

import (
	"bytes"
	"fmt"
	"html/template"
	"sync"
)

// shared are the parts of kiosk pages that no office or service changes:
// the on-screen keyboard (for the start screen's search and in the report
// dialog of every service page), the reasons to pick in the report dialog
// and the survey dialog. They are rendered once, not on each of a city's
// thousand kiosk pages.
type shared struct {
	Keyboard template.HTML
	Reasons  template.HTML
	Survey   template.HTML
}

// sharedParts renders the shared parts once per process: they depend on
// the templates and words alone.
var sharedParts = sync.OnceValues(func() (shared, error) {
	var s shared
	var err error
	if s.Keyboard, err = render("keyboard-keys", struct{ Keyboard keyboard }{kioskKeyboard}); err != nil {
		return s, err
	}
	if s.Reasons, err = render("report-reasons", reasons()); err != nil {
		return s, err
	}
	s.Survey, err = render("survey-dialog", questionnaire())
	return s, err
})

// render runs one of the service templates' named templates on its own.
// Each shared part stands where HTML text is expected, the context it is
// escaped for here.
func render(name string, data any) (template.HTML, error) {
	var buf bytes.Buffer
	if err := serviceTemplate.ExecuteTemplate(&buf, name, data); err != nil {
		return "", fmt.Errorf("kiosk: %s: %w", name, err)
	}
	return template.HTML(buf.String()), nil
}
