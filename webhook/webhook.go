// Package webhook pushes withdrawal notices to buyers' webhooks: each payload
// signed with the buyer's secret (HMAC-SHA256 over a timestamp and the body),
// retried with growing pauses a bounded number of times, from the ledger's
// queue, so a restart loses nothing.
package webhook

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"

	"rhd.dev/ledger"
)

// SignatureHeader carries "t=<unix seconds>,v1=<hex HMAC-SHA256 of
// "<t>.<body>" under the webhook secret>".
const SignatureHeader = "Rhd-Signature"

// Payload is what a webhook receives for one notice.
type Payload struct {
	Type       string    `json:"type"` // "withdrawal"
	ID         int64     `json:"id"`   // the notice id: deliveries may repeat, the id does not
	Order      string    `json:"order"`
	Bundle     string    `json:"bundle"`
	Snapshot   string    `json:"snapshot"`
	Pseudonyms []string  `json:"pseudonyms"` // participant values to delete from the bundle's files
	Reason     string    `json:"reason"`
	CreatedAt  time.Time `json:"created_at"`
	Ack        string    `json:"acknowledge"` // POST here (with a token of scope read) once deleted
}

// Sign returns the signature header value of body at t.
func Sign(secret string, t time.Time, body []byte) string {
	ts := strconv.FormatInt(t.Unix(), 10)
	return "t=" + ts + ",v1=" + mac(secret, ts, body)
}

func mac(secret, ts string, body []byte) string {
	h := hmac.New(sha256.New, []byte(secret))
	h.Write([]byte(ts))
	h.Write([]byte("."))
	h.Write(body)
	return hex.EncodeToString(h.Sum(nil))
}

// ErrBadSignature is returned by Verify for a payload not signed with the
// secret, or signed too long ago (a replay).
var ErrBadSignature = errors.New("webhook: bad or stale signature")

// Verify checks a signature header over body, as a receiver should: the
// MAC in constant time, and the timestamp within tolerance of now.
func Verify(secret, header string, body []byte, now time.Time, tolerance time.Duration) error {
	var ts, sig string
	for _, part := range strings.Split(header, ",") {
		k, v, _ := strings.Cut(strings.TrimSpace(part), "=")
		switch k {
		case "t":
			ts = v
		case "v1":
			sig = v
		}
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || sig == "" {
		return ErrBadSignature
	}
	if d := now.Sub(time.Unix(sec, 0)); d > tolerance || d < -tolerance {
		return ErrBadSignature
	}
	if !hmac.Equal([]byte(sig), []byte(mac(secret, ts, body))) {
		return ErrBadSignature
	}
	return nil
}

// Deliverer sends due notices. The zero values of its fields take the
// defaults named on them.
type Deliverer struct {
	Store   *ledger.Store
	BaseURL string // the portal's address, for the acknowledge link
	// AllowPrivate lets webhooks reach loopback and private addresses:
	// only for development and tests. Otherwise a buyer could make the
	// platform call its own internal services.
	AllowPrivate bool
	Timeout      time.Duration // one attempt (10 s)
	MaxAttempts  int           // then the notice stays in the portal and the API only (8)
	Backoff      time.Duration // the pause after the first failure, doubling each time (30 s), at most 6 h
	Batch        int           // deliveries per round (50)
	Now          func() time.Time

	client *http.Client
}

// Run delivers due notices every interval until ctx ends.
func (d *Deliverer) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, _, err := d.Deliver(ctx); err != nil && ctx.Err() == nil {
			slog.Warn("webhook: delivering notices", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (d *Deliverer) defaults() {
	if d.Timeout == 0 {
		d.Timeout = 10 * time.Second
	}
	if d.MaxAttempts == 0 {
		d.MaxAttempts = 8
	}
	if d.Backoff == 0 {
		d.Backoff = 30 * time.Second
	}
	if d.Batch == 0 {
		d.Batch = 50
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.client == nil {
		dialer := &net.Dialer{Timeout: d.Timeout}
		if !d.AllowPrivate {
			dialer.Control = refusePrivate
		}
		d.client = &http.Client{Timeout: d.Timeout, Transport: &http.Transport{DialContext: dialer.DialContext, Proxy: nil,
			MaxIdleConns: 10, IdleConnTimeout: 30 * time.Second, ResponseHeaderTimeout: d.Timeout},
			// A redirect would take the payload somewhere the buyer did not register.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	}
}

// refusePrivate refuses connections to loopback, private, link-local and
// unspecified addresses, checked on the address actually dialled (after
// name resolution, so a name that resolves inside is refused too).
func refusePrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip := net.ParseIP(host)
	if ip == nil || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsUnspecified() || ip.IsMulticast() {
		return fmt.Errorf("webhook: %s is not a public address", host)
	}
	return nil
}

// Deliver sends up to Batch due notices, one at a time, and records each
// answer: a 2xx delivers it; anything else schedules a retry, or gives up
// after MaxAttempts.
func (d *Deliverer) Deliver(ctx context.Context) (delivered, failed int, err error) {
	d.defaults()
	due, err := d.Store.DueHookDeliveries(ctx, d.Now(), d.Batch)
	if err != nil {
		return 0, 0, err
	}
	for _, h := range due {
		if ctx.Err() != nil {
			return delivered, failed, ctx.Err()
		}
		if cause := d.send(ctx, h); cause != nil {
			failed++
			next := time.Time{}
			if attempt := h.Notice.HookAttempts + 1; attempt < d.MaxAttempts {
				next = d.Now().Add(min(d.Backoff<<(attempt-1), 6*time.Hour))
			}
			if err := d.Store.HookFailed(ctx, h.Notice.ID, cause.Error(), next); err != nil {
				return delivered, failed, err
			}
			continue
		}
		delivered++
		if err := d.Store.HookDelivered(ctx, h.Notice.ID); err != nil {
			return delivered, failed, err
		}
	}
	return delivered, failed, nil
}

func (d *Deliverer) send(ctx context.Context, h ledger.HookDelivery) error {
	n := h.Notice
	body, _ := json.Marshal(Payload{Type: "withdrawal", ID: n.ID, Order: n.OrderID, Bundle: n.BundleID, Snapshot: n.SnapshotID,
		Pseudonyms: []string{n.PID}, Reason: n.Reason, CreatedAt: n.CreatedAt.UTC(), Ack: fmt.Sprintf("%s/api/v1/notices/%d/ack", d.BaseURL, n.ID)})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.Webhook.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "rhd-webhook/1")
	req.Header.Set(SignatureHeader, Sign(h.Webhook.Secret, d.Now(), body))
	resp, err := d.client.Do(req)
	if err != nil {
		return err
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10)) // lets the connection be reused; a huge answer is not read
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("answered %s", resp.Status)
	}
	return nil
}
