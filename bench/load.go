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
	Counters

	presigned [][][]byte // per device, batches sealed by Presign, oldest first
}

// template is a device's batch content: MinutesPerBatch simulated minutes.
type template struct {
	minutes [][]frame.Series
	samples int
	// lastMs is the newest sample's offset from the last frame's start.
	lastMs int64
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
	if n := len(t.minutes); n > 0 {
		for _, c := range t.minutes[n-1] {
			if len(c.Raw) > 0 {
				t.lastMs = max(t.lastMs, int64(len(c.Raw)-1)*int64(c.IntervalMs))
			}
		}
	}
	return t
}

// SamplesPerBatch is the samples one batch of device type typ carries.
func (s Shape) SamplesPerBatch(typ sim.DeviceType) int {
	return max(s.MinutesPerBatch, 1) * sim.SamplesPerFrame(typ)
}

// encodeBatch seals a device's next batch whose newest sample is taken at
// nowMs, as a device sends a batch as soon as it has taken its last sample.
func encodeBatch(enc *frame.Encoder, d Device, t template, seq uint64, nowMs int64) ([]byte, error) {
	enc.Reset(d.ID, seq)
	lastStart := nowMs - t.lastMs
	n := int64(len(t.minutes))
	for i, series := range t.minutes {
		enc.AddFrame(lastStart-(n-1-int64(i))*sim.FrameMs, series...)
	}
	return enc.Sign(d.Key)
}

// SampleBatch is one batch as a load sends it for d, sequence 1, ending
// now: ceilings measure with batches like it.
func SampleBatch(d Device, minutes int) ([]byte, error) {
	var enc frame.Encoder
	return encodeBatch(&enc, d, newTemplate(d, minutes), 1, time.Now().UnixMilli())
}

// Presign seals up to perDevice batches for every device before Run, so a
// measurement of the gateway does not also pay for the devices' signing:
// real devices sign on their own processors, and the other ceilings send
// ready-made bodies too. Run sends these first, then seals as it goes.
func (l *Load) Presign(perDevice int) error {
	l.defaults()
	l.presigned = make([][][]byte, len(l.Devices))
	errs := make([]error, len(l.Devices))
	var wg sync.WaitGroup
	for i, d := range l.Devices {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := newTemplate(d, l.Shape.MinutesPerBatch)
			var enc frame.Encoder
			for range perDevice {
				b, err := encodeBatch(&enc, d, t, d.Seq.Add(1), time.Now().UnixMilli())
				if err != nil {
					errs[i] = err
					return
				}
				l.presigned[i] = append(l.presigned[i], bytes.Clone(b))
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

func (l *Load) defaults() {
	if l.Shape.MinutesPerBatch <= 0 {
		l.Shape.MinutesPerBatch = 10
	}
}

// Run sends until ctx ends.
func (l *Load) Run(ctx context.Context) error {
	l.defaults()
	var wg sync.WaitGroup
	errs := make(chan error, len(l.Devices))
	for i, d := range l.Devices {
		var ready [][]byte
		if i < len(l.presigned) {
			ready = l.presigned[i]
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := l.device(ctx, d, ready); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	return <-errs
}

func (l *Load) device(ctx context.Context, d Device, ready [][]byte) error {
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
	conn, err := newPoster(l.Gateway+"/v1/frames", "application/x-rhd-frames")
	if err != nil {
		return err
	}
	defer conn.close()
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
		var body []byte
		if len(ready) > 0 {
			body, ready = ready[0], ready[1:]
		} else {
			var err error
			if body, err = encodeBatch(&enc, d, t, d.Seq.Add(1), time.Now().UnixMilli()); err != nil {
				return err
			}
		}
		for ctx.Err() == nil {
			retry, err := l.post(ctx, conn, body, t.samples)
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
func (l *Load) post(ctx context.Context, conn *poster, body []byte, samples int) (time.Duration, error) {
	resp, err := conn.post(ctx, body)
	if err != nil {
		if ctx.Err() != nil {
			return 0, nil
		}
		l.Errors.Add(1)
		return 100 * time.Millisecond, nil
	}
	switch {
	case resp.Status == http.StatusOK:
		l.Batches.Add(1)
		l.Frames.Add(uint64(l.Shape.MinutesPerBatch))
		l.Samples.Add(uint64(samples))
		return 0, nil
	case resp.Status == http.StatusTooManyRequests || resp.Status == http.StatusServiceUnavailable:
		l.Backpressure.Add(1)
		secs, _ := strconv.Atoi(resp.RetryAfter)
		return time.Duration(max(secs, 0))*time.Second + 10*time.Millisecond, nil
	case resp.Status == http.StatusUnauthorized:
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
