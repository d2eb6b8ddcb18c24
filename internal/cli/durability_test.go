package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/alurlayanan/alur/internal/store"
	"github.com/alurlayanan/alur/internal/survey"
	"github.com/alurlayanan/alur/internal/testing/sample"
)

// freeAddr is a local address nothing listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// waitHealthy waits until the server at addr answers /healthz.
func waitHealthy(t *testing.T, addr string, out *output) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
	}
	t.Fatalf("the server at %s did not come up:\n%s", addr, out)
}

// answer is one questionnaire as the kiosk and the survey script send it.
func answer(id string) []byte {
	body, _ := json.Marshal(map[string]any{
		"id": id, "office": "kauman", "channel": "kiosk",
		"answers": map[string]int{"persyaratan": 4, "prosedur": 3, "waktu": 3, "biaya": 4, "produk": 3,
			"kompetensi": 3, "perilaku": 4, "pengaduan": 1, "sarana": 4},
	})
	return body
}

// TestAcknowledgedAnswersSurviveKill9 streams survey answers at a real
// `alur serve`, kills it with SIGKILL in the middle, starts it again on
// the same data folder, and checks that every answer the server
// acknowledged (2xx) is there exactly once; then sends every answer again,
// as kiosks retry, and checks that none is counted twice.
func TestAcknowledgedAnswersSurviveKill9(t *testing.T) {
	dir := t.TempDir()
	services := sample.WriteCity(t, filepath.Join(dir, "services"))
	site, data := filepath.Join(dir, "public"), filepath.Join(dir, "data")
	build, out := alurProcess(t, "build", "--services", services, "--content", "../../content", "--theme", "../../themes/alur", "--out", site, "-q")
	if code := waitExit(t, build, out, 5*time.Minute); code != 0 {
		t.Fatalf("build exited %d:\n%s", code, out)
	}
	serve := func() (*exec.Cmd, string) {
		addr := freeAddr(t)
		cmd, out := alurProcess(t, "serve", "--site", site, "--addr", addr, "--data", data, "--submit-limit", "-1")
		waitHealthy(t, addr, out)
		return cmd, addr
	}
	srv, addr := serve()

	var mu sync.Mutex
	acked := map[string]bool{}
	sent := map[string]bool{}
	ctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 5 * time.Second}
	for w := range 8 {
		wg.Go(func() {
			for i := 0; ctx.Err() == nil; i++ {
				id := fmt.Sprintf("k%d-%d", w, i)
				mu.Lock()
				sent[id] = true
				mu.Unlock()
				resp, err := client.Post("http://"+addr+"/api/v1/survei", "application/json", bytes.NewReader(answer(id)))
				if err != nil {
					return // the server is gone: what was in flight is unknown
				}
				resp.Body.Close()
				if resp.StatusCode/100 == 2 {
					mu.Lock()
					acked[id] = true
					mu.Unlock()
				} else {
					t.Errorf("answer %s: %s", id, resp.Status)
					return
				}
			}
		})
	}
	// Kill once a good stream is flowing.
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		mu.Lock()
		n := len(acked)
		mu.Unlock()
		if n >= 400 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d answers acknowledged in 30 s", n)
		}
	}
	if err := srv.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	srv.Wait()
	stop()
	wg.Wait()
	mu.Lock()
	t.Logf("killed with %d answers acknowledged, %d sent", len(acked), len(sent))
	mu.Unlock()

	srv, addr = serve()
	count := func() map[string]int {
		db, err := store.Open(data)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		seen := map[string]int{}
		if err := db.EachResponse(context.Background(), store.Filter{}, func(r survey.Response) error {
			seen[r.ID]++
			if r.Answers[survey.Pengaduan] != 1 || r.Answers[survey.Sarana] != 4 {
				return fmt.Errorf("%s stored %v: U8/U9 by position", r.ID, r.Answers)
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return seen
	}
	seen := count()
	for id := range acked {
		if seen[id] != 1 {
			t.Errorf("acknowledged answer %s is stored %d times after kill -9", id, seen[id])
		}
	}
	for id := range seen {
		if !sent[id] {
			t.Errorf("answer %s is stored but was never sent", id)
		}
	}

	// Kiosks send again whatever they did not see acknowledged (and some
	// they did): nothing may be counted twice.
	for id := range sent {
		resp, err := client.Post("http://"+addr+"/api/v1/survei", "application/json", bytes.NewReader(answer(id)))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode/100 != 2 {
			t.Fatalf("retry of %s: %s", id, resp.Status)
		}
	}
	srv.Process.Signal(syscall.SIGTERM)
	srv.Wait()
	seen = count()
	if len(seen) != len(sent) {
		t.Errorf("%d answers stored after every retry, want %d (each sent answer once)", len(seen), len(sent))
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("%s stored %d times", id, n)
		}
	}
}
