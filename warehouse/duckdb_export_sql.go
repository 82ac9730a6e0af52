//go:build !duckdb_arrow

package warehouse

import (
	"context"

	"github.com/apache/arrow-go/v18/arrow"
)

// Export without the duckdb_arrow build tag scans rows through database/sql
// into record batches. Build with -tags duckdb_arrow (make does) for DuckDB's
// zero-copy Arrow path.
func (w *DuckDB) Export(ctx context.Context, scope Scope, members []ExportMember, fn func(arrow.RecordBatch) error) error {
	return exportBySlices(ctx, w.db, duckExportQuery, scope, members, fn)
}
