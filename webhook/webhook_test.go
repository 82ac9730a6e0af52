package webhook

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"rhd.dev/ledger"
	"rhd.dev/ledger/ledgertest"
)

// withdrawn returns a store where the buyer has a webhook at url and one of
// the two members of its bundle has stopped sharing: one notice is due.
func withdrawn(t *testing.T, url string) (*ledger.Store, ledger.Webhook, *ledgertest.Market) {
	t.Helper()
	ctx := context.Background()
	s, err := ledger.Open(ctx, filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	var people []ledger.Contributor
	for _, e := range []string{"a@example.org", "b@example.org"} {
		c, err := s.CreateContributor(ctx, ledger.Contributor{Email: e, DisplayName: "P", BirthYear: 1980})
		if err != nil {
			t.Fatal(err)
		}
		people = append(people, c)
	}
	m := ledgertest.NewMarket(t, s, "hooked", people...)
	m.Order(0, 0)
	w, err := s.SetWebhook(ctx, m.Buyer.ID, url)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.RecordConsent(ctx, people[0].ID, ledger.ScopeResearch, false, ledger.TermsVersion); err != nil {
		t.Fatal(err)
	}
	return s, w, m
}

func TestDeliversSignedPayload(t *testing.T) {
	var mu sync.Mutex
	var got []byte
	var sig string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		got, _ = io.ReadAll(r.Body)
		sig = r.Header.Get(SignatureHeader)
	}))
	defer srv.Close()
	s, w, m := withdrawn(t, srv.URL+"/notices")
	d := &Deliverer{Store: s, AllowPrivate: true, BaseURL: "https://portal.example"}
	if ok, failed, err := d.Deliver(context.Background()); ok != 1 || failed != 0 || err != nil {
		t.Fatalf("delivered %d, failed %d, %v", ok, failed, err)
	}
	mu.Lock()
	defer mu.Unlock()
	if err := Verify(w.Secret, sig, got, time.Now(), 5*time.Minute); err != nil {
		t.Fatalf("the receiver cannot verify the payload: %v", err)
	}
	var p Payload
	if err := json.Unmarshal(got, &p); err != nil {
		t.Fatal(err)
	}
	if p.Type != "withdrawal" || len(p.Pseudonyms) != 1 || p.Pseudonyms[0] != m.Members[0].PID || p.Reason != ledger.ReasonStopped ||
		!strings.HasPrefix(p.Ack, "https://portal.example/api/v1/notices/") {
		t.Fatalf("payload %+v", p)
	}
	// Forged, tampered or replayed payloads do not verify.
	if Verify("whsec_other", sig, got, time.Now(), 5*time.Minute) == nil {
		t.Fatal("another secret verified")
	}
	if Verify(w.Secret, sig, append([]byte{' '}, got...), time.Now(), 5*time.Minute) == nil {
		t.Fatal("a changed body verified")
	}
	if Verify(w.Secret, sig, got, time.Now().Add(10*time.Minute), 5*time.Minute) == nil {
		t.Fatal("a replay ten minutes later verified")
	}
	for _, h := range []string{"", "t=abc,v1=00", "v1=" + strings.Repeat("0", 64), "t=1"} {
		if Verify(w.Secret, h, got, time.Now(), 5*time.Minute) == nil {
			t.Fatalf("header %q verified", h)
		}
	}
	// Delivered once: the next round sends nothing.
	if ok, _, _ := d.Deliver(context.Background()); ok != 0 {
		t.Fatal("a delivered notice was sent again")
	}
}

func TestRetriesWithGrowingPausesThenGivesUp(t *testing.T) {
	var mu sync.Mutex
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		calls++
		mu.Unlock()
		w.WriteHeader(http.StatusServiceUnavailable)
		w.Write([]byte(strings.Repeat("x", 1<<20))) // a huge answer is not read
	}))
	defer srv.Close()
	s, _, m := withdrawn(t, srv.URL)
	now := time.Now()
	d := &Deliverer{Store: s, AllowPrivate: true, MaxAttempts: 3, Backoff: time.Minute, Now: func() time.Time { return now }}
	ctx := context.Background()
	for i, wait := range []time.Duration{0, time.Minute, 2 * time.Minute} {
		now = now.Add(wait - time.Second) // not yet due
		if _, failed, _ := d.Deliver(ctx); failed != 0 && i > 0 {
			t.Fatalf("attempt %d ran before its pause of %s", i+1, wait)
		}
		now = now.Add(time.Second)
		if _, failed, err := d.Deliver(ctx); failed != 1 || err != nil {
			t.Fatalf("attempt %d: failed %d, %v", i+1, failed, err)
		}
	}
	now = now.Add(24 * time.Hour)
	d.Deliver(ctx)
	if calls != 3 {
		t.Fatalf("%d calls, want 3 (then it gives up)", calls)
	}
	ns, _ := s.WithdrawalNotices(ctx, m.Buyer.ID, 10)
	if len(ns) != 1 || ns[0].HookAttempts != 3 || !strings.Contains(ns[0].HookError, "503") || !ns[0].HookDone.IsZero() {
		t.Fatalf("notice after giving up %+v", ns)
	}
}

func TestRefusesPrivateAddressesAndRedirects(t *testing.T) {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		http.Redirect(w, r, "http://169.254.169.254/latest", http.StatusFound)
	}))
	defer srv.Close()
	s, _, _ := withdrawn(t, srv.URL)
	// In production a webhook cannot reach the platform's own network.
	d := &Deliverer{Store: s}
	if _, failed, _ := d.Deliver(context.Background()); failed != 1 || calls != 0 {
		t.Fatalf("a loopback webhook was called (%d calls, %d failed)", calls, failed)
	}
	// Where allowed, a redirect is an answer, not a place to follow.
	s2, _, _ := withdrawn(t, srv.URL)
	d2 := &Deliverer{Store: s2, AllowPrivate: true}
	if ok, failed, _ := d2.Deliver(context.Background()); ok != 0 || failed != 1 || calls != 1 {
		t.Fatalf("redirect: delivered %d, failed %d, calls %d", ok, failed, calls)
	}
}

func TestSlowReceiverTimesOut(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-release }))
	defer srv.Close()
	defer close(release)
	s, _, _ := withdrawn(t, srv.URL)
	d := &Deliverer{Store: s, AllowPrivate: true, Timeout: 200 * time.Millisecond}
	start := time.Now()
	if _, failed, _ := d.Deliver(context.Background()); failed != 1 {
		t.Fatal("a receiver that never answers counted as delivered")
	}
	if time.Since(start) > 5*time.Second {
		t.Fatalf("one attempt took %s", time.Since(start))
	}
}
