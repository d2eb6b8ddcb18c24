package browsertest

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/jpeg"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/account"
	"github.com/alurlayanan/alur/internal/store"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// sidakSite serves the fixture build with a database holding one
// inspector account.
func sidakSite(t *testing.T) (*servedSite, *store.DB, string) {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "data"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	const password = "sandi-irban-2026"
	hash, err := account.Hash(password)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.AddUser(context.Background(), account.User{Name: "irban", Role: account.Inspector}, hash); err != nil {
		t.Fatal(err)
	}
	return serveWithData(t, db, slog.LevelError), db, password
}

// phone makes the tab a 360 px touch phone.
func (tb *tab) phone(t *testing.T) {
	t.Helper()
	err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(360, 740, chromedp.EmulateScale(2), chromedp.EmulateMobile, chromedp.EmulateTouch))
	if err != nil {
		t.Fatalf("emulating a touch phone: %v", err)
	}
}

// tap touches the middle of the element sel names, as a finger would.
func tap(t *testing.T, tb *tab, sel string) {
	t.Helper()
	type point struct{ X, Y float64 }
	p := evaluate[point](t, tb, `(() => {
		const el = document.querySelector(`+"`"+sel+"`"+`);
		if (!el) return {X: -1, Y: -1};
		el.scrollIntoView({block: "center"});
		const r = el.getBoundingClientRect();
		return {X: r.left + r.width / 2, Y: r.top + r.height / 2};
	})()`)
	if p.X < 0 {
		t.Fatalf("nothing to tap at %s on %s", sel, tb.page)
	}
	_, err := chromedp.Call(tb.ctx, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: input.DispatchTouchEventTypeTouchStart, TouchPoints: []*input.TouchPoint{{X: p.X, Y: p.Y}}})
	if err == nil {
		_, err = chromedp.Call(tb.ctx, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: input.DispatchTouchEventTypeTouchEnd, TouchPoints: []*input.TouchPoint{}})
	}
	if err != nil {
		t.Fatalf("tapping %s: %v", sel, err)
	}
}

// noSignal cuts every request of the tab (the page still believes it is
// online, as a phone with one bar does), or gives the network back.
func (tb *tab) noSignal(t *testing.T, off bool) {
	t.Helper()
	var rules []*network.Conditions
	if off {
		rules = []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}}
	}
	_, err := chromedp.Call(tb.ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{MatchedNetworkConditions: rules})
	if err != nil {
		t.Fatalf("no signal %v: %v", off, err)
	}
}

// offline tells the page it is offline (navigator.onLine and the online
// and offline events), or online again.
func (tb *tab) offline(t *testing.T, off bool) {
	t.Helper()
	_, err := chromedp.Call(tb.ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: off, DownloadThroughput: -1, UploadThroughput: -1})
	if err != nil {
		t.Fatalf("offline %v: %v", off, err)
	}
}

// loginAs logs in through the form, typing.
func loginAs(t *testing.T, tb *tab, name, password string) {
	t.Helper()
	tb.open(t, "/staf/masuk")
	evaluate[bool](t, tb, `(document.querySelector("#nama").focus(), true)`)
	press(t, tb, name)
	evaluate[bool](t, tb, `(document.querySelector("#sandi").focus(), true)`)
	press(t, tb, password)
	press(t, tb, kb.Enter)
	waitTrue(t, tb, `location.pathname === "/staf/" && !!document.querySelector("nav.al-nav")`)
}

// smallTargets lists the inspection form's controls a finger hits in a
// box under 44 x 44 CSS px (a radio or checkbox counts with its label).
const smallTargets = `(() => {
	const out = [];
	for (const el of document.querySelectorAll("#sidak input:not([type=hidden]), #sidak button, #sidak textarea")) {
		if (el.closest("[hidden]")) continue;
		const box = (el.type === "radio" || el.type === "checkbox") ? el.closest("label") : el;
		const r = box.getBoundingClientRect();
		if (r.width < 44 || r.height < 44) out.push(el.name + "=" + el.value + " " + Math.round(r.width) + "x" + Math.round(r.height));
	}
	return out;
})()`

// An inspector fills the form on a 360 px touch phone, the draft (its
// photo too) survives a reload, the signal goes, the form is sent and waits on the
// phone, the signal returns and it arrives once, with the answers given
// and the arrival time of when the form first opened.
func TestInspectionFormOfflineDraft(t *testing.T) {
	site, db, password := sidakSite(t)
	tb := newTab(t, site)
	tb.phone(t)
	loginAs(t, tb, "irban", password)
	ctx := context.Background()

	opened := time.Now().Truncate(time.Second)
	tb.open(t, "/staf/sidak/kauman/")
	waitTrue(t, tb, `document.querySelector("#sidak [name=id]").value.startsWith("sidak-")`)
	id := evaluate[string](t, tb, `document.querySelector("#sidak [name=id]").value`)
	if l := call[layout](t, tb, "layout"); l.ScrollWidth > l.ViewportWidth+1 {
		t.Errorf("the form scrolls sideways at 360 px: %v wide (%v)", l.ScrollWidth, l.Wide)
	}
	if small := evaluate[[]string](t, tb, smallTargets); len(small) > 0 {
		t.Errorf("targets under 44 px on the form: %v", small)
	}

	// Part of the form, by touch and typing.
	tap(t, tb, `#sidak input[name=buka][value=ya]`)
	tap(t, tb, `#sidak input[name=loket][value=ya]`)
	tap(t, tb, `#sidak input[name=maklumat][value=tidak]`)
	tap(t, tb, `#sidak input[name=petugas]`)
	tap(t, tb, `#catatan`)
	press(t, tb, "Loket dijaga satu orang")
	if err := chromedp.Do(tb.ctx, chromedp.SetUploadFiles(chromedp.CSS(`#foto`), []string{smallPhoto(t)})); err != nil {
		t.Fatal(err)
	}
	waitTrue(t, tb, `document.querySelector("#foto").files.length === 1`)
	time.Sleep(300 * time.Millisecond) // IndexedDB commits

	// A reload (a phone that put the tab away) brings the draft back.
	tb.open(t, "/staf/sidak/kauman/")
	waitTrue(t, tb, `!document.querySelector("#draf-status").hidden`)
	if got := evaluate[string](t, tb, `document.querySelector("#sidak [name=id]").value`); got != id {
		t.Errorf("after a reload the form's id is %q, want the draft's %q", got, id)
	}
	if !evaluate[bool](t, tb, `document.querySelector("input[name=maklumat][value=tidak]").checked && document.querySelector("#catatan").value === "Loket dijaga satu orang"`) {
		t.Error("after a reload the answers are gone")
	}
	waitTrue(t, tb, `!document.querySelector("#foto-tersimpan").hidden && document.querySelector("#foto-tersimpan").textContent.startsWith("1 foto")`)

	// The signal goes; the rest is filled and sent.
	tb.mu.Lock()
	tb.missing[site.URL("/staf/sidak/kauman/")] = true // the refused send is the point
	tb.mu.Unlock()
	tb.noSignal(t, true)
	for _, q := range []string{"standar", "alur", "pengaduan"} {
		tap(t, tb, `#sidak input[name=`+q+`][value=ya]`)
	}
	tap(t, tb, `#sidak input[name=ditolak][value=tidak]`)
	tap(t, tb, `#sidak button[type=submit]`)
	waitTrue(t, tb, `!document.querySelector("#draf-status").hidden && document.querySelector("#draf-status").textContent.includes("Belum terkirim")`)
	if !evaluate[bool](t, tb, `JSON.parse(localStorage.getItem("alur-sidak:kauman")).queued === true`) {
		t.Error("the sent form is not queued on the phone")
	}
	// Now the phone notices it is offline.
	tb.offline(t, true)
	waitTrue(t, tb, `navigator.onLine === false`)
	time.Sleep(500 * time.Millisecond)
	if list, _ := db.Inspections(ctx, store.Filter{}, 10); len(list) != 0 {
		t.Fatalf("%d inspections stored while offline", len(list))
	}

	// The signal returns: the form goes by itself, once.
	tb.noSignal(t, false)
	tb.offline(t, false)
	waitTrue(t, tb, `location.pathname === "/staf/sidak/kauman/`+id+`" && !!document.querySelector("#tersimpan")`)
	list, err := db.Inspections(ctx, store.Filter{}, 10)
	if err != nil || len(list) != 1 {
		t.Fatalf("%d inspections stored (%v), want exactly 1", len(list), err)
	}
	in := list[0]
	if in.ID != id || in.Office != "kauman" || in.Inspector != "irban" || !in.Open || !in.FrontDesk || in.Maklumat ||
		!in.Standards || !in.Flow || !in.Complaint || in.Refused || in.Notes != "Loket dijaga satu orang" ||
		len(in.StaffPresent) != 1 || in.StaffPresent[0] != "Petugas Pelayanan (contoh)" || in.Photos != 1 {
		t.Errorf("stored %+v", in)
	}
	if in.Arrived.Before(opened) || in.Arrived.After(opened.Add(5*time.Second)) {
		t.Errorf("arrival %v; the form first opened at %v", in.Arrived, opened)
	}
	if v := evaluate[string](t, tb, `localStorage.getItem("alur-sidak:kauman") || ""`); v != "" {
		t.Errorf("the draft stays on the phone after it was stored: %s", v)
	}
	if text := evaluate[string](t, tb, `document.querySelector("main").innerText`); !strings.Contains(text, "Maklumat pelayanan tidak dipajang") {
		t.Errorf("the confirmation does not show the finding:\n%s", text)
	}
	for _, path := range []string{"/staf/sidak/kauman/" + id, "/staf/sidak/"} {
		tb.open(t, path)
		if l := call[layout](t, tb, "layout"); l.ScrollWidth > l.ViewportWidth+1 {
			t.Errorf("%s scrolls sideways at 360 px: %v wide (%v)", path, l.ScrollWidth, l.Wide)
		}
	}
	// The same form sent again (a reply lost on the way) is kept once.
	tb.open(t, "/staf/sidak/kauman/")
	if list, _ := db.Inspections(ctx, store.Filter{}, 10); len(list) != 1 {
		t.Errorf("%d inspections after opening a new form", len(list))
	}
}

// smallPhoto is a small JPEG file.
func smallPhoto(t *testing.T) string {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 120, 90))
	for x := range 120 {
		img.Set(x, x%90, color.RGBA{0, 90, 80, 255})
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, nil); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "IMG_0002.jpg")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// photo3MB is a JPEG of about 3 MB: noise compresses badly, as a phone
// photo of a notice board does.
func photo3MB(t *testing.T) string {
	t.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	img := image.NewRGBA(image.Rect(0, 0, 2300, 1725))
	for i := range img.Pix {
		img.Pix[i] = uint8(rng.IntN(256))
	}
	for x := range 2300 {
		img.Set(x, x%1725, color.RGBA{200, 0, 0, 255})
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 85}); err != nil {
		t.Fatal(err)
	}
	if b.Len() < 2_700_000 || b.Len() > 3_300_000 {
		t.Fatalf("the test photo is %d bytes, want about 3 MB", b.Len())
	}
	path := filepath.Join(t.TempDir(), "IMG_0001.jpg")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestInspectionPhotoTapToStored measures how long a form with a 3 MB
// photo takes from the tap on "send" to the inspection being stored (the
// upload, the re-encoding and the commit): on loopback, and over mobile
// data of 2 Mbit/s up with 150 ms latency.
func TestInspectionPhotoTapToStored(t *testing.T) {
	site, db, password := sidakSite(t)
	tb := newTab(t, site)
	tb.phone(t)
	loginAs(t, tb, "irban", password)
	path := photo3MB(t)
	ctx := context.Background()
	for i, run := range []struct {
		name, office string
		net          *network.Conditions
	}{
		{"loopback", "arjosari", nil},
		{"2 Mbit/s up, 150 ms", "kauman", &network.Conditions{Latency: 150, DownloadThroughput: 4e6 / 8, UploadThroughput: 2e6 / 8}},
	} {
		tb.open(t, "/staf/sidak/"+run.office+"/")
		tap(t, tb, `#sidak input[name=buka][value=tidak]`)
		if err := chromedp.Do(tb.ctx, chromedp.SetUploadFiles(chromedp.CSS(`#foto`), []string{path})); err != nil {
			t.Fatal(err)
		}
		if run.net != nil {
			if _, err := chromedp.Call(tb.ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{MatchedNetworkConditions: []*network.Conditions{run.net}}); err != nil {
				t.Fatal(err)
			}
		}
		start := time.Now()
		tap(t, tb, `#sidak button[type=submit]`)
		var stored time.Duration
		for deadline := start.Add(90 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
			if list, _ := db.Inspections(ctx, store.Filter{}, 10); len(list) == i+1 {
				stored = time.Since(start)
				break
			}
		}
		if stored == 0 {
			t.Fatalf("%s: the inspection with a 3 MB photo was not stored within 90 s", run.name)
		}
		waitTrue(t, tb, `!!document.querySelector("#tersimpan")`)
		shown := time.Since(start)
		tb.noSignal(t, false)
		list, _ := db.Inspections(ctx, store.Filter{Offices: []string{run.office}}, 1)
		if len(list) != 1 || list[0].Photos != 1 {
			t.Errorf("%s: %+v, want one inspection with one photo", run.name, list)
		}
		t.Logf("3 MB photo, %s: tap to stored %v, tap to confirmation shown %v", run.name, stored.Round(time.Millisecond), shown.Round(time.Millisecond))
	}
}

// Without JavaScript the form is a plain multipart POST that ends on the
// inspection's page.
func TestInspectionFormWithoutScript(t *testing.T) {
	site, db, password := sidakSite(t)
	tb := newTab(t, site)
	tb.phone(t)
	loginAs(t, tb, "irban", password)
	tb.scriptsDisabled(t, true)
	tb.open(t, "/staf/sidak/arjosari/")
	tb.scriptsDisabled(t, false)
	if evaluate[bool](t, tb, `document.querySelector("#sidak [name=id]").value.length > 30`) {
		t.Fatal("the page's script ran although JavaScript was off")
	}
	tap(t, tb, `#sidak input[name=buka][value=tidak]`)
	if err := chromedp.Do(tb.ctx, chromedp.SetUploadFiles(chromedp.CSS(`#foto`), []string{smallPhoto(t)})); err != nil {
		t.Fatal(err)
	}
	tap(t, tb, `#sidak button[type=submit]`)
	waitTrue(t, tb, `location.pathname.startsWith("/staf/sidak/arjosari/sidak-") && !!document.querySelector("#tersimpan")`)
	list, _ := db.Inspections(context.Background(), store.Filter{}, 10)
	if len(list) != 1 || list[0].Open || list[0].Photos != 1 {
		t.Errorf("stored %+v, want one closed-office inspection with a photo", list)
	}
}

// waitTrue is waitFor with the condition as its own description.
func waitTrue(t *testing.T, tb *tab, cond string) {
	t.Helper()
	waitFor(t, tb, cond, cond)
}
