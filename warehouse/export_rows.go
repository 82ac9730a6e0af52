package warehouse

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
)

// exportBySlices runs the export query q once per slice of members (its
// arguments: exportArgs) and hands the rows to fn as record batches.
func exportBySlices(ctx context.Context, db *sql.DB, q string, scope Scope, members []ExportMember, fn func(arrow.RecordBatch) error) error {
	for _, slice := range exportSlices(members) {
		rows, err := db.QueryContext(ctx, q, exportArgs(scope, slice)...)
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

// scanExport builds record batches of ExportSchema from rows of
// (participant, minute_ms, metric, n, sum, min, max): the path for drivers
// that cannot hand over Arrow directly.
func scanExport(rows *sql.Rows, fn func(arrow.RecordBatch) error) error {
	b := array.NewRecordBuilder(memory.DefaultAllocator, ExportSchema)
	defer b.Release()
	part := b.Field(0).(*array.Int32Builder)
	minute := b.Field(1).(*array.Int64Builder)
	metric := b.Field(2).(*array.StringBuilder)
	n := b.Field(3).(*array.Int32Builder)
	sum := b.Field(4).(*array.Float64Builder)
	lo := b.Field(5).(*array.Float64Builder)
	hi := b.Field(6).(*array.Float64Builder)
	var (
		p, nn     int32
		ms        int64
		m         string
		s, vl, vh float64
		count     int
	)
	flush := func() error {
		rec := b.NewRecordBatch()
		defer rec.Release()
		count = 0
		return fn(rec)
	}
	for rows.Next() {
		if err := rows.Scan(&p, &ms, &m, &nn, &s, &vl, &vh); err != nil {
			return err
		}
		part.Append(p)
		minute.Append(ms)
		metric.Append(m)
		n.Append(nn)
		sum.Append(s)
		lo.Append(vl)
		hi.Append(vh)
		if count++; count == ExportBatchRows {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if count > 0 {
		return flush()
	}
	return nil
}
