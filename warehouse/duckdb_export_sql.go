//go:build !duckdb_arrow

package warehouse

import (
	"context"
	"fmt"

	"github.com/apache/arrow-go/v18/arrow"
)

// Export without the duckdb_arrow build tag scans rows through database/sql
// into record batches. Build with -tags duckdb_arrow (make does) for DuckDB's
// zero-copy Arrow path.
func (w *DuckDB) Export(ctx context.Context, scope Scope, members []ExportMember, fn func(arrow.RecordBatch) error) error {
	for _, slice := range exportSlices(members) {
		rows, err := w.db.QueryContext(ctx, duckExportQuery, exportArgs(scope, slice)...)
		if err != nil {
			return fmt.Errorf("warehouse: export: %w", err)
		}
		err = scanExport(rows, fn)
		rows.Close()
		if err != nil {
			return err
		}
	}
	return nil
}
