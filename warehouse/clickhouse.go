package warehouse

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	chdriver "github.com/ClickHouse/clickhouse-go/v2/lib/driver"
)

// clickSchema mirrors duckSchema. ReplacingMergeTree tables keyed by the
// batch identity make a batch inserted twice (a crash between two tables'
// inserts, then a redelivery) collapse into one; reads use FINAL.
var clickSchema = []string{
	`CREATE TABLE IF NOT EXISTS batches (
		source UInt64, seq UInt64, pid String, device_type LowCardinality(String),
		frames Int32, samples Int32, received DateTime64(3, 'UTC'), wseq Int64 DEFAULT 0
	) ENGINE = ReplacingMergeTree ORDER BY (source, seq)`,
	`ALTER TABLE batches ADD COLUMN IF NOT EXISTS wseq Int64 DEFAULT 0`,
	`CREATE TABLE IF NOT EXISTS readings (
		pid String, device_type LowCardinality(String), metric LowCardinality(String),
		ts DateTime64(3, 'UTC'), value Float64, source UInt64, seq UInt64
	) ENGINE = ReplacingMergeTree PARTITION BY toYYYYMM(ts) ORDER BY (source, seq, metric, ts)`,
	`CREATE TABLE IF NOT EXISTS rollups_minute (
		pid String, device_type LowCardinality(String), metric LowCardinality(String),
		minute DateTime64(3, 'UTC'), n UInt32, sum Float64, min Float64, max Float64,
		source UInt64, seq UInt64
	) ENGINE = ReplacingMergeTree PARTITION BY toYYYYMM(minute) ORDER BY (source, seq, metric, minute)`,
	// Daily summaries: writes insert each write's partial rows into Null
	// tables; materialized views fold them into AggregatingMergeTree tables,
	// whose merges keep one row per key and whose reads finish the merge.
	`CREATE TABLE IF NOT EXISTS day_metrics_in (
		pid String, device_type String, metric String, day Date, minutes UInt64, n UInt64,
		sum Float64, min Float64, max Float64, mean_sum Float64, mean_sq Float64, hist Array(UInt64)
	) ENGINE = Null`,
	`CREATE TABLE IF NOT EXISTS day_metrics (
		pid String, device_type LowCardinality(String), metric LowCardinality(String), day Date,
		minutes SimpleAggregateFunction(sum, UInt64), n SimpleAggregateFunction(sum, UInt64),
		sum SimpleAggregateFunction(sum, Float64), min SimpleAggregateFunction(min, Float64), max SimpleAggregateFunction(max, Float64),
		mean_sum SimpleAggregateFunction(sum, Float64), mean_sq SimpleAggregateFunction(sum, Float64),
		hist AggregateFunction(sumForEach, Array(UInt64))
	) ENGINE = AggregatingMergeTree PARTITION BY toYYYYMM(day) ORDER BY (pid, device_type, metric, day)`,
	`CREATE MATERIALIZED VIEW IF NOT EXISTS day_metrics_mv TO day_metrics AS
		SELECT pid, device_type, metric, day, sum(minutes) AS minutes, sum(n) AS n, sum(sum) AS sum, min(min) AS min, max(max) AS max,
			sum(mean_sum) AS mean_sum, sum(mean_sq) AS mean_sq, sumForEachState(hist) AS hist
		FROM day_metrics_in GROUP BY pid, device_type, metric, day`,
	`CREATE TABLE IF NOT EXISTS day_minutes_in (pid String, day Date, minutes Array(UInt16), wseq Int64) ENGINE = Null`,
	`CREATE TABLE IF NOT EXISTS day_minutes (
		pid String, day Date, minutes AggregateFunction(groupBitmap, UInt16), wseq SimpleAggregateFunction(max, Int64)
	) ENGINE = AggregatingMergeTree PARTITION BY toYYYYMM(day) ORDER BY (pid, day)`,
	`CREATE MATERIALIZED VIEW IF NOT EXISTS day_minutes_mv TO day_minutes AS
		SELECT pid, day, groupBitmapState(arrayJoin(minutes)) AS minutes, max(wseq) AS wseq
		FROM day_minutes_in GROUP BY pid, day`,
	// Who claimed each metric-minute of a contributor's day (owners.go);
	// the latest write's row wins.
	`CREATE TABLE IF NOT EXISTS minute_owners (pid String, day Date, owners String, wseq Int64)
		ENGINE = ReplacingMergeTree(wseq) ORDER BY (pid, day)`,
	`CREATE VIEW IF NOT EXISTS readings_minute AS
		SELECT pid, device_type, metric, minute, toInt64(sum(n)) AS n, sum(sum) AS sum, min(min) AS min, max(max) AS max
		FROM rollups_minute FINAL GROUP BY pid, device_type, metric, minute`,
}

// ClickHouse is the distributed warehouse (clickhouse-go v2): native batches
// for writes, database/sql for the queries it shares with DuckDB.
type ClickHouse struct {
	conn chdriver.Conn
	db   *sql.DB

	mu   sync.Mutex
	wseq int64 // this process's last write number (see DuckDB.Write)
}

// OpenClickHouse connects with a clickhouse:// DSN and creates the tables.
func OpenClickHouse(ctx context.Context, dsn string) (*ClickHouse, error) {
	opts, err := clickhouse.ParseDSN(dsn)
	if err != nil {
		return nil, fmt.Errorf("warehouse: clickhouse dsn: %w", err)
	}
	conn, err := clickhouse.Open(opts)
	if err != nil {
		return nil, err
	}
	if err := conn.Ping(ctx); err != nil {
		conn.Close()
		return nil, fmt.Errorf("warehouse: clickhouse: %w", err)
	}
	for _, stmt := range clickSchema {
		if err := conn.Exec(ctx, stmt); err != nil {
			conn.Close()
			return nil, fmt.Errorf("warehouse: clickhouse schema: %w", err)
		}
	}
	return &ClickHouse{conn: conn, db: clickhouse.OpenDB(opts)}, nil
}

func (w *ClickHouse) Backend() string { return "clickhouse" }

func (w *ClickHouse) Write(ctx context.Context, in *Write) (int, error) {
	if len(in.Batches) == 0 {
		return 0, nil
	}
	if err := in.checkDistinct(); err != nil {
		return 0, err
	}
	stored, err := w.storedBatches(ctx, in.Batches)
	if err != nil {
		return 0, err
	}
	isNew := func(source, seq uint64) bool { _, ok := stored[[2]uint64{source, seq}]; return !ok }

	w.mu.Lock()
	w.wseq = max(w.wseq+1, time.Now().UnixNano())
	wseq := w.wseq
	w.mu.Unlock()

	// Claims are read and stored around the rows; ClickHouse has no
	// transaction, so two processes writing one contributor's day at once
	// may both claim a metric-minute (the stream keys records by device,
	// and a contributor's devices may land on different workers).
	cache := map[ownerKey]*dayOwners{}
	counted := make([]bool, in.Rollups.Len())
	changed, err := claims(in, isNew, cache, func(keys []ownerKey) (map[ownerKey]*dayOwners, error) { return w.loadOwners(ctx, keys) }, counted)
	if err != nil {
		return 0, err
	}

	// Rows first, the batch row last: the batch row marks a complete batch,
	// and rows written before a crash are replaced, not doubled, on retry.
	// (Summaries of a batch retried after such a crash count twice: ClickHouse
	// has no transaction across tables.)
	rb, err := w.conn.PrepareBatch(ctx, `INSERT INTO readings`)
	if err != nil {
		return 0, err
	}
	r := &in.Readings
	for i := range r.TimeMs {
		if isNew(r.Source[i], r.Seq[i]) {
			if err := rb.Append(r.PID[i], r.DeviceType[i], r.Metric[i], time.UnixMilli(r.TimeMs[i]).UTC(), r.Value[i], r.Source[i], r.Seq[i]); err != nil {
				rb.Abort()
				return 0, err
			}
		}
	}
	if err := rb.Send(); err != nil {
		return 0, err
	}
	ub, err := w.conn.PrepareBatch(ctx, `INSERT INTO rollups_minute`)
	if err != nil {
		return 0, err
	}
	u := &in.Rollups
	for i := range u.MinuteMs {
		if counted[i] {
			if err := ub.Append(u.PID[i], u.DeviceType[i], u.Metric[i], time.UnixMilli(u.MinuteMs[i]).UTC(), u.N[i], u.Sum[i], u.Min[i], u.Max[i], u.Source[i], u.Seq[i]); err != nil {
				ub.Abort()
				return 0, err
			}
		}
	}
	if err := ub.Send(); err != nil {
		return 0, err
	}
	if err := w.writeDays(ctx, in, isNew, counted, wseq); err != nil {
		return 0, err
	}
	if len(changed) > 0 {
		ob, err := w.conn.PrepareBatch(ctx, `INSERT INTO minute_owners`)
		if err != nil {
			return 0, err
		}
		for _, k := range changed {
			if err := ob.Append(k.pid, dayTime(k.day), string(cache[k].encode()), wseq); err != nil {
				ob.Abort()
				return 0, err
			}
		}
		if err := ob.Send(); err != nil {
			return 0, err
		}
	}
	bb, err := w.conn.PrepareBatch(ctx, `INSERT INTO batches`)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, b := range in.Batches {
		if isNew(b.Source, b.Seq) {
			n++
			if err := bb.Append(b.Source, b.Seq, b.PID, b.DeviceType, int32(b.Frames), int32(b.Samples), time.UnixMilli(b.ReceivedMs).UTC(), wseq); err != nil {
				bb.Abort()
				return 0, err
			}
		}
	}
	return n, bb.Send()
}

// writeDays inserts the write's partial daily summaries.
func (w *ClickHouse) writeDays(ctx context.Context, in *Write, isNew func(source, seq uint64) bool, counted []bool, wseq int64) error {
	var d daySummaries
	d.reset()
	d.add(in, isNew, counted)
	if len(d.minutes) == 0 {
		return nil
	}
	mb, err := w.conn.PrepareBatch(ctx, `INSERT INTO day_metrics_in`)
	if err != nil {
		return err
	}
	for k, m := range d.metrics {
		hist := make([]uint64, SummaryBins)
		for i, c := range m.hist {
			hist[i] = uint64(c)
		}
		if err := mb.Append(k.pid, k.deviceType, k.metric, dayTime(k.day), uint64(m.minutes), m.n, m.sum, m.min, m.max, m.meanSum, m.meanSq, hist); err != nil {
			mb.Abort()
			return err
		}
	}
	if err := mb.Send(); err != nil {
		return err
	}
	nb, err := w.conn.PrepareBatch(ctx, `INSERT INTO day_minutes_in`)
	if err != nil {
		return err
	}
	for k, s := range d.minutes {
		var minutes []uint16
		for i := range dayMinutes {
			if s[i/8]&(0x80>>(i%8)) != 0 {
				minutes = append(minutes, uint16(i))
			}
		}
		if err := nb.Append(k.pid, dayTime(k.day), minutes, wseq); err != nil {
			nb.Abort()
			return err
		}
	}
	return nb.Send()
}

// loadOwners reads the stored claims of days.
func (w *ClickHouse) loadOwners(ctx context.Context, keys []ownerKey) (map[ownerKey]*dayOwners, error) {
	var b strings.Builder
	b.WriteString(`SELECT pid, day, argMax(owners, wseq) FROM minute_owners WHERE (pid, day) IN (`)
	args := make([]any, 0, 2*len(keys))
	for i, k := range keys {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("(?, ?)")
		args = append(args, k.pid, dayTime(k.day))
	}
	b.WriteString(`) GROUP BY pid, day`)
	rows, err := w.conn.Query(ctx, b.String(), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[ownerKey]*dayOwners{}
	for rows.Next() {
		var pid, owners string
		var day time.Time
		if err := rows.Scan(&pid, &day, &owners); err != nil {
			return nil, err
		}
		o, err := decodeOwners([]byte(owners))
		if err != nil {
			return nil, err
		}
		out[ownerKey{pid, dayOf(day.UnixMilli())}] = o
	}
	return out, rows.Err()
}

// storedBatches returns which of bs are already complete in the warehouse.
func (w *ClickHouse) storedBatches(ctx context.Context, bs []Batch) (map[[2]uint64]struct{}, error) {
	var b strings.Builder
	b.WriteString(`SELECT source, seq FROM batches FINAL WHERE (source, seq) IN (`)
	for i, x := range bs {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "(%d,%d)", x.Source, x.Seq)
	}
	b.WriteByte(')')
	rows, err := w.conn.Query(ctx, b.String())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[[2]uint64]struct{}{}
	for rows.Next() {
		var k [2]uint64
		if err := rows.Scan(&k[0], &k[1]); err != nil {
			return nil, err
		}
		out[k] = struct{}{}
	}
	return out, rows.Err()
}

// Counts reads the tables' row counts from their parts' metadata: it costs
// the same however large the tables grow (rows a merge has not yet
// deduplicated are counted).
func (w *ClickHouse) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	var b, r, u uint64
	err := w.conn.QueryRow(ctx, `SELECT sumIf(rows, table = 'batches'), sumIf(rows, table = 'readings'), sumIf(rows, table = 'rollups_minute')
		FROM system.parts WHERE active AND database = currentDatabase()`).Scan(&b, &r, &u)
	c.Batches, c.Readings, c.Rollups = int64(b), int64(r), int64(u)
	return c, err
}

func (w *ClickHouse) Minutes(ctx context.Context, pid string, from, to time.Time) ([]Minute, error) {
	rows, err := w.db.QueryContext(ctx, `SELECT pid, device_type, metric, minute, n, sum, min, max FROM readings_minute
		WHERE pid = ? AND minute >= ? AND minute < ? ORDER BY metric, minute, device_type`, pid, from.UTC(), to.UTC())
	if err != nil {
		return nil, err
	}
	return scanMinutes(rows)
}

func (w *ClickHouse) Cells(ctx context.Context, fn func(table, column, value string) error) error {
	return sqlCells(ctx, w.db, `SELECT table, name FROM system.columns WHERE database = currentDatabase() ORDER BY table, position`,
		"SELECT DISTINCT toString(`%s`) FROM `%s`", fn)
}

func (w *ClickHouse) Close() error { return errors.Join(w.db.Close(), w.conn.Close()) }

// Exec runs a statement; tests use it to reset tables.
func (w *ClickHouse) Exec(ctx context.Context, stmt string) error { return w.conn.Exec(ctx, stmt) }
