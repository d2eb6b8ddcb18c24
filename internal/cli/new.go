package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/schema"
)

// runNew is `alur new kantor <kecamatan>/<kelurahan>` and `alur new layanan
// <kode>`: it writes a commented skeleton of the file, with its schema
// line, for staff to fill; `alur check` then names each value left empty.
func runNew(args []string, stdout, stderr io.Writer) int {
	flags, langFlag := newFlags("new", stderr)
	services := servicesFlag(flags)
	lang, code := parse(flags, args, langFlag)
	if code == exitOK { // -h: say what the names are, after the options
		fmt.Fprintln(stderr, say(helpLang(args, *langFlag), "cli.new-usage"))
	}
	if code >= 0 {
		return code
	}
	rest := flags.Args()
	if len(rest) > 2 { // flags written after the names
		if lang, code = parse(flags, rest[2:], langFlag); code >= 0 {
			return code
		}
		rest = rest[:2]
	}
	if len(rest) != 2 {
		fmt.Fprintln(stderr, say(lang, "cli.new-usage"))
		return exitUsage
	}
	var name, kind, schemaPath string
	values := map[string]string{}
	switch rest[0] {
	case "kantor", "kelurahan":
		kec, id, ok := strings.Cut(rest[1], "/")
		if !ok || !check.ValidID(kec) || !check.ValidID(id) {
			fmt.Fprintf(stderr, say(lang, "cli.new-bad-id"), rest[1])
			fmt.Fprintln(stderr, say(lang, "cli.new-usage"))
			return exitUsage
		}
		name, kind, schemaPath = filepath.Join("kelurahan", kec, id+".yaml"), "kelurahan", "../../schema/kelurahan.schema.json"
		values["id"], values["kecamatan"] = id, kec
	case "layanan":
		id := rest[1]
		if !check.ValidID(id) {
			fmt.Fprintf(stderr, say(lang, "cli.new-bad-id"), id)
			fmt.Fprintln(stderr, say(lang, "cli.new-usage"))
			return exitUsage
		}
		name, kind, schemaPath = filepath.Join("layanan", id+".yaml"), "layanan", "../schema/layanan.schema.json"
		values["id"] = id
	default:
		fmt.Fprintln(stderr, say(lang, "cli.new-usage"))
		return exitUsage
	}
	data, err := schema.Skeleton(kind, schemaPath, values)
	if err != nil {
		fmt.Fprintf(stderr, "alur new: %v\n", err)
		return exitProblem
	}
	path := filepath.Join(*services, name)
	if err := writeNew(path, data); err != nil {
		if errors.Is(err, fs.ErrExist) {
			fmt.Fprintf(stderr, say(lang, "cli.new-exists"), path)
		} else {
			fmt.Fprintf(stderr, "alur new: %v\n", err)
		}
		return exitProblem
	}
	fmt.Fprintf(stdout, say(lang, "cli.new-written"), path, *services)
	return exitOK
}

// writeNew writes a file that must not exist yet.
func writeNew(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	return errors.Join(err, f.Close())
}
