package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/alurlayanan/alur/internal/account"
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/store"
)

// stdin is where alur user add reads the password; tests replace it.
var stdin io.Reader = os.Stdin

// runUser is `alur user add --data DIR --role ROLE [--office ID] NAME`:
// a staff account, its password read from standard input (never a flag,
// so it stays out of the shell's history and the process list).
func runUser(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "add" {
		fmt.Fprintln(stderr, say(helpLang(args, string(locale.FromEnv())), "cli.user-usage"))
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return exitOK
		}
		return exitUsage
	}
	fs, langFlag := newFlags("user add", stderr)
	data := dataFlag(fs)
	role := fs.String("role", "", locale.Get("cli.flag.role").Both())
	office := fs.String("office", "", locale.Get("cli.flag.user-office").Both())
	lang, code := parse(fs, args[1:], langFlag)
	if code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, say(lang, "cli.user-usage"))
		return exitUsage
	}
	u := account.User{Name: fs.Arg(0), Role: account.Role(*role), Office: *office}
	if err := u.Check(); err != nil {
		fmt.Fprintf(stderr, "alur user add: %v\n", err)
		return exitUsage
	}
	password, err := readPassword(stdin, stderr, say(lang, "cli.user-password"))
	if err != nil {
		fmt.Fprintf(stderr, "alur user add: %v\n", err)
		return exitProblem
	}
	hash, err := account.Hash(password)
	if err != nil {
		fmt.Fprintf(stderr, "alur user add: %v\n", err)
		return exitProblem
	}
	db, err := store.Open(*data)
	if err != nil {
		fmt.Fprintf(stderr, "alur user add: %v\n", err)
		return exitProblem
	}
	defer db.Close()
	if err := db.AddUser(context.Background(), u, hash); err != nil {
		if errors.Is(err, store.ErrExists) {
			fmt.Fprintf(stderr, say(lang, "cli.user-exists"), u.Name)
			return exitProblem
		}
		fmt.Fprintf(stderr, "alur user add: %v\n", err)
		return exitProblem
	}
	fmt.Fprintf(stdout, say(lang, "cli.user-added"), u.Name, u.Role)
	return exitOK
}

// readPassword reads one line; on a terminal it asks and hides what is
// typed.
func readPassword(in io.Reader, prompt io.Writer, ask string) (string, error) {
	if f, ok := in.(*os.File); ok {
		if line, ok, err := readHidden(f, prompt, ask); ok {
			return line, err
		}
	}
	line, err := bufio.NewReader(in).ReadString('\n')
	if err != nil && !(errors.Is(err, io.EOF) && line != "") {
		return "", fmt.Errorf("%s: %w", strings.TrimSpace(ask), err)
	}
	return strings.TrimRight(line, "\r\n"), nil
}
