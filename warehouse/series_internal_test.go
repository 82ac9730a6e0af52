package warehouse

import (
	"context"
	"encoding/binary"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// seriesRuns must cover every new sample exactly once, in order, with runs
// from which start + i·interval gives back each sample's own time.
func FuzzSeriesRuns(f *testing.F) {
	f.Add([]byte{0, 0, 10, 0, 10, 0, 10, 1, 10, 0, 0, 2, 5})
	f.Add([]byte{1, 1, 1, 1, 0, 0, 255, 255, 3, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		// Two bytes per sample: a key (batch, metric, whether new) and a time step.
		var r Readings
		ts := int64(1_700_000_000_000)
		for i := 0; i+1 < len(data); i += 2 {
			k, step := data[i], data[i+1]
			ts += int64(int8(step)) * 250 // steps may repeat, go back or jump
			if step == 255 {
				ts += 1 << 33 // beyond what an interval column holds
			}
			r.Append(uint64(k&1), uint64(k>>1&1), "p", "ring", []string{"heart_rate", "spo2"}[k>>2&1], ts, float64(binary.LittleEndian.Uint16([]byte{data[i], data[i+1]})))
		}
		isNew := func(source, seq uint64) bool { return source != 1 || seq != 1 }
		next := 0
		err := seriesRuns(&r, isNew, func(i, j int, interval uint32) error {
			if i < next || j <= i || j > r.Len() {
				t.Fatalf("run [%d, %d) after %d", i, j, next)
			}
			for k := next; k < i; k++ {
				if isNew(r.Source[k], r.Seq[k]) {
					t.Fatalf("new sample %d skipped", k)
				}
			}
			if j-i > 1 && interval == 0 {
				t.Fatalf("run [%d, %d) of several samples without an interval", i, j)
			}
			for k := i; k < j; k++ {
				if r.Source[k] != r.Source[i] || r.Seq[k] != r.Seq[i] || r.Metric[k] != r.Metric[i] || !isNew(r.Source[k], r.Seq[k]) {
					t.Fatalf("run [%d, %d) mixes series at %d", i, j, k)
				}
				if got := r.TimeMs[i] + int64(k-i)*int64(interval); got != r.TimeMs[k] {
					t.Fatalf("run [%d, %d) gives sample %d time %d, want %d", i, j, k, got, r.TimeMs[k])
				}
			}
			next = j
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for k := next; k < r.Len(); k++ {
			if isNew(r.Source[k], r.Seq[k]) {
				t.Fatalf("new sample %d after the last run", k)
			}
		}
	})
}

// Samples stored as series come back from readings_named exactly as
// written, however irregular their times, and a regular series takes one row.
func TestDuckDBSeriesRoundTrip(t *testing.T) {
	ctx := context.Background()
	w, err := OpenDuckDB(ctx, filepath.Join(t.TempDir(), "wh.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	t0 := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC).UnixMilli()
	var in Write
	for seq := uint64(1); seq <= 2; seq++ {
		in.Batches = append(in.Batches, Batch{Source: 7, Seq: seq, PID: "pid-a", DeviceType: "wristband", Frames: 1, Samples: 1, ReceivedMs: t0})
	}
	for i := range 60 { // one regular series: one row
		in.Readings.Append(7, 1, "pid-a", "wristband", "heart_rate", t0+int64(i)*1000, float64(60+i%5))
	}
	irregular := []int64{0, 0, 5, 7, 3, 60_000, 60_001, 60_002, 1 << 40}
	for i, d := range irregular {
		in.Readings.Append(7, 1, "pid-a", "wristband", "spo2", t0+d, 95+float64(i)/10)
	}
	in.Readings.Append(7, 2, "pid-a", "wristband", "heart_rate", t0+60_000, 61) // the next batch continues the series
	if _, err := w.Write(ctx, &in); err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := range in.Readings.Len() {
		r := &in.Readings
		want = append(want, fmt.Sprintf("%d %d %s %d %g", r.Source[i], r.Seq[i], r.Metric[i], r.TimeMs[i], r.Value[i]))
	}
	rows, err := w.DB().QueryContext(ctx, `SELECT source, seq, metric, epoch_ms(ts), value FROM readings_named WHERE pid = 'pid-a' AND device_type = 'wristband'`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for rows.Next() {
		var source, seq, ms int64
		var metric string
		var v float64
		if err := rows.Scan(&source, &seq, &metric, &ms, &v); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%d %d %s %d %g", source, seq, metric, ms, v))
	}
	rows.Close()
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("readings_named:\n%q\nwant\n%q", got, want)
	}
	if c, _ := w.Counts(ctx); c.Readings != int64(in.Readings.Len()) {
		t.Fatalf("Counts says %d readings, wrote %d", c.Readings, in.Readings.Len())
	}
	// heart rate: one series per batch; spo2: 0 | 0, 5 | 7 | 3, 60000 | 60001, 60002 | 2^40.
	var series int
	w.DB().QueryRowContext(ctx, `SELECT count(*) FROM readings`).Scan(&series)
	if series != 2+6 {
		t.Fatalf("stored %d series, want 8", series)
	}
}
