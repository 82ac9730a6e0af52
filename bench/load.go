// Package bench measures the pipeline end to end and the ceilings of each of
// its hops in one run on one machine, and writes the figures as JSON,
// Markdown and SVG charts. cmd/rhd wires the components it measures
// (`rhd bench`); this package generates load, samples and reports.
package bench

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"rhd.dev/firmware/frame"
	"rhd.dev/firmware/sim"
)

// Device is a paired device the load generator speaks for.
type Device struct {
	ID   frame.DeviceID
	Key  ed25519.PrivateKey
	Type sim.DeviceType
	Seed uint64
	// Seq is the device's last batch sequence number, shared by every load
	// that speaks for it: the gateway refuses a sequence it has passed.
	Seq *atomic.Uint64
}

// NewDevice returns a device whose sequence numbers start at 1.
func NewDevice(id frame.DeviceID, key ed25519.PrivateKey, typ sim.DeviceType, seed uint64) Device {
	return Device{ID: id, Key: key, Type: typ, Seed: seed, Seq: new(atomic.Uint64)}
}

// Shape is the load: how devices batch and pace their uploads.
type Shape struct {
	// MinutesPerBatch is how many one-minute frames each batch holds; a
	// batch's newest sample is taken "now" (device clock = wall clock).
	MinutesPerBatch int
	// Rate caps the offered load in samples per second over all devices;
	// 0 sends as fast as the gateway accepts (closed loop).
	Rate float64
	// BurstPeriod, if set, makes devices send only in the first half of
	// every period (at twice the rate when Rate is set).
	BurstPeriod time.Duration
}

// Counters are what a load has achieved so far.
type Counters struct {
	Batches, Frames, Samples atomic.Uint64 // accepted by the gateway
	Rejected                 atomic.Uint64 // 4xx other than backpressure
	Backpressure             atomic.Uint64 // 429/503 answers (retried)
	Errors                   atomic.Uint64 // transport errors
}

// Load posts signed batches from many devices to a gateway over HTTP, the
// way real devices do: one request per batch, waiting for the answer.
type Load struct {
	Gateway string // base URL
	Devices []Device
	Shape   Shape
	Client  *http.Client
	Counters
}

// template is a device's batch content: MinutesPerBatch simulated minutes.
type template struct {
	minutes [][]frame.Series
	samples int
}

func newTemplate(d Device, minutes int) template {
	s := sim.NewDevice(d.Type, d.Seed)
	t := template{}
	for m := 0; m < minutes; m++ {
		var out []frame.Series
		for _, c := range s.Minute(int64(m) * sim.FrameMs) {
			raw := append([]uint16(nil), c.Raw...) // Minute reuses its buffers
			out = append(out, frame.Series{Metric: c.Metric, IntervalMs: c.IntervalMs, Raw: raw})
			t.samples += len(raw)
		}
		t.minutes = append(t.minutes, out)
	}
	return t
}

// SamplesPerBatch is the samples one batch of device type typ carries.
func (s Shape) SamplesPerBatch(typ sim.DeviceType) int {
	return max(s.MinutesPerBatch, 1) * sim.SamplesPerFrame(typ)
}

// encodeBatch seals a device's next batch ending at nowMs.
func encodeBatch(enc *frame.Encoder, d Device, t template, seq uint64, nowMs int64) ([]byte, error) {
	enc.Reset(d.ID, seq)
	n := int64(len(t.minutes))
	for i, series := range t.minutes {
		enc.AddFrame(nowMs-(n-int64(i))*sim.FrameMs, series...)
	}
	return enc.Sign(d.Key)
}

// SampleBatch is one batch as a load sends it for d, sequence 1, ending
// now: ceilings measure with batches like it.
func SampleBatch(d Device, minutes int) ([]byte, error) {
	var enc frame.Encoder
	return encodeBatch(&enc, d, newTemplate(d, minutes), 1, time.Now().UnixMilli())
}

// Run sends until ctx ends.
func (l *Load) Run(ctx context.Context) error {
	if l.Shape.MinutesPerBatch <= 0 {
		l.Shape.MinutesPerBatch = 10
	}
	if l.Client == nil {
		l.Client = &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: len(l.Devices) + 1}}
	}
	var wg sync.WaitGroup
	errs := make(chan error, len(l.Devices))
	for _, d := range l.Devices {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := l.device(ctx, d); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	return <-errs
}

func (l *Load) device(ctx context.Context, d Device) error {
	t := newTemplate(d, l.Shape.MinutesPerBatch)
	var enc frame.Encoder
	// Each device's share of the rate, as a pause between its batches.
	var every time.Duration
	if l.Shape.Rate > 0 {
		every = time.Duration(float64(time.Second) * float64(t.samples) * float64(len(l.Devices)) / l.Shape.Rate)
		if l.Shape.BurstPeriod > 0 {
			every /= 2
		}
	}
	next := time.Now()
	url := l.Gateway + "/v1/frames"
	for ctx.Err() == nil {
		if p := l.Shape.BurstPeriod; p > 0 && time.Now().UnixNano()%int64(p) >= int64(p)/2 {
			sleep(ctx, time.Duration(int64(p)-time.Now().UnixNano()%int64(p)))
			continue
		}
		if every > 0 {
			sleep(ctx, time.Until(next))
			next = next.Add(every)
			if behind := time.Since(next); behind > time.Second {
				next = time.Now() // never try to catch up a long stall at once
			}
		}
		body, err := encodeBatch(&enc, d, t, d.Seq.Add(1), time.Now().UnixMilli())
		if err != nil {
			return err
		}
		for ctx.Err() == nil {
			retry, err := l.post(ctx, url, body, t.samples)
			if err != nil {
				return err
			}
			if retry == 0 {
				break
			}
			sleep(ctx, retry)
		}
	}
	return nil
}

// post sends one batch; it returns how long to wait before resending it (0:
// done with this batch).
func (l *Load) post(ctx context.Context, url string, body []byte, samples int) (time.Duration, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/x-rhd-frames")
	resp, err := l.Client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return 0, nil
		}
		l.Errors.Add(1)
		return 100 * time.Millisecond, nil
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusOK:
		l.Batches.Add(1)
		l.Frames.Add(uint64(l.Shape.MinutesPerBatch))
		l.Samples.Add(uint64(samples))
		return 0, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable:
		l.Backpressure.Add(1)
		secs, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
		return time.Duration(max(secs, 0))*time.Second + 10*time.Millisecond, nil
	case resp.StatusCode == http.StatusUnauthorized:
		return 0, errors.New("bench: the gateway does not know the bench devices (pair them first)")
	default:
		l.Rejected.Add(1)
		return 0, nil
	}
}

func sleep(ctx context.Context, d time.Duration) {
	if d <= 0 {
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// String summarises the counters.
func (c *Counters) String() string {
	return fmt.Sprintf("%d batches, %d samples accepted, %d backpressure, %d rejected, %d errors",
		c.Batches.Load(), c.Samples.Load(), c.Backpressure.Load(), c.Rejected.Load(), c.Errors.Load())
}
