package staff

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/inspect"
	"github.com/alurlayanan/alur/internal/store"
)

// sidakURLs are the inspection round's URLs: inspectors only.
var sidakURLs = []staffURL{
	{method: "GET", path: SidakPath, only: inspectors},
	{method: "GET", path: SidakPath + "?lang=en", only: inspectors},
	{method: "POST", path: SidakPath, form: url.Values{"jumlah": {"1"}}, only: inspectors},
	{method: "GET", path: SidakPath + "jodipan/", only: inspectors, jodipan: true},
	{method: "GET", path: SidakPath + "kauman/", only: inspectors},
	{method: "POST", path: SidakPath + "jodipan/", form: url.Values{"id": {"x"}}, only: inspectors, jodipan: true},
	{method: "GET", path: SidakPath + "jodipan/sidak-lama", only: inspectors, jodipan: true},
	{method: "GET", path: SidakPath + "kauman/sidak-lama", only: inspectors},
}

// field is one multipart field, in order.
type field struct{ name, value string }

// multipartPost sends fields then photos as the form does.
func (c *client) multipartPost(t testing.TB, path string, fields []field, photos ...[]byte) *httptest.ResponseRecorder {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for _, f := range fields {
		mw.WriteField(f.name, f.value)
	}
	for i, p := range photos {
		w, err := mw.CreateFormFile("foto", fmt.Sprintf("IMG_%d.jpg", i))
		if err != nil {
			t.Fatal(err)
		}
		w.Write(p)
	}
	mw.Close()
	r := httptest.NewRequest("POST", path, &b)
	r.Header.Set("Content-Type", mw.FormDataContentType())
	r.RemoteAddr = c.addr
	for _, ck := range c.cookies {
		r.AddCookie(ck)
	}
	w := httptest.NewRecorder()
	c.f.h.ServeHTTP(w, r)
	return w
}

var (
	idField      = regexp.MustCompile(`name="id" value="([^"]+)"`)
	arrivalField = regexp.MustCompile(`name="tiba" value="([^"]+)"`)
)

// openForm opens an office's form and returns its csrf, id and arrival.
func (c *client) openForm(t testing.TB, office string) (csrf, id, arrival string) {
	t.Helper()
	w := c.do("GET", SidakPath+office+"/", nil)
	body := w.Body.String()
	if w.Code != http.StatusOK {
		t.Fatalf("the form of %s: %d\n%s", office, w.Code, body)
	}
	m1, m2, m3 := csrfField.FindStringSubmatch(body), idField.FindStringSubmatch(body), arrivalField.FindStringSubmatch(body)
	if m1 == nil || m2 == nil || m3 == nil {
		t.Fatalf("the form lacks csrf, id or arrival:\n%s", body)
	}
	return m1[1], m2[1], m3[1]
}

// answers are a Jodipan inspection: open, desk staffed, Sari absent,
// no flow on display, no toilet.
func answers(csrf, id, arrival string) []field {
	return []field{{"csrf", csrf}, {"id", id}, {"tiba", arrival}, {"buka", "ya"}, {"loket", "ya"}, {"maklumat", "ya"},
		{"standar", "ya"}, {"alur", "tidak"}, {"pengaduan", "ya"}, {"ditolak", "tidak"}, {"petugas", "Budi Santoso"},
		{"petugas", "Orang Lain"}, {"fasilitas", "ruang tunggu"}, {"catatan", "Loket ramai"}}
}

func TestSidakRefusesEveryOtherRole(t *testing.T) {
	f := newFixture(t)
	insp := f.as(t, "inspektur")
	// A draw and an inspection exist: other accounts still see nothing.
	token := insp.csrf(t, SidakPath)
	if w := insp.do("POST", SidakPath, url.Values{"csrf": {token}, "jumlah": {"2"}}); w.Code != http.StatusSeeOther {
		t.Fatalf("draw: %d\n%s", w.Code, w.Body)
	}
	csrf, id, arrival := insp.openForm(t, "jodipan")
	if w := insp.multipartPost(t, SidakPath+"jodipan/", answers(csrf, id, arrival)); w.Code != http.StatusSeeOther {
		t.Fatalf("inspection: %d\n%s", w.Code, w.Body)
	}
	for _, name := range []string{"sekda", "kauman", "jodipan"} {
		c := f.as(t, name)
		tok := c.csrf(t, IKMPath)
		urls := append([]staffURL{}, sidakURLs...)
		urls = append(urls, staffURL{method: "GET", path: SidakPath + "jodipan/" + id}, staffURL{method: "GET", path: SidakPath + "tidak-ada/"})
		for _, u := range urls {
			w := c.send(t, u, tok)
			if w.Code != http.StatusNotFound {
				t.Errorf("%s %s as %s: %d, want 404", u.method, u.path, name, w.Code)
			}
			if lower := strings.ToLower(w.Body.String()); strings.Contains(lower, "/staf/sidak") || strings.Contains(lower, "undi") || strings.Contains(lower, "draf.js") {
				t.Errorf("%s %s as %s mentions the draw:\n%s", u.method, u.path, name, w.Body)
			}
		}
		// A multipart POST too, with a good token.
		if w := c.multipartPost(t, SidakPath+"jodipan/", answers(tok, "sidak-lain", arrival)); w.Code != http.StatusNotFound {
			t.Errorf("multipart POST as %s: %d, want 404", name, w.Code)
		}
	}
	if n, _ := f.db.Inspections(ctx, store.Filter{}, 10); len(n) != 1 {
		t.Errorf("%d inspections kept, want 1", len(n))
	}
}

// No page or export an office account reaches changes when a draw is made
// and an inspection kept: nothing there tells the draw, before or after.
func TestOfficeAccountsCannotInferTheDraw(t *testing.T) {
	f := newFixture(t)
	now := time.Date(2026, 12, 2, 9, 0, 0, 0, wib)
	f.staff.Now = func() time.Time { return now }
	pages := func(c *client, token string) map[string]string {
		out := map[string]string{}
		for _, u := range everyURL {
			if u.method != "GET" {
				continue
			}
			out[u.path] = c.send(t, u, token).Body.String()
		}
		return out
	}
	office := f.as(t, "jodipan")
	token := office.csrf(t, IKMPath)
	before := pages(office, token)
	for path, body := range before {
		for _, word := range []string{"/staf/sidak", "Sidak", "draf.js", "inspeksi"} {
			if strings.Contains(body, word) {
				t.Errorf("%s as an office account shows %q", path, word)
			}
		}
	}
	insp := f.as(t, "inspektur")
	if w := insp.do("POST", SidakPath, url.Values{"csrf": {insp.csrf(t, SidakPath)}, "jumlah": {"2"}}); w.Code != http.StatusSeeOther {
		t.Fatalf("draw: %d", w.Code)
	}
	csrf, id, arrival := insp.openForm(t, "jodipan")
	if w := insp.multipartPost(t, SidakPath+"jodipan/", answers(csrf, id, arrival)); w.Code != http.StatusSeeOther {
		t.Fatalf("inspection: %d\n%s", w.Code, w.Body)
	}
	after := pages(office, token)
	for path, body := range before {
		if after[path] != body {
			t.Errorf("%s as an office account changed after a draw and an inspection", path)
		}
	}
}

func TestDrawKeepsTheDay(t *testing.T) {
	f := newFixture(t)
	now := time.Date(2026, 12, 2, 23, 30, 0, 0, time.UTC) // 06:30 WIB on the 3rd
	f.staff.Now = func() time.Time { return now }
	c := f.as(t, "inspektur")
	body := c.do("GET", SidakPath, nil).Body.String()
	if !strings.Contains(body, "2026-12-03") || !strings.Contains(body, `name="jumlah"`) {
		t.Fatalf("before the draw the page offers no draw for 3 December (WIB):\n%s", body)
	}
	if !strings.Contains(body, "kosong pada 2026-04-02 10:00") {
		t.Errorf("Jodipan's empty-office report is not among the incidents:\n%s", body)
	}
	token := c.csrf(t, SidakPath)
	for _, bad := range []string{"0", "3", "x"} {
		if w := c.do("POST", SidakPath, url.Values{"csrf": {token}, "jumlah": {bad}}); w.Code != http.StatusBadRequest {
			t.Errorf("draw %q of 2 offices: %d, want 400", bad, w.Code)
		}
	}
	if w := c.do("POST", SidakPath, url.Values{"csrf": {token}, "jumlah": {"1"}}); w.Code != http.StatusSeeOther {
		t.Fatalf("draw: %d", w.Code)
	}
	first, err := f.db.Draw(ctx, "2026-12-03")
	if err != nil || len(first) != 1 {
		t.Fatalf("the draw of the day: %+v %v", first, err)
	}
	c.do("POST", SidakPath, url.Values{"csrf": {token}, "jumlah": {"2"}})
	again, _ := f.db.Draw(ctx, "2026-12-03")
	if len(again) != 1 || again[0] != first[0] {
		t.Errorf("a second draw the same day changed it: %+v then %+v", first, again)
	}
	body = c.do("GET", SidakPath, nil).Body.String()
	name := map[string]string{"kauman": "Kauman", "jodipan": "Jodipan"}[first[0].Office]
	if !strings.Contains(body, "Sidak "+name) || strings.Contains(body, `name="jumlah"`) || !strings.Contains(body, "Belum pernah disidak") {
		t.Errorf("the page does not show the draw with its reasons:\n%s", body)
	}
}

func TestArrivalIsTheServers(t *testing.T) {
	f := newFixture(t)
	opened := time.Date(2026, 12, 2, 9, 25, 0, 0, wib)
	now := opened
	f.staff.Now = func() time.Time { return now }
	c := f.as(t, "inspektur")
	csrf, id, arrival := c.openForm(t, "jodipan")
	now = opened.Add(40 * time.Minute) // sent later, from a phone with its own clock
	forged := fmt.Sprintf("%d.%s", opened.Add(-2*time.Hour).Unix(), strings.SplitN(arrival, ".", 2)[1])
	for _, bad := range []string{"", forged, fmt.Sprint(opened.Unix()), arrival + "x"} {
		fields := answers(csrf, id, bad)
		if w := c.multipartPost(t, SidakPath+"jodipan/", fields); w.Code != http.StatusBadRequest {
			t.Errorf("arrival %q: %d, want 400", bad, w.Code)
		}
	}
	// Another office's token is no good here.
	_, _, kaumanArrival := c.openForm(t, "kauman")
	if w := c.multipartPost(t, SidakPath+"jodipan/", answers(csrf, id, kaumanArrival)); w.Code != http.StatusBadRequest {
		t.Errorf("Kauman's arrival at Jodipan: %d, want 400", w.Code)
	}
	fields := append(answers(csrf, id, arrival), field{"arrived", "2026-12-02T07:00:00+07:00"})
	if w := c.multipartPost(t, SidakPath+"jodipan/", fields); w.Code != http.StatusSeeOther {
		t.Fatalf("inspection: %d\n%s", w.Code, w.Body)
	}
	in, err := f.db.Inspection(ctx, id)
	if err != nil || !in.Arrived.Equal(opened) || !in.Submitted.Equal(now) || in.Inspector != "inspektur" {
		t.Errorf("arrived %v submitted %v by %q (%v), want arrival %v", in.Arrived, in.Submitted, in.Inspector, err, opened)
	}
	// Eight days later the form is too old.
	now = opened.Add(8 * 24 * time.Hour)
	if w := c.multipartPost(t, SidakPath+"jodipan/", answers(csrf, "sidak-baru", arrival)); w.Code != http.StatusBadRequest {
		t.Errorf("an arrival 8 days old: %d, want 400", w.Code)
	}
}

func TestResubmittedInspectionIsKeptOnce(t *testing.T) {
	f := newFixture(t)
	c := f.as(t, "inspektur")
	csrf, id, arrival := c.openForm(t, "jodipan")
	var where []string
	for range 3 {
		w := c.multipartPost(t, SidakPath+"jodipan/", answers(csrf, id, arrival), photoWithEXIF(t))
		if w.Code != http.StatusSeeOther {
			t.Fatalf("send: %d\n%s", w.Code, w.Body)
		}
		where = append(where, w.Header().Get("Location"))
	}
	if where[0] != SidakPath+"jodipan/"+id || where[1] != where[0] || where[2] != where[0] {
		t.Errorf("resends answered %v", where)
	}
	list, _ := f.db.Inspections(ctx, store.Filter{}, 10)
	fs, _ := f.db.Findings(ctx, store.Filter{}, 100)
	if len(list) != 1 || len(fs) != 3 || list[0].Photos != 1 {
		t.Fatalf("%d inspections, %d findings, %d photos kept; want 1, 3, 1", len(list), len(fs), list[0].Photos)
	}
	in := list[0]
	if !in.Open || !in.FrontDesk || in.Flow || len(in.StaffPresent) != 1 || in.StaffPresent[0] != "Budi Santoso" ||
		!in.Facilities["ruang tunggu"] || in.Facilities["toilet"] || in.Notes != "Loket ramai" {
		t.Errorf("kept %+v", in)
	}
	// The confirmation shows the findings.
	body := c.do("GET", where[0], nil).Body.String()
	for _, want := range []string{"Petugas tidak hadir: Sari Wulandari", "Alur layanan tidak dipajang", "Fasilitas tidak ada: toilet"} {
		if !strings.Contains(body, want) {
			t.Errorf("the confirmation lacks %q:\n%s", want, body)
		}
	}
	// The same id at another office is refused.
	_, _, kaumanArrival := c.openForm(t, "kauman")
	fields := answers(csrf, id, kaumanArrival)
	if w := c.multipartPost(t, SidakPath+"kauman/", fields); w.Code != http.StatusConflict {
		t.Errorf("the same id at Kauman: %d, want 409", w.Code)
	}
}

func TestSidakFormRefusals(t *testing.T) {
	f := newFixture(t)
	c := f.as(t, "inspektur")
	csrf, id, arrival := c.openForm(t, "jodipan")
	closed := []field{{"csrf", csrf}, {"id", id}, {"tiba", arrival}}
	if w := c.multipartPost(t, SidakPath+"jodipan/", closed); w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), "kantor buka atau tidak") {
		t.Errorf("no answer to open: %d", w.Code)
	}
	half := append(closed, field{"buka", "ya"}, field{"loket", "ya"})
	if w := c.multipartPost(t, SidakPath+"jodipan/", half); w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), `value="ya" checked`) {
		t.Errorf("half the answers: %d; the answers given are not shown again", w.Code)
	}
	// No CSRF token before the photo: refused before reading it.
	noToken := []field{{"id", id}, {"tiba", arrival}, {"buka", "tidak"}}
	if w := c.multipartPost(t, SidakPath+"jodipan/", noToken, photoWithEXIF(t)); w.Code != http.StatusForbidden {
		t.Errorf("a photo without a token: %d, want 403", w.Code)
	}
	five := [][]byte{photoWithEXIF(t), photoWithEXIF(t), photoWithEXIF(t), photoWithEXIF(t), photoWithEXIF(t)}
	if w := c.multipartPost(t, SidakPath+"jodipan/", append(closed, field{"buka", "tidak"}), five...); w.Code != http.StatusBadRequest {
		t.Errorf("five photos: %d, want 400", w.Code)
	}
	if w := c.multipartPost(t, SidakPath+"jodipan/", append(closed, field{"buka", "tidak"}), []byte("<svg onload=alert(1)>")); w.Code != http.StatusBadRequest {
		t.Errorf("an SVG as a photo: %d, want 400", w.Code)
	}
	// A closed office is one finding, with no other answer needed.
	if w := c.multipartPost(t, SidakPath+"jodipan/", append(closed, field{"buka", "tidak"})); w.Code != http.StatusSeeOther {
		t.Fatalf("closed office: %d\n%s", w.Code, w.Body)
	}
	fs, _ := f.db.InspectionFindings(ctx, id)
	if len(fs) != 1 || fs[0].Kind != inspect.FindingClosed {
		t.Errorf("closed office findings %+v", fs)
	}
}

// photoWithEXIF is a JPEG with an APP1 Exif segment holding a location
// and a camera, as phones write.
func photoWithEXIF(t testing.TB) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 80, 60))
	for x := range 80 {
		img.Set(x, x%60, color.RGBA{10, 90, 200, 255})
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, nil); err != nil {
		t.Fatal(err)
	}
	payload := []byte("Exif\x00\x00GPSLatitude -7.9839 GPSLongitude 112.6318 Model PhoneX")
	seg := append([]byte{0xFF, 0xE1, byte((len(payload) + 2) >> 8), byte(len(payload) + 2)}, payload...)
	raw := b.Bytes()
	return append(append(append([]byte{}, raw[:2]...), seg...), raw[2:]...)
}

func TestPhotoMetadataIsDroppedEndToEnd(t *testing.T) {
	f := newFixture(t)
	c := f.as(t, "inspektur")
	csrf, id, arrival := c.openForm(t, "jodipan")
	photo := photoWithEXIF(t)
	if !bytes.Contains(photo, []byte("GPSLatitude")) {
		t.Fatal("the test photo carries no location")
	}
	if w := c.multipartPost(t, SidakPath+"jodipan/", answers(csrf, id, arrival), photo, photo); w.Code != http.StatusSeeOther {
		t.Fatalf("send: %d\n%s", w.Code, w.Body)
	}
	for seq := 1; seq <= 2; seq++ {
		kept, err := f.db.Photo(ctx, id, seq)
		if err != nil {
			t.Fatalf("photo %d: %v", seq, err)
		}
		for _, leak := range []string{"Exif", "GPS", "PhoneX", "112.6318"} {
			if bytes.Contains(kept, []byte(leak)) {
				t.Errorf("photo %d kept %q", seq, leak)
			}
		}
		if img, format, err := image.Decode(bytes.NewReader(kept)); err != nil || format != "jpeg" || img.Bounds().Dx() != 80 {
			t.Errorf("photo %d: %v %s", seq, err, format)
		}
	}
}

func TestDraftScriptAndForm(t *testing.T) {
	f := newFixture(t)
	w := f.client().do("GET", DraftScriptPath, nil)
	if w.Code != http.StatusOK || !strings.Contains(w.Header().Get("Content-Type"), "javascript") || !strings.Contains(w.Body.String(), "localStorage") {
		t.Errorf("draft script: %d %q", w.Code, w.Header().Get("Content-Type"))
	}
	c := f.as(t, "inspektur")
	body := c.do("GET", SidakPath+"jodipan/", nil).Body.String()
	for _, want := range []string{`enctype="multipart/form-data"`, `src="/staf/draf.js"`, `value="Budi Santoso"`, `value="toilet"`, `accept="image/jpeg,image/png"`, `name="buka" value="ya" required`} {
		if !strings.Contains(body, want) {
			t.Errorf("the form lacks %s", want)
		}
	}
	if strings.Contains(body, "<script>") {
		t.Error("the form has an inline script (the CSP forbids it)")
	}
	if !strings.Contains(c.do("GET", IKMPath, nil).Body.String(), `href="/staf/sidak/"`) {
		t.Error("the inspector's menu has no link to today's inspections")
	}
}

// TestClosedOfficesAreNotDrawn: an office closed today (its weekday off,
// a holiday, its own closure) cannot be found empty, so it is never drawn;
// with none open the page says so and nothing is drawn.
func TestClosedOfficesAreNotDrawn(t *testing.T) {
	f := newFixture(t)
	dir := *testDirectory
	dir.Offices = slices.Clone(testDirectory.Offices)
	dir.Offices[1].Closed = [][2]string{{"2026-12-24", "2026-12-25"}} // Jodipan
	f.staff.Site = fakeSite{&dir}
	now := time.Date(2026, 12, 25, 2, 0, 0, 0, time.UTC) // 09:00 WIB, Natal
	f.staff.Now = func() time.Time { return now }
	c := f.as(t, "inspektur")
	token := c.csrf(t, SidakPath)
	// Two asked of two offices: only the open one can come.
	if w := c.do("POST", SidakPath, url.Values{"csrf": {token}, "jumlah": {"2"}}); w.Code != http.StatusSeeOther {
		t.Fatalf("draw: %d", w.Code)
	}
	if picks, _ := f.db.Draw(ctx, "2026-12-25"); len(picks) != 1 || picks[0].Office != "kauman" {
		t.Fatalf("drawn on Natal with Jodipan closed: %+v", picks)
	}
	dir.Offices[0].Closed = [][2]string{{"2026-12-24", "2026-12-24"}}
	now = time.Date(2026, 12, 24, 2, 0, 0, 0, time.UTC)
	if w := c.do("POST", SidakPath, url.Values{"csrf": {token}, "jumlah": {"2"}}); w.Code != http.StatusConflict {
		t.Errorf("a draw with every office closed: %d, want 409", w.Code)
	}
	if _, err := f.db.Draw(ctx, "2026-12-24"); err == nil {
		t.Error("a draw was kept with every office closed")
	}
}
