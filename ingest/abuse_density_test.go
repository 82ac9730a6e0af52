package ingest

import (
	"crypto/ed25519"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"rhd.dev/firmware/frame"
)

// A device could stamp any number of samples on one minute and metric,
// in one batch (a 1 ms channel, or thousands of frames of one minute) or
// over many batches of the same minute; the gateway stored them all. It
// now refuses a batch that would put more than frame.MaxSamplesPerMinute
// of one metric in one of the device's minutes (422, too_dense), counting
// the device's earlier batches, and accepts the device's other minutes.
func TestAbuseTooManySamplesInOneMinuteAtGateway(t *testing.T) {
	f := newFixture(t)
	minute := time.Now().Add(-5 * time.Minute).Truncate(time.Minute).UnixMilli()
	batch := func(seq uint64, start int64, iv uint16, n int) []byte {
		raw := make([]uint16, n)
		for i := range raw {
			raw[i] = 70
		}
		var e frame.Encoder
		e.Reset(f.dev, seq)
		e.AddFrame(start, frame.Series{Metric: frame.HeartRate, IntervalMs: iv, Raw: raw})
		b, err := e.Sign(f.key)
		if err != nil {
			t.Fatal(err)
		}
		return append([]byte(nil), b...)
	}
	// A million values in one minute take a few batches of 1 ms channels;
	// the first is refused whole.
	if code, e, _ := f.post(batch(1, minute, 1, 60_000)); code != 422 || !strings.Contains(e.Error, "at most 300 a minute") {
		t.Fatalf("60,000 samples in a minute: %d %q, want 422", code, e.Error)
	}
	// Across batches: 100 samples at 10 Hz each, three fill the minute.
	for seq := uint64(2); seq <= 4; seq++ {
		if code, e, _ := f.post(batch(seq, minute+int64(seq)*10_000, 100, 100)); code != 200 {
			t.Fatalf("batch %d within the cap: %d %s", seq, code, e.Error)
		}
	}
	if code, e, _ := f.post(batch(5, minute+50_000, 100, 1)); code != 422 || !strings.Contains(e.Error, "earlier batches") {
		t.Fatalf("a 301st sample for the minute in another batch: %d %q, want 422", code, e.Error)
	}
	// The device's next minute is its own.
	if code, e, _ := f.post(batch(6, minute+60_000, 1000, 60)); code != 200 {
		t.Fatalf("the next minute at 1 Hz: %d %s", code, e.Error)
	}
	if n := testutil.ToFloat64(f.gw.cfg.Metrics.Rejected.WithLabelValues("too_dense")); n != 2 {
		t.Fatalf("rhd_ingest_batches_rejected_total{reason=too_dense} = %v, want 2", n)
	}
}

// The per-device memory of recent minutes is a fixed array: a device
// sending many minutes keeps it full without growing it, and the minutes
// it still holds stay capped.
func TestRecentMinutesStayBounded(t *testing.T) {
	var r recentMinutes
	var e frame.Encoder
	e.Reset(frame.DeviceID{1}, 1)
	base := time.Now().Add(-3 * time.Hour).Truncate(time.Minute).UnixMilli()
	for m := range 2 * recentSlots {
		e.AddFrame(base+int64(m)*60_000, frame.Series{Metric: frame.HeartRate, IntervalMs: 1000, Raw: make([]uint16, 60)})
	}
	raw, _ := e.Sign(ed25519.NewKeyFromSeed(make([]byte, 32)))
	b, err := frame.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	if r, err = r.add(b); err != nil || r.used != recentSlots {
		t.Fatalf("after %d minutes: %v, %d slots used", 2*recentSlots, err, r.used)
	}
	// The newest minute is full (60 of 300 used, 241 more do not fit).
	e.Reset(frame.DeviceID{1}, 2)
	e.AddFrame(base+int64(2*recentSlots-1)*60_000, frame.Series{Metric: frame.HeartRate, IntervalMs: 100, Raw: make([]uint16, 241)})
	raw, _ = e.Sign(ed25519.NewKeyFromSeed(make([]byte, 32)))
	b, _ = frame.Parse(raw)
	if _, err := r.add(b); err == nil {
		t.Fatal("a held minute took more than the cap")
	}
}

// A device filled a minute, then sent one sample in each of recentSlots
// newer minutes to push the full minute out of its table, and filled it
// again: 600 samples in one minute, repeatable. The gateway now keeps a
// watermark of the newest minute it forgot and refuses a minute at or
// before it that it no longer holds.
func TestAbuseDensityCapSurvivesEviction(t *testing.T) {
	f := newFixture(t)
	minute := time.Now().Add(-3 * time.Hour).Truncate(time.Minute).UnixMilli()
	sign := func(e *frame.Encoder) []byte {
		b, err := e.Sign(f.key)
		if err != nil {
			t.Fatal(err)
		}
		return append([]byte(nil), b...)
	}
	full := func(seq uint64, start int64) []byte {
		var e frame.Encoder
		e.Reset(f.dev, seq)
		raw := make([]uint16, frame.MaxSamplesPerMinute)
		for i := range raw {
			raw[i] = 70
		}
		e.AddFrame(start, frame.Series{Metric: frame.HeartRate, IntervalMs: 200, Raw: raw})
		return sign(&e)
	}
	if code, e, _ := f.post(full(1, minute)); code != 200 {
		t.Fatalf("first full minute: %d %s", code, e.Error)
	}
	if code, _, _ := f.post(full(2, minute+100)); code != 422 {
		t.Fatalf("the same minute again: got %d, want 422", code)
	}
	var e frame.Encoder
	e.Reset(f.dev, 3)
	for m := 1; m <= recentSlots; m++ {
		e.AddFrame(minute+int64(m)*60_000, frame.Series{Metric: frame.HeartRate, IntervalMs: 1000, Raw: []uint16{70}})
	}
	if code, er, _ := f.post(sign(&e)); code != 200 {
		t.Fatalf("filler: %d %s", code, er.Error)
	}
	code, er, _ := f.post(full(4, minute+100))
	if code != 422 || !strings.Contains(er.Error, "forgotten") {
		t.Fatalf("the full minute after eviction: %d %q, want 422 naming the forgotten minutes", code, er.Error)
	}
	// The device's newer minutes still take samples.
	if code, er, _ := f.post(full(5, minute+(recentSlots+1)*60_000)); code != 200 {
		t.Fatalf("a new minute: %d %s", code, er.Error)
	}
}
