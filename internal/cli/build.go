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
	"github.com/alurlayanan/alur/internal/pipeline"
)

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs, langFlag := newFlags("build", stderr)
	opts := pipeline.Options{}
	services, content, theme, out := servicesFlag(fs), contentFlag(fs), themeFlag(fs), siteFlag(fs, "out")
	baseURL := fs.String("base-url", defaultBaseURL, "alamat publik situs / public URL of the site")
	quiet := quietFlag(fs)
	lang, code := parse(fs, args, langFlag)
	if code >= 0 {
		return code
	}
	base, err := flow.ParseBaseURL(*baseURL)
	if err != nil {
		fmt.Fprintf(stderr, "--base-url: %v\n", err)
		return exitUsage
	}
	opts.Services, opts.Content, opts.Theme, opts.Out, opts.BaseURL = *services, *content, *theme, *out, base
	if st, err := os.Stat(opts.Content); err != nil || !st.IsDir() {
		opts.Content = "" // the hand-written pages are optional
	}
	ctx, stop := interruptible(stderr, 3*time.Second)
	defer stop()

	res, err := pipeline.Build(ctx, opts)
	if res.Problems != nil {
		res.Problems.Print(stdout, lang)
		errs, warns := res.Problems.Count()
		fmt.Fprintf(stdout, pick(lang, "%d galat, %d peringatan.\n", "%d errors, %d warnings.\n"), errs, warns)
	}
	if err != nil {
		if ctx.Err() != nil {
			fmt.Fprintln(stderr, pick(lang, "alur build: dihentikan; tidak ada yang diterbitkan, situs sebelumnya tetap tayang.",
				"alur build: stopped; nothing was published, the previous site keeps serving."))
			return exitInterrupted
		}
		if errors.Is(err, pipeline.ErrCheck) {
			fmt.Fprintln(stderr, pick(lang, "alur build: ada galat; tidak ada yang diterbitkan, situs sebelumnya tetap tayang.",
				"alur build: there are errors; nothing was published, the previous site keeps serving."))
		} else {
			fmt.Fprintf(stderr, pick(lang, "alur build: gagal, situs sebelumnya tetap tayang: %v\n", "alur build: failed, the previous site keeps serving: %v\n"), err)
		}
		return exitProblem
	}
	if !*quiet {
		check.Summarize(res.Catalog).Print(stdout, lang)
	}
	t := res.Timings
	parts := []string{pick(lang, "periksa ", "check ") + round(t.Check).String()}
	for _, st := range pipeline.Stages() {
		parts = append(parts, pick(lang, st.Name.ID, st.Name.EN)+" "+round(t.Stage(st.Name.EN)).String())
	}
	parts = append(parts, pick(lang, "terbit ", "publish ")+round(t.Publish).String())
	fmt.Fprintf(stdout, pick(lang, "Terbit %s di %s: %d halaman dalam %s (%s).\n", "Published %s at %s: %d pages in %s (%s).\n"),
		res.Build, opts.Out, res.Pages, round(t.Total), strings.Join(parts, ", "))
	return exitOK
}

func round(d time.Duration) time.Duration { return d.Round(time.Millisecond) }
