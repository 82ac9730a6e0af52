// Package warehousetest is the warehouse conformance suite: the same behaviour
// tests for every backend (DuckDB always, ClickHouse when RHD_CLICKHOUSE_DSN is set).
package warehousetest

import (
	"context"
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"

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
		"FeaturesInScope":      testFeaturesInScope,
		"StatsAndHistogram":    testStatsAndHistogram,
		"ExportRenamesShifts":  testExportRenamesShifts,
		"DeviceMinutes":        testDeviceMinutes,
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
	batchOf(w, pid, source, seq, start, samples, base)
}

// batchOf is batch for any pseudonym.
func batchOf(w *warehouse.Write, pid string, source, seq uint64, start time.Time, samples int, base float64) {
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
	for _, want := range []string{"batches.pid", "readings.value", "rollups_minute.minute", "rollups_minute.sum"} {
		if !seen[want] {
			t.Errorf("Cells never visited %s (visited %d columns)", want, len(seen))
		}
	}
	if len(seen) < 20 {
		t.Errorf("Cells visited only %d columns: %v", len(seen), fmt.Sprint(seen))
	}
}

var allTime = warehouse.Scope{From: t0.Add(-24 * time.Hour), To: t0.Add(48 * time.Hour), ReceivedBefore: t0.Add(72 * time.Hour)}

func testFeaturesInScope(t *testing.T, wh warehouse.Warehouse) {
	ctx := context.Background()
	var w warehouse.Write
	batch(&w, 1, 1, t0, 600, 60)                   // 10 minutes on day 1
	batch(&w, 1, 2, t0.Add(24*time.Hour), 120, 60) // 2 minutes on day 2
	batchOf(&w, "other", 2, 1, t0, 60, 80)         // another person
	w.Rollups.Append(1, 1, pid, "ring", "steps", t0.UnixMilli(), 1, 120, 120, 120)
	if _, err := wh.Write(ctx, &w); err != nil {
		t.Fatal(err)
	}
	fs, err := wh.Features(ctx, allTime, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 2 || fs[0].PID != pid && fs[1].PID != pid {
		t.Fatalf("features %+v", fs)
	}
	f := fs[0]
	if f.PID != pid {
		f = fs[1]
	}
	if f.Minutes != 12 || f.Days != 2 || f.CoverageDays != 1 || f.Rows != 13 || f.Steps != 120 || f.StepDays != 1 || f.DeviceType != "ring" || len(f.Digest) != 32 {
		t.Fatalf("feature %+v: want 12 minutes, 2 days, 1 coverage day (>= 5 min), 13 rows, 120 steps", f)
	}
	// A scope ending before day 2, and one cut off before batch 2 arrived.
	early := allTime
	early.To = t0.Add(time.Hour)
	late := allTime
	late.ReceivedBefore = t0.Add(time.Hour)
	for name, sc := range map[string]warehouse.Scope{"window": early, "received": late} {
		fs, _ := wh.Features(ctx, sc, 5)
		for _, g := range fs {
			if g.PID == pid && (g.Minutes != 10 || g.Days != 1 || string(g.Digest) == string(f.Digest)) {
				t.Errorf("%s scope: %+v, want only day 1 and a different digest", name, g)
			}
		}
	}
	again, _ := wh.Features(ctx, allTime, 5)
	for _, g := range again {
		if g.PID == pid && string(g.Digest) != string(f.Digest) {
			t.Fatal("digest changed without new data")
		}
	}
}

func testStatsAndHistogram(t *testing.T, wh warehouse.Warehouse) {
	ctx := context.Background()
	var w warehouse.Write
	// 60 one-sample minutes with values 0..59, split between two people.
	for i := 0; i < 60; i++ {
		p := "alice"
		if i%2 == 1 {
			p = "bob"
		}
		m := t0.Add(time.Duration(i) * time.Minute)
		w.Batches = append(w.Batches, warehouse.Batch{Source: 9, Seq: uint64(i + 1), PID: p, DeviceType: "ring", Frames: 1, Samples: 1, ReceivedMs: m.UnixMilli()})
		w.Rollups.Append(9, uint64(i+1), p, "ring", "heart_rate", m.UnixMilli(), 1, float64(i), float64(i), float64(i))
	}
	if _, err := wh.Write(ctx, &w); err != nil {
		t.Fatal(err)
	}
	st, err := wh.Stats(ctx, allTime, []string{"alice", "bob"})
	if err != nil {
		t.Fatal(err)
	}
	if len(st) != 1 {
		t.Fatalf("stats %+v", st)
	}
	m := st[0]
	if m.Metric != "heart_rate" || m.Minutes != 60 || m.Mean != 29.5 || m.Min != 0 || m.Max != 59 || math.Abs(m.P50-29.5) > 1e-9 || m.P10 < 5 || m.P10 > 6.5 || m.P90 < 52.5 || m.P90 > 54 {
		t.Fatalf("stats %+v", m)
	}
	var minutes int64
	for _, b := range m.Histogram {
		minutes += b.Minutes
		if b.Contributors != 2 || b.Minutes != 6 {
			t.Errorf("bin %+v, want 6 minutes from 2 contributors", b)
		}
	}
	if len(m.Histogram) != warehouse.HistogramBins || minutes != 60 {
		t.Fatalf("histogram %+v", m.Histogram)
	}
	only, _ := wh.Stats(ctx, allTime, []string{"alice"})
	if len(only) != 1 || only[0].Minutes != 30 {
		t.Fatalf("stats of one member: %+v", only)
	}
}

func testExportRenamesShifts(t *testing.T, wh warehouse.Warehouse) {
	ctx := context.Background()
	var w warehouse.Write
	batchOf(&w, "alice", 1, 1, t0, 180, 60)
	batchOf(&w, "bob", 2, 1, t0, 120, 70)
	batchOf(&w, "carol", 3, 1, t0, 60, 80) // not exported
	if _, err := wh.Write(ctx, &w); err != nil {
		t.Fatal(err)
	}
	day := int64(24 * time.Hour / time.Millisecond)
	members := []warehouse.ExportMember{{PID: "alice", Participant: 1, OffsetMs: 3 * day}, {PID: "bob", Participant: 0, OffsetMs: -2 * day}}
	var rows, calls int
	var last [2]int64
	err := wh.Export(ctx, allTime, members, func(rec arrow.RecordBatch) error {
		calls++
		part := rec.Column(0).(*array.Int32)
		mins := rec.Column(1).(*array.Int64)
		metric := rec.Column(2).(*array.String)
		n := rec.Column(3).(*array.Int32)
		for i := 0; i < int(rec.NumRows()); i++ {
			rows++
			p, ms := part.Value(i), mins.Value(i)
			if [2]int64{int64(p), ms} == last || int64(p) < last[0] {
				t.Fatalf("rows not ordered by participant and minute at %d", rows)
			}
			last = [2]int64{int64(p), ms}
			want := t0.UnixMilli() + members[1-p].OffsetMs
			if ms < want || ms >= want+3*60000 || metric.Value(i) != "heart_rate" || n.Value(i) != 60 {
				t.Fatalf("row %d: participant %d minute %d metric %s n %d", rows, p, ms, metric.Value(i), n.Value(i))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if rows != 5 {
		t.Fatalf("exported %d rows, want 3 (alice) + 2 (bob)", rows)
	}
}

func testDeviceMinutes(t *testing.T, wh warehouse.Warehouse) {
	var w warehouse.Write
	batch(&w, 4, 1, t0, 90, 60)
	batch(&w, 4, 2, t0.Add(90*time.Second), 30, 60) // completes minute 1
	batchOf(&w, "other", 5, 1, t0, 60, 70)
	wh.Write(context.Background(), &w)
	var got []warehouse.DeviceMinute
	err := wh.DeviceMinutes(context.Background(), t0, t0.Add(time.Hour), func(m warehouse.DeviceMinute) error {
		got = append(got, m)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0].Source != 4 || got[1].Source != 4 || got[2].Source != 5 || got[1].N != 60 || got[0].PID != pid {
		t.Fatalf("device minutes %+v", got)
	}
}
