package stream

import (
	"bytes"
	"crypto/ed25519"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/firmware/frame"
	"rhd.dev/firmware/sim"
	"rhd.dev/ingest/recordauth"
	"rhd.dev/stream/pseudo"
	"rhd.dev/warehouse"
)

// BenchmarkAppendBatch decodes a ten-minute wristband batch into readings
// and rollups: the stream's per-sample work before the warehouse.
func BenchmarkAppendBatch(b *testing.B) {
	batch := simulatedBatch(b, sim.Wristband, 10, 0)
	dev := pseudo.Device{Source: 7, PID: "pid", Type: "wristband"}
	var w warehouse.Write
	var r rollupBuf
	samples := 0
	for b.Loop() {
		w.Reset()
		r.appendBatch(&w, batch, dev, 0)
		samples += w.Readings.Len()
	}
	b.ReportMetric(float64(samples)/b.Elapsed().Seconds(), "samples/s")
}

// BenchmarkCheckTag checks the acceptance tag of a ten-minute wristband
// batch's record: what the stream adds per record to refuse records the
// platform did not accept (the gateway pays the same to tag it).
func BenchmarkCheckTag(b *testing.B) {
	batch := simulatedBatch(b, sim.Wristband, 10, 0)
	key, err := recordauth.NewKey(bytes.Repeat([]byte{1}, recordauth.MinKeySize))
	if err != nil {
		b.Fatal(err)
	}
	rec := &kgo.Record{Key: []byte(batch.Device().String()), Value: batch.Bytes()}
	key.Seal(rec, time.Now())
	b.SetBytes(int64(len(rec.Value)))
	for b.Loop() {
		if _, err := key.Open(rec); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*batch.Samples())/b.Elapsed().Seconds(), "samples/s")
}

// Rollups hold every sample exactly once, per metric and minute.
func TestAppendBatchRollsUpEverySample(t *testing.T) {
	batch := simulatedBatch(t, sim.ChestStrap, 3, 30_000) // frames straddle minutes
	var w warehouse.Write
	var r rollupBuf
	newest := r.appendBatch(&w, batch, pseudo.Device{Source: 7, PID: "pid", Type: "chest_strap"}, 0)
	want := map[[2]int64]float64{} // (metric code, minute) → sum
	counts := map[[2]int64]uint32{}
	for i := range w.Readings.TimeMs {
		k := [2]int64{int64(metricCode(w.Readings.Metric[i])), w.Readings.TimeMs[i] - w.Readings.TimeMs[i]%60_000}
		want[k] += w.Readings.Value[i]
		counts[k]++
	}
	if len(w.Rollups.MinuteMs) != len(want) {
		t.Fatalf("%d rollup rows, want %d", len(w.Rollups.MinuteMs), len(want))
	}
	for i := range w.Rollups.MinuteMs {
		k := [2]int64{int64(metricCode(w.Rollups.Metric[i])), w.Rollups.MinuteMs[i]}
		if w.Rollups.N[i] != counts[k] || w.Rollups.Sum[i]-want[k] > 1e-6 || want[k]-w.Rollups.Sum[i] > 1e-6 {
			t.Fatalf("rollup %v: n=%d sum=%g, want n=%d sum=%g", k, w.Rollups.N[i], w.Rollups.Sum[i], counts[k], want[k])
		}
	}
	if last := w.Readings.TimeMs[len(w.Readings.TimeMs)-1]; newest < last {
		t.Fatalf("newest %d before a reading at %d", newest, last)
	}
}

// simulatedBatch is a signed, parsed batch of minutes simulated minutes of
// a device of type typ, each frame starting offsetMs into its minute.
func simulatedBatch(tb testing.TB, typ sim.DeviceType, minutes int, offsetMs int64) frame.Batch {
	tb.Helper()
	_, key, _ := ed25519.GenerateKey(nil)
	d := sim.NewDevice(typ, 1)
	var enc frame.Encoder
	enc.Reset(frame.DeviceID{1}, 1)
	for m := range minutes {
		enc.AddFrame(int64(m)*sim.FrameMs+offsetMs, d.Minute(int64(m)*sim.FrameMs)...)
	}
	raw, err := enc.Sign(key)
	if err != nil {
		tb.Fatal(err)
	}
	batch, err := frame.Parse(raw)
	if err != nil {
		tb.Fatal(err)
	}
	return batch
}

func metricCode(name string) frame.Metric {
	for _, m := range frame.Metrics {
		if m.String() == name {
			return m
		}
	}
	return 0
}
