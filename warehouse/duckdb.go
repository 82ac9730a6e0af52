package warehouse

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/duckdb/duckdb-go/v2"

	"rhd.dev/firmware/frame"
)

// duckSchema is the embedded warehouse. Raw rows are appended; minute
// rollups are stored as per-batch partials and merged by the readings_minute
// view, so every batch contributes exactly once whatever order batches arrive in.
//
// Raw samples are stored as series, the way devices send them: one row per
// run of one channel's samples at a fixed interval (a frame's series), its
// start, interval and the values as a list; readings_named unnests them to
// one row per sample. Neither series nor rollups repeat who or which device
// type: both carry their batch key and the metric's wire code, and the views
// join batches and metrics back in. Both are what lets the storage hop keep
// up with a million samples a second: DuckDB's per-row costs on append
// (statistics, version info) and at checkpoints are paid per series, not per
// sample, and strings cost the most of all.
const duckSchema = `
CREATE TABLE IF NOT EXISTS batches (
    source      UBIGINT NOT NULL,
    seq         UBIGINT NOT NULL,
    pid         VARCHAR NOT NULL,
    device_type VARCHAR NOT NULL,
    frames      INTEGER NOT NULL,
    samples     INTEGER NOT NULL,
    received    TIMESTAMP NOT NULL,
    wseq        BIGINT DEFAULT 0, -- the write that stored it (see DuckDB.Write)
    PRIMARY KEY (source, seq)
);
CREATE TABLE IF NOT EXISTS readings (
    source      UBIGINT NOT NULL,
    seq         UBIGINT NOT NULL,
    metric      UTINYINT NOT NULL,
    start       TIMESTAMP NOT NULL, -- the first sample's time
    interval_ms UINTEGER NOT NULL,  -- between samples; 0 for a single sample
    value       DOUBLE[] NOT NULL
);
CREATE TABLE IF NOT EXISTS metrics (
    id          UTINYINT PRIMARY KEY,
    name        VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS rollups_minute (
    source      UBIGINT NOT NULL,
    seq         UBIGINT NOT NULL,
    metric      UTINYINT NOT NULL,
    minute      TIMESTAMP NOT NULL,
    n           UINTEGER NOT NULL,
    sum         DOUBLE NOT NULL,
    min         DOUBLE NOT NULL,
    max         DOUBLE NOT NULL
);
CREATE TABLE IF NOT EXISTS day_metrics (
    pid         VARCHAR NOT NULL,
    device_type VARCHAR NOT NULL,
    metric      UTINYINT NOT NULL,
    day         DATE NOT NULL,
    minutes     UINTEGER NOT NULL,  -- minute rollups
    n           UBIGINT NOT NULL,   -- samples
    sum         DOUBLE NOT NULL,
    min         DOUBLE NOT NULL,
    max         DOUBLE NOT NULL,
    mean_sum    DOUBLE NOT NULL,    -- of per-minute means
    mean_sq     DOUBLE NOT NULL,
    hist        UINTEGER[] NOT NULL, -- per-minute means in the metric's fixed bins
    PRIMARY KEY (pid, device_type, metric, day)
);
CREATE TABLE IF NOT EXISTS day_minutes (
    pid         VARCHAR NOT NULL,
    day         DATE NOT NULL,
    minutes     BIT NOT NULL,       -- 1440 bits: minutes of the day with any reading
    wseq        BIGINT NOT NULL,    -- the last write that changed the row
    PRIMARY KEY (pid, day)
);
-- Each write appends its summaries here (no index to update); compaction
-- folds them into the tables above every few seconds. Readers see both
-- through the *_all views.
CREATE TABLE IF NOT EXISTS day_metrics_delta (
    pid VARCHAR NOT NULL, device_type VARCHAR NOT NULL, metric UTINYINT NOT NULL, day DATE NOT NULL,
    minutes UINTEGER NOT NULL, n UBIGINT NOT NULL, sum DOUBLE NOT NULL, min DOUBLE NOT NULL, max DOUBLE NOT NULL,
    mean_sum DOUBLE NOT NULL, mean_sq DOUBLE NOT NULL, hist UINTEGER[] NOT NULL, wseq BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS day_minutes_delta (
    pid VARCHAR NOT NULL, day DATE NOT NULL, minutes BLOB NOT NULL, wseq BIGINT NOT NULL
);
CREATE OR REPLACE VIEW day_metrics_all AS
    SELECT pid, device_type, metric, day, minutes, n, sum, min, max, mean_sum, mean_sq, hist FROM day_metrics
    UNION ALL
    SELECT pid, device_type, metric, day, minutes, n, sum, min, max, mean_sum, mean_sq, hist FROM day_metrics_delta;
CREATE OR REPLACE VIEW day_minutes_all AS
    SELECT pid, day, bit_or(minutes) AS minutes, max(wseq) AS wseq FROM (
        SELECT pid, day, minutes, wseq FROM day_minutes
        UNION ALL
        SELECT pid, day, minutes::BIT, wseq FROM day_minutes_delta)
    GROUP BY pid, day;
CREATE TABLE IF NOT EXISTS minute_owners (
    pid         VARCHAR NOT NULL,
    day         DATE NOT NULL,
    owners      BLOB NOT NULL,      -- who claimed each metric-minute (owners.go)
    PRIMARY KEY (pid, day)
);
-- Each write appends the full claims of the days it changed; compaction
-- keeps the latest per day in minute_owners.
CREATE TABLE IF NOT EXISTS minute_owners_delta (
    pid VARCHAR NOT NULL, day DATE NOT NULL, owners BLOB NOT NULL, wseq BIGINT NOT NULL
);
CREATE OR REPLACE VIEW readings_named AS
    SELECT b.pid, b.device_type, m.name AS metric, r.start + to_milliseconds(r.interval_ms::BIGINT * r.i) AS ts, r.value, r.source, r.seq
    FROM (SELECT source, seq, metric, start, interval_ms, unnest(value) AS value, unnest(range(len(value))) AS i FROM readings) r
    JOIN batches b USING (source, seq) JOIN metrics m ON m.id = r.metric;
CREATE OR REPLACE VIEW rollups_named AS
    SELECT b.pid, b.device_type, mt.name AS metric, u.minute, u.n, u.sum, u.min, u.max, u.source, u.seq, b.received, b.wseq
    FROM rollups_minute u JOIN batches b USING (source, seq) JOIN metrics mt ON mt.id = u.metric;
CREATE OR REPLACE VIEW readings_minute AS
    SELECT pid, device_type, metric, minute, sum(n)::BIGINT AS n, sum(sum) AS sum, min(min) AS min, max(max) AS max
    FROM rollups_named GROUP BY pid, device_type, metric, minute;
`

// stageSchema holds the batch keys of one Write while it is checked against
// the stored ones, and the keys of the days whose minute claims a write
// loads. Temporary tables vanish with the connection.
const stageSchema = `CREATE TEMP TABLE stage_batches AS SELECT * FROM batches LIMIT 0;
CREATE TEMP TABLE stage_owner_keys (pid VARCHAR, day DATE)`

// compactDays folds the summaries of writes up to $1 from the delta tables
// into the indexed ones, in the compactor's transaction. An upsert per write
// cost about a quarter of a write's CPU; once every few seconds it is a few
// thousand rows.
var compactDays = []string{`INSERT INTO day_metrics
	SELECT pid, device_type, metric, day, sum(minutes), sum(n), sum(sum), min(min), max(max), sum(mean_sum), sum(mean_sq), %s
	FROM day_metrics_delta WHERE wseq <= $1 GROUP BY pid, device_type, metric, day
	ON CONFLICT (pid, device_type, metric, day) DO UPDATE SET
		minutes = minutes + excluded.minutes, n = n + excluded.n, sum = sum + excluded.sum,
		min = least(min, excluded.min), max = greatest(max, excluded.max),
		mean_sum = mean_sum + excluded.mean_sum, mean_sq = mean_sq + excluded.mean_sq,
		hist = list_transform(list_zip(hist, excluded.hist), lambda p: p[1] + p[2])`,
	`INSERT INTO day_minutes
	SELECT pid, day, bit_or(minutes::BIT), max(wseq) FROM day_minutes_delta WHERE wseq <= $1 GROUP BY pid, day
	ON CONFLICT (pid, day) DO UPDATE SET minutes = minutes | excluded.minutes, wseq = greatest(wseq, excluded.wseq)`,
	`INSERT OR REPLACE INTO minute_owners
	SELECT pid, day, arg_max(owners, wseq) FROM minute_owners_delta WHERE wseq <= $1 GROUP BY pid, day`,
	`DELETE FROM day_metrics_delta WHERE wseq <= $1`,
	`DELETE FROM day_minutes_delta WHERE wseq <= $1`,
	`DELETE FROM minute_owners_delta WHERE wseq <= $1`,
}

// CompactEvery is how often the daily summaries written since are folded
// into the indexed tables.
const CompactEvery = 10 * time.Second

// DuckDB is the embedded warehouse: one file, one writer connection.
type DuckDB struct {
	db *sql.DB

	mu            sync.Mutex // serializes writes on conn
	conn          *sql.Conn
	batches       *duckdb.Appender
	rows          rowSink // readings and rollups
	dayMetrics    *duckdb.Appender
	dayMinutes    *duckdb.Appender
	ownersApp     *duckdb.Appender
	ownerKeys     *duckdb.Appender
	days          daySummaries
	owners        map[ownerKey]*dayOwners // claims of the days recently written (see owners.go)
	counted       []bool                  // per rollup of the current write: it claimed its metric-minute
	wseq          int64                   // the last write's sequence number
	closeOnce     sync.Once
	stopCompactor func()

	countsMu sync.Mutex
	counts   Counts // rows stored, kept as writes commit
}

// OpenDuckDB opens (creating if needed) the warehouse file at path; an empty
// path opens an in-memory warehouse.
func OpenDuckDB(ctx context.Context, path string) (*DuckDB, error) {
	if path != "" {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, err
		}
	}
	connector, err := duckdb.NewConnector(path, nil)
	if err != nil {
		return nil, fmt.Errorf("warehouse: opening %s: %w", path, err)
	}
	db := sql.OpenDB(connector)
	if err := migrateDuck(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("warehouse: schema: %w", err)
	}
	w := &DuckDB{db: db}
	// Counted once here, then kept as writes commit: Counts is polled.
	err = db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM batches), (SELECT COALESCE(sum(len(value)), 0) FROM readings),
		(SELECT count(*) FROM rollups_minute), (SELECT COALESCE(max(wseq), 0) FROM batches)`).
		Scan(&w.counts.Batches, &w.counts.Readings, &w.counts.Rollups, &w.wseq)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("warehouse: counting: %w", err)
	}
	if err := w.openWriter(ctx); err != nil {
		db.Close()
		return nil, err
	}
	w.stopCompactor = w.compactor()
	return w, nil
}

// migrateDuck creates the schema in one transaction. Tables of earlier
// layouts are converted in place: renamed aside, created anew, filled from
// the old rows. Those layouts: pid, device type and metric name on every
// row (readings and rollups), then one row per sample (readings), which
// becomes a one-sample series per row.
func migrateDuck(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	codes := "(CASE metric"
	for _, m := range frame.Metrics {
		codes += fmt.Sprintf(" WHEN '%s' THEN %d", m, uint8(m))
	}
	codes += " END)"
	has := func(table, column string) (bool, error) {
		var n int
		err := tx.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.columns
			WHERE table_schema = 'main' AND table_name = ? AND column_name = ?`, table, column).Scan(&n)
		return n > 0, err
	}
	converted := map[string]string{} // table → its old rows in the new layout
	for _, c := range []struct{ table, marker, rows string }{
		{"readings", "pid", "source, seq, " + codes + ", ts, 0, [value]"},
		{"readings", "ts", "source, seq, metric, ts, 0, [value]"},
		{"rollups_minute", "pid", "source, seq, " + codes + ", minute, n, sum, min, max"},
	} {
		if _, done := converted[c.table]; done {
			continue
		}
		old, err := has(c.table, c.marker)
		if err != nil {
			return err
		}
		if old {
			converted[c.table] = c.rows
		}
	}
	hadBatches, err := has("batches", "source")
	if err != nil {
		return err
	}
	hadWseq, err := has("batches", "wseq")
	if err != nil {
		return err
	}
	hadDays, err := has("day_minutes", "pid")
	if err != nil {
		return err
	}
	if hadBatches && !hadWseq {
		// Batches stored before writes were numbered count as write 0.
		if _, err := tx.ExecContext(ctx, `DROP VIEW IF EXISTS rollups_named; DROP VIEW IF EXISTS readings_minute;
			ALTER TABLE batches ADD COLUMN wseq BIGINT DEFAULT 0`); err != nil {
			return fmt.Errorf("numbering writes: %w", err)
		}
	}
	if len(converted) > 0 {
		// The views read the old columns; the schema creates them again.
		if _, err := tx.ExecContext(ctx, `DROP VIEW IF EXISTS readings_named; DROP VIEW IF EXISTS readings_minute; DROP VIEW IF EXISTS rollups_named`); err != nil {
			return err
		}
	}
	for table := range converted {
		if _, err := tx.ExecContext(ctx, `ALTER TABLE `+table+` RENAME TO `+table+`_old`); err != nil {
			return fmt.Errorf("converting %s: %w", table, err)
		}
	}
	if _, err := tx.ExecContext(ctx, duckSchema); err != nil {
		return err
	}
	for table, rows := range converted {
		if _, err := tx.ExecContext(ctx, `INSERT INTO `+table+` SELECT `+rows+` FROM `+table+`_old; DROP TABLE `+table+`_old`); err != nil {
			return fmt.Errorf("converting %s: %w", table, err)
		}
	}
	for _, m := range frame.Metrics {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO metrics VALUES (?, ?)`, uint8(m), m.String()); err != nil {
			return err
		}
	}
	if hadBatches && !hadDays {
		if _, err := tx.ExecContext(ctx, backfillDays()); err != nil {
			return fmt.Errorf("summarizing stored days: %w", err)
		}
	}
	return tx.Commit()
}

// backfillDays builds the daily summaries of a file written before they
// existed from its minute rollups, with the write path's arithmetic: the
// same bins (binOf) and the same minute sets.
func backfillDays() string {
	lo, width := "CASE mt.name", "CASE mt.name"
	for name, e := range metricBins {
		lo += fmt.Sprintf(" WHEN '%s' THEN %v", name, e.lo)
		width += fmt.Sprintf(" WHEN '%s' THEN %v", name, e.width)
	}
	unknown := edgesOf("")
	lo += fmt.Sprintf(" ELSE %v END", unknown.lo)
	width += fmt.Sprintf(" ELSE %v END", unknown.width)
	hist := "["
	for i := range SummaryBins {
		if i > 0 {
			hist += ", "
		}
		hist += fmt.Sprintf("count(*) FILTER (WHERE bin = %d)", i)
	}
	hist += "]::UINTEGER[]"
	return `INSERT INTO day_metrics
	SELECT pid, device_type, metric, day, count(*), sum(n), sum(sum), min(min), max(max), sum(mean), sum(mean * mean), ` + hist + `
	FROM (SELECT b.pid, b.device_type, u.metric, CAST(u.minute AS DATE) AS day, u.n, u.sum, u.min, u.max, u.sum / u.n AS mean,
			CAST(least(greatest(floor((u.sum / u.n - (` + lo + `)) / (` + width + `)), 0), ` + fmt.Sprint(SummaryBins-1) + `) AS INTEGER) AS bin
		FROM rollups_minute u JOIN batches b USING (source, seq) JOIN metrics mt ON mt.id = u.metric WHERE u.n > 0)
	GROUP BY pid, device_type, metric, day;
INSERT INTO day_minutes
	SELECT b.pid, CAST(u.minute AS DATE), bitstring_agg(CAST(date_diff('minute', date_trunc('day', u.minute), u.minute) AS INTEGER), 0, ` + fmt.Sprint(dayMinutes-1) + `), 0
	FROM rollups_minute u JOIN batches b USING (source, seq) WHERE u.n > 0
	GROUP BY b.pid, CAST(u.minute AS DATE)`
}

func (w *DuckDB) openWriter(ctx context.Context) error {
	conn, err := w.db.Conn(ctx)
	if err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, stageSchema); err != nil {
		conn.Close()
		return fmt.Errorf("warehouse: staging tables: %w", err)
	}
	err = conn.Raw(func(dc any) error {
		var err error
		if w.batches, err = duckdb.NewAppender(dc.(driver.Conn), "temp", "main", "stage_batches"); err != nil {
			return err
		}
		if w.dayMetrics, err = duckdb.NewAppender(dc.(driver.Conn), "", "main", "day_metrics_delta"); err != nil {
			return err
		}
		if w.dayMinutes, err = duckdb.NewAppender(dc.(driver.Conn), "", "main", "day_minutes_delta"); err != nil {
			return err
		}
		if w.ownersApp, err = duckdb.NewAppender(dc.(driver.Conn), "", "main", "minute_owners_delta"); err != nil {
			return err
		}
		if w.ownerKeys, err = duckdb.NewAppender(dc.(driver.Conn), "temp", "main", "stage_owner_keys"); err != nil {
			return err
		}
		w.rows, err = newRowSink(dc.(driver.Conn))
		return err
	})
	if err != nil {
		conn.Close()
		return fmt.Errorf("warehouse: appenders: %w", err)
	}
	w.conn = conn
	w.owners = map[ownerKey]*dayOwners{}
	return nil
}

// DB returns the underlying database for read-only queries (cohorts, bundles).
func (w *DuckDB) DB() *sql.DB { return w.db }

func (w *DuckDB) Backend() string { return "duckdb" }

func (w *DuckDB) Write(ctx context.Context, in *Write) (int, error) {
	if len(in.Batches) == 0 {
		return 0, nil
	}
	if err := in.checkDistinct(); err != nil {
		return 0, err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	// Writes are numbered by the clock, strictly increasing, so a snapshot
	// can name the last write it summarized (Scope.Through) and survive a
	// restart that resets no counter.
	w.wseq = max(w.wseq+1, time.Now().UnixNano())
	c := w.conn
	if _, err := c.ExecContext(ctx, `BEGIN TRANSACTION`); err != nil {
		return 0, fmt.Errorf("warehouse: %w", err)
	}
	added, err := w.writeInTx(ctx, in)
	if err == nil {
		_, err = c.ExecContext(ctx, `COMMIT`)
	}
	if err != nil {
		// Appended rows belong to the transaction: rolling back drops them.
		c.ExecContext(context.WithoutCancel(ctx), `ROLLBACK`)
		w.rows.clear()
		w.batches.Clear()
		w.dayMetrics.Clear()
		w.dayMinutes.Clear()
		w.ownersApp.Clear()
		w.ownerKeys.Clear()
		w.owners = map[ownerKey]*dayOwners{} // claims of the failed write were not stored
		return 0, fmt.Errorf("warehouse: writing: %w", err)
	}
	for _, o := range w.owners {
		o.dirty = false
	}
	if len(w.owners) > maxOwnerDays {
		w.owners = map[ownerKey]*dayOwners{}
	}
	w.countsMu.Lock()
	w.counts.Batches += added.Batches
	w.counts.Readings += added.Readings
	w.counts.Rollups += added.Rollups
	w.countsMu.Unlock()
	return int(added.Batches), nil
}

// writeInTx finds which batches are new, appends only their rows straight
// into the tables, folds them into the daily summaries and records the
// batches, inside the caller's transaction. It returns the rows it added.
func (w *DuckDB) writeInTx(ctx context.Context, in *Write) (Counts, error) {
	var added Counts
	c := w.conn
	for _, b := range in.Batches {
		if err := w.batches.AppendRow(b.Source, b.Seq, b.PID, b.DeviceType, int32(b.Frames), int32(b.Samples), time.UnixMilli(b.ReceivedMs).UTC(), w.wseq); err != nil {
			return added, err
		}
	}
	if err := w.batches.Flush(); err != nil {
		return added, err
	}
	rows, err := c.QueryContext(ctx, `SELECT source, seq FROM stage_batches SEMI JOIN batches USING (source, seq)`)
	if err != nil {
		return added, err
	}
	stored := map[[2]uint64]struct{}{}
	for rows.Next() {
		var k [2]uint64
		if err := rows.Scan(&k[0], &k[1]); err != nil {
			rows.Close()
			return added, err
		}
		stored[k] = struct{}{}
	}
	rows.Close()
	if len(stored) == len(in.Batches) {
		_, err := c.ExecContext(ctx, `DELETE FROM stage_batches`)
		return added, err
	}
	isNew := func(source, seq uint64) bool {
		if len(stored) == 0 {
			return true
		}
		_, ok := stored[[2]uint64{source, seq}]
		return !ok
	}
	w.counted = slices.Grow(w.counted[:0], in.Rollups.Len())[:in.Rollups.Len()]
	changed, err := claims(in, isNew, w.owners, func(keys []ownerKey) (map[ownerKey]*dayOwners, error) { return w.loadOwners(ctx, keys) }, w.counted)
	if err != nil {
		return added, err
	}
	if err := w.rows.put(ctx, c, in, isNew, w.counted); err != nil {
		return added, err
	}
	if err := w.putDays(ctx, in, isNew); err != nil {
		return added, err
	}
	if err := w.putOwners(ctx, changed); err != nil {
		return added, err
	}
	res, err := c.ExecContext(ctx, `INSERT INTO batches SELECT * FROM stage_batches ANTI JOIN batches USING (source, seq)`)
	if err != nil {
		return added, err
	}
	added.Batches, _ = res.RowsAffected()
	for i := range in.Readings.TimeMs {
		if isNew(in.Readings.Source[i], in.Readings.Seq[i]) {
			added.Readings++
		}
	}
	for _, ok := range w.counted {
		if ok {
			added.Rollups++
		}
	}
	_, err = c.ExecContext(ctx, `DELETE FROM stage_batches`)
	return added, err
}

// putDays folds the new batches' rollups into the daily summaries.
func (w *DuckDB) putDays(ctx context.Context, in *Write, isNew func(source, seq uint64) bool) error {
	w.days.reset()
	w.days.add(in, isNew, w.counted)
	if len(w.days.minutes) == 0 {
		return nil
	}
	for k, m := range w.days.metrics {
		if err := w.dayMetrics.AppendRow(k.pid, k.deviceType, metricCode(k.metric), dayTime(k.day), m.minutes, m.n, m.sum, m.min, m.max,
			m.meanSum, m.meanSq, m.hist[:], w.wseq); err != nil {
			return err
		}
	}
	for k, s := range w.days.minutes {
		if err := w.dayMinutes.AppendRow(k.pid, dayTime(k.day), s[:], w.wseq); err != nil {
			return err
		}
	}
	return errors.Join(w.dayMetrics.Flush(), w.dayMinutes.Flush())
}

// compactor folds the delta summaries into the indexed tables every
// CompactEvery until stopped, on a connection of its own: writes go on.
func (w *DuckDB) compactor() func() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(CompactEvery)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			if err := w.compact(ctx); err != nil && ctx.Err() == nil {
				slog.Warn("warehouse: compacting daily summaries", "err", err)
			}
		}
	}()
	return func() { cancel(); <-done }
}

// compact folds every delta summary committed so far into the indexed
// tables, in one transaction.
func (w *DuckDB) compact(ctx context.Context) error {
	c, err := w.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	if _, err := c.ExecContext(ctx, `BEGIN TRANSACTION`); err != nil {
		return err
	}
	var through sql.NullInt64
	err = c.QueryRowContext(ctx, `SELECT max(wseq) FROM day_minutes_delta`).Scan(&through)
	for i := 0; err == nil && through.Valid && i < len(compactDays); i++ {
		q := compactDays[i]
		if i == 0 {
			q = fmt.Sprintf(q, histSums("hist", "::UINTEGER"))
		}
		_, err = c.ExecContext(ctx, q, through.Int64)
	}
	if err == nil {
		_, err = c.ExecContext(ctx, `COMMIT`)
	}
	if err != nil {
		c.ExecContext(context.WithoutCancel(ctx), `ROLLBACK`)
	}
	return err
}

// loadOwners reads the stored claims of days, inside the write's transaction.
func (w *DuckDB) loadOwners(ctx context.Context, keys []ownerKey) (map[ownerKey]*dayOwners, error) {
	for _, k := range keys {
		if err := w.ownerKeys.AppendRow(k.pid, dayTime(k.day)); err != nil {
			return nil, err
		}
	}
	if err := w.ownerKeys.Flush(); err != nil {
		return nil, err
	}
	rows, err := w.conn.QueryContext(ctx, `SELECT pid, day, arg_max(owners, wseq) FROM (
			SELECT pid, day, owners, 0 AS wseq FROM minute_owners UNION ALL SELECT pid, day, owners, wseq FROM minute_owners_delta
		) o JOIN stage_owner_keys k USING (pid, day) GROUP BY pid, day`)
	if err != nil {
		return nil, err
	}
	out := map[ownerKey]*dayOwners{}
	for rows.Next() {
		var pid string
		var day time.Time
		var b []byte
		if err := rows.Scan(&pid, &day, &b); err != nil {
			rows.Close()
			return nil, err
		}
		o, err := decodeOwners(b)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out[ownerKey{pid, dayOf(day.UnixMilli())}] = o
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	_, err = w.conn.ExecContext(ctx, `DELETE FROM stage_owner_keys`)
	return out, err
}

// putOwners stores the claims of the days a write changed.
func (w *DuckDB) putOwners(ctx context.Context, changed []ownerKey) error {
	if len(changed) == 0 {
		return nil
	}
	for _, k := range changed {
		if err := w.ownersApp.AppendRow(k.pid, dayTime(k.day), w.owners[k].encode(), w.wseq); err != nil {
			return err
		}
	}
	return w.ownersApp.Flush()
}

// metricCodes maps metric names to the wire codes readings store.
var metricCodes = func() map[string]uint8 {
	m := make(map[string]uint8, len(frame.Metrics))
	for _, x := range frame.Metrics {
		m[x.String()] = uint8(x)
	}
	return m
}()

// metricCode returns the stored code of a metric name, 0 if unknown (the
// stream only writes validated frames, whose metrics are all known).
func metricCode(name string) uint8 { return metricCodes[name] }

// seriesRuns calls fn with each run of new readings one row stores, as
// [start, end) of r: consecutive samples of one batch and metric at a fixed
// positive interval, intervalMs (0 for a run of one sample). The stream
// appends each frame's series in order, so a run is usually one series.
func seriesRuns(r *Readings, isNew func(source, seq uint64) bool, fn func(start, end int, intervalMs uint32) error) error {
	n := r.Len()
	sameSeries := func(a, b int) bool {
		return r.Source[a] == r.Source[b] && r.Seq[a] == r.Seq[b] && r.Metric[a] == r.Metric[b]
	}
	for i := 0; i < n; {
		j, step := i+1, int64(0)
		if j < n && sameSeries(i, j) && r.TimeMs[j] > r.TimeMs[i] && r.TimeMs[j]-r.TimeMs[i] <= math.MaxUint32 {
			step = r.TimeMs[j] - r.TimeMs[i]
			for j < n && sameSeries(i, j) && r.TimeMs[j]-r.TimeMs[j-1] == step {
				j++
			}
		}
		if isNew(r.Source[i], r.Seq[i]) {
			if err := fn(i, j, uint32(step)); err != nil {
				return err
			}
		}
		i = j
	}
	return nil
}

// appendRollups appends the rollups that claimed their metric-minute
// (counted) through the writer's appender, inside its transaction. Both
// row sinks use it.
func appendRollups(app *duckdb.Appender, in *Write, counted []bool) error {
	u := &in.Rollups
	for i := range u.MinuteMs {
		if counted[i] {
			if err := app.AppendRow(u.Source[i], u.Seq[i], metricCode(u.Metric[i]), time.UnixMilli(u.MinuteMs[i]).UTC(), u.N[i], u.Sum[i], u.Min[i], u.Max[i]); err != nil {
				return err
			}
		}
	}
	return app.Flush()
}

// rowSink puts a Write's readings and rollups of new batches into their
// tables, inside the writer's transaction. Builds with the duckdb_arrow tag
// hand DuckDB whole Arrow columns; others append row by row.
type rowSink interface {
	put(ctx context.Context, c *sql.Conn, in *Write, isNew func(source, seq uint64) bool, counted []bool) error
	clear() // forget rows of a failed put
	close() error
}

func (w *DuckDB) Counts(ctx context.Context) (Counts, error) {
	w.countsMu.Lock()
	defer w.countsMu.Unlock()
	return w.counts, nil
}

func (w *DuckDB) Minutes(ctx context.Context, pid string, from, to time.Time) ([]Minute, error) {
	rows, err := w.db.QueryContext(ctx, `SELECT pid, device_type, metric, minute, n, sum, min, max FROM readings_minute
		WHERE pid = ? AND minute >= ? AND minute < ? ORDER BY metric, minute, device_type`, pid, from.UTC(), to.UTC())
	if err != nil {
		return nil, err
	}
	return scanMinutes(rows)
}

func scanMinutes(rows *sql.Rows) ([]Minute, error) {
	defer rows.Close()
	var out []Minute
	for rows.Next() {
		var m Minute
		if err := rows.Scan(&m.PID, &m.DeviceType, &m.Metric, &m.Minute, &m.N, &m.Sum, &m.Min, &m.Max); err != nil {
			return nil, err
		}
		m.Minute = m.Minute.UTC()
		out = append(out, m)
	}
	return out, rows.Err()
}

func (w *DuckDB) Cells(ctx context.Context, fn func(table, column, value string) error) error {
	return sqlCells(ctx, w.db, `SELECT table_name, column_name FROM information_schema.columns
		WHERE table_schema = 'main' AND table_catalog = current_database() ORDER BY table_name, ordinal_position`,
		`SELECT DISTINCT CAST("%s" AS VARCHAR) FROM "%s"`, fn)
}

// sqlCells lists (table, column) pairs with listQuery, then renders every
// distinct value of each with valueFormat (column and table substituted).
func sqlCells(ctx context.Context, db *sql.DB, listQuery, valueFormat string, fn func(table, column, value string) error) error {
	cols, err := db.QueryContext(ctx, listQuery)
	if err != nil {
		return err
	}
	var pairs [][2]string
	for cols.Next() {
		var t, c string
		if err := cols.Scan(&t, &c); err != nil {
			cols.Close()
			return err
		}
		pairs = append(pairs, [2]string{t, c})
	}
	cols.Close()
	if len(pairs) == 0 {
		return errors.New("warehouse: no columns found")
	}
	for _, p := range pairs {
		rows, err := db.QueryContext(ctx, fmt.Sprintf(valueFormat, p[1], p[0]))
		if err != nil {
			return err
		}
		for rows.Next() {
			var v sql.NullString
			if err := rows.Scan(&v); err != nil {
				rows.Close()
				return err
			}
			if err := fn(p[0], p[1], v.String); err != nil {
				rows.Close()
				return err
			}
		}
		rows.Close()
	}
	return nil
}

func (w *DuckDB) Close() error {
	var err error
	w.closeOnce.Do(func() {
		w.stopCompactor()
		w.mu.Lock()
		defer w.mu.Unlock()
		err = errors.Join(w.batches.Close(), w.dayMetrics.Close(), w.dayMinutes.Close(), w.ownersApp.Close(), w.ownerKeys.Close(),
			w.rows.close(), w.conn.Close(), w.db.Close())
	})
	return err
}
