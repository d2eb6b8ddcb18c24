package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/store"
)

// runData is `alur data backup --data DIR FILE`: a consistent copy of the
// database, safe while alur serve keeps writing (store.Backup).
func runData(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "backup" {
		fmt.Fprintln(stderr, say(helpLang(args, string(locale.FromEnv())), "cli.data-usage"))
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return exitOK
		}
		return exitUsage
	}
	fs, langFlag := newFlags("data backup", stderr)
	data := dataFlag(fs)
	lang, code := parse(fs, args[1:], langFlag)
	if code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, say(lang, "cli.data-usage"))
		return exitUsage
	}
	db, err := openExisting(*data)
	if err != nil {
		fmt.Fprintf(stderr, "alur data backup: %v\n", err)
		return exitProblem
	}
	defer db.Close()
	if err := db.Backup(context.Background(), fs.Arg(0)); err != nil {
		fmt.Fprintf(stderr, "alur data backup: %v\n", err)
		return exitProblem
	}
	fmt.Fprintf(stdout, say(lang, "cli.data-backup"), fs.Arg(0))
	return exitOK
}

// openExisting opens the database of a data folder that has one, rather
// than making an empty one.
func openExisting(dir string) (*store.DB, error) {
	if _, err := os.Stat(filepath.Join(dir, store.File)); err != nil {
		return nil, err
	}
	return store.Open(dir)
}
