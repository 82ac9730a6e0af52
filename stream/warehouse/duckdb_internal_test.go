package warehouse

import (
	"context"
	"path/filepath"
	"testing"
	"time"
)

// The write path appends rows inside an explicit transaction and relies on a
// rollback discarding them (a failed write must leave nothing behind).
func TestDuckDBRollbackDiscardsAppendedRows(t *testing.T) {
	ctx := context.Background()
	w, err := OpenDuckDB(ctx, filepath.Join(t.TempDir(), "wh.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.conn.ExecContext(ctx, `BEGIN TRANSACTION`); err != nil {
		t.Fatal(err)
	}
	for i := range 5000 {
		if err := w.readings.AppendRow("p", "ring", "heart_rate", time.UnixMilli(int64(i)).UTC(), 60.0, uint64(1), uint64(1)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.readings.Flush(); err != nil {
		t.Fatal(err)
	}
	if _, err := w.conn.ExecContext(ctx, `ROLLBACK`); err != nil {
		t.Fatal(err)
	}
	if c, _ := w.Counts(ctx); c.Readings != 0 {
		t.Fatalf("%d rows survived the rollback", c.Readings)
	}
}
