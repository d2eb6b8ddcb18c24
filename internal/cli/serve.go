package cli

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/preview"
	"github.com/alurlayanan/alur/internal/server"
	"github.com/alurlayanan/alur/internal/store"
)

// serverGrace is how long a stopped server may take to finish its
// requests before it exits anyway.
const serverGrace = 10 * time.Second

func runServe(args []string, stdout, stderr io.Writer) int {
	fs, langFlag := newFlags("serve", stderr)
	site := siteFlag(fs, "site")
	addr := addrFlag(fs)
	dev := fs.Bool("dev", false, locale.Get("cli.flag.dev").Both())
	data := dataFlag(fs)
	webhook := fs.String("webhook", "", locale.Get("cli.flag.webhook").Both())
	submitLimit := fs.Int("submit-limit", 0, locale.Get("cli.flag.submit-limit").Both())
	services, content, theme := servicesFlag(fs), contentFlag(fs), themeFlag(fs)
	lang, code := parse(fs, args, langFlag)
	if code >= 0 {
		return code
	}
	if *dev {
		return servePreview(preview.Config{Services: *services, Content: *content, Theme: *theme, Addr: *addr, Lang: lang}, stdout, stderr)
	}
	ctx, stop := interruptible(stderr, serverGrace)
	defer stop()
	fmt.Fprintf(stdout, say(lang, "cli.serving"), *site, *addr)
	db, err := store.Open(*data)
	if err != nil {
		fmt.Fprintf(stderr, "alur serve: %v\n", err)
		return exitProblem
	}
	defer db.Close()
	err = server.Run(ctx, server.Config{Site: *site, Addr: *addr, OpenSearch: server.OpenSearchIndex, Data: db,
		Webhook: *webhook, WebhookSecret: os.Getenv("ALUR_WEBHOOK_SECRET"), SubmitLimit: *submitLimit})
	if err != nil {
		fmt.Fprintf(stderr, "alur serve: %v\n", err)
		return exitProblem
	}
	return exitOK
}

// runPreview is `alur preview`: the staff's live preview of the working
// folders (`alur serve --dev` is the same).
func runPreview(args []string, stdout, stderr io.Writer) int {
	fs, langFlag := newFlags("preview", stderr)
	services, content, theme, addr := servicesFlag(fs), contentFlag(fs), themeFlag(fs), addrFlag(fs)
	lang, code := parse(fs, args, langFlag)
	if code >= 0 {
		return code
	}
	return servePreview(preview.Config{Services: *services, Content: *content, Theme: *theme, Addr: *addr, Lang: lang}, stdout, stderr)
}

func servePreview(cfg preview.Config, stdout, stderr io.Writer) int {
	ctx, stop := interruptible(stderr, serverGrace)
	defer stop()
	fmt.Fprintf(stdout, say(cfg.Lang, "cli.preview"), cfg.Services, cfg.Addr)
	if err := preview.Run(ctx, cfg); err != nil {
		fmt.Fprintf(stderr, "alur preview: %v\n", err)
		return exitProblem
	}
	return exitOK
}
