// Command loadtest measures alur's server under load, for make bench.
//
// It starts the server in a second process on a loopback port, loads a
// service page and the search API from this process for a bounded time,
// and prints requests per second, latency percentiles and the server's
// resident memory before and after:
//
//	go run ./internal/server/loadtest [-site public] [-c 16] [-d 5s]
//
// Without -site it serves a synthetic build the size of Kota Malang (57
// offices, 23 services each, two languages), which has no search index.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/alurlayanan/alur/internal/server"
)

// childEnv marks the process that serves.
const childEnv = "ALUR_LOADTEST_SERVE"

// Bounds, so a typo cannot turn the tool into a flood.
const (
	maxConcurrency = 64
	maxDuration    = time.Minute
)

func main() {
	if site := os.Getenv(childEnv); site != "" {
		if err := serve(site); err != nil {
			fmt.Fprintln(os.Stderr, "loadtest server:", err)
			os.Exit(1)
		}
		return
	}
	site := flag.String("site", "", "published site to serve (default: a synthetic city-sized build)")
	conc := flag.Int("c", 16, "concurrent connections (at most 64)")
	dur := flag.Duration("d", 5*time.Second, "load time per target (at most 1m)")
	query := flag.String("q", "surat keterangan tidak mampu", "search query for /api/search")
	flag.Parse()
	if *conc < 1 || *conc > maxConcurrency || *dur <= 0 || *dur > maxDuration {
		fmt.Fprintf(os.Stderr, "loadtest: -c must be 1..%d and -d at most %s\n", maxConcurrency, maxDuration)
		os.Exit(2)
	}
	if err := run(*site, *conc, *dur, *query); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

// serve is the second process: the real server on a loopback port it
// reports on stdout, until SIGTERM.
func serve(site string) error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	// Access logs are encoded as in production, then dropped.
	s, err := server.New(server.Config{Site: site, Logger: slog.New(slog.NewJSONHandler(io.Discard, nil))})
	if err != nil {
		return err
	}
	defer s.Close()
	fmt.Printf("ADDR %s\n", ln.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	return s.Serve(ctx, ln)
}

func run(site string, conc int, dur time.Duration, query string) error {
	if site == "" {
		dir, err := os.MkdirTemp("", "alur-loadtest-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		if err := synthesize(dir); err != nil {
			return err
		}
		site = dir
		fmt.Printf("site: synthetic, %d offices x %d services x 2 languages\n", synthOffices, synthServices)
	} else {
		fmt.Printf("site: %s\n", site)
	}
	pages, err := servicePages(site)
	if err != nil {
		return err
	}
	child, addr, err := startServer(site)
	if err != nil {
		return err
	}
	defer stopServer(child)
	base := "http://" + addr
	client := &http.Client{Transport: &http.Transport{
		MaxIdleConnsPerHost: conc,
		DisableCompression:  true, // take gzip bytes as a browser would, without spending our CPU on them
	}, Timeout: 10 * time.Second}

	fmt.Printf("server pid %d on %s; %d connections, %s per target\n", child.Process.Pid, addr, conc, dur)
	fmt.Printf("memory before: %s\n", memory(child.Process.Pid))
	targets := []target{
		{pages[0], pages[:1]},
		{fmt.Sprintf("all %d service pages in turn", len(pages)), pages},
	}
	if searchOpen(client, base) {
		q := "/api/search?q=" + url.QueryEscape(query)
		targets = append(targets, target{q, []string{q}})
	} else {
		fmt.Println("/api/search: skipped, the server has no search index")
	}
	for _, t := range targets {
		load(client, base, t, conc, time.Second/2) // warm connections (and the one page's cache)
		fmt.Println(load(client, base, t, conc, dur))
	}
	fmt.Printf("memory after:  %s\n", memory(child.Process.Pid))
	return nil
}

func startServer(site string) (*exec.Cmd, string, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, "", err
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), childEnv+"="+site)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, "", err
	}
	if err := cmd.Start(); err != nil {
		return nil, "", err
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	addr, ok := strings.CutPrefix(strings.TrimSpace(line), "ADDR ")
	if err != nil || !ok {
		stopServer(cmd)
		return nil, "", fmt.Errorf("server did not start: %q %v", line, err)
	}
	return cmd, addr, nil
}

func stopServer(cmd *exec.Cmd) {
	cmd.Process.Signal(syscall.SIGTERM)
	cmd.Wait()
}

func searchOpen(client *http.Client, base string) bool {
	resp, err := client.Get(base + "/healthz")
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return strings.Contains(string(body), `"index":true`)
}

// target is what one run loads: its paths, requested in turn.
type target struct {
	name  string
	paths []string
}

type result struct {
	target        string
	requests, bad int
	elapsed       time.Duration
	bytes         int64
	p50, p99, max time.Duration
}

func (r result) String() string {
	return fmt.Sprintf("%-36s %7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  %d requests, %d failed, %.0f B/response",
		r.target, float64(r.requests)/r.elapsed.Seconds(), ms(r.p50), ms(r.p99), ms(r.max), r.requests, r.bad,
		float64(r.bytes)/float64(max(r.requests, 1)))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// load keeps conc connections requesting target for dur.
func load(client *http.Client, base string, t target, conc int, dur time.Duration) result {
	ctx, cancel := context.WithTimeout(context.Background(), dur)
	defer cancel()
	var (
		mu        sync.Mutex
		latencies []time.Duration
		res       = result{target: t.name}
		wg        sync.WaitGroup
	)
	start := time.Now()
	for w := range conc {
		wg.Go(func() {
			var mine []time.Duration
			var bad int
			var n int64
			for i := w; ctx.Err() == nil; i += conc {
				t0 := time.Now()
				size, err := fetch(client, base+t.paths[i%len(t.paths)])
				if err != nil {
					if ctx.Err() == nil {
						bad++
					}
					continue
				}
				mine = append(mine, time.Since(t0))
				n += size
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			res.bad += bad
			res.bytes += n
			mu.Unlock()
		})
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	res.requests = len(latencies)
	if len(latencies) > 0 {
		slices.Sort(latencies)
		res.p50 = latencies[len(latencies)/2]
		res.p99 = latencies[len(latencies)*99/100]
		res.max = latencies[len(latencies)-1]
	}
	return res
}

func fetch(client *http.Client, url string) (int64, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	n, err := io.Copy(io.Discard, resp.Body)
	if err == nil && resp.StatusCode != http.StatusOK {
		err = errors.New(resp.Status)
	}
	return n, err
}

// servicePages lists the pages of offices' services in a published site.
func servicePages(site string) ([]string, error) {
	matches, err := filepath.Glob(filepath.Join(site, "kelurahan", "*", "*", "index.html"))
	if err != nil || len(matches) == 0 {
		return nil, fmt.Errorf("%s has no kelurahan/<office>/<service>/ page", site)
	}
	pages := make([]string, len(matches))
	for i, m := range matches {
		rel, err := filepath.Rel(site, filepath.Dir(m))
		if err != nil {
			return nil, err
		}
		pages[i] = "/" + filepath.ToSlash(rel) + "/"
	}
	return pages, nil
}

// memory reads a process's resident set size and its peak.
func memory(pid int) string {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return "unknown (" + err.Error() + ")"
	}
	var rss, peak string
	for line := range strings.SplitSeq(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			rss = strings.TrimSpace(v)
		}
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			peak = strings.TrimSpace(v)
		}
	}
	return fmt.Sprintf("RSS %s (peak %s)", rss, peak)
}
