package preview

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alurlayanan/alur/internal/testing/sample"
)

// project is a copy of a city, its pages and the theme that a test may
// edit, and that nobody else edits meanwhile.
type project struct {
	services, content, theme string
}

// newProject copies services and content (the shared fixture's, or the
// Kota Malang example's) and the theme into a fresh folder.
func newProject(t testing.TB, services, content fs.FS) project {
	t.Helper()
	dir := t.TempDir()
	p := project{services: filepath.Join(dir, "services"), content: filepath.Join(dir, "content"), theme: filepath.Join(dir, "themes", "alur")}
	copyTree(t, services, p.services)
	copyTree(t, content, p.content)
	copyTree(t, os.DirFS("../../themes/alur"), p.theme)
	return p
}

func copyTree(t testing.TB, from fs.FS, to string) {
	t.Helper()
	if err := os.CopyFS(to, from); err != nil {
		t.Fatal(err)
	}
}

// startPreview serves the project on a loopback port until the test ends.
func startPreview(t testing.TB, p project) string {
	t.Helper()
	return startPreviewLogging(t, p, io.Discard)
}

// startPreviewLogging is startPreview with the preview's log, as JSON
// lines, going to log.
func startPreviewLogging(t testing.TB, p project, log io.Writer) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Serve(ctx, ln, Config{
			Services: p.services, Content: p.content, Theme: p.theme,
			Logger: slog.New(slog.NewJSONHandler(log, nil)),
		})
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

// untilGen reads events until the generation reaches gen.
func untilGen(t testing.TB, e *eventReader, gen int) State {
	t.Helper()
	return until(t, e, fmt.Sprintf("build %d", gen), func(s State) bool { return s.Gen >= gen })
}

// until reads events until one satisfies done, failing on problems.
func until(t testing.TB, e *eventReader, what string, done func(State) bool) State {
	t.Helper()
	for {
		s := e.next(t)
		if done(s) {
			return s
		}
		if len(s.Problems) > 0 {
			t.Fatalf("waiting for %s: %v", what, s.Problems)
		}
	}
}

func page(t testing.TB, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

func TestSaveRebuildsAndReloads(t *testing.T) {
	p := newProject(t, sample.RichCity(), sample.Content())
	base := startPreview(t, p)
	events := openEvents(t, base)
	untilGen(t, events, 1)
	office := base + "/kelurahan/kauman/"
	if code, body := page(t, office); code != http.StatusOK || !strings.Contains(body, "Jl. Contoh 10") || !strings.Contains(body, `data-gen="1"`) {
		t.Fatalf("office page: status %d, reload script or address missing:\n%.500s", code, body)
	}

	kauman := filepath.Join(p.services, "kelurahan", "klojen", "kauman.yaml")
	sample.Replace(t, kauman, "Jl. Contoh 10", "Jl. Baru 99")
	untilGen(t, events, 2)
	if _, body := page(t, office); !strings.Contains(body, "Jl. Baru 99") || strings.Contains(body, "Jl. Contoh 10") {
		t.Errorf("office page after the edit still has the old address")
	}

	// A mistake: the overlay names the place, the last good page stays.
	sample.Replace(t, kauman, "kecamatan: klojen", "kecamatan: klojenn")
	s := events.next(t)
	if s.Gen != 2 || len(s.Problems) == 0 || !strings.Contains(strings.Join(s.Problems, "\n"), "kelurahan/klojen/kauman.yaml:4:") {
		t.Fatalf("after the mistake: %+v; want gen 2 and a problem at kauman.yaml:4", s)
	}
	if code, body := page(t, office); code != http.StatusOK || !strings.Contains(body, "Jl. Baru 99") {
		t.Errorf("last good page gone: status %d", code)
	}
	// A tab opened now sees the problem at once.
	if s := openEvents(t, base).next(t); len(s.Problems) == 0 {
		t.Errorf("a new tab is not told of the problem: %+v", s)
	}

	sample.Replace(t, kauman, "kecamatan: klojenn", "kecamatan: klojen")
	if s := untilGen(t, events, 3); len(s.Problems) != 0 {
		t.Errorf("fixed, yet problems remain: %v", s.Problems)
	}

	// Hand-written pages rebuild too.
	sample.Replace(t, filepath.Join(p.content, "tentang.md"), "memuat alur pelayanan", "memuat alur pelayanan terbaru")
	untilGen(t, events, 4)
	if _, body := page(t, base+"/tentang/"); !strings.Contains(body, "alur pelayanan terbaru") {
		t.Errorf("about page not rebuilt")
	}
}

func TestFirstBuildWithErrors(t *testing.T) {
	p := newProject(t, sample.RichCity(), sample.Content())
	kauman := filepath.Join(p.services, "kelurahan", "klojen", "kauman.yaml")
	sample.Replace(t, kauman, "kecamatan: klojen", "kecamatan: klojenn")
	base := startPreview(t, p)
	events := openEvents(t, base)
	s := events.next(t)
	for len(s.Problems) == 0 {
		s = events.next(t)
	}
	if s.Gen != 0 {
		t.Fatalf("gen %d before any good build", s.Gen)
	}
	code, body := page(t, base+"/kelurahan/kauman/")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, scriptPath) {
		t.Errorf("before the first good build: status %d, body %q", code, body)
	}
	sample.Replace(t, kauman, "kecamatan: klojenn", "kecamatan: klojen")
	untilGen(t, events, 1)
	if code, _ := page(t, base+"/kelurahan/kauman/"); code != http.StatusOK {
		t.Errorf("after the fix: status %d", code)
	}
}

// An edit re-renders the open page at once; pages it changes that no tab
// has open yet show it when they are asked for.
func TestEditReachesOpenAndNotYetOpenPages(t *testing.T) {
	p := newProject(t, sample.RichCity(), sample.Content())
	base := startPreview(t, p)
	events := openEvents(t, base)
	untilGen(t, events, 1)
	office := base + "/kelurahan/kauman/"
	if _, body := page(t, office); !strings.Contains(body, "Jl. Contoh 10") {
		t.Fatalf("office page lacks the address before the edit")
	}

	sample.Replace(t, filepath.Join(p.services, "kelurahan", "klojen", "kauman.yaml"), "Jl. Contoh 10", "Jl. Baru 99")
	untilGen(t, events, 2)
	for _, url := range []string{office, base + "/kelurahan/kauman/sktm/", base + "/en/kelurahan/kauman/", base + "/en/kelurahan/kauman/sktm/index.html"} {
		code, body := page(t, url)
		if code != http.StatusOK || !strings.Contains(body, "Jl. Baru 99") || strings.Contains(body, "Jl. Contoh 10") {
			t.Errorf("%s after the edit: status %d, new address missing or old one still there", url, code)
		}
	}
}

// The preview makes a page when it is first asked for: asked for without
// its closing slash, or by HEAD, it is made all the same.
func TestPageFirstAskedForWithoutSlashOrByHead(t *testing.T) {
	p := newProject(t, sample.RichCity(), sample.Content())
	base := startPreview(t, p)
	untilGen(t, openEvents(t, base), 1)
	if code, body := page(t, base+"/kelurahan/kauman/sktm"); code != http.StatusOK || !strings.Contains(body, "Kauman") {
		t.Errorf("without the slash: status %d", code)
	}
	resp, err := http.Head(base + "/en/kelurahan/kauman/sktm/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("HEAD: status %d", resp.StatusCode)
	}
}
