package browsertest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// atTime makes the tab's clock read at from the next page on: the open-now
// line reads Date.now().
func (tb *tab) atTime(t *testing.T, at time.Time) {
	t.Helper()
	src := fmt.Sprintf("Date.now = function () { return %d; };", at.UnixMilli())
	if _, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src}); err != nil {
		t.Fatal(err)
	}
}

// TestHoursResidentsCanTrust: on Natal, 25 December 2026 at 10:00 WIB (a
// Friday, usually open), Kauman in the Kota Malang example shows closed on
// its page and on its service pages, names the holiday, and says it opens
// again on Monday 28 December (24 December is cuti bersama, the weekend
// follows). After the holidays the ordinary line comes back, and during a
// break it names who is on duty and where.
func TestHoursResidentsCanTrust(t *testing.T) {
	s := exampleSite(t)
	wib := time.FixedZone("WIB", 7*60*60)
	for _, c := range []struct {
		at         time.Time
		path, want string
	}{
		{time.Date(2026, 12, 25, 10, 0, 0, 0, wib), "/kelurahan/kauman/", "Tutup hari ini: Hari Raya Natal. Buka lagi Senin, 28 Desember, pukul 07:30 WIB."},
		{time.Date(2026, 12, 25, 10, 0, 0, 0, wib), "/kelurahan/kauman/sktm/", "Tutup hari ini: Hari Raya Natal. Buka lagi Senin, 28 Desember, pukul 07:30 WIB."},
		{time.Date(2026, 12, 25, 10, 0, 0, 0, wib), "/en/kelurahan/kauman/", "Closed today: Hari Raya Natal. Opens again on Monday, 28 December, at 07:30 WIB."},
		{time.Date(2026, 12, 23, 16, 0, 0, 0, wib), "/kelurahan/kauman/", "Tutup sekarang. Buka lagi Senin, 28 Desember, pukul 07:30 WIB."},
		{time.Date(2026, 12, 28, 10, 0, 0, 0, wib), "/kelurahan/kauman/", "Buka sekarang, sampai pukul 12:00 WIB."},
		// During the break the piket is named, and where to find them.
		{time.Date(2026, 12, 7, 12, 15, 0, 0, wib), "/kelurahan/kauman/", "Sedang istirahat. Buka lagi pukul 12:30 WIB. Petugas piket sekarang: Petugas Pelayanan 2 (contoh), Kasi Kesejahteraan Sosial (contoh), di Loket Pelayanan Terpadu."},
		{time.Date(2026, 12, 7, 12, 15, 0, 0, wib), "/en/kelurahan/kauman/", "On a break. Opens again at 12:30 WIB. On duty now: Petugas Pelayanan 2 (contoh), Kasi Kesejahteraan Sosial (contoh), at Loket Pelayanan Terpadu."},
		// A service page says only whether the office is open; who is on
		// duty is the office page's.
		{time.Date(2026, 12, 7, 12, 15, 0, 0, wib), "/en/kelurahan/kauman/sktm/", "On a break. Opens again at 12:30 WIB."},
	} {
		tb := newTab(t, s)
		tb.atTime(t, c.at)
		tb.open(t, c.path)
		got := evaluate[string](t, tb, `document.querySelector('.al-status[data-spans]').innerText`)
		if !strings.HasPrefix(got, c.want) {
			t.Errorf("%s at %s: %q, want %q", c.path, c.at.Format("2006-01-02 15:04"), got, c.want)
		}
	}
	// The page lists the closures still to come when it was built.
	tb := newTab(t, s)
	tb.open(t, "/kelurahan/kauman/")
	list := evaluate[string](t, tb, `(document.querySelector('.al-closed') || {innerText: ""}).innerText`)
	coming := time.Now().In(wib).Format(time.DateOnly) <= "2026-12-25"
	if strings.Contains(list, "25 Desember 2026: Hari Raya Natal") != coming {
		t.Errorf("the office page lists coming holidays as %q (Natal 2026 still to come: %v)", list, coming)
	}
}
