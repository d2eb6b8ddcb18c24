package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/alurlayanan/alur/internal/check"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/pipeline"
)

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs, langFlag := newFlags("build", stderr)
	opts := pipeline.Options{}
	services, content, theme, out := servicesFlag(fs), contentFlag(fs), themeFlag(fs), siteFlag(fs, "out")
	baseURL := fs.String("base-url", "", locale.Get("cli.flag.base-url").Both())
	unpublish := fs.String("unpublish", "", locale.Get("cli.flag.unpublish").Both())
	quiet := quietFlag(fs)
	lang, code := parse(fs, args, langFlag)
	if code >= 0 {
		return code
	}
	if *baseURL != "" {
		base, err := flow.ParseBaseURL(*baseURL)
		if err != nil {
			fmt.Fprintf(stderr, "--base-url: %v\n", err)
			return exitUsage
		}
		opts.BaseURL = base
	}
	opts.LocalURL = flow.MustBaseURL(defaultBaseURL)
	opts.Services, opts.Content, opts.Theme, opts.Out = *services, *content, *theme, *out
	for key := range strings.SplitSeq(*unpublish, ",") {
		if key = strings.Trim(strings.TrimSpace(key), "/"); key != "" {
			opts.Unpublish = append(opts.Unpublish, key)
		}
	}
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
		var refused *pipeline.UnconfirmedError
		switch {
		case errors.Is(err, pipeline.ErrCheck):
			fmt.Fprintln(stderr, say(lang, "cli.build-errors"))
		case errors.As(err, &refused):
			fmt.Fprintf(stderr, say(lang, "cli.build-unpublish"), strings.Join(append(opts.Unpublish, refused.Keys...), ","))
		default:
			fmt.Fprintf(stderr, say(lang, "cli.build-failed"), err)
		}
		return exitProblem
	}
	if !*quiet {
		check.Summarize(res.Catalog).Print(stdout, lang)
	}
	t := res.Timings
	parts := []string{say(lang, "cli.stage-check") + " " + round(t.Check).String()}
	for _, st := range pipeline.Stages() {
		parts = append(parts, st.Name.In(lang)+" "+round(t.Stage(st.Name.EN)).String())
	}
	parts = append(parts, say(lang, "cli.stage-publish")+" "+round(t.Publish).String())
	fmt.Fprintf(stdout, say(lang, "cli.published"),
		res.Build, opts.Out, res.Pages, round(t.Total), strings.Join(parts, ", "))
	fmt.Fprintf(stdout, say(lang, "cli.base-url"), res.BaseURL)
	return exitOK
}

func round(d time.Duration) time.Duration { return d.Round(time.Millisecond) }
