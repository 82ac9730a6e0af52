package stream

import (
	"crypto/ed25519"
	"testing"

	"rhd.dev/firmware/frame"
	"rhd.dev/firmware/sim"
	"rhd.dev/stream/pseudo"
	"rhd.dev/stream/warehouse"
)

// BenchmarkAppendBatch decodes a ten-minute wristband batch into readings
// and rollups: the stream's per-sample work before the warehouse.
func BenchmarkAppendBatch(b *testing.B) {
	_, key, _ := ed25519.GenerateKey(nil)
	d := sim.NewDevice(sim.Wristband, 1)
	var enc frame.Encoder
	enc.Reset(frame.DeviceID{1}, 1)
	for m := range 10 {
		enc.AddFrame(int64(m)*sim.FrameMs, d.Minute(int64(m)*sim.FrameMs)...)
	}
	raw, err := enc.Sign(key)
	if err != nil {
		b.Fatal(err)
	}
	batch, err := frame.Parse(raw)
	if err != nil {
		b.Fatal(err)
	}
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

// Rollups hold every sample exactly once, per metric and minute.
func TestAppendBatchRollsUpEverySample(t *testing.T) {
	_, key, _ := ed25519.GenerateKey(nil)
	d := sim.NewDevice(sim.ChestStrap, 2)
	var enc frame.Encoder
	enc.Reset(frame.DeviceID{1}, 1)
	for m := range 3 {
		enc.AddFrame(int64(m)*sim.FrameMs+30_000, d.Minute(int64(m)*sim.FrameMs)...) // frames straddle minutes
	}
	raw, _ := enc.Sign(key)
	batch, _ := frame.Parse(raw)
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

func metricCode(name string) frame.Metric {
	for _, m := range frame.Metrics {
		if m.String() == name {
			return m
		}
	}
	return 0
}
