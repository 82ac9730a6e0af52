package warehouse

import (
	"context"
	"path/filepath"
	"testing"
)

// The write path puts rows inside an explicit transaction and relies on a
// rollback discarding them (a failed write must leave nothing behind), with
// either row sink.
func TestDuckDBRollbackDiscardsPutRows(t *testing.T) {
	ctx := context.Background()
	w, err := OpenDuckDB(ctx, filepath.Join(t.TempDir(), "wh.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.conn.ExecContext(ctx, `BEGIN TRANSACTION`); err != nil {
		t.Fatal(err)
	}
	var in Write
	for i := range 5000 {
		in.Readings.Append(1, 1, "p", "ring", "heart_rate", int64(i), 60)
	}
	in.Rollups.Append(1, 1, "p", "ring", "heart_rate", 0, 5000, 300000, 60, 60)
	if err := w.rows.put(ctx, w.conn, &in, func(uint64, uint64) bool { return true }, []bool{true}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.conn.ExecContext(ctx, `ROLLBACK`); err != nil {
		t.Fatal(err)
	}
	if c, _ := w.Counts(ctx); c.Readings != 0 || c.Rollups != 0 {
		t.Fatalf("%d readings and %d rollups survived the rollback", c.Readings, c.Rollups)
	}
}
