package cli

import (
	"bytes"
	"github.com/alurlayanan/alur/internal/testing/sample"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, args ...string) (int, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(args, &out, &errOut)
	return code, out.String() + errOut.String()
}

func TestCheckFixtureCityExitsZero(t *testing.T) {
	code, out := runCLI(t, "check", "--services", sample.WriteCity(t, t.TempDir()))
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	for _, want := range []string{"0 galat, 0 peringatan.", "2 kantor kelurahan", "Kompetensi pelaksana"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestCheckBrokenFileExitsOneWithPosition(t *testing.T) {
	dir := t.TempDir()
	sample.WriteCity(t, dir)
	path := filepath.Join(dir, "layanan", "sktm.yaml")
	data, _ := os.ReadFile(path)
	os.WriteFile(path, bytes.Replace(data, []byte("persyaratan:"), []byte("persyaratn:"), 1), 0o644)

	code, out := runCLI(t, "check", "--services", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if want := `layanan/sktm.yaml:9:1: galat: kunci "persyaratn" tidak dikenal; maksud Anda "persyaratan"?`; !strings.Contains(out, want) {
		t.Errorf("output lacks %q:\n%s", want, out)
	}
	code, out = runCLI(t, "check", "--services", dir, "--lang", "en")
	if want := `layanan/sktm.yaml:9:1: error: unknown key "persyaratn"; did you mean "persyaratan"?`; code != 1 || !strings.Contains(out, want) {
		t.Errorf("exit %d, output lacks %q:\n%s", code, want, out)
	}
}

func TestCheckWarningsOnlyExitsZero(t *testing.T) {
	dir := t.TempDir()
	sample.WriteCity(t, dir)
	os.WriteFile(filepath.Join(dir, "catatan.yaml"), []byte("x: 1\n"), 0o644)
	code, out := runCLI(t, "check", "--services", dir, "-q")
	if code != 0 || !strings.Contains(out, "0 galat, 1 peringatan.") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestCheckMissingFolderAndBadUsage(t *testing.T) {
	if code, _ := runCLI(t, "check", "--services", filepath.Join(t.TempDir(), "nope")); code != 1 {
		t.Errorf("missing folder: exit %d, want 1", code)
	}
	if code, _ := runCLI(t, "check", "--lang", "fr"); code != 2 {
		t.Errorf("bad --lang: exit %d, want 2", code)
	}
	if code, _ := runCLI(t, "frobnicate"); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
}

// TestHelpSpeaksTheStaffsLanguage: `alur <command> -h` is in Bahasa
// Indonesia, and in English with --lang en, not the flag package's
// "Usage of".
func TestHelpSpeaksTheStaffsLanguage(t *testing.T) {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		t.Setenv(v, "id_ID.UTF-8")
	}
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"check", "-h"}, []string{"Pemakaian: alur check [opsi]", "folder berkas YAML (bawaan: services)"}},
		{[]string{"preview", "-h"}, []string{"Pemakaian: alur preview [opsi]", "alamat HOST:PORT (bawaan: 127.0.0.1:8080)"}},
		{[]string{"build", "-h", "--lang", "en"}, []string{"Usage: alur build [options]", "public URL of the site (default: alamat_publik in kota.yaml, else http://127.0.0.1:8080/)"}},
		{[]string{"search", "--lang=en", "-h"}, []string{"Usage: alur search [options]", "JSON output"}},
	} {
		code, out := runCLI(t, c.args...)
		if code != 0 || strings.Contains(out, "Usage of") {
			t.Errorf("%v: exit %d:\n%s", c.args, code, out)
		}
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: no %q in:\n%s", c.args, w, out)
			}
		}
	}
}

// Deleting a published office's file: check warns, naming the office and
// its file; build refuses and says how to confirm; the confirmed build
// publishes.
func TestRemovingAPublishedOfficeIsNeverSilent(t *testing.T) {
	dir := t.TempDir()
	services := sample.WriteCity(t, filepath.Join(dir, "services"))
	out := filepath.Join(dir, "public")
	build := []string{"build", "--services", services, "--content", "../../content", "--theme", "../../themes/alur", "--out", out, "-q"}
	if code, msg := runCLI(t, build...); code != 0 {
		t.Fatalf("first build: exit %d\n%s", code, msg)
	}
	os.Remove(filepath.Join(services, "kelurahan", "blimbing", "arjosari.yaml"))

	code, msg := runCLI(t, "check", "--services", services, "--site", out, "-q")
	if want := "kelurahan/blimbing/arjosari.yaml: peringatan: Kelurahan Arjosari (/kelurahan/arjosari/) beserta"; code != 0 || !strings.Contains(msg, want) || !strings.Contains(msg, "0 galat, 1 peringatan.") {
		t.Errorf("check: exit %d, want a warning %q:\n%s", code, want, msg)
	}
	code, msg = runCLI(t, build...)
	if want := "alur build --unpublish kelurahan/arjosari"; code != 1 || !strings.Contains(msg, want) {
		t.Errorf("build: exit %d, want 1 and %q:\n%s", code, want, msg)
	}
	if code, msg := runCLI(t, append(build, "--unpublish", "kelurahan/arjosari")...); code != 0 {
		t.Errorf("confirmed build: exit %d\n%s", code, msg)
	}
	if code, msg := runCLI(t, "check", "--services", services, "--site", out, "-q"); code != 0 || !strings.Contains(msg, "0 galat, 0 peringatan.") {
		t.Errorf("check after the confirmed build: exit %d\n%s", code, msg)
	}
}
