package cli

import (
	"fmt"
	"github.com/alurlayanan/alur/internal/locale"
	"io"
	"time"

	"github.com/alurlayanan/alur/internal/preview"
	"github.com/alurlayanan/alur/internal/server"
)

func runServe(args []string, stdout, stderr io.Writer) int {
	fs, langFlag := newFlags("serve", stderr)
	site := fs.String("site", "public", locale.Get("cli.flag.site").Both())
	addr := fs.String("addr", "127.0.0.1:8080", locale.Get("cli.flag.addr").Both())
	dev := fs.Bool("dev", false, locale.Get("cli.flag.dev").Both())
	services := fs.String("services", "services", locale.Get("cli.flag.dev-services").Both())
	content := fs.String("content", "content", locale.Get("cli.flag.dev-content").Both())
	theme := fs.String("theme", "themes/alur", locale.Get("cli.flag.dev-theme").Both())
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
