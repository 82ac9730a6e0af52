//go:build !duckdb_arrow

package warehouse

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"time"

	"github.com/duckdb/duckdb-go/v2"
)

// appenderRows appends series by series (cgo calls per value): the path for
// builds without DuckDB's Arrow interface.
type appenderRows struct {
	readings, rollups *duckdb.Appender
}

func newRowSink(dc driver.Conn) (rowSink, error) {
	r, err := duckdb.NewAppender(dc, "", "main", "readings")
	if err != nil {
		return nil, err
	}
	u, err := duckdb.NewAppender(dc, "", "main", "rollups_minute")
	if err != nil {
		r.Close()
		return nil, err
	}
	return &appenderRows{readings: r, rollups: u}, nil
}

func (a *appenderRows) put(_ context.Context, _ *sql.Conn, in *Write, isNew func(source, seq uint64) bool, counted []bool) error {
	r := &in.Readings
	err := seriesRuns(r, isNew, func(i, j int, intervalMs uint32) error {
		return a.readings.AppendRow(r.Source[i], r.Seq[i], metricCode(r.Metric[i]), time.UnixMilli(r.TimeMs[i]).UTC(), intervalMs, r.Value[i:j])
	})
	if err != nil {
		return err
	}
	if err := a.readings.Flush(); err != nil {
		return err
	}
	return appendRollups(a.rollups, in, counted)
}

func (a *appenderRows) clear() {
	a.readings.Clear()
	a.rollups.Clear()
}

func (a *appenderRows) close() error { return errors.Join(a.readings.Close(), a.rollups.Close()) }
