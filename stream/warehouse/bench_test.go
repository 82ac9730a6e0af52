package warehouse_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"rhd.dev/stream/warehouse"
)

// BenchmarkDuckDBWrite measures the storage hop: one Write of 100 batches of
// 600 readings (60,000 rows) with their rollups per iteration.
func BenchmarkDuckDBWrite(b *testing.B) {
	ctx := context.Background()
	w, err := warehouse.OpenDuckDB(ctx, filepath.Join(b.TempDir(), "wh.duckdb"))
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	const batches, perBatch = 100, 600
	pid := "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).UnixMilli()
	var wr warehouse.Write
	seq := uint64(0)
	rows := 0
	for b.Loop() {
		wr.Reset()
		for i := 0; i < batches; i++ {
			seq++
			wr.Batches = append(wr.Batches, warehouse.Batch{Source: 1, Seq: seq, PID: pid, DeviceType: "ring", Frames: 10, Samples: perBatch, ReceivedMs: start})
			for j := 0; j < perBatch; j++ {
				wr.Readings.Append(1, seq, pid, "ring", "heart_rate", start+int64(j)*1000, 60)
			}
			for m := 0; m < perBatch/60; m++ {
				wr.Rollups.Append(1, seq, pid, "ring", "heart_rate", start+int64(m)*60000, 60, 3600, 60, 60)
			}
		}
		if _, err := w.Write(ctx, &wr); err != nil {
			b.Fatal(err)
		}
		rows += batches * perBatch
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
}
