package cli

import (
	"errors"
	"fmt"
	"github.com/alurlayanan/alur/internal/locale"
	"io"
	"os"
	"time"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/pipeline"
)

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs, langFlag := newFlags("build", stderr)
	opts := pipeline.Options{}
	fs.StringVar(&opts.Services, "services", "services", locale.Get("cli.flag.services").Both())
	fs.StringVar(&opts.Content, "content", "content", locale.Get("cli.flag.content").Both())
	fs.StringVar(&opts.Theme, "theme", "themes/alur", locale.Get("cli.flag.theme").Both())
	fs.StringVar(&opts.Out, "out", "public", locale.Get("cli.flag.out").Both())
	baseURL := fs.String("base-url", "http://127.0.0.1:8080/", locale.Get("cli.flag.base-url").Both())
	quiet := fs.Bool("q", false, locale.Get("cli.flag.quiet").Both())
	lang, code := parse(fs, args, langFlag)
	if code >= 0 {
		return code
	}
	base, err := flow.ParseBaseURL(*baseURL)
	if err != nil {
		fmt.Fprintf(stderr, "--base-url: %v\n", err)
		return exitUsage
	}
	opts.BaseURL = base
	if st, err := os.Stat(opts.Content); err != nil || !st.IsDir() {
		opts.Content = "" // the hand-written pages are optional
	}
	ctx, stop := interruptible(stderr, 3*time.Second)
	defer stop()

	res, err := pipeline.Build(ctx, opts)
	if res.Problems != nil {
		res.Problems.Print(stdout, lang)
		errs, warns := res.Problems.Count()
		fmt.Fprintf(stdout, say(lang, "cli.count"), errs, warns)
	}
	if err != nil {
		if ctx.Err() != nil {
			fmt.Fprintln(stderr, say(lang, "cli.build-stopped"))
			return exitInterrupted
		}
		if errors.Is(err, pipeline.ErrCheck) {
			fmt.Fprintln(stderr, say(lang, "cli.build-errors"))
		} else {
			fmt.Fprintf(stderr, say(lang, "cli.build-failed"), err)
		}
		return exitProblem
	}
	if !*quiet {
		check.Summarize(res.Catalog).Print(stdout, lang)
	}
	t := res.Timings
	fmt.Fprintf(stdout, say(lang, "cli.published"),
		res.Build, opts.Out, res.Pages, round(t.Total), round(t.Check), round(t.Site), round(t.Index), round(t.Kiosk), round(t.Publish))
	return exitOK
}

func round(d time.Duration) time.Duration { return d.Round(time.Millisecond) }
