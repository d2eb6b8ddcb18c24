// Package cli implements the alur commands, one file per command. It only
// parses flags and wires packages together: the work is done elsewhere.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/locale"
)

// Exit codes.
const (
	exitOK      = 0
	exitProblem = 1 // the input has errors, or the command failed
	exitUsage   = 2
)

type command struct {
	name, summaryID, summaryEN string
	run                        func(args []string, stdout, stderr io.Writer) int
}

var commands []command

func init() {
	commands = []command{
		{"check", "periksa berkas YAML layanan", "check the YAML service files", runCheck},
		{"build", "periksa lalu bangun situs dan indeks pencarian", "check, then build the site and search index", runBuild},
		{"serve", "sajikan situs yang sudah dibangun", "serve the built site", runServe},
		{"search", "cari layanan di indeks yang sudah dibangun", "search the built index", runSearch},
		{"preview", "pratinjau untuk petugas (sama dengan serve --dev)", "staff preview (same as serve --dev)", runPreview},
		{"ikm", "indeks kepuasan masyarakat dari data survei", "the satisfaction index from the survey data", runIKM},
		{"user", "akun petugas: user add", "staff accounts: user add", runUser},
		{"data", "data umpan balik dan survei: data backup", "feedback and survey data: data backup", runData},
		{"new", "tulis kerangka berkas kantor atau layanan baru", "write the skeleton of a new office or service file", runNew},
	}
}

// Run runs the command named by args[0] and returns the exit code.
func Run(args []string, stdout, stderr io.Writer) int {
	lang := diag.LangFromEnv()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr, lang)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, say(lang, "cli.unknown-command"), args[0])
	usage(stderr, lang)
	return exitUsage
}

func usage(w io.Writer, lang diag.Lang) {
	fmt.Fprintln(w, say(lang, "cli.usage"))
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, locale.Text{ID: c.summaryID, EN: c.summaryEN}.In(lang))
	}
	fmt.Fprintln(w, say(lang, "cli.usage-more"))
}

// say returns the catalog's text for key in lang.
func say(lang diag.Lang, key string) string { return locale.T(lang, key) }

// helpLang is the language of a command's help: --lang on its command
// line (help is printed before the flags are read), else the default.
func helpLang(args []string, def string) diag.Lang {
	for i, a := range args {
		v, ok := strings.CutPrefix(strings.TrimLeft(a, "-"), "lang=")
		if !ok && strings.TrimLeft(a, "-") == "lang" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if ok && strings.EqualFold(v, "en") {
			return diag.EN
		}
		if ok {
			return diag.ID
		}
	}
	if strings.EqualFold(def, "en") {
		return diag.EN
	}
	return diag.ID
}

// usageOf writes a command's help in lang, instead of the flag package's
// English "Usage of ...": each option with its words from the catalog
// (cli.flag.*) and its default.
func usageOf(fs *flag.FlagSet, lang diag.Lang) {
	w := fs.Output()
	fmt.Fprintf(w, locale.Get("cli.usage-command").In(lang)+"\n", strings.TrimPrefix(fs.Name(), "alur "))
	words := map[string]string{}
	for _, t := range locale.Prefixed("cli.flag.") {
		words[t.Both()] = t.In(lang)
	}
	fs.VisitAll(func(f *flag.Flag) {
		text := f.Usage
		if w, ok := words[f.Usage]; ok {
			text = w
		}
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			text += " (" + locale.Get("cli.default").In(lang) + ": " + f.DefValue + ")"
		}
		fmt.Fprintf(w, "  --%s\n        %s\n", f.Name, text)
	})
}

// newFlags makes a flag set that reports errors instead of exiting, with
// the common --lang flag.
func newFlags(name string, stderr io.Writer) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet("alur "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", string(diag.LangFromEnv()), locale.Get("cli.flag.lang").Both())
	return fs, lang
}

// parse parses flags; it returns the exit code to stop with, or -1 to go on.
func parse(fs *flag.FlagSet, args []string, lang *string) (diag.Lang, int) {
	fs.Usage = func() { usageOf(fs, helpLang(args, *lang)) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return "", exitOK
		}
		return "", exitUsage
	}
	l := diag.Lang(strings.ToLower(*lang))
	if l != diag.ID && l != diag.EN {
		fmt.Fprintf(fs.Output(), "--lang: %q (id, en)\n", *lang)
		return "", exitUsage
	}
	return l, -1
}
