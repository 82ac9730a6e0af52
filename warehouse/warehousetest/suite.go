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

	"rhd.dev/warehouse"
)

// Run runs every conformance test; open must return a fresh, empty warehouse.
func Run(t *testing.T, open func(t *testing.T) warehouse.Warehouse) {
	tests := map[string]func(*testing.T, warehouse.Warehouse){
		"WriteAndCount":           testWriteAndCount,
		"RewriteIsIdempotent":     testRewriteIsIdempotent,
		"PartialOverlap":          testPartialOverlap,
		"MinutesMergeBatches":     testMinutesMergeBatches,
		"DuplicateInOneWrite":     testDuplicateInOneWrite,
		"CellsCoverEveryTable":    testCellsCoverEveryTable,
		"FeaturesInWindow":        testFeaturesInWindow,
		"MinutesCountOnce":        testMinutesCountOnce,
		"StatsFromSummaries":      testStatsFromSummaries,
		"DaysOfOnePseudonym":      testDaysOfOnePseudonym,
		"ExportRenamesShifts":     testExportRenamesShifts,
		"ExportThrough":           testExportThrough,
		"DeviceMinutes":           testDeviceMinutes,
		"DuplicatesAcrossSources": testDuplicatesAcrossSources,
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

var (
	allTime = warehouse.Scope{From: t0.Add(-24 * time.Hour), To: t0.Add(48 * time.Hour)}
	allDays = warehouse.Window{From: t0.Truncate(24 * time.Hour).Add(-24 * time.Hour), To: t0.Truncate(24 * time.Hour).Add(72 * time.Hour)}
)

func features(t *testing.T, wh warehouse.Warehouse, win warehouse.Window, minMinutes int) (warehouse.FeatureSet, map[string]warehouse.Feature) {
	t.Helper()
	set, err := wh.Features(context.Background(), win, minMinutes)
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]warehouse.Feature{}
	for _, f := range set.Features {
		by[f.PID] = f
	}
	return set, by
}

func testFeaturesInWindow(t *testing.T, wh warehouse.Warehouse) {
	ctx := context.Background()
	var w warehouse.Write
	batch(&w, 1, 1, t0, 600, 60)                   // 10 minutes on day 1
	batch(&w, 1, 2, t0.Add(24*time.Hour), 120, 60) // 2 minutes on day 2
	batchOf(&w, "other", 2, 1, t0, 60, 80)         // another person
	w.Rollups.Append(1, 1, pid, "ring", "steps", t0.UnixMilli(), 1, 120, 120, 120)
	if _, err := wh.Write(ctx, &w); err != nil {
		t.Fatal(err)
	}
	set, by := features(t, wh, allDays, 5)
	f := by[pid]
	if len(set.Features) != 2 || set.Through == 0 {
		t.Fatalf("features %+v", set)
	}
	if f.Minutes != 12 || f.Days != 2 || f.CoverageDays != 1 || f.Rows != 13 || f.Steps != 120 || f.StepDays != 1 || f.DeviceType != "ring" || len(f.Digest) != 32 {
		t.Fatalf("feature %+v: want 12 minutes, 2 days, 1 coverage day (>= 5 min), 13 rows, 120 steps", f)
	}
	if len(f.Metrics) != 2 || f.Metrics[0].Metric != "heart_rate" || f.Metrics[0].Minutes != 12 || f.Metrics[0].Samples != 720 || f.Metrics[1].Metric != "steps" {
		t.Fatalf("metric summaries %+v", f.Metrics)
	}
	// A window ending before day 2.
	early := allDays
	early.To = t0.Truncate(24 * time.Hour).Add(24 * time.Hour)
	_, eb := features(t, wh, early, 5)
	if g := eb[pid]; g.Minutes != 10 || g.Days != 1 || string(g.Digest) == string(f.Digest) {
		t.Errorf("window without day 2: %+v, want only day 1 and a different digest", g)
	}
	again, ab := features(t, wh, allDays, 5)
	if string(ab[pid].Digest) != string(f.Digest) || again.Through != set.Through {
		t.Fatal("digest or write number changed without new data")
	}
	// New data changes the digest and the write number.
	var more warehouse.Write
	batch(&more, 1, 3, t0.Add(30*time.Minute), 60, 60)
	if _, err := wh.Write(ctx, &more); err != nil {
		t.Fatal(err)
	}
	later, lb := features(t, wh, allDays, 5)
	if string(lb[pid].Digest) == string(f.Digest) || later.Through <= set.Through || lb[pid].Minutes != 13 {
		t.Fatalf("after a new batch: %+v through %d (was %d)", lb[pid], later.Through, set.Through)
	}
	if string(lb["other"].Digest) != string(by["other"].Digest) {
		t.Fatal("another person's digest changed without new data of theirs")
	}
}

// A minute counts once for contribution weight however it arrives: split
// across batches, sent by two devices of one person, or sent again later.
func testMinutesCountOnce(t *testing.T, wh warehouse.Warehouse) {
	ctx := context.Background()
	var w warehouse.Write
	batch(&w, 20, 1, t0, 40, 60)                     // 12:00:00–12:00:39
	batch(&w, 20, 2, t0.Add(40*time.Second), 80, 60) // 12:00:40–12:01:59
	batch(&w, 21, 1, t0, 120, 60)                    // a second device, same two minutes
	if _, err := wh.Write(ctx, &w); err != nil {
		t.Fatal(err)
	}
	var later warehouse.Write
	batch(&later, 22, 1, t0.Add(time.Minute), 120, 60) // a third source: 12:01 again, 12:02 new
	if _, err := wh.Write(ctx, &later); err != nil {
		t.Fatal(err)
	}
	_, by := features(t, wh, allDays, 1)
	if f := by[pid]; f.Minutes != 3 || f.Days != 1 {
		t.Fatalf("feature %+v: want 3 distinct minutes on 1 day", f)
	}
	// A whole day from every source never weighs more than a day.
	var day warehouse.Write
	day0 := t0.Truncate(24 * time.Hour).Add(48 * time.Hour)
	for src := uint64(30); src < 32; src++ {
		for m := 0; m < 1440; m += 60 {
			batch(&day, src, uint64(m+1), day0.Add(time.Duration(m)*time.Minute), 3600, 60)
		}
	}
	if _, err := wh.Write(ctx, &day); err != nil {
		t.Fatal(err)
	}
	_, by = features(t, wh, allDays, 1)
	if f := by[pid]; f.Minutes != 3+1440 || f.Days != 2 {
		t.Fatalf("feature %+v: want 1443 minutes on 2 days", f)
	}
}

func testStatsFromSummaries(t *testing.T, wh warehouse.Warehouse) {
	ctx := context.Background()
	var w warehouse.Write
	// 60 one-sample minutes with heart rates 30..89, alternating between two people.
	for i := 0; i < 60; i++ {
		p := "alice"
		if i%2 == 1 {
			p = "bob"
		}
		m := t0.Add(time.Duration(i) * time.Minute)
		v := float64(30 + i)
		w.Batches = append(w.Batches, warehouse.Batch{Source: 9, Seq: uint64(i + 1), PID: p, DeviceType: "ring", Frames: 1, Samples: 1, ReceivedMs: m.UnixMilli()})
		w.Rollups.Append(9, uint64(i+1), p, "ring", "heart_rate", m.UnixMilli(), 1, v, v, v)
	}
	if _, err := wh.Write(ctx, &w); err != nil {
		t.Fatal(err)
	}
	set, _ := features(t, wh, allDays, 1)
	st := warehouse.CohortStats(set.Features, 2)
	if len(st) != 1 {
		t.Fatalf("stats %+v", st)
	}
	m := st[0]
	// Quantiles interpolate within 5-bpm bins: within a bin of the exact ones.
	if m.Metric != "heart_rate" || m.Minutes != 60 || m.Mean != 59.5 || m.Min != 30 || m.Max != 90 ||
		math.Abs(m.P50-59.5) > 5 || math.Abs(m.P10-35.9) > 5 || math.Abs(m.P90-83.1) > 5 {
		t.Fatalf("stats %+v", m)
	}
	var minutes int64
	for i, b := range m.Histogram {
		minutes += b.Minutes
		if b.Contributors != 0 || i < 4 && b.Minutes != 15 || i >= 4 && b.Minutes != 0 {
			t.Errorf("bar %d %+v, want 15 minutes in each of the first four 15-bpm bars and no contributor count", i, b)
		}
	}
	if len(m.Histogram) != warehouse.HistogramBins || minutes != 60 {
		t.Fatalf("histogram %+v", m.Histogram)
	}
	if hidden := warehouse.CohortStats(set.Features, 3)[0]; hidden.Min != 0 || hidden.Max != 0 || hidden.Histogram[0].Minutes != 0 {
		t.Fatalf("bars fed by 2 people shown at k = 3: %+v", hidden)
	}
	var alice []warehouse.Feature
	for _, f := range set.Features {
		if f.PID == "alice" {
			alice = append(alice, f)
		}
	}
	if only := warehouse.CohortStats(alice, 1); len(only) != 1 || only[0].Minutes != 30 {
		t.Fatalf("stats of one member: %+v", only)
	}
}

func testDaysOfOnePseudonym(t *testing.T, wh warehouse.Warehouse) {
	ctx := context.Background()
	var w warehouse.Write
	batch(&w, 40, 1, t0, 150, 60)                  // 2.5 minutes on day 1
	batch(&w, 40, 2, t0.Add(24*time.Hour), 60, 90) // 1 minute on day 2
	batchOf(&w, "other", 41, 1, t0, 60, 80)
	if _, err := wh.Write(ctx, &w); err != nil {
		t.Fatal(err)
	}
	days, err := wh.Days(ctx, pid, allDays.From, allDays.To)
	if err != nil {
		t.Fatal(err)
	}
	if len(days) != 2 || !days[0].Day.Equal(t0.Truncate(24*time.Hour)) || days[0].Minutes != 3 || days[1].Minutes != 1 {
		t.Fatalf("days %+v", days)
	}
	hr := days[0].Metrics
	if len(hr) != 1 || hr[0].Metric != "heart_rate" || hr[0].N != 150 || hr[0].Minutes != 3 || hr[0].Min != 60 || hr[0].Max != 66 {
		t.Fatalf("day 1 metrics %+v", hr)
	}
	if got, _ := wh.Days(ctx, pid, allDays.From, t0.Truncate(24*time.Hour).Add(24*time.Hour)); len(got) != 1 {
		t.Fatalf("window of one day gave %d days", len(got))
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

// A scope bounded by a write number exports exactly the batches stored by
// then: a snapshot's bundle never grows with data written after it.
func testExportThrough(t *testing.T, wh warehouse.Warehouse) {
	ctx := context.Background()
	var w warehouse.Write
	batchOf(&w, "alice", 1, 1, t0, 120, 60)
	if _, err := wh.Write(ctx, &w); err != nil {
		t.Fatal(err)
	}
	set, _ := features(t, wh, allDays, 1)
	var later warehouse.Write
	batchOf(&later, "alice", 1, 2, t0.Add(2*time.Minute), 60, 60)
	if _, err := wh.Write(ctx, &later); err != nil {
		t.Fatal(err)
	}
	count := func(sc warehouse.Scope) int64 {
		var n int64
		err := wh.Export(ctx, sc, []warehouse.ExportMember{{PID: "alice", Participant: 0}}, func(rec arrow.RecordBatch) error {
			n += rec.NumRows()
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	bounded := allTime
	bounded.Through = set.Through
	if got, all := count(bounded), count(allTime); got != 2 || all != 3 {
		t.Fatalf("exported %d rows through the snapshot's write and %d unbounded, want 2 and 3", got, all)
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
