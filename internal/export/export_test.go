package export

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/testing/golden"
	"github.com/alurlayanan/alur/internal/testing/sample"
)

const base = "https://alur.example.go.id"

// fixture is a small city written in YAML and resolved by the real checker:
// one kecamatan, two offices, two city services and one local service, with
// an "and" step, an "or" step, an optional step and steps at other offices.
func fixture(t testing.TB) *flow.Catalog {
	t.Helper()
	return load(t, sample.MalangCity())
}

func load(t testing.TB, fsys fs.FS) *flow.Catalog {
	t.Helper()
	cat, diags := check.Dir(fsys)
	if cat == nil {
		var b strings.Builder
		diags.Print(&b, diag.EN)
		t.Fatalf("the city does not check:\n%s", b.String())
	}
	cat.Generated = "2026-11-23" // the checker stamps today
	return cat
}

func officeByID(t testing.TB, cat *flow.Catalog, id string) *flow.Office {
	t.Helper()
	for _, o := range cat.Offices {
		if o.ID == id {
			return o
		}
	}
	t.Fatalf("no office %q", id)
	return nil
}

func serviceByID(t testing.TB, o *flow.Office, id string) *flow.Service {
	t.Helper()
	for _, s := range o.Services {
		if s.ID == id {
			return s
		}
	}
	t.Fatalf("office %s has no service %q", o.ID, id)
	return nil
}

// output is every file the exports produce for a catalog, by a name.
func outputs(t testing.TB, cat *flow.Catalog, baseURL flow.BaseURL) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	add := func(name string, b []byte, err error) {
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = b
	}
	b, err := Catalog(cat, baseURL)
	add("katalog.json", b, err)
	for _, o := range cat.Offices {
		b, err := OfficeJSONLD(o, baseURL)
		add("office-"+o.ID+".jsonld", b, err)
		b, err = Open311(o, baseURL)
		add("open311-"+o.ID+".json", b, err)
		for _, s := range o.Services {
			b, err := ServiceJSONLD(s, baseURL)
			add("service-"+o.ID+"-"+s.ID+".jsonld", b, err)
		}
	}
	return out
}

func TestGolden(t *testing.T) {
	for name, got := range outputs(t, fixture(t), flow.MustBaseURL(base)) {
		t.Run(name, func(t *testing.T) {
			var pretty bytes.Buffer
			if err := json.Indent(&pretty, got, "", "  "); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			pretty.WriteByte('\n')
			path := filepath.Join("testdata", "golden", name)
			if golden.Update() {
				if err := os.WriteFile(path, pretty.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/export -update)", err)
			}
			if !bytes.Equal(pretty.Bytes(), want) {
				t.Errorf("%s differs from the output; run go test ./internal/export -update and look at the diff", path)
			}
		})
	}
}

func decode(t testing.TB, b []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b)
	}
	return v
}

// get follows a path of object keys and array indexes ("0", "1", ...).
func get(t testing.TB, v any, path ...string) any {
	t.Helper()
	for i, p := range path {
		switch x := v.(type) {
		case map[string]any:
			next, ok := x[p]
			if !ok {
				t.Fatalf("no key %q at %s", p, strings.Join(path[:i], "."))
			}
			v = next
		case []any:
			n := 0
			for _, r := range p {
				n = n*10 + int(r-'0')
			}
			if n >= len(x) {
				t.Fatalf("no item %d at %s (%d items)", n, strings.Join(path[:i], "."), len(x))
			}
			v = x[n]
		default:
			t.Fatalf("%s is %T, not an object or a list", strings.Join(path[:i], "."), v)
		}
	}
	return v
}

func wantEqual(t *testing.T, v any, want any, path ...string) {
	t.Helper()
	if got := get(t, v, path...); got != want {
		t.Errorf("%s = %#v, want %#v", strings.Join(path, "."), got, want)
	}
}

// siteURL matches the URLs of the site's contract (Indonesian pages at the
// root), optionally with the fragment naming a JSON-LD node.
func siteURL(baseURL string) *regexp.Regexp {
	const id = `[a-z0-9]+(-[a-z0-9]+)*`
	return regexp.MustCompile(`^` + regexp.QuoteMeta(strings.TrimRight(baseURL, "/")) + `/(` +
		`kelurahan/` + id + `/(#kantor)?|` +
		`kelurahan/` + id + `/` + id + `/(#layanan)?|` +
		`kelurahan/` + id + `/services\.json|` +
		`layanan/` + id + `/|` +
		`kecamatan/` + id + `/|` +
		`katalog\.json)$`)
}

// ourURLKeys are the keys whose values are URLs of our own site; other URLs
// (an office's own website, a complaint channel) are staff data.
var ourURLKeys = map[string]bool{"url": true, "@id": true, "serviceUrl": true, "service_list_url": true, "standard_url": true}

// checkURLs walks a document and checks every URL of our own site.
func checkURLs(t *testing.T, name string, v any, baseURL string) (n int) {
	t.Helper()
	re := siteURL(baseURL)
	var walk func(v any, key string)
	walk = func(v any, key string) {
		switch x := v.(type) {
		case map[string]any:
			for k, val := range x {
				walk(val, k)
			}
		case []any:
			for _, val := range x {
				walk(val, key)
			}
		case string:
			if ourURLKeys[key] {
				n++
				if !re.MatchString(x) {
					t.Errorf("%s: %s %q is not an absolute site URL under %s", name, key, x, baseURL)
				}
			}
		case nil:
			t.Errorf("%s: %s is null; lists are [] and absent values are left out", name, key)
		}
	}
	walk(v, "")
	return n
}

// stripExternal drops complaint channels, whose "url" is staff data, not
// one of ours.
func stripExternal(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, val := range x {
			if k == "complaint_channels" {
				continue
			}
			out[k] = stripExternal(val)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, val := range x {
			out[i] = stripExternal(val)
		}
		return out
	}
	return v
}

func TestEveryURLIsAbsoluteAndOurs(t *testing.T) {
	for _, b := range []string{base, "https://example.org/alur/", "http://localhost:8080"} {
		for name, out := range outputs(t, fixture(t), flow.MustBaseURL(b)) {
			n := checkURLs(t, name, stripExternal(decode(t, out)), b)
			if n == 0 && !strings.HasPrefix(name, "open311") {
				t.Errorf("%s with base %s has no site URLs", name, b)
			}
		}
	}
}

func TestServiceJSONLD(t *testing.T) {
	cat := fixture(t)
	kauman := officeByID(t, cat, "kauman")
	b, err := ServiceJSONLD(serviceByID(t, kauman, "sktm"), flow.MustBaseURL(base))
	if err != nil {
		t.Fatal(err)
	}
	v := decode(t, b)
	wantEqual(t, v, "https://schema.org", "@context")
	wantEqual(t, v, "GovernmentService", "@type")
	wantEqual(t, v, "Surat Keterangan Tidak Mampu", "name")
	wantEqual(t, v, "SKTM", "alternateName", "0")
	wantEqual(t, v, "surat miskin", "alternateName", "1")
	wantEqual(t, v, "Sosial dan keterangan ekonomi", "serviceType")
	wantEqual(t, v, base+"/kelurahan/kauman/sktm/", "url")
	wantEqual(t, v, "GovernmentOffice", "provider", "@type")
	wantEqual(t, v, "Kantor Kelurahan Kauman", "provider", "name")
	wantEqual(t, v, get(t, v, "provider", "@id"), "serviceOperator", "@id")
	wantEqual(t, v, "Kecamatan Klojen", "areaServed", "containedInPlace", "name")
	wantEqual(t, v, "ServiceChannel", "availableChannel", "@type")
	wantEqual(t, v, "Jl. Kauman No. 1, Klojen, Kota Malang", "availableChannel", "serviceLocation", "address", "streetAddress")
	wantEqual(t, v, -7.981, "availableChannel", "serviceLocation", "geo", "latitude")
	wantEqual(t, v, "0341-000001", "availableChannel", "servicePhone", "telephone")
	wantEqual(t, v, "P3D", "availableChannel", "processingTime")
	wantEqual(t, v, "id", "availableChannel", "availableLanguage", "0", "alternateName")
	wantEqual(t, v, 0.0, "offers", "price")
	wantEqual(t, v, "IDR", "offers", "priceCurrency")

	howTo := get(t, v, "subjectOf")
	wantEqual(t, howTo, "HowTo", "@type")
	wantEqual(t, howTo, "Foto rumah tampak depan", "supply", "3", "name") // the office's extra requirement
	wantEqual(t, howTo, "Bawa asli, serahkan fotokopi.", "supply", "1", "description")
	wantEqual(t, howTo, "Asli. Hanya jika pemohon diwakilkan. Bermeterai Rp10.000.", "supply", "2", "description")
	wantEqual(t, howTo, "HowToStep", "step", "0", "@type")
	wantEqual(t, howTo, "Di luar kantor kelurahan: Ketua RT dan Ketua RW tempat tinggal Anda.", "step", "0", "text")
	wantEqual(t, howTo, "P1D", "step", "0", "timeRequired")
	wantEqual(t, howTo, "HowToSection", "step", "1", "@type")
	wantEqual(t, howTo, "Siapkan berkas", "step", "1", "name")
	wantEqual(t, howTo, "Tempat: Loket 2.", "step", "1", "itemListElement", "1", "text") // moved by the office
	wantEqual(t, howTo, "Tempat: Loket 2. Pelaku: Pemohon dan Petugas loket. Petugas memeriksa kelengkapan berkas.", "step", "2", "text")
	wantEqual(t, howTo, "Opsional. Jika keluarga belum tercatat di DTSEN.", "step", "3", "text")
	wantEqual(t, howTo, "Pilih salah satu", "step", "4", "name")
	wantEqual(t, howTo, 2.0, "step", "4", "itemListElement", "1", "position")
	// A route is a section of its own, in order, holding only its steps.
	wantEqual(t, howTo, "HowToSection", "step", "4", "itemListElement", "1", "@type")
	wantEqual(t, howTo, "Ambil SKTM lewat kuasa", "step", "4", "itemListElement", "1", "name")
	wantEqual(t, howTo, "Jika pemohon diwakilkan.", "step", "4", "itemListElement", "1", "description")
	wantEqual(t, howTo, "https://schema.org/ItemListOrderAscending", "step", "4", "itemListElement", "1", "itemListOrder")
	wantEqual(t, howTo, "Tulis surat kuasa bermeterai", "step", "4", "itemListElement", "1", "itemListElement", "0", "name")
	wantEqual(t, howTo, "Tempat: Ruang Lurah. Pelaku: Penerima kuasa.", "step", "4", "itemListElement", "1", "itemListElement", "1", "text")
	wantEqual(t, howTo, 2.0, "step", "4", "itemListElement", "1", "itemListElement", "1", "position")
	wantEqual(t, howTo, "HowToStep", "step", "5", "@type") // the routes rejoin: the next step is everyone's
	wantEqual(t, howTo, "Di luar kantor kelurahan: Kantor Kecamatan Klojen.", "step", "5", "text")
}

func TestServiceJSONLDPrice(t *testing.T) {
	b, err := ServiceJSONLD(serviceByID(t, officeByID(t, fixture(t), "kauman"), "pinjam-balai"), flow.MustBaseURL(base))
	if err != nil {
		t.Fatal(err)
	}
	v := decode(t, b)
	wantEqual(t, v, 150000.0, "offers", "price")
	wantEqual(t, v, 150000.0, "subjectOf", "estimatedCost", "value")
	wantEqual(t, v, "Perda Kota Malang tentang Retribusi (contoh)", "offers", "description")
}

// A fee that varies has no price: structured data says in words what it
// is reckoned by, and the catalog says so beside amount 0.
func TestVaryingFee(t *testing.T) {
	s := *serviceByID(t, officeByID(t, fixture(t), "kauman"), "pinjam-balai")
	s.Cost = flow.Cost{Varies: "lama pemakaian", LegalBasis: "Perda Kota Malang tentang Retribusi (contoh)"}
	b, err := ServiceJSONLD(&s, flow.MustBaseURL(base))
	if err != nil {
		t.Fatal(err)
	}
	v := decode(t, b)
	if offers, _ := v.(map[string]any)["offers"].(map[string]any); offers == nil || offers["price"] != nil {
		t.Errorf("offers = %v, want an offer without a price", offers)
	}
	wantEqual(t, v, "Tidak tetap, dihitung menurut lama pemakaian. Perda Kota Malang tentang Retribusi (contoh)", "offers", "description")
	wantEqual(t, v, "Tidak tetap, dihitung menurut lama pemakaian", "subjectOf", "estimatedCost")
	if got := cost(s.Cost); got.Free || got.Amount != 0 || got.Varies != "lama pemakaian" {
		t.Errorf("catalog cost = %+v, want not free, amount 0, varies", got)
	}
}

func TestHostileTextCannotCloseTheScript(t *testing.T) {
	cat := fixture(t)
	o := officeByID(t, cat, "kauman")
	s := serviceByID(t, o, "sktm")
	hostile := "</script><script>alert(1)</script><!-- \u2028 & "
	s.Name = hostile
	s.Steps[0].Title = hostile
	o.Name = hostile
	s.Def.Aliases = append(s.Def.Aliases, hostile)
	for name, f := range map[string]func() ([]byte, error){
		"service": func() ([]byte, error) { return ServiceJSONLD(s, flow.MustBaseURL(base)) },
		"office":  func() ([]byte, error) { return OfficeJSONLD(o, flow.MustBaseURL(base)) },
		"catalog": func() ([]byte, error) { return Catalog(cat, flow.MustBaseURL(base)) },
		"open311": func() ([]byte, error) { return Open311(o, flow.MustBaseURL(base)) },
	} {
		b, err := f()
		if err != nil {
			t.Fatal(err)
		}
		if bytes.ContainsAny(b, "<>&") || bytes.Contains(b, []byte("\u2028")) {
			t.Errorf("%s: output has a raw <, >, & or U+2028, which could end a <script> element or break it", name)
		}
		if !strings.Contains(string(b), `\u003c/script\u003e`) {
			t.Errorf("%s: the hostile text is missing rather than escaped", name)
		}
		if !strings.Contains(decodeString(t, b), hostile) {
			t.Errorf("%s: the hostile text did not survive a JSON round trip", name)
		}
	}
}

// decodeString decodes a document and returns all its strings, joined.
func decodeString(t *testing.T, b []byte) string {
	var all []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for _, val := range x {
				walk(val)
			}
		case []any:
			for _, val := range x {
				walk(val)
			}
		case string:
			all = append(all, x)
		}
	}
	walk(decode(t, b))
	return strings.Join(all, "\n")
}

func TestOfficeJSONLD(t *testing.T) {
	cat := fixture(t)
	b, err := OfficeJSONLD(officeByID(t, cat, "kauman"), flow.MustBaseURL(base))
	if err != nil {
		t.Fatal(err)
	}
	v := decode(t, b)
	wantEqual(t, v, "https://schema.org", "@context")
	wantEqual(t, v, "GovernmentOffice", "@type")
	wantEqual(t, v, base+"/kelurahan/kauman/", "url")
	wantEqual(t, v, "35.73.02.1007", "identifier")
	wantEqual(t, v, "0341-000001", "telephone")
	wantEqual(t, v, 112.627, "geo", "longitude")
	wantEqual(t, v, "https://kauman.example.go.id", "sameAs", "0")
	wantEqual(t, v, "Kecamatan Klojen", "parentOrganization", "name")

	// Holidays are special opening hours: closed all day (00:00-00:00).
	wantEqual(t, v, "Hari Raya Natal", "specialOpeningHoursSpecification", "1", "name")
	wantEqual(t, v, "2026-12-25", "specialOpeningHoursSpecification", "1", "validFrom")
	wantEqual(t, v, "2026-12-25", "specialOpeningHoursSpecification", "1", "validThrough")
	wantEqual(t, v, "00:00", "specialOpeningHoursSpecification", "1", "opens")
	wantEqual(t, v, "00:00", "specialOpeningHoursSpecification", "1", "closes")

	// A break splits a day into two specifications.
	hours := get(t, v, "openingHoursSpecification").([]any)
	want := [][3]string{
		{"Monday Tuesday Wednesday Thursday", "07:30", "12:00"},
		{"Monday Tuesday Wednesday Thursday", "12:30", "15:30"},
		{"Friday", "07:30", "11:30"},
		{"Friday", "13:00", "14:30"},
	}
	if len(hours) != len(want) {
		t.Fatalf("%d opening hours specifications, want %d", len(hours), len(want))
	}
	for i, w := range want {
		var days []string
		for _, d := range get(t, hours[i], "dayOfWeek").([]any) {
			days = append(days, d.(string))
		}
		got := [3]string{strings.Join(days, " "), get(t, hours[i], "opens").(string), get(t, hours[i], "closes").(string)}
		if got != w {
			t.Errorf("opening hours %d = %v, want %v", i, got, w)
		}
	}

	// Services offered, grouped as the city groups them.
	wantEqual(t, v, "OfferCatalog", "hasOfferCatalog", "@type")
	wantEqual(t, v, "Sosial dan keterangan ekonomi", "hasOfferCatalog", "itemListElement", "0", "name")
	wantEqual(t, v, "Surat Keterangan Tidak Mampu", "hasOfferCatalog", "itemListElement", "0", "itemListElement", "0", "itemOffered", "name")
	wantEqual(t, v, base+"/kelurahan/kauman/sktm/", "hasOfferCatalog", "itemListElement", "0", "itemListElement", "0", "itemOffered", "url")
	wantEqual(t, v, "Peminjaman Balai Kelurahan", "hasOfferCatalog", "itemListElement", "1", "itemOffered", "name") // no group
	if n := len(get(t, v, "hasOfferCatalog", "itemListElement").([]any)); n != 2 {
		t.Errorf("kauman's catalogue has %d entries, want 2 (one group, one ungrouped service; domisili is not offered)", n)
	}
}

func TestOpeningHoursWithoutBreaks(t *testing.T) {
	b, err := OfficeJSONLD(officeByID(t, fixture(t), "oro-oro-dowo"), flow.MustBaseURL(base))
	if err != nil {
		t.Fatal(err)
	}
	v := decode(t, b)
	if n := len(get(t, v, "openingHoursSpecification").([]any)); n != 1 {
		t.Errorf("%d specifications, want 1", n)
	}
	wantEqual(t, v, "Friday", "openingHoursSpecification", "0", "dayOfWeek", "4")
	wantEqual(t, v, "15:00", "openingHoursSpecification", "0", "closes")
}

// TestHoursComeFromTheCheckedWeek: export reads the hours the checker
// resolved (flow.Office.Week), never the strings staff wrote, so nothing
// here parses a clock or can meet one that does not parse.
func TestHoursComeFromTheCheckedWeek(t *testing.T) {
	o := officeByID(t, fixture(t), "oro-oro-dowo")
	want, err := OfficeJSONLD(o, flow.MustBaseURL(base))
	if err != nil {
		t.Fatal(err)
	}
	o.Hours[0].Open = "jam delapan"
	got, err := OfficeJSONLD(o, flow.MustBaseURL(base))
	if err != nil || !bytes.Equal(got, want) || !bytes.Contains(got, []byte(`"opens":"`)) {
		t.Errorf("JSON-LD read the written hours: err %v\n%s", err, got)
	}
}

func TestCatalog(t *testing.T) {
	b, err := Catalog(fixture(t), flow.MustBaseURL(base))
	if err != nil {
		t.Fatal(err)
	}
	v := decode(t, b)
	wantEqual(t, v, 1.0, "version")
	wantEqual(t, v, base+"/katalog.json", "url")
	wantEqual(t, v, "malang", "city", "id")
	wantEqual(t, v, true, "city", "example")
	wantEqual(t, v, "klojen", "kecamatan", "0", "id")
	wantEqual(t, v, "kecamatan", "kecamatan", "0", "office", "id")
	wantEqual(t, v, "kua", "kecamatan", "0", "agencies", "0", "id")
	wantEqual(t, v, "kauman", "kecamatan", "0", "offices", "0")
	wantEqual(t, v, "oro-oro-dowo", "kecamatan", "0", "offices", "1")

	// City standards, with the offices that deliver them.
	wantEqual(t, v, "domisili", "services", "0", "id")
	wantEqual(t, v, "oro-oro-dowo", "services", "0", "offices", "0")
	if n := len(get(t, v, "services", "0", "offices").([]any)); n != 1 {
		t.Errorf("domisili is delivered by %d offices, want 1", n)
	}

	kauman := get(t, v, "offices", "0")
	wantEqual(t, kauman, "kauman", "id")
	wantEqual(t, kauman, base+"/kelurahan/kauman/services.json", "service_list_url")
	wantEqual(t, kauman, "12:00", "hours", "0", "breaks", "0", "from")
	wantEqual(t, kauman, 2.0, "places", "2", "floor")
	wantEqual(t, kauman, false, "places", "2", "step_free")
	wantEqual(t, kauman, "domisili", "not_offered", "0", "id")
	wantEqual(t, kauman, "Dilayani di Kantor Kecamatan Klojen.", "not_offered", "0", "reason")

	sktm := get(t, kauman, "services", "0")
	wantEqual(t, sktm, "sktm", "id")
	wantEqual(t, sktm, false, "local")
	wantEqual(t, sktm, base+"/layanan/sktm/", "standard_url")
	wantEqual(t, sktm, "Di Kauman, SKTM dilayani di Loket 2.", "office_note")
	wantEqual(t, sktm, "Foto rumah tampak depan", "requirements", "3", "document") // added by the office
	wantEqual(t, sktm, 1.0, "requirements", "3", "count")                          // jumlah not written
	wantEqual(t, sktm, "1-3 hari kerja", "duration", "text")
	wantEqual(t, sktm, "P3D", "duration", "iso8601")
	wantEqual(t, sktm, true, "cost", "free")
	wantEqual(t, sktm, "IDR", "cost", "currency")
	wantEqual(t, sktm, false, "steps", "0", "where", "inside")
	wantEqual(t, sktm, "rt-rw", "steps", "0", "where", "kind")
	wantEqual(t, sktm, "loket-2", "steps", "1", "and", "1", "where", "id")
	wantEqual(t, sktm, true, "steps", "1", "and", "1", "where", "inside")
	wantEqual(t, sktm, true, "steps", "3", "optional")
	wantEqual(t, sktm, "5b", "steps", "4", "or", "1", "label")
	wantEqual(t, sktm, "ruang-lurah", "steps", "4", "or", "1", "steps", "1", "where", "id")
	wantEqual(t, sktm, "5b.2", "steps", "4", "or", "1", "steps", "1", "label")
	wantEqual(t, sktm, "Tulis surat kuasa bermeterai", "steps", "4", "or", "1", "steps", "0", "title")
	if _, ok := get(t, sktm, "steps", "4", "or", "1").(map[string]any)["where"]; ok {
		t.Error("a route has a place of its own in katalog.json; its steps have theirs")
	}
	wantEqual(t, sktm, "Kantor Kecamatan Klojen", "steps", "5", "where", "name")
	wantEqual(t, sktm, -7.964, "steps", "5", "where", "coordinates", "lat")

	balai := get(t, kauman, "services", "1")
	wantEqual(t, balai, "pinjam-balai", "id")
	wantEqual(t, balai, true, "local")
	wantEqual(t, balai, 150000.0, "cost", "amount")
	if _, ok := balai.(map[string]any)["standard_url"]; ok {
		t.Error("a local service has a standard_url")
	}
}

func TestOpen311(t *testing.T) {
	b, err := Open311(officeByID(t, fixture(t), "kauman"), flow.MustBaseURL(base))
	if err != nil {
		t.Fatal(err)
	}
	var list []map[string]any
	if err := json.Unmarshal(b, &list); err != nil {
		t.Fatalf("not a JSON list: %v", err)
	}
	if len(list) != 2 {
		t.Fatalf("%d services, want 2", len(list))
	}
	for _, s := range list {
		for _, key := range []string{"service_code", "service_name", "description", "metadata", "type", "keywords", "group"} {
			if _, ok := s[key]; !ok {
				t.Errorf("service %v lacks %q", s["service_code"], key)
			}
		}
		if s["metadata"] != false || s["type"] != "blackbox" {
			t.Errorf("service %v: metadata=%v type=%v, want false and blackbox", s["service_code"], s["metadata"], s["type"])
		}
	}
	sktm := list[0]
	if sktm["service_code"] != "sktm" || sktm["group"] != "Sosial dan keterangan ekonomi" {
		t.Errorf("first service = %v", sktm)
	}
	if want := "SKTM,surat miskin,keterangan tidak mampu sekolah"; sktm["keywords"] != want {
		t.Errorf("keywords = %q, want %q (a comma inside a name must not split it)", sktm["keywords"], want)
	}
}

// TestRealServices runs every export over the real services folder: all of
// it must export, parse, and link only to the site's own URLs.
func TestRealServices(t *testing.T) {
	cat := load(t, os.DirFS("../../services"))
	out := outputs(t, cat, flow.MustBaseURL(base))
	if len(cat.Offices) > 0 && len(out) < 1+2*len(cat.Offices) {
		t.Fatalf("%d outputs for %d offices", len(out), len(cat.Offices))
	}
	for name, b := range out {
		checkURLs(t, name, stripExternal(decode(t, b)), base)
	}
	t.Logf("katalog.json: %d offices, %d bytes", len(cat.Offices), len(out["katalog.json"]))
}

func BenchmarkCatalogRealServices(b *testing.B) {
	cat := load(b, os.DirFS("../../services"))
	for b.Loop() {
		if _, err := Catalog(cat, flow.MustBaseURL(base)); err != nil {
			b.Fatal(err)
		}
	}
}
