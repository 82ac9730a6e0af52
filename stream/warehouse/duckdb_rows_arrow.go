//go:build duckdb_arrow

package warehouse

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/duckdb/duckdb-go/v2"
)

// arrowRows hands DuckDB a Write's rows as Arrow columns and inserts them
// with one INSERT … SELECT per table: no per-value cgo call.
type arrowRows struct {
	ar                *duckdb.Arrow
	readings, rollups *array.RecordBuilder
}

var (
	tsMs           = &arrow.TimestampType{Unit: arrow.Millisecond}
	readingsSchema = arrow.NewSchema([]arrow.Field{
		{Name: "source", Type: arrow.PrimitiveTypes.Uint64}, {Name: "seq", Type: arrow.PrimitiveTypes.Uint64},
		{Name: "metric", Type: arrow.PrimitiveTypes.Uint8}, {Name: "ts", Type: tsMs}, {Name: "value", Type: arrow.PrimitiveTypes.Float64},
	}, nil)
	rollupsSchema = arrow.NewSchema([]arrow.Field{
		{Name: "pid", Type: arrow.BinaryTypes.String}, {Name: "device_type", Type: arrow.BinaryTypes.String},
		{Name: "metric", Type: arrow.BinaryTypes.String}, {Name: "minute", Type: tsMs}, {Name: "n", Type: arrow.PrimitiveTypes.Uint32},
		{Name: "sum", Type: arrow.PrimitiveTypes.Float64}, {Name: "min", Type: arrow.PrimitiveTypes.Float64}, {Name: "max", Type: arrow.PrimitiveTypes.Float64},
		{Name: "source", Type: arrow.PrimitiveTypes.Uint64}, {Name: "seq", Type: arrow.PrimitiveTypes.Uint64},
	}, nil)
)

func newRowSink(dc driver.Conn) (rowSink, error) {
	ar, err := duckdb.NewArrowFromConn(dc)
	if err != nil {
		return nil, err
	}
	return &arrowRows{ar: ar,
		readings: array.NewRecordBuilder(memory.DefaultAllocator, readingsSchema),
		rollups:  array.NewRecordBuilder(memory.DefaultAllocator, rollupsSchema)}, nil
}

func (a *arrowRows) put(ctx context.Context, c *sql.Conn, in *Write, isNew func(source, seq uint64) bool) error {
	r := &in.Readings
	b := a.readings
	source, seq := b.Field(0).(*array.Uint64Builder), b.Field(1).(*array.Uint64Builder)
	metric, ts, value := b.Field(2).(*array.Uint8Builder), b.Field(3).(*array.TimestampBuilder), b.Field(4).(*array.Float64Builder)
	b.Reserve(r.Len())
	lastName, lastCode := "", uint8(0)
	for i := range r.TimeMs {
		if isNew(r.Source[i], r.Seq[i]) {
			if r.Metric[i] != lastName {
				lastName, lastCode = r.Metric[i], metricCode(r.Metric[i])
			}
			source.UnsafeAppend(r.Source[i])
			seq.UnsafeAppend(r.Seq[i])
			metric.UnsafeAppend(lastCode)
			ts.UnsafeAppend(arrow.Timestamp(r.TimeMs[i]))
			value.UnsafeAppend(r.Value[i])
		}
	}
	if err := a.insert(ctx, c, "readings", b); err != nil {
		return err
	}
	u := &in.Rollups
	b = a.rollups
	pid, typ, name := b.Field(0).(*array.StringBuilder), b.Field(1).(*array.StringBuilder), b.Field(2).(*array.StringBuilder)
	minute, n := b.Field(3).(*array.TimestampBuilder), b.Field(4).(*array.Uint32Builder)
	sum, lo, hi := b.Field(5).(*array.Float64Builder), b.Field(6).(*array.Float64Builder), b.Field(7).(*array.Float64Builder)
	source, seq = b.Field(8).(*array.Uint64Builder), b.Field(9).(*array.Uint64Builder)
	b.Reserve(u.Len())
	for i := range u.MinuteMs {
		if isNew(u.Source[i], u.Seq[i]) {
			pid.Append(u.PID[i])
			typ.Append(u.DeviceType[i])
			name.Append(u.Metric[i])
			minute.UnsafeAppend(arrow.Timestamp(u.MinuteMs[i]))
			n.UnsafeAppend(u.N[i])
			sum.UnsafeAppend(u.Sum[i])
			lo.UnsafeAppend(u.Min[i])
			hi.UnsafeAppend(u.Max[i])
			source.UnsafeAppend(u.Source[i])
			seq.UnsafeAppend(u.Seq[i])
		}
	}
	return a.insert(ctx, c, "rollups_minute", b)
}

// insert moves the builder's rows into table through a view of them.
func (a *arrowRows) insert(ctx context.Context, c *sql.Conn, table string, b *array.RecordBuilder) error {
	rec := b.NewRecordBatch()
	defer rec.Release()
	if rec.NumRows() == 0 {
		return nil
	}
	rr, err := array.NewRecordReader(rec.Schema(), []arrow.RecordBatch{rec})
	if err != nil {
		return err
	}
	defer rr.Release()
	view := "incoming_" + table
	release, err := a.ar.RegisterView(rr, view)
	if err != nil {
		return fmt.Errorf("registering %s: %w", view, err)
	}
	defer release()
	// The view reads a stream that is freed on return: nothing may query it
	// afterwards (catalog listings included). A failed transaction rolls
	// its creation back.
	defer c.ExecContext(context.WithoutCancel(ctx), "DROP VIEW IF EXISTS "+view)
	_, err = c.ExecContext(ctx, "INSERT INTO "+table+" SELECT * FROM "+view)
	return err
}

func (a *arrowRows) clear() {
	// Builders are emptied by every put; nothing is pending between puts.
}

func (a *arrowRows) close() error {
	a.readings.Release()
	a.rollups.Release()
	return nil
}
