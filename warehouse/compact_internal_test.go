package warehouse

import (
	"context"
	"path/filepath"
	"testing"
	"time"
)

// Summaries read the same before and after compaction, whichever part of a
// day's minutes is already folded into the indexed tables and which part is
// still in the deltas.
func TestCompactionKeepsWhatReadersSee(t *testing.T) {
	ctx := context.Background()
	w, err := OpenDuckDB(ctx, filepath.Join(t.TempDir(), "wh.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	day := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	win := Window{From: day, To: day.Add(24 * time.Hour)}
	write := func(source, seq uint64, from, minutes int, v float64) {
		t.Helper()
		var wr Write
		wr.Batches = append(wr.Batches, Batch{Source: source, Seq: seq, PID: "p", DeviceType: "ring", Frames: 1, Samples: minutes, ReceivedMs: day.UnixMilli()})
		for m := from; m < from+minutes; m++ {
			wr.Rollups.Append(source, seq, "p", "ring", "heart_rate", day.Add(time.Duration(m)*time.Minute).UnixMilli(), 1, v, v, v)
		}
		if _, err := w.Write(ctx, &wr); err != nil {
			t.Fatal(err)
		}
	}
	read := func() Feature {
		t.Helper()
		set, err := w.Features(ctx, win, 1)
		if err != nil || len(set.Features) != 1 {
			t.Fatalf("features %+v %v", set, err)
		}
		return set.Features[0]
	}
	count := func(table string) (n int) {
		w.db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n)
		return n
	}
	write(1, 1, 0, 30, 60) // minutes 0–29
	before := read()
	if err := w.compact(ctx); err != nil {
		t.Fatal(err)
	}
	if count("day_minutes_delta") != 0 || count("day_metrics_delta") != 0 || count("day_minutes") != 1 {
		t.Fatalf("deltas left after compaction: %d, %d; folded %d", count("day_minutes_delta"), count("day_metrics_delta"), count("day_minutes"))
	}
	if after := read(); string(after.Digest) != string(before.Digest) || after.Minutes != 30 {
		t.Fatalf("compaction changed what readers see: %+v -> %+v", before, after)
	}
	write(2, 1, 20, 20, 70) // minutes 20–39 from another device: 10 new
	if f := read(); f.Minutes != 40 || f.Rows != 50 || f.Metrics[0].Samples != 50 {
		t.Fatalf("folded plus delta: %+v, want 40 distinct minutes of 50 rollups", f)
	}
	if err := w.compact(ctx); err != nil {
		t.Fatal(err)
	}
	f := read()
	if f.Minutes != 40 || f.Rows != 50 || f.Metrics[0].MeanSum != 30*60+20*70 || f.Metrics[0].Hist[binOf("heart_rate", 70)] != 20 {
		t.Fatalf("after the second compaction: %+v", f)
	}
	days, err := w.Days(ctx, "p", win.From, win.To)
	if err != nil || len(days) != 1 || days[0].Minutes != 40 || days[0].Metrics[0].Min != 60 || days[0].Metrics[0].Max != 70 {
		t.Fatalf("days %+v %v", days, err)
	}
}
