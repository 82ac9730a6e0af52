package warehouse

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
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
CREATE OR REPLACE VIEW readings_named AS
    SELECT b.pid, b.device_type, m.name AS metric, r.start + to_milliseconds(r.interval_ms::BIGINT * r.i) AS ts, r.value, r.source, r.seq
    FROM (SELECT source, seq, metric, start, interval_ms, unnest(value) AS value, unnest(range(len(value))) AS i FROM readings) r
    JOIN batches b USING (source, seq) JOIN metrics m ON m.id = r.metric;
CREATE OR REPLACE VIEW rollups_named AS
    SELECT b.pid, b.device_type, mt.name AS metric, u.minute, u.n, u.sum, u.min, u.max, u.source, u.seq, b.received
    FROM rollups_minute u JOIN batches b USING (source, seq) JOIN metrics mt ON mt.id = u.metric;
CREATE OR REPLACE VIEW readings_minute AS
    SELECT pid, device_type, metric, minute, sum(n)::BIGINT AS n, sum(sum) AS sum, min(min) AS min, max(max) AS max
    FROM rollups_named GROUP BY pid, device_type, metric, minute;
`

// stageSchema holds the batch keys of one Write while it is checked against
// the stored ones. Temporary tables vanish with the connection.
const stageSchema = `CREATE TEMP TABLE stage_batches AS SELECT * FROM batches LIMIT 0`

// DuckDB is the embedded warehouse: one file, one writer connection.
type DuckDB struct {
	db *sql.DB

	mu        sync.Mutex // serializes writes on conn
	conn      *sql.Conn
	batches   *duckdb.Appender
	rows      rowSink // readings and rollups
	closeOnce sync.Once
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
	if err := w.openWriter(ctx); err != nil {
		db.Close()
		return nil, err
	}
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
	return tx.Commit()
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
		w.rows, err = newRowSink(dc.(driver.Conn))
		return err
	})
	if err != nil {
		conn.Close()
		return fmt.Errorf("warehouse: appenders: %w", err)
	}
	w.conn = conn
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
	c := w.conn
	if _, err := c.ExecContext(ctx, `BEGIN TRANSACTION`); err != nil {
		return 0, fmt.Errorf("warehouse: %w", err)
	}
	n, err := w.writeInTx(ctx, in)
	if err == nil {
		_, err = c.ExecContext(ctx, `COMMIT`)
	}
	if err != nil {
		// Appended rows belong to the transaction: rolling back drops them.
		c.ExecContext(context.WithoutCancel(ctx), `ROLLBACK`)
		w.rows.clear()
		w.batches.Clear()
		return 0, fmt.Errorf("warehouse: writing: %w", err)
	}
	return n, nil
}

// writeInTx finds which batches are new, appends only their rows straight
// into the tables and records the batches, inside the caller's transaction.
func (w *DuckDB) writeInTx(ctx context.Context, in *Write) (int, error) {
	c := w.conn
	for _, b := range in.Batches {
		if err := w.batches.AppendRow(b.Source, b.Seq, b.PID, b.DeviceType, int32(b.Frames), int32(b.Samples), time.UnixMilli(b.ReceivedMs).UTC()); err != nil {
			return 0, err
		}
	}
	if err := w.batches.Flush(); err != nil {
		return 0, err
	}
	rows, err := c.QueryContext(ctx, `SELECT source, seq FROM stage_batches SEMI JOIN batches USING (source, seq)`)
	if err != nil {
		return 0, err
	}
	stored := map[[2]uint64]struct{}{}
	for rows.Next() {
		var k [2]uint64
		if err := rows.Scan(&k[0], &k[1]); err != nil {
			rows.Close()
			return 0, err
		}
		stored[k] = struct{}{}
	}
	rows.Close()
	if len(stored) == len(in.Batches) {
		_, err := c.ExecContext(ctx, `DELETE FROM stage_batches`)
		return 0, err
	}
	isNew := func(source, seq uint64) bool {
		if len(stored) == 0 {
			return true
		}
		_, ok := stored[[2]uint64{source, seq}]
		return !ok
	}
	if err := w.rows.put(ctx, c, in, isNew); err != nil {
		return 0, err
	}
	res, err := c.ExecContext(ctx, `INSERT INTO batches SELECT * FROM stage_batches ANTI JOIN batches USING (source, seq)`)
	if err != nil {
		return 0, err
	}
	n, _ := res.RowsAffected()
	_, err = c.ExecContext(ctx, `DELETE FROM stage_batches`)
	return int(n), err
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

// appendRollups appends the rollups of new batches through the writer's
// appender, inside its transaction. Both row sinks use it.
func appendRollups(app *duckdb.Appender, in *Write, isNew func(source, seq uint64) bool) error {
	u := &in.Rollups
	for i := range u.MinuteMs {
		if isNew(u.Source[i], u.Seq[i]) {
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
	put(ctx context.Context, c *sql.Conn, in *Write, isNew func(source, seq uint64) bool) error
	clear() // forget rows of a failed put
	close() error
}

func (w *DuckDB) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := w.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM batches), (SELECT COALESCE(sum(len(value)), 0) FROM readings), (SELECT count(*) FROM rollups_minute)`).
		Scan(&c.Batches, &c.Readings, &c.Rollups)
	return c, err
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
		w.mu.Lock()
		defer w.mu.Unlock()
		err = errors.Join(w.batches.Close(), w.rows.close(), w.conn.Close(), w.db.Close())
	})
	return err
}
