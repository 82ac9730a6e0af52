package chaos

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"net/http"
	"time"

	"rhd.dev/ledger"
)

// buyer is a researcher buying through the portal's API with an API token,
// as clients/python does.
type buyer struct {
	researcher string // ledger id
	token      string
	client     *http.Client
}

// credit is what the buyer is granted at a time: far more than a run spends.
const credit = 100_000_000

// newBuyer signs up a researcher of its own (so that every order of theirs
// in the ledger is one the run placed) and issues it an API token.
func (h *chaos) newBuyer(ctx context.Context) {
	r, err := h.store.CreateResearcher(ctx, ledger.Researcher{Email: "buyer@chaos.rhd.dev", Name: "Chaos Buyer",
		Organization: "Chaos University", IntendedUse: "checking that retried orders are paid once"})
	if err != nil {
		h.t.Fatalf("researcher: %v", err)
	}
	if err := h.store.GrantCredit(ctx, r.ID, credit, "chaos run"); err != nil {
		h.t.Fatalf("credit: %v", err)
	}
	tok, err := h.store.CreateAPIToken(ctx, r.ID)
	if err != nil {
		h.t.Fatalf("API token: %v", err)
	}
	h.buyer = buyer{researcher: r.ID, token: tok, client: &http.Client{Timeout: 20 * time.Second}}
}

// call does one API request; err is a failure to get an answer at all.
func (h *chaos) call(ctx context.Context, method, path string, body any, key string) (int, []byte, http.Header, error) {
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, h.portal+path, rd)
	if err != nil {
		return 0, nil, nil, err
	}
	req.Header.Set("Authorization", "Bearer "+h.buyer.token)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	resp, err := h.buyer.client.Do(req)
	if err != nil {
		return 0, nil, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 256<<20))
	if err != nil {
		return 0, nil, nil, err
	}
	return resp.StatusCode, b, resp.Header, nil
}

// buy places an order every 1-3 s until ctx ends. It lists the cohorts
// every 10 s (or after a refusal) rather than before each order, so that
// orders also meet the portal down and are retried.
func (h *chaos) buy(ctx context.Context) {
	var snapshots []string
	var listed time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Duration(1000+mrand.IntN(2000)) * time.Millisecond):
		}
		if len(snapshots) == 0 || time.Since(listed) > 10*time.Second {
			status, b, _, err := h.call(ctx, http.MethodGet, "/api/v1/cohorts", nil, "")
			var cohorts []struct {
				Snapshot string `json:"snapshot"`
			}
			if err == nil && status == http.StatusOK && json.Unmarshal(b, &cohorts) == nil {
				snapshots, listed = nil, time.Now()
				for _, c := range cohorts {
					snapshots = append(snapshots, c.Snapshot)
				}
			}
		}
		if len(snapshots) == 0 {
			continue
		}
		if !h.order(snapshots[mrand.IntN(len(snapshots))]) {
			listed = time.Time{}
		}
	}
}

// order buys snapshot with a fresh idempotency key, retrying with the same
// key across failures (the warehouse process, which holds the portal,
// killed before or after the order was placed) for up to 3 minutes, also
// past the end of the faults. It reports false when the order was refused.
func (h *chaos) order(snapshot string) bool {
	var k [12]byte
	rand.Read(k[:])
	key := hex.EncodeToString(k[:])
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	body := map[string]string{"snapshot": snapshot, "purpose": "academic"}
	resent, retried := false, false
	for attempt := 1; ; attempt++ {
		status, b, _, err := h.call(ctx, http.MethodPost, "/api/v1/orders", body, key)
		switch {
		case err != nil || status >= 500:
			if ctx.Err() != nil {
				h.t.Errorf("order with key %s not answered in 3 minutes of retries: %v (status %d)", key, err, status)
				return true
			}
			time.Sleep(500 * time.Millisecond)
			continue
		case status == http.StatusPaymentRequired:
			h.store.GrantCredit(ctx, h.buyer.researcher, credit, "chaos run")
			continue
		case status == http.StatusOK || status == http.StatusCreated:
			var o struct {
				ID string `json:"id"`
			}
			if err := json.Unmarshal(b, &o); err != nil || o.ID == "" {
				h.t.Errorf("order with key %s: answer %s", key, b)
				return true
			}
			if status == http.StatusOK && attempt == 1 && !resent {
				h.t.Errorf("a fresh idempotency key %s was answered with an existing order %s", key, o.ID)
			}
			h.mu.Lock()
			if prev, ok := h.keys[key]; ok && prev != o.ID {
				h.mu.Unlock()
				h.t.Errorf("idempotency key %s bought two orders: %s and %s", key, prev, o.ID)
				return true
			}
			if _, ok := h.keys[key]; !ok {
				h.orders = append(h.orders, o.ID)
			}
			h.keys[key] = o.ID
			if attempt > 1 && !retried {
				retried = true
				h.retried++
			}
			// One order in four is sent again with its key, as by a client
			// whose own timeout fired before the answer came: it must get
			// the same order back, never a second one.
			if !resent && mrand.IntN(4) == 0 {
				resent = true
				h.resent++
				h.mu.Unlock()
				attempt = 0
				continue
			}
			h.mu.Unlock()
			return true
		default:
			// 409: a newer version of the cohort was published meanwhile,
			// or too few members allow the purpose; nothing was bought.
			return false
		}
	}
}

// checkOrders: the buyer's orders in the ledger are exactly the ones the
// API answered, one per idempotency key, so no retry bought twice.
func (h *chaos) checkOrders(ctx context.Context) {
	os, err := h.store.OrdersOf(ctx, h.buyer.researcher)
	if err != nil {
		h.t.Fatalf("%v", err)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	answered := map[string]bool{}
	for _, id := range h.keys {
		answered[id] = true
	}
	for _, o := range os {
		if !answered[o.ID] {
			h.t.Errorf("order %s is in the ledger but no API call was answered with it (bought twice by a retry?)", o.ID)
		}
	}
	if len(os) != len(answered) {
		h.t.Errorf("the buyer has %d orders in the ledger, the API answered %d keys with %d orders", len(os), len(h.keys), len(answered))
	}
}

// checkDownload downloads the first order's bundle through the API and
// checks it against the Repr-Digest it was served with and the SHA-256 the
// order is pinned to.
func (h *chaos) checkDownload(ctx context.Context) {
	h.mu.Lock()
	if len(h.orders) == 0 {
		h.mu.Unlock()
		return
	}
	id := h.orders[0]
	h.mu.Unlock()
	var (
		status int
		b      []byte
		hdr    http.Header
		err    error
	)
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(time.Second) {
		status, b, hdr, err = h.call(ctx, http.MethodGet, "/api/v1/orders/"+id+"/bundle.zip", nil, "")
		if err == nil && status == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			h.t.Errorf("downloading order %s: %d %s (%v)", id, status, b[:min(len(b), 200)], err)
			return
		}
	}
	sum, n := sha256.Sum256(b), len(b)
	if want := "sha-256=:" + base64.StdEncoding.EncodeToString(sum[:]) + ":"; hdr.Get("Repr-Digest") != want {
		h.t.Errorf("bundle of order %s: %d bytes with SHA-256 %x, served with Repr-Digest %q", id, len(b), sum, hdr.Get("Repr-Digest"))
	}
	status, b, _, err = h.call(ctx, http.MethodGet, "/api/v1/orders/"+id, nil, "")
	var o struct {
		Exports []struct {
			Formats []string `json:"formats"`
			SHA256  string   `json:"sha256"`
		} `json:"exports"`
	}
	if err == nil && status == http.StatusOK {
		err = json.Unmarshal(b, &o)
	} else if err == nil {
		err = errors.New(string(b))
	}
	if err != nil || len(o.Exports) == 0 || o.Exports[0].SHA256 != hex.EncodeToString(sum[:]) {
		h.t.Errorf("order %s is pinned to %+v (%v), its bundle's SHA-256 is %x", id, o.Exports, err, sum)
		return
	}
	h.download = fmt.Sprintf("%s, %d bytes, SHA-256 %x… as pinned", id, n, sum[:8])
}
