package warehouse

import (
	"context"
	"path/filepath"
	"testing"
	"time"
)

// Claims survive a restart: an upload written after the warehouse was
// reopened still finds the device's minutes claimed, whether the day was
// in the writer's memory or not.
func TestClaimsSurviveRestart(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.duckdb")
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC).UnixMilli()
	write := func(source uint64, deviceType string, v float64) {
		w, err := OpenDuckDB(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer w.Close()
		var in Write
		in.Batches = append(in.Batches, Batch{Source: source, Seq: 1, PID: "p", DeviceType: deviceType, Frames: 1, Samples: 3, ReceivedMs: t0})
		for i := range int64(3) {
			in.Readings.Append(source, 1, "p", deviceType, "steps", t0+i*60000, v)
			in.Rollups.Append(source, 1, "p", deviceType, "steps", t0+i*60000, 1, v, v, v)
		}
		if _, err := w.Write(ctx, &in); err != nil {
			t.Fatal(err)
		}
	}
	write(1, "ring", 10)
	write(2, UploadDeviceType, 500)
	w, err := OpenDuckDB(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	days, err := w.Days(ctx, "p", time.UnixMilli(t0).Truncate(24*time.Hour), time.UnixMilli(t0).Add(24*time.Hour))
	if err != nil || len(days) != 1 || days[0].Metrics[0].Sum != 30 {
		t.Fatalf("steps that day: %+v %v; want the ring's 30, not the upload's again", days, err)
	}
	if c, _ := w.Counts(ctx); c.Readings != 6 || c.Rollups != 3 {
		t.Fatalf("counts %+v: both sources' readings, the ring's rollups", c)
	}
}

func TestOwnersEncoding(t *testing.T) {
	o := newDayOwners()
	o.claim(1, 5, 7, false)
	o.claim(1, 6, 9, true)
	o.claim(5, 1439, 9, true)
	o.claim(5, 0, 8, false)
	back, err := decodeOwners(o.encode())
	if err != nil || !back.devices[1].has(5) || back.uploads[1<<16|6] != 9 || back.uploads[5<<16|1439] != 9 || !back.devices[5].has(0) || len(back.uploads) != 2 {
		t.Fatalf("%+v %v", back, err)
	}
	for _, bad := range [][]byte{{2}, {1, 1}, {1, 1, 1, 0}, {1, 1, 0, 5, 0}} {
		if _, err := decodeOwners(bad); err == nil {
			t.Errorf("%v decoded", bad)
		}
	}
}
