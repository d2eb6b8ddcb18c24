package browsertest

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/pipeline"
	"github.com/alurlayanan/alur/internal/server"
	"github.com/alurlayanan/alur/internal/store"
	"github.com/alurlayanan/alur/internal/testing/sample"
)

// Where the sources of the Kota Malang example live, relative to this
// package. The fixture city is internal/testing/sample's, written out in
// TestMain.
const (
	exampleServices = "../../services"
	contentDir      = "../../content"
	themeDir        = "../../themes/alur"
)

// servedSite is one build of the site behind the real server on a loopback
// port.
type servedSite struct {
	Origin  string // http://127.0.0.1:PORT, no trailing slash
	Dir     string // the published folder (a symlink to the build)
	Catalog *flow.Catalog
	// DB keeps what residents send through the site (feedback, survey).
	DB *store.DB

	http   *httptest.Server
	server *server.Server
}

// URL is the absolute address of a site path such as "/kelurahan/kauman/".
func (s *servedSite) URL(path string) string { return s.Origin + path }

func (s *servedSite) close() {
	s.http.Close()
	s.server.Close()
	if s.DB != nil {
		s.DB.Close()
	}
}

// buildAndServe runs the whole pipeline (check, site, search index,
// kiosk, publish) from a services folder into out, and serves the
// published build with the real server and search. The port is taken
// before the build so that the site's absolute links (canonical,
// hreflang) name the origin it is served from.
// Each of more may change the build's options, such as to confirm the
// removal of published pages (alur build --unpublish).
func buildAndServe(ctx context.Context, services, out string, more ...func(*pipeline.Options)) (*servedSite, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	origin := "http://" + ln.Addr().String()
	opts := pipeline.Options{
		Services: services, Content: contentDir, Theme: themeDir, Out: out, BaseURL: flow.MustBaseURL(origin + "/"),
	}
	for _, f := range more {
		f(&opts)
	}
	res, err := pipeline.Build(ctx, opts)
	if err != nil {
		ln.Close()
		var b strings.Builder
		if res != nil && res.Problems != nil {
			res.Problems.Print(&b, diag.EN)
		}
		return nil, fmt.Errorf("building %s: %w\n%s", services, err, b.String())
	}
	// Only the server's warnings and errors: access lines would bury the
	// test output.
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	db, err := store.Open(filepath.Join(filepath.Dir(out), "data"))
	if err != nil {
		ln.Close()
		return nil, err
	}
	srv, err := server.New(server.Config{Site: out, Logger: logger, OpenSearch: server.OpenSearchIndex, Data: db})
	if err != nil {
		ln.Close()
		db.Close()
		return nil, err
	}
	hs := httptest.NewUnstartedServer(srv.Handler())
	hs.Listener.Close()
	hs.Listener = ln
	hs.Start()
	return &servedSite{Origin: origin, Dir: out, Catalog: res.Catalog, DB: db, http: hs, server: srv}, nil
}

// The fixture city is built once in TestMain: every test reads it. The
// Kota Malang example (57 offices) is built on first use, only by the tests
// that measure the real site.
var (
	workDir string
	fixture *servedSite

	example struct {
		once sync.Once
		site *servedSite
		err  error
	}
)

func TestMain(m *testing.M) { os.Exit(runTests(m)) }

func runTests(m *testing.M) int {
	dir, err := os.MkdirTemp("", "alur-browsertest-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	workDir = dir
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	fixtureServices := filepath.Join(dir, "fixture", "services")
	if err := os.CopyFS(fixtureServices, sample.City()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fixture, err = buildAndServe(ctx, fixtureServices, filepath.Join(dir, "fixture", "public"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "browsertest: the fixture city does not build, so no page can be tested: %v\n", err)
		return 1
	}
	defer fixture.close()
	defer stopBrowser()
	defer func() {
		if example.site != nil {
			example.site.close()
		}
	}()
	return m.Run()
}

// exampleSite is the Kota Malang example, built and served on first use.
func exampleSite(t *testing.T) *servedSite {
	t.Helper()
	example.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		defer cancel()
		example.site, example.err = buildAndServe(ctx, exampleServices, filepath.Join(workDir, "example", "public"))
	})
	if example.err != nil {
		t.Fatalf("the Kota Malang example does not build: %v", example.err)
	}
	return example.site
}

// fixtureService is the fixture's service id at office id; the test fails
// if the fixture no longer has it, so a renamed fixture cannot empty a
// test.
func fixtureService(t *testing.T, office, id string) *flow.Service {
	t.Helper()
	for _, o := range fixture.Catalog.Offices {
		if o.ID != office {
			continue
		}
		for _, s := range o.Services {
			if s.ID == id {
				return s
			}
		}
	}
	t.Fatalf("the fixture city has no service %q at office %q", id, office)
	return nil
}

// variant builds and serves the fixture city changed by change (nil for
// none) in a folder of its own, for a test that needs what the shared
// fixture lacks. It returns the site and its services folder.
func variant(t *testing.T, ctx context.Context, change func(fstest.MapFS), more ...func(*pipeline.Options)) (*servedSite, string) {
	t.Helper()
	dir := t.TempDir()
	fsys := sample.City()
	if change != nil {
		change(fsys)
	}
	services := sample.Write(t, filepath.Join(dir, "services"), fsys)
	s, err := buildAndServe(ctx, services, filepath.Join(dir, "public"), more...)
	if err != nil {
		t.Fatal(err)
	}
	return s, services
}
