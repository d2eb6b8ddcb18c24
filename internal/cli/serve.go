package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/alurlayanan/alur/internal/server"
)

func runServe(args []string, stdout, stderr io.Writer) int {
	fs, langFlag := newFlags("serve", stderr)
	site := fs.String("site", "public", "folder situs yang sudah dibangun / published site folder")
	addr := fs.String("addr", "127.0.0.1:8080", "alamat HOST:PORT / listen address")
	lang, code := parse(fs, args, langFlag)
	if code >= 0 {
		return code
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(stdout, pick(lang, "Menyajikan %s di http://%s/ (Ctrl+C untuk berhenti)\n", "Serving %s at http://%s/ (Ctrl+C to stop)\n"), *site, *addr)
	err := server.Run(ctx, server.Config{Site: *site, Addr: *addr, OpenSearch: openSearch})
	if err != nil {
		fmt.Fprintf(stderr, "alur serve: %v\n", err)
		return exitProblem
	}
	return exitOK
}
