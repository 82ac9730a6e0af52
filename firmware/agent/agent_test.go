package agent

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"rhd.dev/firmware/frame"
)

var key = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, 32))

// gateway answers each request with the next scripted status (then 200) and
// records the sequence numbers it acknowledged.
type gateway struct {
	mu      sync.Mutex
	script  []int
	headers []string
	acked   []uint64
	calls   int
}

func (g *gateway) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body := new(bytes.Buffer)
	body.ReadFrom(r.Body)
	b, err := frame.Parse(body.Bytes())
	if err != nil || b.Verify(key.Public().(ed25519.PublicKey)) != nil {
		http.Error(w, "bad batch", 400)
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.calls++
	if len(g.script) > 0 {
		code := g.script[0]
		g.script = g.script[1:]
		if len(g.headers) > 0 {
			w.Header().Set("Retry-After", g.headers[0])
			g.headers = g.headers[1:]
		}
		if code != 200 {
			w.WriteHeader(code)
			return
		}
	}
	g.acked = append(g.acked, b.Seq())
}

func (g *gateway) ackedSeqs() []uint64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]uint64(nil), g.acked...)
}

func newAgent(t *testing.T, url string, sp Spool) *Agent {
	t.Helper()
	a, err := New(Config{Gateway: url, Device: frame.DeviceID{1}, Key: key, Spool: sp, MaxFrames: 2,
		MinBackoff: 5 * time.Millisecond, MaxBackoff: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func record(t *testing.T, a *Agent, frames int) {
	t.Helper()
	for i := 0; i < frames; i++ {
		if err := a.Record(int64(i)*60000, frame.Series{Metric: frame.HeartRate, IntervalMs: 1000, Raw: []uint16{60, 61}}); err != nil {
			t.Fatal(err)
		}
	}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestRetriesUntilAcknowledgedInOrder(t *testing.T) {
	g := &gateway{script: []int{503, 500, 429, 502, 200}}
	srv := httptest.NewServer(g)
	defer srv.Close()
	a := newAgent(t, srv.URL, NewMemorySpool(100))
	record(t, a, 6) // three batches of two frames
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go a.Run(ctx)
	// The agent has handled the last answer once its spool is empty.
	waitFor(t, "all batches acknowledged", func() bool { return len(g.ackedSeqs()) == 3 && a.Stats().Pending == 0 })
	if got := g.ackedSeqs(); got[0] != 1 || got[1] != 2 || got[2] != 3 {
		t.Fatalf("acknowledged out of order: %v", got)
	}
	st := a.Stats()
	if st.Retries != 4 || st.Pending != 0 || st.Acked != 3 {
		t.Fatalf("stats %+v, want 4 retries, 3 acked, 0 pending", st)
	}
}

func TestHonoursRetryAfter(t *testing.T) {
	g := &gateway{script: []int{429}, headers: []string{"1"}}
	srv := httptest.NewServer(g)
	defer srv.Close()
	a := newAgent(t, srv.URL, NewMemorySpool(10))
	record(t, a, 2)
	start := time.Now()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go a.Run(ctx)
	waitFor(t, "acknowledgement", func() bool { return len(g.ackedSeqs()) == 1 })
	if el := time.Since(start); el < 900*time.Millisecond {
		t.Fatalf("retried after %v, before the gateway's Retry-After of 1 s", el)
	}
}

func TestConflictIsAcknowledgementAndBadRequestIsKept(t *testing.T) {
	g := &gateway{script: []int{409, 422}}
	srv := httptest.NewServer(g)
	defer srv.Close()
	dir := t.TempDir()
	sp, err := OpenDirSpool(dir, 10)
	if err != nil {
		t.Fatal(err)
	}
	a := newAgent(t, srv.URL, sp)
	record(t, a, 4)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go a.Run(ctx)
	waitFor(t, "spool drained", func() bool { return sp.Len() == 0 })
	st := a.Stats()
	if st.Acked != 1 || st.Rejected != 1 {
		t.Fatalf("stats %+v: want the 409 counted as acked and the 422 as rejected", st)
	}
	if _, err := os.Stat(filepath.Join(dir, "rejected", "00000000000000000002.rhdb")); err != nil {
		t.Fatalf("rejected batch not kept: %v", err)
	}
}

func TestDirSpoolSurvivesRestartAndNeverReusesSequence(t *testing.T) {
	dir := t.TempDir()
	sp, _ := OpenDirSpool(dir, 10)
	// The gateway is down: batches pile up on disk.
	a := newAgent(t, "http://127.0.0.1:1", sp)
	record(t, a, 6)
	if sp.Len() != 3 {
		t.Fatalf("%d batches spooled, want 3", sp.Len())
	}
	// "Reboot": a new spool and agent over the same directory.
	g := &gateway{}
	srv := httptest.NewServer(g)
	defer srv.Close()
	sp2, err := OpenDirSpool(dir, 10)
	if err != nil {
		t.Fatal(err)
	}
	a2 := newAgent(t, srv.URL, sp2)
	record(t, a2, 2)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go a2.Run(ctx)
	waitFor(t, "4 acknowledgements", func() bool { return len(g.ackedSeqs()) == 4 })
	got := g.ackedSeqs()
	for i, want := range []uint64{1, 2, 3, 4} {
		if got[i] != want {
			t.Fatalf("acked %v, want 1 2 3 4", got)
		}
	}
}

func TestBoundedSpoolRefusesInsteadOfDropping(t *testing.T) {
	sp := NewMemorySpool(1)
	a := newAgent(t, "http://127.0.0.1:1", sp)
	record(t, a, 2)
	err := a.Record(0, frame.Series{Metric: frame.HeartRate, IntervalMs: 1000, Raw: []uint16{60}})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Record(0, frame.Series{Metric: frame.HeartRate, IntervalMs: 1000, Raw: []uint16{60}}); err != ErrFull {
		t.Fatalf("full spool: %v, want ErrFull", err)
	}
	if sp.Len() != 1 {
		t.Fatalf("spool holds %d batches, want the 1 it had", sp.Len())
	}
	// Once there is room the kept frames are sealed, none lost.
	seq, _, _, _ := sp.Oldest()
	sp.Remove(seq)
	if err := a.Flush(); err != nil {
		t.Fatal(err)
	}
	_, b, _, _ := sp.Oldest()
	pb, err := frame.Parse(b)
	if err != nil || pb.NumFrames() != 2 {
		t.Fatalf("resealed batch: %v, %d frames, want 2", err, pb.NumFrames())
	}
}

func TestRetryAfterParsing(t *testing.T) {
	if d := retryAfter("3"); d != 3*time.Second {
		t.Fatal(d)
	}
	if d := retryAfter("soon"); d != 0 {
		t.Fatal(d)
	}
	if d := retryAfter(time.Now().Add(time.Hour).UTC().Format(http.TimeFormat)); d < 59*time.Minute {
		t.Fatal(d)
	}
}
