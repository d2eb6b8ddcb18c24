package cli

import (
	"fmt"
	"io"
	"time"

	"github.com/alurlayanan/alur/internal/preview"
	"github.com/alurlayanan/alur/internal/server"
)

func runServe(args []string, stdout, stderr io.Writer) int {
	fs, langFlag := newFlags("serve", stderr)
	site := fs.String("site", "public", "folder situs yang sudah dibangun / published site folder")
	addr := fs.String("addr", "127.0.0.1:8080", "alamat HOST:PORT / listen address")
	dev := fs.Bool("dev", false, "pratinjau untuk petugas: bangun ulang saat berkas disimpan / staff preview: rebuild on save")
	services := fs.String("services", "services", "dengan --dev: folder berkas YAML / with --dev: YAML folder")
	content := fs.String("content", "content", "dengan --dev: halaman tulisan tangan / with --dev: hand-written pages")
	theme := fs.String("theme", "themes/alur", "dengan --dev: tema Hugo / with --dev: Hugo theme")
	lang, code := parse(fs, args, langFlag)
	if code >= 0 {
		return code
	}
	ctx, stop := interruptible(stderr, 10*time.Second)
	defer stop()
	if *dev {
		fmt.Fprintf(stdout, say(lang, "cli.preview"), *services, *addr)
		err := preview.Run(ctx, preview.Config{Services: *services, Content: *content, Theme: *theme, Addr: *addr, Lang: lang})
		if err != nil {
			fmt.Fprintf(stderr, "alur serve --dev: %v\n", err)
			return exitProblem
		}
		return exitOK
	}
	fmt.Fprintf(stdout, say(lang, "cli.serving"), *site, *addr)
	err := server.Run(ctx, server.Config{Site: *site, Addr: *addr, OpenSearch: server.OpenSearchIndex})
	if err != nil {
		fmt.Fprintf(stderr, "alur serve: %v\n", err)
		return exitProblem
	}
	return exitOK
}
