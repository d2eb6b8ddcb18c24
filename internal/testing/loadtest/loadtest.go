// Package loadtest loads alur's server from a second process on loopback,
// for make bench: requests per second, latency percentiles, and the
// server's resident memory.
//
// The server runs in a child process: the calling binary started again
// with an environment variable naming the site, which ServeChildIfAsked
// (called first thing in TestMain) recognises. Only loopback is ever
// dialled, and every run is bounded in connections and time.
package loadtest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/alurlayanan/alur/internal/server"
	"github.com/alurlayanan/alur/internal/store"
)

// childEnv names the site the child process serves.
const childEnv = "ALUR_LOADTEST_SERVE"

// Bounds, so a typo cannot turn a benchmark into a flood.
const (
	MaxConcurrency = 64
	MaxDuration    = time.Minute
)

// ServeChildIfAsked serves and exits if this process was started as a
// load-test server; otherwise it returns at once.
func ServeChildIfAsked() {
	site := os.Getenv(childEnv)
	if site == "" {
		return
	}
	if err := serve(site); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest server:", err)
		os.Exit(1)
	}
	os.Exit(0)
}

// serve runs the real server on a loopback port it reports on stdout,
// until SIGTERM.
func serve(site string) error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	// A store in a fresh folder, as alur serve --data keeps one, without
	// the per-client limit: the load comes from one address.
	dataDir, err := os.MkdirTemp("", "alur-loadtest-data-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dataDir)
	db, err := store.Open(dataDir)
	if err != nil {
		return err
	}
	defer db.Close()
	// Access logs are encoded as in production, then dropped.
	s, err := server.New(server.Config{Site: site, Logger: slog.New(slog.NewJSONHandler(io.Discard, nil)), OpenSearch: server.OpenSearchIndex,
		Data: db, SubmitLimit: -1})
	if err != nil {
		return err
	}
	defer s.Close()
	fmt.Printf("ADDR %s\n", ln.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	return s.Serve(ctx, ln)
}

// Server is a server running in a child process.
type Server struct {
	URL    string // http://127.0.0.1:port
	cmd    *exec.Cmd
	client *http.Client
}

// Start starts a child process serving site.
func Start(site string) (*Server, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), childEnv+"="+site)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &Server{cmd: cmd}
	line, err := bufio.NewReader(out).ReadString('\n')
	addr, ok := strings.CutPrefix(strings.TrimSpace(line), "ADDR ")
	if err != nil || !ok {
		s.Stop()
		return nil, fmt.Errorf("server did not start: %q %v", line, err)
	}
	s.URL = "http://" + addr
	s.client = &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
		MaxIdleConnsPerHost: MaxConcurrency,
		DisableCompression:  true, // take gzip bytes as a browser would, without spending our CPU on them
	}}
	return s, nil
}

// Stop ends the child with SIGTERM, as a service manager would.
func (s *Server) Stop() error {
	s.cmd.Process.Signal(syscall.SIGTERM)
	return s.cmd.Wait()
}

// SearchOpen reports whether the server has a search index open.
func (s *Server) SearchOpen() bool {
	resp, err := s.client.Get(s.URL + "/healthz")
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return strings.Contains(string(body), `"index":true`)
}

// Memory is the child's resident set size and its peak, in kB.
func (s *Server) Memory() (rss, peak int, err error) {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(s.cmd.Process.Pid) + "/status")
	if err != nil {
		return 0, 0, err
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			rss, _ = strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
		}
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			peak, _ = strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
		}
	}
	return rss, peak, nil
}

// CPUTime is the CPU time the child has used, user and system. On a
// shared machine it is the steadier measure: wall time waits for others.
func (s *Server) CPUTime() (time.Duration, error) {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(s.cmd.Process.Pid) + "/stat")
	if err != nil {
		return 0, err
	}
	// The command name, in parentheses, may hold spaces; fields after it
	// are plain. utime and stime are the 14th and 15th fields, in ticks.
	fields := strings.Fields(string(data[bytes.LastIndexByte(data, ')')+1:]))
	if len(fields) < 13 {
		return 0, fmt.Errorf("loadtest: short /proc stat: %q", data)
	}
	var ticks int64
	for _, f := range fields[11:13] {
		n, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return 0, err
		}
		ticks += n
	}
	const ticksPerSecond = 100 // USER_HZ, fixed by the Linux ABI
	return time.Duration(ticks) * time.Second / ticksPerSecond, nil
}

// Result is one load run.
type Result struct {
	Requests, Failed int
	Elapsed          time.Duration
	Bytes            int64 // response bytes as sent (compressed)
	P50, P99, Max    time.Duration
}

// PerSecond is the rate of successful requests.
func (r Result) PerSecond() float64 { return float64(r.Requests) / r.Elapsed.Seconds() }

// Load keeps conc connections requesting paths in turn for dur, asking
// for gzip as browsers do. Any status but 200 counts as failed.
func (s *Server) Load(paths []string, conc int, dur time.Duration) (Result, error) {
	if len(paths) == 0 {
		return Result{}, errors.New("loadtest: no paths")
	}
	return s.load(conc, dur, func(i int) (int64, error) { return s.fetch(paths[i%len(paths)]) })
}

// Post keeps conc connections posting JSON bodies to path for dur: body(i)
// is the i-th body, so each can carry its own id. A 2xx answer is an
// acknowledged record; anything else counts as failed.
func (s *Server) Post(path string, body func(i int) []byte, conc int, dur time.Duration) (Result, error) {
	var n atomic.Int64
	return s.load(conc, dur, func(int) (int64, error) {
		b := body(int(n.Add(1)))
		resp, err := s.client.Post(s.URL+path, "application/json", bytes.NewReader(b))
		if err != nil {
			return 0, err
		}
		defer resp.Body.Close()
		io.Copy(io.Discard, resp.Body)
		if resp.StatusCode/100 != 2 {
			return 0, errors.New(resp.Status)
		}
		return int64(len(b)), nil
	})
}

func (s *Server) load(conc int, dur time.Duration, request func(i int) (int64, error)) (Result, error) {
	if conc < 1 || conc > MaxConcurrency || dur <= 0 || dur > MaxDuration {
		return Result{}, fmt.Errorf("loadtest: want 1..%d connections, at most %s", MaxConcurrency, MaxDuration)
	}
	// Requests started before the deadline run to their end: cutting them
	// off would count as failures what is only the end of the run.
	deadline := time.Now().Add(dur)
	var (
		mu        sync.Mutex
		latencies []time.Duration
		res       Result
		wg        sync.WaitGroup
	)
	start := time.Now()
	for w := range conc {
		wg.Go(func() {
			var mine []time.Duration
			var failed int
			var n int64
			for i := w; time.Now().Before(deadline); i += conc {
				t0 := time.Now()
				size, err := request(i)
				if err != nil {
					failed++
					continue
				}
				mine = append(mine, time.Since(t0))
				n += size
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			res.Failed += failed
			res.Bytes += n
			mu.Unlock()
		})
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	res.Requests = len(latencies)
	if len(latencies) > 0 {
		slices.Sort(latencies)
		res.P50 = latencies[len(latencies)/2]
		res.P99 = latencies[len(latencies)*99/100]
		res.Max = latencies[len(latencies)-1]
	}
	return res, nil
}

func (s *Server) fetch(path string) (int64, error) {
	req, err := http.NewRequest(http.MethodGet, s.URL+path, nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := s.client.Do(req)
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

// ServicePages lists the URL paths of offices' service pages in a
// published site (Indonesian ones: /kelurahan/<office>/<service>/).
func ServicePages(site string) ([]string, error) {
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
