package warehouse_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"rhd.dev/stream/warehouse"
	"rhd.dev/stream/warehouse/warehousetest"
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
