package bundle

import (
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"

	"rhd.dev/warehouse"
)

// TestReadingsRecordReleasesTheWarehouseBatch guards the export's memory
// bound: readingsRecord shares the warehouse batch's buffers, and a reference
// it forgets to release keeps that whole batch alive for the rest of the
// export (for DuckDB's Arrow results, C memory no GC setting reaches; the
// 10-million-row bundle once peaked at 1.1 GiB for that reason).
func TestReadingsRecordReleasesTheWarehouseBatch(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	b := array.NewRecordBuilder(mem, warehouse.ExportSchema)
	for i := range 100 {
		b.Field(0).(*array.Int32Builder).Append(int32(i % 2))
		b.Field(1).(*array.Int64Builder).Append(int64(i) * 60_000)
		b.Field(2).(*array.StringBuilder).Append("heart_rate")
		b.Field(3).(*array.Int32Builder).Append(60)
		b.Field(4).(*array.Float64Builder).Append(3900)
		b.Field(5).(*array.Float64Builder).Append(60)
		b.Field(6).(*array.Float64Builder).Append(70)
	}
	rec := b.NewRecordBatch()
	b.Release()
	lb := array.NewStringBuilder(mem)
	lb.AppendValues([]string{"p_a", "p_b"}, nil)
	labels := lb.NewStringArray()
	lb.Release()

	out, err := readingsRecord(rec, labels)
	if err != nil {
		t.Fatal(err)
	}
	if got := out.Column(4).(*array.Float64).Value(0); got != 65 {
		t.Fatalf("mean = %v, want 65", got)
	}
	if got := out.Column(1).DataType(); !arrow.TypeEqual(got, readingsSchema.Field(1).Type) {
		t.Fatalf("minute type = %s", got)
	}
	out.Release()
	rec.Release()
	labels.Release()
	mem.AssertSize(t, 0)
}
