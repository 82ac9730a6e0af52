package warehouse_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"rhd.dev/firmware/frame"
	"rhd.dev/stream/warehouse"
)

// BenchmarkDuckDBWrite measures the storage hop with writes shaped like the
// stream's: each Write holds 100 ten-minute batches of a simulated wristband,
// 650 readings and 60 minute rollups per batch (heart rate every second, the
// other five channels once a minute).
func BenchmarkDuckDBWrite(b *testing.B) {
	ctx := context.Background()
	w, err := warehouse.OpenDuckDB(ctx, filepath.Join(b.TempDir(), "wh.duckdb"))
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	const batches, minutes, perMinute = 100, 10, 65
	channels := []frame.Metric{frame.HeartRate, frame.Steps, frame.Activity, frame.SkinTemp, frame.SpO2, frame.Battery}
	pid := "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).UnixMilli()
	var wr warehouse.Write
	seq := uint64(0)
	rows := 0
	for b.Loop() {
		wr.Reset()
		for range batches {
			seq++
			wr.Batches = append(wr.Batches, warehouse.Batch{Source: 1, Seq: seq, PID: pid, DeviceType: "ring", Frames: minutes, Samples: minutes * perMinute, ReceivedMs: start})
			for m := range minutes {
				minute := start + int64(m)*60_000
				for i := range perMinute {
					metric := channels[0]
					if i >= 60 {
						metric = channels[i-59]
					}
					wr.Readings.Append(1, seq, pid, "ring", metric.String(), minute+int64(i)*600, 60)
				}
				for _, metric := range channels {
					wr.Rollups.Append(1, seq, pid, "ring", metric.String(), minute, 10, 600, 60, 60)
				}
			}
		}
		if _, err := w.Write(ctx, &wr); err != nil {
			b.Fatal(err)
		}
		rows += wr.Readings.Len()
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "samples/s")
}
