// Package warehousetest is the warehouse conformance suite: the same behaviour
// tests for every backend (DuckDB always, ClickHouse when RHD_CLICKHOUSE_DSN is set).
package warehousetest

import (
	"context"
	"fmt"
	"math"
	"testing"
	"time"

	"rhd.dev/stream/warehouse"
)

// Run runs every conformance test; open must return a fresh, empty warehouse.
func Run(t *testing.T, open func(t *testing.T) warehouse.Warehouse) {
	tests := map[string]func(*testing.T, warehouse.Warehouse){
		"WriteAndCount":        testWriteAndCount,
		"RewriteIsIdempotent":  testRewriteIsIdempotent,
		"PartialOverlap":       testPartialOverlap,
		"MinutesMergeBatches":  testMinutesMergeBatches,
		"DuplicateInOneWrite":  testDuplicateInOneWrite,
		"CellsCoverEveryTable": testCellsCoverEveryTable,
	}
	for name, fn := range tests {
		t.Run(name, func(t *testing.T) { fn(t, open(t)) })
	}
}

var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

const pid = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"

// batch returns a write of one batch: `samples` heart-rate readings one second
// apart starting at start, with their minute rollups.
func batch(w *warehouse.Write, source, seq uint64, start time.Time, samples int, base float64) {
	w.Batches = append(w.Batches, warehouse.Batch{Source: source, Seq: seq, PID: pid, DeviceType: "ring", Frames: 1, Samples: samples, ReceivedMs: start.UnixMilli()})
	type agg struct {
		n           uint32
		sum, lo, hi float64
	}
	minutes := map[int64]*agg{}
	var order []int64
	for i := 0; i < samples; i++ {
		ts := start.Add(time.Duration(i) * time.Second).UnixMilli()
		v := base + float64(i%7)
		w.Readings.Append(source, seq, pid, "ring", "heart_rate", ts, v)
		m := ts - ts%60000
		a, ok := minutes[m]
		if !ok {
			a = &agg{lo: math.Inf(1), hi: math.Inf(-1)}
			minutes[m] = a
			order = append(order, m)
		}
		a.n++
		a.sum += v
		a.lo, a.hi = min(a.lo, v), max(a.hi, v)
	}
	for _, m := range order {
		a := minutes[m]
		w.Rollups.Append(source, seq, pid, "ring", "heart_rate", m, a.n, a.sum, a.lo, a.hi)
	}
}

func counts(t *testing.T, wh warehouse.Warehouse) warehouse.Counts {
	t.Helper()
	c, err := wh.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func testWriteAndCount(t *testing.T, wh warehouse.Warehouse) {
	var w warehouse.Write
	batch(&w, 1, 1, t0, 90, 60)
	batch(&w, 1, 2, t0.Add(90*time.Second), 30, 60)
	n, err := wh.Write(context.Background(), &w)
	if err != nil || n != 2 {
		t.Fatalf("Write = %d, %v; want 2 new batches", n, err)
	}
	if c := counts(t, wh); c.Batches != 2 || c.Readings != 120 || c.Rollups != 3 {
		t.Fatalf("counts %+v, want 2 batches, 120 readings, 3 partial rollups", c)
	}
}

func testRewriteIsIdempotent(t *testing.T, wh warehouse.Warehouse) {
	var w warehouse.Write
	batch(&w, 7, 1, t0, 60, 60)
	ctx := context.Background()
	if _, err := wh.Write(ctx, &w); err != nil {
		t.Fatal(err)
	}
	before := counts(t, wh)
	for range 3 {
		n, err := wh.Write(ctx, &w)
		if err != nil || n != 0 {
			t.Fatalf("rewrite = %d, %v; want 0 new batches", n, err)
		}
	}
	if after := counts(t, wh); after != before {
		t.Fatalf("rewriting changed counts: %+v -> %+v", before, after)
	}
}

func testPartialOverlap(t *testing.T, wh warehouse.Warehouse) {
	ctx := context.Background()
	var a, b warehouse.Write
	batch(&a, 3, 1, t0, 10, 60)
	batch(&b, 3, 1, t0, 10, 60) // redelivered
	batch(&b, 3, 2, t0.Add(10*time.Second), 10, 60)
	wh.Write(ctx, &a)
	n, err := wh.Write(ctx, &b)
	if err != nil || n != 1 {
		t.Fatalf("overlapping write = %d, %v; want only the new batch", n, err)
	}
	if c := counts(t, wh); c.Batches != 2 || c.Readings != 20 {
		t.Fatalf("counts %+v, want 2 batches, 20 readings", c)
	}
}

func testMinutesMergeBatches(t *testing.T, wh warehouse.Warehouse) {
	ctx := context.Background()
	var w warehouse.Write
	// Minute 12:00 is split across two batches: 40 s in the first, 20 s in the second.
	batch(&w, 5, 1, t0, 40, 60)
	batch(&w, 5, 2, t0.Add(40*time.Second), 80, 70)
	if _, err := wh.Write(ctx, &w); err != nil {
		t.Fatal(err)
	}
	got, err := wh.Minutes(ctx, pid, t0, t0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d minutes, want 2: %+v", len(got), got)
	}
	// Expected from the readings themselves.
	var n int64
	var sum, lo, hi = 0.0, math.Inf(1), math.Inf(-1)
	for i := range w.Readings.Len() {
		if w.Readings.TimeMs[i] < t0.Add(time.Minute).UnixMilli() {
			v := w.Readings.Value[i]
			n, sum, lo, hi = n+1, sum+v, min(lo, v), max(hi, v)
		}
	}
	m := got[0]
	if !m.Minute.Equal(t0) || m.N != n || math.Abs(m.Sum-sum) > 1e-9 || m.Min != lo || m.Max != hi || m.PID != pid || m.Metric != "heart_rate" {
		t.Fatalf("minute 12:00 = %+v, want n=%d sum=%g min=%g max=%g", m, n, sum, lo, hi)
	}
	if got[1].N != 60 || !got[1].Minute.Equal(t0.Add(time.Minute)) {
		t.Fatalf("minute 12:01 = %+v, want 60 samples", got[1])
	}
}

func testDuplicateInOneWrite(t *testing.T, wh warehouse.Warehouse) {
	var w warehouse.Write
	batch(&w, 9, 1, t0, 5, 60)
	batch(&w, 9, 1, t0, 5, 60)
	if _, err := wh.Write(context.Background(), &w); err == nil {
		t.Fatal("a write holding the same batch twice was accepted")
	}
	if c := counts(t, wh); c.Batches != 0 || c.Readings != 0 {
		t.Fatalf("rejected write left rows: %+v", c)
	}
}

func testCellsCoverEveryTable(t *testing.T, wh warehouse.Warehouse) {
	var w warehouse.Write
	batch(&w, 11, 1, t0, 3, 60)
	wh.Write(context.Background(), &w)
	seen := map[string]bool{}
	err := wh.Cells(context.Background(), func(table, column, value string) error {
		seen[table+"."+column] = true
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"batches.pid", "readings.pid", "readings.value", "rollups_minute.pid", "rollups_minute.sum"} {
		if !seen[want] {
			t.Errorf("Cells never visited %s (visited %d columns)", want, len(seen))
		}
	}
	if len(seen) < 20 {
		t.Errorf("Cells visited only %d columns: %v", len(seen), fmt.Sprint(seen))
	}
}
