package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/layout"
)

func TestPublishSwapUnderLoad(t *testing.T) {
	f := newFixture(t)
	builds := []string{"b1", "b2", "b3", "b4", "b5"}
	for _, id := range builds {
		f.writeBuild(id)
	}
	f.publish("b1")
	ts := httptest.NewServer(f.newServer(Config{}).Handler())
	defer ts.Close()

	// Readers keep asking for a page, a missing page (the 404 page comes
	// from the build too) and the compressed home page.
	paths := []string{"/kelurahan/kauman/", "/en/tidak-ada/", "/"}
	var (
		stop     atomic.Bool
		failures atomic.Int64
		requests atomic.Int64
		lastSeen sync.Map // reader -> build
		wg       sync.WaitGroup
	)
	for reader := range 4 {
		wg.Go(func() {
			seen := ""
			for i := 0; !stop.Load(); i++ {
				path := paths[i%len(paths)]
				resp, err := ts.Client().Get(ts.URL + path)
				if err != nil {
					t.Errorf("%s: %v", path, err)
					failures.Add(1)
					return
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				wantStatus := http.StatusOK
				if strings.Contains(path, "tidak-ada") {
					wantStatus = http.StatusNotFound
				}
				if err != nil || resp.StatusCode != wantStatus {
					t.Errorf("%s: status %d, err %v", path, resp.StatusCode, err)
					failures.Add(1)
					return
				}
				b := buildOf(t, string(body))
				if b < seen {
					t.Errorf("%s: went back from build %s to %s", path, seen, b)
				}
				seen = b
				lastSeen.Store(reader, b)
				requests.Add(1)
			}
		})
	}

	// The publisher swaps builds and prunes each old one after a grace
	// period, as alur's publisher does.
	const grace = 300 * time.Millisecond
	for i, id := range builds[1:] {
		time.Sleep(50 * time.Millisecond)
		f.publish(id)
		old := f.buildDir(builds[i])
		time.AfterFunc(grace, func() { os.RemoveAll(old) })
	}
	last := builds[len(builds)-1]
	waitFor(t, "every reader on the last build", func() bool {
		n := 0
		lastSeen.Range(func(_, b any) bool {
			if b == last {
				n++
			}
			return true
		})
		return n == 4 || failures.Load() > 0
	})
	time.Sleep(grace) // let the last prune happen under load
	stop.Store(true)
	wg.Wait()
	if failures.Load() > 0 {
		t.Fatalf("%d failed requests", failures.Load())
	}
	t.Logf("%d requests across %d publishes", requests.Load(), len(builds)-1)
}

func TestDownloadFromOldBuildSurvivesPrune(t *testing.T) {
	f := newFixture(t)
	dir := f.writeBuild("b1")
	big := bytes.Repeat([]byte("0123456789abcdef"), 1<<18) // 4 MiB, more than socket buffers hold
	writeFile(t, filepath.Join(dir, "peta.png"), big)
	f.publish("b1")
	f.writeBuild("b2")
	s := f.newServer(Config{})
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()

	resp, err := ts.Client().Get(ts.URL + "/peta.png")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	head := make([]byte, 1024)
	if _, err := io.ReadFull(resp.Body, head); err != nil {
		t.Fatal(err)
	}
	f.publish("b2")
	waitFor(t, "build b2", func() bool { return s.BuildID() == "b2" })
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	rest, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if got := append(head, rest...); !bytes.Equal(got, big) {
		t.Fatalf("download from the pruned build: %d bytes, want %d identical", len(got), len(big))
	}
	if w := get(s.Handler(), "/peta.png"); w.Code != http.StatusNotFound {
		t.Errorf("after the swap the pruned file is still served: status %d", w.Code)
	}
}

func TestPlainFolderRebuiltInPlace(t *testing.T) {
	f := newFixture(t)
	dir := f.writeBuild("b1")
	f.site = dir
	s := f.newServer(Config{})
	h := s.Handler()
	if got := buildOf(t, get(h, "/").Body.String()); got != "b1" {
		t.Fatalf("serving build %s, want b1", got)
	}
	before := get(h, "/", "Accept-Encoding", "gzip").Header().Get("ETag")

	// Rebuilt in place: the files and then the manifest change.
	writeFile(t, filepath.Join(dir, "index.html"), []byte("<p>build=b1-ulang beranda baru, cukup panjang untuk dipadatkan, cukup panjang untuk dipadatkan</p>"))
	writeFile(t, filepath.Join(dir, layout.ManifestFile), []byte(`{"id": "b1-ulang"}`))
	waitFor(t, "the rebuilt manifest", func() bool { return s.BuildID() == "b1-ulang" })
	w := get(h, "/", "Accept-Encoding", "gzip")
	if got := buildOf(t, string(gunzip(t, w.Body.Bytes()))); got != "b1-ulang" {
		t.Errorf("serving %s after the rebuild", got)
	}
	if w.Header().Get("ETag") == before {
		t.Errorf("ETag unchanged after the page changed")
	}
}

func TestMissingSite(t *testing.T) {
	_, err := New(Config{Site: filepath.Join(t.TempDir(), "public"), Logger: slog.New(slog.NewJSONHandler(io.Discard, nil))})
	if err == nil || !strings.Contains(err.Error(), "alur build") {
		t.Fatalf("err = %v, want one that says to run alur build", err)
	}
}

func TestSearchFollowsTheBuild(t *testing.T) {
	f := newFixture(t)
	f.writeBuild("b1")
	f.writeBuild("b2")
	f.publish("b1")
	fs := &fakeSearch{}
	s := f.newServer(Config{OpenSearch: openFake(fs)})
	h := s.Handler()

	w := get(h, "/api/search?q=ktp")
	var got map[string]string
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil || got["q"] != "ktp" || got["index"] != indexDir(s.site.build()) {
		t.Errorf("API: %s (err %v)", w.Body, err)
	}
	for path, want := range map[string]string{
		"/cari?q=<ktp>":     "build=b1 cari",
		"/cari/?q=<ktp>":    "build=b1 cari",
		"/en/cari/?q=<ktp>": "build=b1 search",
	} {
		body := get(h, path).Body.String()
		if !strings.Contains(body, want) || !strings.Contains(body, "hasil:&lt;ktp&gt;") {
			t.Errorf("%s: %q; want %q and the results", path, body, want)
		}
	}

	f.publish("b2")
	waitFor(t, "build b2", func() bool { return s.BuildID() == "b2" })
	if fs.current() != layout.Index(s.site.build().dir) {
		t.Errorf("index swapped to %s", fs.current())
	}
	if body := get(h, "/cari/?q=kk").Body.String(); !strings.Contains(body, "build=b2 cari") {
		t.Errorf("search page after publish: %q", body)
	}
	s.Close()
	if !fs.closed {
		t.Error("index not closed with the server")
	}
}

func TestWithoutSearch(t *testing.T) {
	f := newFixture(t)
	f.writeBuild("b1")
	f.publish("b1")
	h := f.newServer(Config{}).Handler()
	if w := get(h, "/api/search?q=ktp"); w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), "not available") {
		t.Errorf("API without index: status %d, body %q", w.Code, w.Body)
	}
	if w := get(h, "/cari/?q=ktp"); w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "build=b1 cari") {
		t.Errorf("search page without index: status %d, body %q", w.Code, w.Body)
	}
}

func TestHealth(t *testing.T) {
	f := newFixture(t)
	f.writeBuild("b1")
	f.publish("b1")

	for _, tc := range []struct {
		name   string
		open   func(string) (Search, error)
		status int
		want   healthReport
	}{
		{"no search", nil, http.StatusOK, healthReport{Status: "ok", Build: "b1"}},
		{"index open", openFake(&fakeSearch{}), http.StatusOK, healthReport{Status: "ok", Build: "b1", Index: true}},
		{"index broken", func(string) (Search, error) { return nil, errors.New("index rusak") }, http.StatusServiceUnavailable,
			healthReport{Status: "degraded", Build: "b1", Error: "index rusak"}},
	} {
		w := get(f.newServer(Config{OpenSearch: tc.open}).Handler(), "/healthz")
		var got healthReport
		if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if w.Code != tc.status || got != tc.want {
			t.Errorf("%s: %d %+v, want %d %+v", tc.name, w.Code, got, tc.status, tc.want)
		}
	}
}

func TestAccessLog(t *testing.T) {
	f := newFixture(t)
	f.writeBuild("b1")
	f.publish("b1")
	var buf syncBuffer
	h := f.newServer(Config{Logger: slog.New(slog.NewJSONHandler(&buf, nil))}).Handler()
	get(h, "/api/search?q=3573012345678901")
	get(h, "/kelurahan/kauman/", "Accept-Encoding", "gzip")
	get(h, "/tidak-ada/")

	var lines []map[string]any
	for line := range strings.SplitSeq(strings.TrimSpace(buf.String()), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("not JSON: %q", line)
		}
		if m["msg"] == "request" {
			lines = append(lines, m)
		}
	}
	if len(lines) != 3 {
		t.Fatalf("%d request lines, want 3:\n%s", len(lines), buf.String())
	}
	want := []struct {
		path   string
		status float64
	}{{"/api/search", 503}, {"/kelurahan/kauman/", 200}, {"/tidak-ada/", 404}}
	for i, l := range lines {
		if l["method"] != "GET" || l["path"] != want[i].path || l["status"] != want[i].status || l["build"] != "b1" {
			t.Errorf("line %d: %v", i, l)
		}
		if n, ok := l["bytes"].(float64); !ok || n <= 0 {
			t.Errorf("line %d: bytes %v", i, l["bytes"])
		}
		if _, ok := l["ms"].(float64); !ok {
			t.Errorf("line %d: no duration", i)
		}
	}
	if strings.Contains(buf.String(), "3573012345678901") {
		t.Error("the log holds the search query")
	}
}

// startServing serves s on a loopback port until the returned cancel is
// called; done receives Serve's result.
func startServing(t *testing.T, s *Server) (addr string, cancel context.CancelFunc, done <-chan error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	t.Cleanup(cancel)
	return ln.Addr().String(), cancel, served
}

func TestSlowHeaderClientIsCutOff(t *testing.T) {
	f := newFixture(t)
	f.writeBuild("b1")
	f.publish("b1")
	s := f.newServer(Config{Timeouts: Timeouts{ReadHeader: 200 * time.Millisecond}})
	addr, _, _ := startServing(t, s)

	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// Sent a byte every 50 ms this takes 2.5 s, far past the 200 ms the
	// server allows for headers.
	request := "GET / HTTP/1.1\r\nHost: kelurahan.example\r\nUser-Agent: lambat\r\n\r\n"
	cut := false
	for i := range len(request) {
		if _, err := conn.Write([]byte{request[i]}); err != nil {
			cut = true
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	reply, err := io.ReadAll(conn)
	if strings.HasPrefix(string(reply), "HTTP/1.1 200") {
		t.Fatalf("slow client was served: %q", reply)
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatal("connection still open after the header timeout")
	}
	t.Logf("cut off while writing: %v; reply %q, err %v", cut, reply, err)
}

func TestGracefulShutdownFinishesInFlight(t *testing.T) {
	f := newFixture(t)
	f.writeBuild("b1")
	f.publish("b1")
	fs := &fakeSearch{entered: make(chan struct{}), release: make(chan struct{})}
	s := f.newServer(Config{OpenSearch: openFake(fs)})
	addr, cancel, done := startServing(t, s)

	type result struct {
		status int
		body   string
		err    error
	}
	res := make(chan result, 1)
	go func() {
		resp, err := http.Get("http://" + addr + "/api/search?q=ktp")
		if err != nil {
			res <- result{err: err}
			return
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		res <- result{resp.StatusCode, string(body), err}
	}()
	<-fs.entered
	cancel()
	waitFor(t, "the listener to close", func() bool {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			c.Close()
		}
		return err != nil
	})
	select {
	case err := <-done:
		t.Fatalf("Serve returned with a request in flight: %v", err)
	default:
	}
	close(fs.release)
	r := <-res
	if r.err != nil || r.status != http.StatusOK || !strings.Contains(r.body, `"q":"ktp"`) {
		t.Fatalf("in-flight request: status %d, body %q, err %v", r.status, r.body, r.err)
	}
	if err := <-done; err != nil {
		t.Fatalf("Serve: %v", err)
	}
}

func TestShutdownDeadline(t *testing.T) {
	f := newFixture(t)
	f.writeBuild("b1")
	f.publish("b1")
	fs := &fakeSearch{entered: make(chan struct{}), release: make(chan struct{})}
	defer close(fs.release)
	s := f.newServer(Config{OpenSearch: openFake(fs), Timeouts: Timeouts{Shutdown: 100 * time.Millisecond}})
	addr, cancel, done := startServing(t, s)
	go http.Get("http://" + addr + "/api/search?q=macet")
	<-fs.entered
	cancel()
	if err := <-done; err == nil || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Serve = %v, want the shutdown deadline", err)
	}
}

func TestServeOverHTTP(t *testing.T) {
	f := newFixture(t)
	f.writeBuild("b1")
	f.publish("b1")
	addr, _, _ := startServing(t, f.newServer(Config{}))

	// Two requests on one keep-alive connection, the second compressed.
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprint(conn, "GET /kelurahan/kauman/ HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\n\r\n")
	br := bufio.NewReader(conn)
	for i, enc := range []string{"", "gzip"} {
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatalf("response %d: %v", i, err)
		}
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Encoding") != enc || len(body) == 0 {
			t.Errorf("response %d: status %d, encoding %q, %d bytes", i, resp.StatusCode, resp.Header.Get("Content-Encoding"), len(body))
		}
	}
}

type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
