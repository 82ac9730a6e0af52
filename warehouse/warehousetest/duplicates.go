package warehousetest

import (
	"context"
	"testing"
	"time"

	"rhd.dev/warehouse"
)

// uploadBatch is a batch of an uploaded file's device: one heart-rate
// reading of value v in each of `minutes` minutes from start.
func uploadBatch(w *warehouse.Write, source, seq uint64, start time.Time, minutes int, v float64) {
	w.Batches = append(w.Batches, warehouse.Batch{Source: source, Seq: seq, PID: pid, DeviceType: warehouse.UploadDeviceType, Frames: minutes, Samples: minutes, ReceivedMs: start.UnixMilli()})
	for i := range minutes {
		ms := start.Add(time.Duration(i) * time.Minute).UnixMilli()
		w.Readings.Append(source, seq, pid, warehouse.UploadDeviceType, "heart_rate", ms, v)
		w.Rollups.Append(source, seq, pid, warehouse.UploadDeviceType, "heart_rate", ms, 1, v, v, v)
	}
}

// The same minutes from a device's live stream and from a later upload of
// its export — or from two overlapping uploads — count once in per-minute
// figures: the first kind of source to store a metric-minute claims it
// (the devices as one, or one upload), and later data for it keeps its raw
// readings but adds no rollup, summary or bundle row. An upload's minute
// split across two of its batches counts whole.
func testDuplicatesAcrossSources(t *testing.T, wh warehouse.Warehouse) {
	ctx := context.Background()
	var live warehouse.Write
	batch(&live, 40, 1, t0, 600, 60) // the watch: 12:00–12:09, 60 samples a minute
	if _, err := wh.Write(ctx, &live); err != nil {
		t.Fatal(err)
	}
	var export warehouse.Write
	uploadBatch(&export, 41, 1, t0.Add(5*time.Minute), 8, 99)  // 12:05–12:12: 12:05–12:09 again
	uploadBatch(&export, 41, 2, t0.Add(12*time.Minute), 3, 99) // 12:12 split across the export's batches, then 12:13–12:14
	uploadBatch(&export, 42, 1, t0.Add(13*time.Minute), 4, 77) // a second export: 12:13–12:14 again, then 12:15–12:16
	uploadBatch(&export, 43, 1, t0.Add(-time.Hour), 1, 88)     // 11:00, nobody's before
	if _, err := wh.Write(ctx, &export); err != nil {
		t.Fatal(err)
	}
	// Raw readings are all kept.
	if c := counts(t, wh); c.Readings != 600+8+3+4+1 {
		t.Fatalf("readings %d", c.Readings)
	}
	mins, err := wh.Minutes(ctx, pid, t0.Add(-2*time.Hour), t0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	got := map[time.Time][2]float64{} // minute → (n, mean)
	for _, m := range mins {
		if _, dup := got[m.Minute]; dup {
			t.Fatalf("minute %s has two rows", m.Minute.Format("15:04"))
		}
		got[m.Minute] = [2]float64{float64(m.N), m.Sum / float64(m.N)}
	}
	want := map[int][2]float64{-60: {1, 88}, 12: {2, 99}, 15: {1, 77}, 16: {1, 77}}
	for i := 0; i < 10; i++ {
		want[i] = [2]float64{60, -1} // the watch's own mean, about 63 (never 99's pull)
	}
	for i := 10; i < 12; i++ {
		want[i] = [2]float64{1, 99}
	}
	for i := 13; i < 15; i++ {
		want[i] = [2]float64{1, 99}
	}
	if len(got) != len(want) {
		t.Fatalf("%d minutes, want %d: %v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[t0.Add(time.Duration(i)*time.Minute)]
		if w[1] < 0 && g[0] == w[0] && g[1] > 62 && g[1] < 64 {
			continue
		}
		if g != w {
			t.Errorf("12:00%+d min: (n, mean) %v, want %v", i, g, w)
		}
	}
	days, err := wh.Days(ctx, pid, t0.Truncate(24*time.Hour), t0.Truncate(24*time.Hour).Add(24*time.Hour))
	if err != nil || len(days) != 1 || len(days[0].Metrics) != 1 {
		t.Fatalf("days %+v %v", days, err)
	}
	d := days[0]
	if d.Minutes != 18 || d.Metrics[0].N != 609 {
		t.Fatalf("day: %d distinct minutes (want 18), %d samples in the summary (want 600 + 9)", d.Minutes, d.Metrics[0].N)
	}
	// The reverse order: an upload first, the device later — the upload
	// claimed those minutes.
	var late warehouse.Write
	batch(&late, 40, 2, t0.Add(-time.Hour), 60, 60)
	if _, err := wh.Write(ctx, &late); err != nil {
		t.Fatal(err)
	}
	days, _ = wh.Days(ctx, pid, t0.Truncate(24*time.Hour), t0.Truncate(24*time.Hour).Add(24*time.Hour))
	if d := days[0]; d.Minutes != 18 || d.Metrics[0].N != 609 {
		t.Fatalf("after the device's late minute: %d minutes, %d samples", d.Minutes, d.Metrics[0].N)
	}
}
