// Package agent is the firmware's uplink: it batches frames, signs them, keeps
// them in a store-and-forward spool and delivers them to the gateway with
// retries, exponential backoff with jitter, and respect for 429/503
// Retry-After. A batch leaves the spool only when the gateway has acknowledged
// it, so no un-acknowledged frame is ever lost.
package agent

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"rhd.dev/firmware/frame"
)

// ContentType is the media type of an encoded batch.
const ContentType = "application/x-rhd-frames"

// Config configures an Agent.
type Config struct {
	Gateway    string // base URL of the ingest gateway, e.g. http://127.0.0.1:7080
	Uplink     Uplink // what carries batches; default HTTP to Gateway
	Device     frame.DeviceID
	Key        ed25519.PrivateKey
	Spool      Spool
	Client     *http.Client  // default: a client with a 30 s timeout
	MaxFrames  int           // frames per batch; default 10
	MinBackoff time.Duration // default 200 ms
	MaxBackoff time.Duration // default 30 s
	Logger     *slog.Logger
}

// Stats counts what the agent did.
type Stats struct {
	Acked    uint64 // batches acknowledged by the gateway
	Retries  uint64 // failed attempts that will be retried
	Rejected uint64 // batches refused for good (kept in the spool's rejected area)
	Pending  int    // batches waiting in the spool
}

// Agent uploads one device's frames.
type Agent struct {
	cfg    Config
	mu     sync.Mutex // guards enc
	enc    frame.Encoder
	open   bool
	wake   chan struct{}
	acked  atomic.Uint64
	retry  atomic.Uint64
	reject atomic.Uint64
}

// New returns an agent; call Run to start delivering.
func New(cfg Config) (*Agent, error) {
	if cfg.Gateway == "" && cfg.Uplink == nil || cfg.Spool == nil || len(cfg.Key) != ed25519.PrivateKeySize {
		return nil, errors.New("agent: a gateway or uplink, a spool and an Ed25519 key are required")
	}
	if cfg.Client == nil {
		cfg.Client = &http.Client{Timeout: 30 * time.Second}
	}
	if cfg.Uplink == nil {
		cfg.Uplink = &HTTPUplink{Gateway: cfg.Gateway, Client: cfg.Client}
	}
	if cfg.MaxFrames <= 0 {
		cfg.MaxFrames = 10
	}
	if cfg.MinBackoff <= 0 {
		cfg.MinBackoff = 200 * time.Millisecond
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = 30 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Agent{cfg: cfg, wake: make(chan struct{}, 1)}, nil
}

// Record adds one frame. When the batch reaches MaxFrames it is sealed into
// the spool. ErrFull means the reading could not be kept.
func (a *Agent) Record(startMs int64, series ...frame.Series) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open {
		a.enc.Reset(a.cfg.Device, 0) // the spool assigns the real sequence at seal time
		a.open = true
	}
	a.enc.AddFrame(startMs, series...)
	if a.enc.Frames() >= a.cfg.MaxFrames {
		return a.sealLocked()
	}
	return nil
}

// Flush seals a partially filled batch into the spool.
func (a *Agent) Flush() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open || a.enc.Frames() == 0 {
		return nil
	}
	return a.sealLocked()
}

func (a *Agent) sealLocked() error {
	err := a.cfg.Spool.Append(func(seq uint64) ([]byte, error) {
		a.enc.SetSeq(seq)
		return a.enc.Sign(a.cfg.Key)
	})
	if errors.Is(err, ErrFull) {
		// Keep the frames in the open batch; the caller decides what to do.
		a.enc.Unsign()
		return err
	}
	a.open = false
	select {
	case a.wake <- struct{}{}:
	default:
	}
	return err
}

// Stats returns counters.
func (a *Agent) Stats() Stats {
	return Stats{Acked: a.acked.Load(), Retries: a.retry.Load(), Rejected: a.reject.Load(), Pending: a.cfg.Spool.Len()}
}

// Run delivers spooled batches in sequence order until ctx is done.
func (a *Agent) Run(ctx context.Context) error {
	backoff := a.cfg.MinBackoff
	for {
		seq, batch, ok, err := a.cfg.Spool.Oldest()
		if err != nil {
			return fmt.Errorf("agent: reading spool: %w", err)
		}
		if !ok {
			select {
			case <-ctx.Done():
				return nil
			case <-a.wake:
				continue
			}
		}
		wait, err := a.deliver(ctx, seq, batch)
		switch {
		case err == nil:
			backoff = a.cfg.MinBackoff
			continue
		case ctx.Err() != nil:
			return nil
		}
		a.retry.Add(1)
		if wait <= 0 {
			// Full jitter: a fleet that failed together does not retry together.
			wait = time.Duration(rand.Int64N(int64(backoff))) + backoff/2
			backoff = min(2*backoff, a.cfg.MaxBackoff)
		}
		a.cfg.Logger.Debug("agent: retrying", "device", a.cfg.Device, "seq", seq, "in", wait, "err", err)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
}

// errRetry marks a failed delivery that should be tried again.
var errRetry = errors.New("retry")

// deliver sends one batch. It returns nil once the batch has left the spool
// (acknowledged, or rejected for good), else an error and, if the gateway
// asked for one, how long to wait.
func (a *Agent) deliver(ctx context.Context, seq uint64, batch []byte) (time.Duration, error) {
	ans, err := a.cfg.Uplink.Send(ctx, seq, batch)
	if err != nil {
		return 0, err
	}
	switch code := ans.Status; {
	case code/100 == 2, code == http.StatusConflict:
		// 409: the gateway already accepted this sequence (our earlier attempt
		// got through but its answer was lost), which is an acknowledgement too.
		a.acked.Add(1)
		return 0, a.cfg.Spool.Remove(seq)
	case code == http.StatusTooManyRequests || code == http.StatusServiceUnavailable:
		return ans.RetryAfter, fmt.Errorf("%w: gateway busy (%d)", errRetry, code)
	case code/100 == 4 && code != http.StatusRequestTimeout:
		a.reject.Add(1)
		a.cfg.Logger.Error("agent: gateway refused batch", "device", a.cfg.Device, "seq", seq, "status", code, "body", string(ans.Body))
		return 0, a.cfg.Spool.Reject(seq, fmt.Sprintf("%d %s", code, ans.Body))
	default:
		return 0, fmt.Errorf("%w: gateway answered %d: %s", errRetry, code, ans.Body)
	}
}

// Answer is the gateway's answer to one batch: its HTTP status code, body
// and Retry-After, whatever uplink carried it.
type Answer struct {
	Status     int
	Body       []byte
	RetryAfter time.Duration
}

// Uplink carries one batch to the platform and brings back its answer; an
// error means no answer came (the batch is sent again).
type Uplink interface {
	Send(ctx context.Context, seq uint64, batch []byte) (Answer, error)
}

// HTTPUplink posts batches to the gateway's /v1/frames.
type HTTPUplink struct {
	Gateway string
	Client  *http.Client
}

func (u *HTTPUplink) Send(ctx context.Context, _ uint64, batch []byte) (Answer, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.Gateway+"/v1/frames", bytes.NewReader(batch))
	if err != nil {
		return Answer{}, err
	}
	req.Header.Set("Content-Type", ContentType)
	resp, err := u.Client.Do(req)
	if err != nil {
		return Answer{}, err
	}
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	resp.Body.Close()
	return Answer{Status: resp.StatusCode, Body: body, RetryAfter: retryAfter(resp.Header.Get("Retry-After"))}, nil
}

// retryAfter parses a Retry-After header in seconds or as an HTTP date.
func retryAfter(h string) time.Duration {
	if h == "" {
		return 0
	}
	if s, err := strconv.Atoi(h); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil {
		return time.Until(t)
	}
	return 0
}
