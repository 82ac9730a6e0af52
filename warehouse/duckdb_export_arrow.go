//go:build duckdb_arrow

package warehouse

import (
	"context"
	"database/sql/driver"
	"fmt"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/duckdb/duckdb-go/v2"
)

// Export with the duckdb_arrow build tag lets DuckDB hand over its result as
// Arrow record batches: no per-row scanning.
func (w *DuckDB) Export(ctx context.Context, scope Scope, members []ExportMember, fn func(arrow.RecordBatch) error) error {
	conn, err := w.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		ar, err := duckdb.NewArrowFromConn(dc.(driver.Conn))
		if err != nil {
			return err
		}
		for _, slice := range exportSlices(members) {
			if err := exportSlice(ctx, ar, scope, slice, fn); err != nil {
				return err
			}
		}
		return nil
	})
}

func exportSlice(ctx context.Context, ar *duckdb.Arrow, scope Scope, members []ExportMember, fn func(arrow.RecordBatch) error) error {
	rr, err := ar.QueryContext(ctx, duckExportQuery, exportArgs(scope, members)...)
	if err != nil {
		return fmt.Errorf("warehouse: export: %w", err)
	}
	defer rr.Release()
	for rr.Next() {
		rec := rr.RecordBatch()
		if !sameTypes(rec.Schema(), ExportSchema) {
			return fmt.Errorf("warehouse: export: DuckDB returned %s, want %s", rec.Schema(), ExportSchema)
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
	return rr.Err()
}

// sameTypes compares column names and types, not nullability, which DuckDB
// reports for every column.
func sameTypes(a, b *arrow.Schema) bool {
	if a.NumFields() != b.NumFields() {
		return false
	}
	for i := range a.NumFields() {
		fa, fb := a.Field(i), b.Field(i)
		if fa.Name != fb.Name || !arrow.TypeEqual(fa.Type, fb.Type) {
			return false
		}
	}
	return true
}
