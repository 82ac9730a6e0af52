package warehouse_test

import (
	"context"
	"crypto/ed25519"
	"path/filepath"
	"testing"
	"time"

	"rhd.dev/firmware/frame"
	"rhd.dev/firmware/sim"
	"rhd.dev/stream"
	"rhd.dev/stream/pseudo"
	"rhd.dev/warehouse"
)

// BenchmarkDuckDBWrite measures the storage hop with the stream's own writes:
// each Write holds 100 ten-minute batches of a simulated wristband (650
// samples, 60 minute rollups each), turned into rows by the stream's
// RowBuilder.
func BenchmarkDuckDBWrite(b *testing.B) {
	ctx := context.Background()
	w, err := warehouse.OpenDuckDB(ctx, filepath.Join(b.TempDir(), "wh.duckdb"))
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).UnixMilli()
	batch := wristbandBatch(b, start, 10)
	dev := pseudo.Device{PID: "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90", Type: "wristband"}
	var rows stream.RowBuilder
	var wr warehouse.Write
	n := 0
	for b.Loop() {
		wr.Reset()
		for range 100 {
			dev.Source++ // every batch new
			rows.Append(&wr, batch, dev, start)
		}
		if _, err := w.Write(ctx, &wr); err != nil {
			b.Fatal(err)
		}
		n += wr.Readings.Len()
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "samples/s")
}

// wristbandBatch is a simulated wristband's batch of the given minutes from startMs.
func wristbandBatch(b *testing.B, startMs int64, minutes int) frame.Batch {
	d := sim.NewDevice(sim.Wristband, 1)
	var enc frame.Encoder
	enc.Reset(frame.DeviceID{1}, 1)
	for m := range minutes {
		offset := int64(m) * sim.FrameMs
		enc.AddFrame(startMs+offset, d.Minute(offset)...)
	}
	body, err := enc.Sign(ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize)))
	if err != nil {
		b.Fatal(err)
	}
	batch, err := frame.Parse(body)
	if err != nil {
		b.Fatal(err)
	}
	return batch
}
