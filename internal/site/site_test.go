package site

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/alurlayanan/alur/internal/hugosite"
)

const testBaseURL = "https://alur.example/"

var keepOut = flag.String("out", "", "build the fixture city into this folder and keep it, to look at the pages")

// built is the fixture city built once for all tests that only read it.
var built struct {
	once  sync.Once
	dir   string
	stats hugosite.Stats
	err   error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" && *keepOut == "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

func fixtureOptions(out string) Options {
	return Options{
		ContentDir: "testdata/content",
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
