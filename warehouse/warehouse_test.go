package warehouse_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"

	"rhd.dev/firmware/frame"
	"rhd.dev/warehouse"
	"rhd.dev/warehouse/warehousetest"
)

func TestDuckDB(t *testing.T) {
	warehousetest.Run(t, func(t *testing.T) warehouse.Warehouse {
		w, err := warehouse.OpenDuckDB(context.Background(), filepath.Join(t.TempDir(), "wh.duckdb"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { w.Close() })
		return w
	})
}

// TestClickHouse runs the suite against RHD_CLICKHOUSE_DSN. No ClickHouse
// server can run on the project's machines, so it only runs where one is given.
func TestClickHouse(t *testing.T) {
	dsn := os.Getenv("RHD_CLICKHOUSE_DSN")
	if dsn == "" {
		t.Skip("RHD_CLICKHOUSE_DSN not set")
	}
	warehousetest.Run(t, func(t *testing.T) warehouse.Warehouse {
		w, err := warehouse.OpenClickHouse(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		for _, tbl := range []string{"batches", "readings", "rollups_minute"} {
			w.Exec(context.Background(), "TRUNCATE TABLE "+tbl)
		}
		t.Cleanup(func() { w.Close() })
		return w
	})
}

func TestDuckDBKeepsDataAcrossReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "wh.duckdb")
	ctx := context.Background()
	w, err := warehouse.OpenDuckDB(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var wr warehouse.Write
	wr.Batches = append(wr.Batches, warehouse.Batch{Source: 1, Seq: 1, PID: "p", DeviceType: "ring", Frames: 1, Samples: 1, ReceivedMs: time.Now().UnixMilli()})
	wr.Readings.Append(1, 1, "p", "ring", "heart_rate", time.Now().UnixMilli(), 61)
	if _, err := w.Write(ctx, &wr); err != nil {
		t.Fatal(err)
	}
	w.Close()
	w, err = warehouse.OpenDuckDB(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	c, _ := w.Counts(ctx)
	if c.Batches != 1 || c.Readings != 1 {
		t.Fatalf("after reopen: %+v", c)
	}
	if n, _ := w.Write(ctx, &wr); n != 0 {
		t.Fatal("batch stored before the restart was stored again")
	}
}

// oldBatches is the batches table every earlier layout had, with one batch.
var oldBatches = []string{
	`CREATE TABLE batches (source UBIGINT NOT NULL, seq UBIGINT NOT NULL, pid VARCHAR NOT NULL, device_type VARCHAR NOT NULL,
		frames INTEGER NOT NULL, samples INTEGER NOT NULL, received TIMESTAMP NOT NULL, PRIMARY KEY (source, seq))`,
	`INSERT INTO batches VALUES (7, 1, 'pid-a', 'ring', 1, 3, TIMESTAMP '2026-01-01')`,
}

// openOldFile makes a DuckDB file as an earlier rhd left it (the given
// statements) and opens it as a warehouse.
func openOldFile(t *testing.T, statements ...string) *warehouse.DuckDB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "wh.duckdb")
	db, err := sql.Open("duckdb", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range append(oldBatches, statements...) {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	w, err := warehouse.OpenDuckDB(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return w
}

// namedReadings lists readings_named as "pid metric second value", in order.
func namedReadings(t *testing.T, w *warehouse.DuckDB) []string {
	t.Helper()
	rows, err := w.DB().Query(`SELECT pid, metric, strftime(ts, '%S'), value FROM readings_named ORDER BY metric, ts`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var pid, metric, sec string
		var v float64
		if err := rows.Scan(&pid, &metric, &sec, &v); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%s %s %s %g", pid, metric, sec, v))
	}
	return got
}

var oldSamples = []string{"pid-a heart_rate 00 61", "pid-a heart_rate 01 62", "pid-a spo2 00 97.5"}

// A warehouse file of the earlier layouts (pid, device type and metric name
// on every raw row, then on every rollup) is narrowed on open without losing
// a sample or a rollup: readings_named still shows every sample with its
// person and metric, Minutes every merged minute.
func TestDuckDBNarrowsOldTables(t *testing.T) {
	ctx := context.Background()
	w := openOldFile(t,
		`CREATE TABLE readings (pid VARCHAR NOT NULL, device_type VARCHAR NOT NULL, metric VARCHAR NOT NULL, ts TIMESTAMP NOT NULL,
			value DOUBLE NOT NULL, source UBIGINT NOT NULL, seq UBIGINT NOT NULL)`,
		`INSERT INTO readings VALUES ('pid-a', 'ring', 'heart_rate', TIMESTAMP '2026-01-01 00:00:00', 61, 7, 1),
			('pid-a', 'ring', 'heart_rate', TIMESTAMP '2026-01-01 00:00:01', 62, 7, 1), ('pid-a', 'ring', 'spo2', TIMESTAMP '2026-01-01 00:00:00', 97.5, 7, 1)`,
		`CREATE TABLE rollups_minute (pid VARCHAR NOT NULL, device_type VARCHAR NOT NULL, metric VARCHAR NOT NULL, minute TIMESTAMP NOT NULL,
			n UINTEGER NOT NULL, sum DOUBLE NOT NULL, min DOUBLE NOT NULL, max DOUBLE NOT NULL, source UBIGINT NOT NULL, seq UBIGINT NOT NULL)`,
		`CREATE VIEW readings_minute AS SELECT pid, device_type, metric, minute, sum(n)::BIGINT AS n, sum(sum) AS sum, min(min) AS min, max(max) AS max
			FROM rollups_minute GROUP BY pid, device_type, metric, minute`,
		`INSERT INTO rollups_minute VALUES ('pid-a', 'ring', 'heart_rate', TIMESTAMP '2026-01-01', 2, 123, 61, 62, 7, 1),
			('pid-a', 'ring', 'spo2', TIMESTAMP '2026-01-01', 1, 97.5, 97.5, 97.5, 7, 1)`)
	if got := namedReadings(t, w); fmt.Sprint(got) != fmt.Sprint(oldSamples) {
		t.Fatalf("after narrowing: %q, want %q", got, oldSamples)
	}
	minutes, err := w.Minutes(ctx, "pid-a", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range minutes {
		got = append(got, fmt.Sprintf("%s %s %s %d %g %g %g", m.PID, m.DeviceType, m.Metric, m.N, m.Sum, m.Min, m.Max))
	}
	want := []string{"pid-a ring heart_rate 2 123 61 62", "pid-a ring spo2 1 97.5 97.5 97.5"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("minutes after narrowing: %q, want %q", got, want)
	}
	var cols int
	w.DB().QueryRow(`SELECT count(*) FROM information_schema.columns WHERE table_name IN ('readings', 'rollups_minute') AND column_name IN ('pid', 'device_type')`).Scan(&cols)
	if cols != 0 {
		t.Fatal("readings or rollups still carry pid or device type")
	}
	// The narrowed tables keep their constraints: a row without a metric is refused.
	if _, err := w.DB().Exec(`INSERT INTO rollups_minute VALUES (7, 2, NULL, TIMESTAMP '2026-01-01', 1, 1, 1, 1)`); err == nil {
		t.Fatal("the narrowed rollups table took a NULL metric")
	}
}

// A warehouse file of the layout before series (one narrow row per sample)
// keeps every sample: each becomes a one-sample series.
func TestDuckDBConvertsSampleRowsToSeries(t *testing.T) {
	ctx := context.Background()
	w := openOldFile(t,
		`CREATE TABLE readings (source UBIGINT NOT NULL, seq UBIGINT NOT NULL, metric UTINYINT NOT NULL, ts TIMESTAMP NOT NULL, value DOUBLE NOT NULL)`,
		fmt.Sprintf(`INSERT INTO readings VALUES (7, 1, %d, TIMESTAMP '2026-01-01 00:00:00', 61), (7, 1, %d, TIMESTAMP '2026-01-01 00:00:01', 62),
			(7, 1, %d, TIMESTAMP '2026-01-01 00:00:00', 97.5)`, frame.HeartRate, frame.HeartRate, frame.SpO2))
	if got := namedReadings(t, w); fmt.Sprint(got) != fmt.Sprint(oldSamples) {
		t.Fatalf("after conversion: %q, want %q", got, oldSamples)
	}
	if c, _ := w.Counts(ctx); c.Readings != 3 {
		t.Fatalf("Counts says %d readings, want 3", c.Readings)
	}
	// New writes land next to the converted rows.
	var wr warehouse.Write
	wr.Batches = append(wr.Batches, warehouse.Batch{Source: 7, Seq: 2, PID: "pid-a", DeviceType: "ring", Frames: 1, Samples: 2, ReceivedMs: time.Now().UnixMilli()})
	wr.Readings.Append(7, 2, "pid-a", "ring", "heart_rate", time.Now().UnixMilli(), 63)
	wr.Readings.Append(7, 2, "pid-a", "ring", "heart_rate", time.Now().UnixMilli()+1000, 64)
	if _, err := w.Write(ctx, &wr); err != nil {
		t.Fatal(err)
	}
	if c, _ := w.Counts(ctx); c.Readings != 5 {
		t.Fatalf("Counts says %d readings after a write, want 5", c.Readings)
	}
}

// A file written before daily summaries existed gets them on open, built
// from its minute rollups with the write path's arithmetic: a minute sent
// again afterwards is not counted twice, a new one is counted.
func TestDuckDBSummarizesOldFiles(t *testing.T) {
	ctx := context.Background()
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	w := openOldFile(t,
		`CREATE TABLE rollups_minute (source UBIGINT NOT NULL, seq UBIGINT NOT NULL, metric UTINYINT NOT NULL, minute TIMESTAMP NOT NULL,
			n UINTEGER NOT NULL, sum DOUBLE NOT NULL, min DOUBLE NOT NULL, max DOUBLE NOT NULL)`,
		fmt.Sprintf(`INSERT INTO rollups_minute VALUES (7, 1, %d, TIMESTAMP '2026-01-01 00:00:00', 2, 123, 61, 62),
			(7, 1, %d, TIMESTAMP '2026-01-01 00:00:00', 1, 97.5, 97.5, 97.5), (7, 1, %d, TIMESTAMP '2026-01-01 13:37:00', 1, 70, 70, 70)`,
			frame.HeartRate, frame.SpO2, frame.HeartRate))
	win := warehouse.Window{From: day, To: day.Add(24 * time.Hour)}
	set, err := w.Features(ctx, win, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Features) != 1 || set.Features[0].Minutes != 2 || set.Features[0].Rows != 3 || set.Features[0].DeviceType != "ring" {
		t.Fatalf("features of the old file: %+v", set.Features)
	}
	st := warehouse.CohortStats(set.Features, 1)
	if len(st) != 2 || st[0].Metric != "heart_rate" || st[0].Minutes != 2 || st[0].Mean != (61.5+70)/2 {
		t.Fatalf("stats of the old file: %+v", st)
	}
	var wr warehouse.Write
	wr.Batches = append(wr.Batches, warehouse.Batch{Source: 8, Seq: 1, PID: "pid-a", DeviceType: "ring", Frames: 1, Samples: 2, ReceivedMs: day.UnixMilli()})
	wr.Rollups.Append(8, 1, "pid-a", "ring", "heart_rate", day.Add(13*time.Hour+37*time.Minute).UnixMilli(), 1, 71, 71, 71)
	wr.Rollups.Append(8, 1, "pid-a", "ring", "heart_rate", day.Add(23*time.Hour+59*time.Minute).UnixMilli(), 1, 72, 72, 72)
	if _, err := w.Write(ctx, &wr); err != nil {
		t.Fatal(err)
	}
	set, err = w.Features(ctx, win, 1)
	if err != nil {
		t.Fatal(err)
	}
	if set.Features[0].Minutes != 3 || set.Through <= 0 {
		t.Fatalf("after a new write: %+v through %d, want 3 distinct minutes", set.Features[0], set.Through)
	}
}
