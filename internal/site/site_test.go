package site

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/hugosite"
	"github.com/alurlayanan/alur/internal/testing/sample"
)

var testBaseURL = flow.MustBaseURL("https://alur.example/")

var keepOut = flag.String("out", "", "build the fixture city into this folder and keep it, to look at the pages")

// built is the fixture city built once for all tests that only read it.
var built struct {
	once  sync.Once
	dir   string
	stats hugosite.Stats
	err   error
}

// contentDir holds the shared fixture's hand-written pages
// (internal/testing/sample), written out once in TestMain.
var contentDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "alur-site-content-")
	if err == nil {
		contentDir = filepath.Join(dir, "content")
		err = os.CopyFS(contentDir, sample.Content())
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	if built.dir != "" && *keepOut == "" {
		os.RemoveAll(built.dir)
	}
	os.RemoveAll(dir)
	os.Exit(code)
}

func fixtureOptions(out string) Options {
	return Options{
		ContentDir: contentDir,
		ThemeDir:   "../../themes/alur",
		OutDir:     out,
		BaseURL:    testBaseURL,
	}
}

// builtSite returns the folder the fixture city was built into.
func builtSite(t *testing.T) string {
	t.Helper()
	built.once.Do(func() {
		if built.dir = *keepOut; built.dir == "" {
			built.dir, built.err = os.MkdirTemp("", "alur-site-test-")
		} else {
			built.err = os.MkdirAll(built.dir, 0o755)
		}
		if built.err != nil {
			return
		}
		cat := loadFixture(t)
		built.stats, built.err = Build(context.Background(), cat, fixtureOptions(built.dir))
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.dir
}

func readPage(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(builtSite(t), filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestBuildHasNoWarnings(t *testing.T) {
	builtSite(t)
	if len(built.stats.Warnings) > 0 {
		t.Errorf("Hugo warned:\n%s", strings.Join(built.stats.Warnings, "\n"))
	}
}

// pagesOfFixture are the pages the fixture city must produce, per language.
var pagesOfFixture = []string{
	"index.html", "404.html", "cari/index.html", "tentang/index.html", "bantuan/index.html",
	"layanan/index.html", "layanan/sktm/index.html", "layanan/kematian/index.html",
	"layanan/domisili/index.html", "layanan/usaha/index.html",
	"kecamatan/index.html", "kecamatan/klojen/index.html", "kecamatan/blimbing/index.html",
	"kelurahan/index.html",
	"kelurahan/kauman/index.html", "kelurahan/kauman/sktm/index.html",
	"kelurahan/kauman/kematian/index.html", "kelurahan/kauman/usaha/index.html",
	"kelurahan/oro-oro-dowo/index.html", "kelurahan/oro-oro-dowo/domisili/index.html",
	"kelurahan/arjosari/index.html", "kelurahan/arjosari/izin-keramaian/index.html",
}

func TestEveryPageIsBuiltInBothLanguages(t *testing.T) {
	for _, lang := range []string{"", "en/"} {
		for _, p := range pagesOfFixture {
			html := readPage(t, lang+p)
			wantLang := `<html lang="id">`
			if lang == "en/" {
				wantLang = `<html lang="en">`
			}
			if !strings.Contains(html, wantLang) {
				t.Errorf("%s%s lacks %s", lang, p, wantLang)
			}
		}
	}
	// Kauman does not offer domisili: no page for it there.
	if _, err := os.Stat(filepath.Join(builtSite(t), "kelurahan/kauman/domisili")); !os.IsNotExist(err) {
		t.Errorf("a page for a service Kauman does not offer exists: %v", err)
	}
}

// assertHas checks that a built page contains each of want.
func assertHas(t *testing.T, page string, want ...string) {
	t.Helper()
	html := readPage(t, page)
	for _, w := range want {
		if !strings.Contains(html, w) {
			t.Errorf("%s lacks %q", page, w)
		}
	}
}

func assertHasNot(t *testing.T, page string, unwanted ...string) {
	t.Helper()
	html := readPage(t, page)
	for _, w := range unwanted {
		if strings.Contains(html, w) {
			t.Errorf("%s has %q", page, w)
		}
	}
}

func TestServicePageHasWhatResidentsNeed(t *testing.T) {
	assertHas(t, "kelurahan/kauman/sktm/index.html",
		// what it is for, who needs it
		"<h1>Surat Keterangan Tidak Mampu", "Surat yang menerangkan bahwa keluarga pemohon tidak mampu.",
		"Warga yang mengajukan keringanan biaya <strong>sekolah</strong> atau berobat.",
		// the office's override note
		"Khusus di Kelurahan Kauman", "Di Kauman, SKTM dilayani di <strong>Loket 2</strong>.",
		// essentials at a glance
		"<dd>1 hari kerja</dd>", "<strong>Gratis</strong>", "UU 24/2013 Pasal 79A",
		"<dt>Mulai di</dt>", "Rumah Ketua RT/RW tempat Anda tinggal",
		// what to bring, the office's added requirement, and the case spelled out
		"<strong>KTP-el dan KK</strong> <span class=\"al-req__form\">– Fotokopi, 2 lembar</span>",
		"<strong>Foto rumah tampak depan</strong>",
		`<h3 class="al-case">Bawa juga jika: <span>pemohon diwakilkan</span></h3>`,
		`<input type="checkbox" class="al-check__box">`,
		// numbered steps with the number inside the heading, where, who, how long
		`<h3 class="al-step__title"><span class="al-step__num">Langkah 2<span class="al-vh">:</span></span> <span>Serahkan berkas di loket</span></h3>`,
		"<strong>Loket 2</strong>", "Lurus dari pintu utama, meja di depan ruang tunggu.",
		"<dd>Petugas loket</dd>", "<dd>15 menit</dd>", "<dd>1–2 jam</dd>",
		"<strong>Ruang Lurah</strong>, lantai 2", "Harus naik tangga",
		// the optional step and its case; another office with address and map
		`<li class="al-step al-step--optional" id="langkah-4">`, "tidak selalu perlu", "Hanya jika: <span>diminta oleh sekolah</span>",
		"Jl. Surabaya 6, Malang", "https://www.openstreetmap.org/?mlat=-7.96670&amp;mlon=112.63260",
		`<a href="tel:&#43;62341362375">0341-362375</a>`,
		// office hours, complaints with the 30-day rule, legal basis, other components, last checked
		"Senin–Kamis: 08:00–15:00 (istirahat 12:00–13:00)",
		"paling lambat 30 hari", "<strong>Dewi Lestari</strong>, Sekretaris Kelurahan", "SP4N-LAPOR!", "SMS: 1708",
		"Perwali Kota Uji No. 1 Tahun 2020 (contoh)", "<dt>Sarana, prasarana, dan fasilitas</dt>",
		"Terakhir diperiksa 23 November 2026.",
	)
	// Without the override, Oro-oro Dowo serves SKTM at its own front desk.
	assertHas(t, "kelurahan/oro-oro-dowo/sktm/index.html", "<strong>Loket</strong>")
	assertHasNot(t, "kelurahan/oro-oro-dowo/sktm/index.html", "Loket 2", "Foto rumah tampak depan", "Khusus di")
}

// A fee that varies says what it is reckoned by, never "free" nor a sum.
func TestVaryingFeeIsSpelledOut(t *testing.T) {
	for page, want := range map[string]string{
		"kelurahan/kauman/kematian/index.html":    "<strong>Tidak tetap, dihitung menurut</strong> jarak dan jenis angkutan jenazah (contoh uji)",
		"en/kelurahan/kauman/kematian/index.html": "<strong>Varies, reckoned by</strong> jarak dan jenis angkutan jenazah (contoh uji)",
	} {
		assertHas(t, page, want)
		assertHasNot(t, page, "<strong>Gratis</strong>", "<strong>Free</strong>", "<strong>Rp")
	}
}

func TestAndOrStepsSitBelowTheStepHeadingLevel(t *testing.T) {
	page := "kelurahan/kauman/kematian/index.html"
	assertHas(t, page,
		`<span class="al-step__num">Langkah 1<span class="al-vh">:</span></span> <span>Minta surat keterangan kematian</span></h3>`,
		"Pilih salah satu, sesuai keadaan Anda:",
		`<h4 class="al-part__title"><span class="al-part__num">1a<span class="al-vh">:</span></span> <span>Minta surat dari rumah sakit</span></h4>`,
		"Hanya jika: <span>meninggal di rumah sakit</span>",
		"Lakukan semua ini:",
		`<h4 class="al-part__title"><span class="al-conj">dan</span> <span>Isi formulir F2.01</span></h4>`,
		"<dd>1–3 hari kerja</dd>", "Dispendukcapil Kota Uji",
		// An "or" first step has no single starting place.
		`<dt>Mulai di</dt><dd><a href="#langkah">Lihat langkah-langkah</a>`,
		"Isi halaman ini belum diperiksa petugas. Data per 30 November 2026.",
	)
	assertHasNot(t, page, `<h3 class="al-step__title"><span class="al-step__num">Langkah 1<span class="al-vh">:</span></span> atau`)
}

// A route's steps show inside their alternative only, folded under its
// name and case, one heading level below it and numbered after it, in
// order; the routes then say where they meet again (issue 11, item 7).
func TestRouteStepsShowInsideTheirAlternative(t *testing.T) {
	page := "kelurahan/kauman/kematian/index.html"
	html := readPage(t, page)
	inOrder := []string{
		`<li class="al-part" id="langkah-1-1">`,
		`<span class="al-part__num">1a<span class="al-vh">:</span></span> <span>Minta surat dari rumah sakit</span></h4>`,
		`<li class="al-part al-part--route" id="langkah-1-2">`,
		`<h4 class="al-part__title"><span class="al-conj">atau</span> <span class="al-part__num">1b<span class="al-vh">:</span></span> <span>Minta surat lewat RT/RW</span></h4>`,
		"Hanya jika: <span>meninggal di rumah</span>",
		`<details class="al-fold al-route-fold"><summary>Langkah jalur ini (2)</summary>`,
		`<ol class="al-route">`,
		`<li class="al-route__step" id="langkah-1-2-1">`,
		`<h5 class="al-route__title"><span class="al-route__num">1b.1<span class="al-vh">:</span></span> <span>Laporkan kematian ke Ketua RT</span></h5>`,
		`<li class="al-route__step" id="langkah-1-2-2">`,
		`<span class="al-route__num">1b.2<span class="al-vh">:</span></span> <span>Ambil surat dari RT/RW</span></h5>`,
		"<dd>1 hari</dd>",
		"</ol>\n</details>\n</li>\n</ul>",
		`<p class="al-rejoin">Setelah jalur mana pun, lanjutkan ke langkah 2.</p>`,
		`<span class="al-step__num">Langkah 2<span class="al-vh">:</span></span>`,
	}
	at := 0
	for _, want := range inOrder {
		i := strings.Index(html[at:], want)
		if i < 0 {
			t.Fatalf("%s lacks %q after what came before it", page, want)
		}
		at += i + len(want)
	}
	// A group without routes names its parts by "dan", not by letters.
	assertHasNot(t, page, `<span class="al-part__num">2a`)
	assertHas(t, "en/"+page,
		`<span class="al-route__num">1b.1<span class="al-vh">:</span></span> <span lang="id">Laporkan kematian ke Ketua RT</span></h5>`,
		`<summary>This route&#39;s steps (2)</summary>`,
		`<p class="al-rejoin">After any route, go on to step 2.</p>`)
}

func TestOfficePageHasHoursDutyAndServices(t *testing.T) {
	assertHas(t, "kelurahan/kauman/index.html",
		"<h1>Kelurahan Kauman", "Jl. Contoh 10, Malang", "https://www.openstreetmap.org/?mlat=-7.98000",
		`<a href="tel:&#43;62341000000">0341-000000</a>`, `<a href="https://wa.me/6281200000000">0812-0000-0000</a>`,
		// the weekly table, with breaks, and the data the open-now script reads
		`<tr data-day="0" data-spans="480-720 780-900">`, `<tr data-day="4" data-spans="480-660 780-840">`,
		"<td>08:00–14:00</td>\n<td>11:00–13:00</td>", `<td colspan="2">Tutup</td>`,
		`class="al-status" hidden`, "Tutup pada hari libur nasional dan cuti bersama.",
		// duty roster
		"Senin–Jumat, 07:30–15:30", "Siti Aminah, Staf Pelayanan", `<a href="tel:&#43;6281211112222">0812-1111-2222</a>`,
		// services by kelompok, not offered with where to go instead
		"<h3>Kependudukan</h3>", "<h3>Sosial</h3>", `<a href="/kelurahan/kauman/sktm/">Surat Keterangan Tidak Mampu</a>`,
		"Tidak dilayani di sini", `<a href="/layanan/domisili/">Surat Keterangan Domisili</a>`, "Dilayani di Kantor Kecamatan Klojen.",
		// places, facilities, access, complaints, pledge
		"Masuk pintu utama, meja pertama di sebelah kiri.", "Tanpa tangga, bisa dengan kursi roda.",
		"Parkir motor", "Jalur landai di pintu utama",
		"Pengelola pengaduan di kantor", "Kotak saran kelurahan", "Maklumat pelayanan", "sanggup menyelenggarakan pelayanan",
	)
	assertHas(t, "kelurahan/arjosari/index.html",
		"Jadwal petugas jaga belum diumumkan", "Surat Pengantar Izin Keramaian", "Hanya di kelurahan ini")
	assertHas(t, "kelurahan/oro-oro-dowo/index.html", `<tr data-day="5" data-spans="480-720">`, "Juga ditulis: Oro Oro Dowo")
}

func TestHomeKecamatanAndLayananPages(t *testing.T) {
	assertHas(t, "index.html",
		"<h1>Layanan kelurahan di Kota Uji</h1>",
		`<form class="al-search" role="search" action="/cari/" method="get">`, `name="q"`,
		"Paling sering dicari", `<a href="/layanan/sktm/">Surat Keterangan Tidak Mampu</a> (SKTM)`,
		`<a href="/kecamatan/klojen/">Kecamatan Klojen</a>`, `<a href="/kelurahan/oro-oro-dowo/">Oro-oro Dowo</a>`,
		`<a href="/kelurahan/arjosari/">Arjosari</a>`, "Sebagian data di situs ini masih contoh")
	assertHasNot(t, "index.html", `<a href="/layanan/domisili/">Surat Keterangan Domisili</a> (`)
	assertHas(t, "kecamatan/klojen/index.html",
		"<h1>Kecamatan Klojen</h1>", "Kantor Kecamatan Klojen", "KUA Kecamatan Klojen",
		`<a href="/kelurahan/kauman/">Kelurahan Kauman</a>`)
	assertHas(t, "layanan/domisili/index.html",
		`<a href="/kelurahan/oro-oro-dowo/domisili/">Oro-oro Dowo</a>`, `<a href="/kelurahan/arjosari/domisili/">Arjosari</a>`,
		"Tidak dilayani di", `<a href="/kelurahan/kauman/">Kelurahan Kauman</a>`, "Dilayani di Kantor Kecamatan Klojen.")
	assertHas(t, "layanan/index.html", "<h3>Ekonomi</h3>", `<a href="/layanan/kematian/">Surat Keterangan Kematian</a>`)
}

func TestEnglishPagesTranslateTheInterfaceNotTheData(t *testing.T) {
	assertHas(t, "en/kelurahan/kauman/sktm/index.html",
		`<html lang="en">`, "What to bring", "Step 2", "Free", "1 working day", "2 copies",
		`Also bring, in this case: <span lang="id">pemohon diwakilkan</span>`, "Serahkan berkas di loket",
		`<a href="/kelurahan/kauman/sktm/" hreflang="id" lang="id">Bahasa Indonesia</a>`,
		`<link rel="alternate" hreflang="id" href="https://alur.example/kelurahan/kauman/sktm/">`,
		"Last checked on November 23, 2026.")
	assertHas(t, "en/kelurahan/kauman/kematian/index.html", "10 minutes", "1–3 working days")
	assertHas(t, "en/index.html", `action="/en/cari/"`, `<a href="/en/kelurahan/kauman/">Kauman</a>`)
	assertHas(t, "en/tentang/index.html", "About Alur Layanan")
	assertHas(t, "en/404.html", "Page not found")
}

func TestSearchShellHasTheResultsMarker(t *testing.T) {
	for _, lang := range []string{"", "en/"} {
		page := lang + "cari/index.html"
		assertHas(t, page,
			"<!--alur:hasil-->", `action="/`+lang+`cari/"`, `method="get"`, `name="q"`,
			`<select id="cari-kec" name="kecamatan">`, `<option value="klojen">Klojen</option>`,
			`<select id="cari-kel" name="kelurahan">`, `<optgroup label="Klojen">`, `<option value="kauman">Kauman</option>`,
			`<meta name="robots" content="noindex">`)
	}
}

func TestSitemapListsPagesInBothLanguages(t *testing.T) {
	assertHas(t, "sitemap.xml", "<sitemapindex", "https://alur.example/en/sitemap.xml")
	assertHas(t, "id/sitemap.xml", "<loc>https://alur.example/kelurahan/kauman/sktm/</loc>", `hreflang="en"`)
	assertHas(t, "en/sitemap.xml", "<loc>https://alur.example/en/kelurahan/kauman/sktm/</loc>")
	assertHasNot(t, "id/sitemap.xml", "/cari/")
}
