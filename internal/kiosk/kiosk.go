// Package kiosk generates the lobby kiosk: static pages for the touch screen
// in a kelurahan office's lobby, run by Chromium in kiosk mode on the office
// LAN and served by the alur server under /kiosk/.
//
// Each office gets a start screen (its name, whether it is open now, big
// buttons for the services residents ask for most, the rest by group, a
// search with an on-screen keyboard, an attract view when idle) and a page per
// service (the steps with where to go in this building, what to bring, a QR
// code that opens the same service on the resident's phone).
//
// The pages never lead off the kiosk: every link stays under /kiosk/, and a
// link to another site (a channel's website, a map) is shown as a QR code.
// They keep to a Content-Security-Policy of default-src 'self': no inline
// script or style; the script and stylesheet are files under /kiosk/_assets/.
package kiosk

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"regexp"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/layout"
)

// Options configures a kiosk build.
type Options struct {
	// BaseURL is the public address of the site, such as
	// https://alur.malangkota.go.id; QR codes point residents' phones there.
	BaseURL flow.BaseURL
	// IdleSeconds without a touch before the kiosk asks whether anyone is
	// still there. Zero means DefaultIdleSeconds.
	IdleSeconds int
	// WarnSeconds the question stays up before the kiosk goes back to its
	// start screen. Zero means DefaultWarnSeconds; less than MinWarnSeconds
	// is raised to it (WCAG 2.2.1 asks for at least 20 seconds).
	WarnSeconds int
}

// Idle timing defaults and limits.
const (
	DefaultIdleSeconds = 90
	DefaultWarnSeconds = 30
	MinWarnSeconds     = 20
)

func (o Options) withDefaults() (Options, error) {
	if o.BaseURL.IsZero() {
		return o, errors.New("kiosk: no base URL")
	}
	if o.IdleSeconds <= 0 {
		o.IdleSeconds = DefaultIdleSeconds
	}
	if o.WarnSeconds <= 0 {
		o.WarnSeconds = DefaultWarnSeconds
	}
	o.WarnSeconds = max(o.WarnSeconds, MinWarnSeconds)
	return o, nil
}

//go:embed templates
var templateFS embed.FS

//go:embed assets
var assetFS embed.FS

var (
	funcs = template.FuncMap{
		"t":  word,
		"tn": wordWith,
		"tx": pair,
	}
	startTemplate   = parsePage("start.html")
	serviceTemplate = parsePage("service.html")
)

func parsePage(name string) *template.Template {
	return inlineWords(template.Must(template.New(name).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name)))
}

// Build writes the kiosk of every office in the catalog under
// <outDir>/kiosk/: <office>/index.html (the start screen),
// <office>/<service>/index.html and _assets/. It replaces whatever kiosk
// the folder held before: files still there are overwritten in place, the
// rest removed (see folder).
func Build(cat *flow.Catalog, outDir string, opts Options) error {
	opts, err := opts.withDefaults()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return fmt.Errorf("kiosk: %w", err)
	}
	root, err := makeFolder(filepath.Join(outDir, layout.KioskDir))
	if err != nil {
		return fmt.Errorf("kiosk: %w", err)
	}
	assets, err := writeAssets(root)
	if err != nil {
		return fmt.Errorf("kiosk: %w", err)
	}
	parts, err := sharedParts()
	if err != nil {
		return err
	}
	var buf bytes.Buffer // every page is rendered into it in turn
	places := placeCards{}
	steps := stepsHTML{}
	for _, o := range cat.Offices {
		b := officeBuild{cat: cat, office: o, root: root, opts: opts, assets: assets, shared: parts, buf: &buf, places: places, steps: steps}
		if err := b.run(); err != nil {
			return fmt.Errorf("kiosk: office %s: %w", o.ID, err)
		}
	}
	if err := writeWorker(root, assets); err != nil {
		return fmt.Errorf("kiosk: %w", err)
	}
	if err := root.prune(); err != nil {
		return fmt.Errorf("kiosk: %w", err)
	}
	return nil
}

// OfflineList is the file, in each office's kiosk folder, listing what its
// service worker keeps for when the server cannot be reached.
const OfflineList = "offline.json"

// WorkerPath is where the kiosk's service worker is served; its scope is
// all of /kiosk/.
const WorkerPath = "/kiosk/sw.js"

// offlineList is every URL an office's kiosk shows: its start screen, its
// service pages and the shared assets.
func (b officeBuild) offlineList() ([]byte, error) {
	start := "/kiosk/" + b.office.ID + "/"
	urls := []string{start, b.assets.CSS, b.assets.JS, b.assets.Words}
	for _, s := range b.office.Services {
		urls = append(urls, start+s.ID+"/")
	}
	return json.Marshal(urls)
}

// writeWorker writes the service worker with a version taken from the
// assets, so a new build replaces the worker and its caches.
func writeWorker(root *folder, assets assetURLs) error {
	js, err := assetFS.ReadFile("assets/sw.js")
	if err != nil {
		return err
	}
	sum := sha256.Sum256([]byte(assets.CSS + assets.JS + assets.Words))
	js = bytes.Replace(js, []byte("{{VERSION}}"), []byte(hex.EncodeToString(sum[:6])), 1)
	return root.write("sw.js", js)
}

// slugRE is what an id must look like to become a folder: the checker
// already insists on it; the kiosk checks again because ids become paths.
var slugRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

type officeBuild struct {
	cat    *flow.Catalog
	office *flow.Office
	root   *folder
	opts   Options
	assets assetURLs
	shared shared
	buf    *bytes.Buffer
	places placeCards
	steps  stepsHTML
}

func (b officeBuild) run() error {
	o := b.office
	if !slugRE.MatchString(o.ID) {
		return fmt.Errorf("id %q cannot be a folder name", o.ID)
	}
	dir, err := b.root.folder(o.ID)
	if err != nil {
		return err
	}
	page, err := b.startPage()
	if err != nil {
		return err
	}
	if err := b.writePage(startTemplate, dir, page); err != nil {
		return err
	}
	list, err := b.offlineList()
	if err != nil {
		return err
	}
	if err := dir.write(OfflineList, list); err != nil {
		return err
	}
	for _, s := range o.Services {
		if err := b.service(dir, s); err != nil {
			return fmt.Errorf("service %s: %w", s.ID, err)
		}
	}
	return dir.prune()
}

// service writes the page of a service into its own folder in the
// office's.
func (b officeBuild) service(office *folder, s *flow.Service) error {
	if !slugRE.MatchString(s.ID) {
		return fmt.Errorf("id %q cannot be a folder name", s.ID)
	}
	page, err := b.servicePage(s)
	if err != nil {
		return err
	}
	dir, err := office.folder(s.ID)
	if err != nil {
		return err
	}
	if err := b.writePage(serviceTemplate, dir, page); err != nil {
		return err
	}
	return dir.prune()
}

func (b officeBuild) frame(title, kind string) frame {
	return frame{
		Title: title, Page: kind, Office: b.office, City: b.cat.City.Name,
		StartURL: "/kiosk/" + b.office.ID + "/", Assets: b.assets,
		Idle: b.opts.IdleSeconds, Warn: b.opts.WarnSeconds, Shared: b.shared,
	}
}

func (b officeBuild) startPage() (startPage, error) {
	o := b.office
	qr, err := newQRCode(b.opts.BaseURL.Join(o.Path()))
	if err != nil {
		return startPage{}, err
	}
	f := b.frame(officeName(o)+" · "+pageWords["kiosk"].ID, "start")
	popular, groups := popularAndGrouped(b.cat, o)
	week := serviceWeek(o.Week)
	p := startPage{
		Frame: f, Hours: week.JSON(), Closed: closuresJSON(o.Closed), Week: week.Rows(), Closures: kioskText(o.Closures, false),
		Popular: popular, Groups: groups, Slides: attractSlides(popular, groups),
		OfficeQR: qr, Handler: newHandler(o), Channels: channels(b.cat, o), Keyboard: kioskKeyboard,
	}
	for _, n := range o.NotOffered {
		p.NotOffered = append(p.NotOffered, notOffered{Name: n.Def.Name, Reason: kioskText(n.Reason, false)})
	}
	return p, nil
}

func (b officeBuild) servicePage(s *flow.Service) (servicePage, error) {
	o := b.office
	qr, err := newQRCode(b.opts.BaseURL.Join(s.Path()))
	if err != nil {
		return servicePage{}, err
	}
	f := b.frame(s.Name+" · "+officeName(o), "service")
	away := elsewhere{known: b.places}
	p := servicePage{
		Frame: f, Name: s.Name, Short: shortName(s), Summary: s.Def.Summary,
		Duration: s.Duration.String(), Cost: cost(s.Cost), Product: kioskText(s.Def.Product, true),
		Note: kioskText(s.Note, false), Complaints: kioskText(s.Def.Complaints, false),
		Steps: steps(s.Steps, &away), Requirements: requirements(s.Requirements), QR: qr,
		Hear: hearOf(s), Keyboard: kioskKeyboard,
	}
	p.Elsewhere = away.cards
	if away.err != nil {
		return p, away.err
	}
	p.StepsHTML, err = b.steps.render(p.Steps)
	return p, err
}

// stepsHTML are the step lists of a build's service pages, rendered, by
// their views as JSON: most of a city service's offices show the same
// steps, which make up much of a page's HTML.
type stepsHTML map[string]template.HTML

func (h stepsHTML) render(steps []stepView) (template.HTML, error) {
	key, err := json.Marshal(steps)
	if err != nil {
		return "", fmt.Errorf("kiosk: steps: %w", err)
	}
	if html, ok := h[string(key)]; ok {
		return html, nil
	}
	html, err := render("steps", steps)
	if err != nil {
		return "", err
	}
	h[string(key)] = html
	return html, nil
}

// writePage writes a page as the index.html of its folder, rendering it
// into the build's buffer: a page is some 50 kB, and a buffer grown anew
// for each of a city's thousand pages was most of what the kiosk
// allocated.
func (b officeBuild) writePage(t *template.Template, dir *folder, data any) error {
	b.buf.Reset()
	if err := t.ExecuteTemplate(b.buf, "base", data); err != nil {
		return err
	}
	return dir.write("index.html", b.buf.Bytes())
}

// assetURLs are the kiosk's script and stylesheet, with a version taken from
// their content so that a kiosk left running for weeks picks up a new build
// on its next page load rather than keeping a stale copy.
type assetURLs struct {
	CSS, JS, Words string
}

func writeAssets(root *folder) (assetURLs, error) {
	var urls assetURLs
	css, err1 := assetFS.ReadFile("assets/kiosk.css")
	js, err2 := assetFS.ReadFile("assets/kiosk.js")
	if err1 != nil || err2 != nil {
		return urls, fmt.Errorf("embedded assets: %v %v", err1, err2)
	}
	dir, err := root.folder("_assets")
	if err != nil {
		return urls, err
	}
	for _, a := range []struct {
		name string
		data []byte
		url  *string
	}{
		{"kiosk.css", css, &urls.CSS},
		{"kiosk.js", js, &urls.JS},
		{"kata.js", wordsScript(), &urls.Words},
	} {
		if err := dir.write(a.name, a.data); err != nil {
			return urls, err
		}
		sum := sha256.Sum256(a.data)
		*a.url = "/kiosk/_assets/" + a.name + "?v=" + hex.EncodeToString(sum[:4])
	}
	return urls, dir.prune()
}
