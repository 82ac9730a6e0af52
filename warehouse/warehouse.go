// Package warehouse stores pseudonymized readings and per-minute rollups for
// analytics, in embedded DuckDB or in ClickHouse, behind one interface.
//
// Rows carry only pseudonyms: pid = HMAC(pepper, contributor id) and a source
// pseudonym for the device. Writes are idempotent per device batch
// (source, sequence): storing a batch again changes nothing.
package warehouse

import (
	"context"
	"fmt"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
)

// Warehouse is the analytics store the stream writes to.
type Warehouse interface {
	// Write stores the batches in w that are not stored yet, with their
	// readings and rollups, all or nothing. Batches already stored are
	// skipped whole. It returns how many batches were new.
	Write(ctx context.Context, w *Write) (int, error)
	// Counts returns the number of rows per table.
	Counts(ctx context.Context) (Counts, error)
	// Minutes returns the per-minute rollups of one pseudonym, merged over
	// batches, ordered by metric and minute.
	Minutes(ctx context.Context, pid string, from, to time.Time) ([]Minute, error)
	// Days returns one pseudonym's daily summaries in [from, to) (whole
	// days), ordered by day, each day's metrics by name.
	Days(ctx context.Context, pid string, from, to time.Time) ([]Day, error)
	// Features returns one summary per contributor with data in the window,
	// read from the daily summaries; a coverage day has at least
	// minMinutesPerDay minutes of data.
	Features(ctx context.Context, w Window, minMinutesPerDay int) (FeatureSet, error)
	// Export streams the merged minute rows of members in scope to fn as
	// Arrow record batches of ExportSchema, renamed and shifted per member.
	// A batch is released after fn returns; fn retains what it keeps.
	Export(ctx context.Context, scope Scope, members []ExportMember, fn func(arrow.RecordBatch) error) error
	// DeviceMinutes calls fn with every device's merged minute rollups in
	// [from, to), ordered by device, minute and metric: the contents of
	// contribution records.
	DeviceMinutes(ctx context.Context, from, to time.Time, fn func(DeviceMinute) error) error
	// Cells calls fn with every cell of every table rendered as text. It
	// exists so privacy audits can prove what the warehouse does not hold.
	Cells(ctx context.Context, fn func(table, column, value string) error) error
	// Backend names the implementation ("duckdb", "clickhouse").
	Backend() string
	Close() error
}

// Batch identifies one device batch and summarizes it.
type Batch struct {
	Source     uint64 // device pseudonym
	Seq        uint64 // the device's batch sequence number
	PID        string // contributor pseudonym, 64 hex digits
	DeviceType string
	Frames     int
	Samples    int
	ReceivedMs int64 // when the gateway accepted it (Kafka record time)
}

// Readings are raw samples, column by column; all slices have equal length.
type Readings struct {
	Source, Seq             []uint64
	PID, DeviceType, Metric []string
	TimeMs                  []int64
	Value                   []float64
}

// Len returns the number of rows.
func (r *Readings) Len() int { return len(r.TimeMs) }

// Append adds one row.
func (r *Readings) Append(source, seq uint64, pid, deviceType, metric string, timeMs int64, value float64) {
	r.Source = append(r.Source, source)
	r.Seq = append(r.Seq, seq)
	r.PID = append(r.PID, pid)
	r.DeviceType = append(r.DeviceType, deviceType)
	r.Metric = append(r.Metric, metric)
	r.TimeMs = append(r.TimeMs, timeMs)
	r.Value = append(r.Value, value)
}

// Rollups are per-minute aggregates of one batch's samples of one metric,
// column by column. A minute that spans two batches has a partial row from
// each; Minutes merges them. PID and DeviceType repeat the batch's (as in
// Readings): DuckDB stores only the batch key and takes them from batches.
type Rollups struct {
	Source, Seq             []uint64
	PID, DeviceType, Metric []string
	MinuteMs                []int64
	N                       []uint32
	Sum, Min, Max           []float64
}

// Len returns the number of rows.
func (r *Rollups) Len() int { return len(r.MinuteMs) }

// Append adds one row.
func (r *Rollups) Append(source, seq uint64, pid, deviceType, metric string, minuteMs int64, n uint32, sum, lo, hi float64) {
	r.Source = append(r.Source, source)
	r.Seq = append(r.Seq, seq)
	r.PID = append(r.PID, pid)
	r.DeviceType = append(r.DeviceType, deviceType)
	r.Metric = append(r.Metric, metric)
	r.MinuteMs = append(r.MinuteMs, minuteMs)
	r.N = append(r.N, n)
	r.Sum = append(r.Sum, sum)
	r.Min = append(r.Min, lo)
	r.Max = append(r.Max, hi)
}

// Write is one unit of storage: some batches and their rows. A batch appears
// at most once in a Write (the stream drops redeliveries within a poll).
type Write struct {
	Batches  []Batch
	Readings Readings
	Rollups  Rollups
}

// Reset empties w, keeping its capacity for reuse.
func (w *Write) Reset() {
	w.Batches = w.Batches[:0]
	r := &w.Readings
	r.Source, r.Seq, r.PID, r.DeviceType, r.Metric, r.TimeMs, r.Value = r.Source[:0], r.Seq[:0], r.PID[:0], r.DeviceType[:0], r.Metric[:0], r.TimeMs[:0], r.Value[:0]
	u := &w.Rollups
	u.Source, u.Seq, u.PID, u.DeviceType, u.Metric, u.MinuteMs, u.N, u.Sum, u.Min, u.Max = u.Source[:0], u.Seq[:0], u.PID[:0], u.DeviceType[:0], u.Metric[:0], u.MinuteMs[:0], u.N[:0], u.Sum[:0], u.Min[:0], u.Max[:0]
}

// Counts is the number of rows per table.
type Counts struct {
	Batches  int64
	Readings int64 // samples, however they are stored
	Rollups  int64 // partial rows, before merging
}

// Minute is one contributor's merged rollup of one metric for one minute.
type Minute struct {
	PID        string
	DeviceType string
	Metric     string
	Minute     time.Time
	N          int64
	Sum        float64
	Min, Max   float64
}

// checkDistinct reports a batch that appears twice in w.
func (w *Write) checkDistinct() error {
	seen := make(map[[2]uint64]struct{}, len(w.Batches))
	for _, b := range w.Batches {
		k := [2]uint64{b.Source, b.Seq}
		if _, dup := seen[k]; dup {
			return fmt.Errorf("warehouse: batch (source %d, seq %d) appears twice in one write", b.Source, b.Seq)
		}
		seen[k] = struct{}{}
	}
	return nil
}
