package warehouse

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// duckFeatures reads the daily summaries of a window ($1 from, $2 to).
var duckFeatures = featureQueries{
	days: `SELECT pid, sum(bit_count(minutes))::BIGINT, count(*) FILTER (WHERE bit_count(minutes) > 0), count(*) FILTER (WHERE bit_count(minutes) >= $3), max(wseq)
		FROM day_minutes_all WHERE day >= $1 AND day < $2 GROUP BY pid`,
	metrics: `SELECT d.pid, m.name, sum(d.minutes)::BIGINT, sum(d.n)::BIGINT, sum(d.sum), sum(d.mean_sum), sum(d.mean_sq), count(DISTINCT d.day),
			CAST(` + histSums("d.hist", "::BIGINT") + ` AS VARCHAR)
		FROM day_metrics_all d JOIN metrics m ON m.id = d.metric WHERE d.day >= $1 AND d.day < $2 GROUP BY d.pid, m.name`,
	devices: `SELECT pid, device_type, sum(minutes)::BIGINT FROM day_metrics_all WHERE day >= $1 AND day < $2 GROUP BY pid, device_type`,
}

func (w *DuckDB) Features(ctx context.Context, win Window, minMinutesPerDay int) (FeatureSet, error) {
	// One read transaction: the three reads and Through agree.
	tx, err := w.db.BeginTx(ctx, nil)
	if err != nil {
		return FeatureSet{}, fmt.Errorf("warehouse: features: %w", err)
	}
	defer tx.Rollback()
	return readFeatures(ctx, tx, duckFeatures, win, minMinutesPerDay)
}

func (w *DuckDB) Days(ctx context.Context, pid string, from, to time.Time) ([]Day, error) {
	return readDays(ctx, w.db, dayQueries{
		minutes: `SELECT day, bit_count(minutes) FROM day_minutes_all WHERE pid = $1 AND day >= $2 AND day < $3`,
		metrics: `SELECT d.day, m.name, sum(d.minutes)::BIGINT, sum(d.n)::BIGINT, sum(d.sum), min(d.min), max(d.max)
			FROM day_metrics_all d JOIN metrics m ON m.id = d.metric WHERE d.pid = $1 AND d.day >= $2 AND d.day < $3 GROUP BY d.day, m.name`,
	}, pid, from, to)
}

// duckExportQuery selects the export rows; $5..$7 are the members' pseudonyms,
// participant numbers and offsets as parallel lists.
const duckExportQuery = `WITH mm AS (SELECT unnest($5::VARCHAR[]) AS pid, unnest($6::INTEGER[]) AS participant, unnest($7::BIGINT[]) AS offset_ms),
	r AS (
		SELECT pid, metric, minute, sum(n)::BIGINT AS n, sum(sum) AS sum, min(min) AS min, max(max) AS max
		FROM rollups_named WHERE received < $3 AND wseq <= $4 AND minute >= $1 AND minute < $2 AND pid IN (SELECT pid FROM mm)
		GROUP BY pid, metric, minute)
	SELECT mm.participant, epoch_ms(r.minute) + mm.offset_ms AS minute_ms, r.metric, r.n::INTEGER AS n, r.sum, r.min, r.max
	FROM r JOIN mm USING (pid) ORDER BY mm.participant, minute_ms, r.metric`

func exportArgs(scope Scope, members []ExportMember) []any {
	pids := make([]string, len(members))
	parts := make([]int32, len(members))
	offs := make([]int64, len(members))
	for i, m := range members {
		pids[i], parts[i], offs[i] = m.PID, m.Participant, m.OffsetMs
	}
	return append(scopeArgs(scope), pids, parts, offs)
}

func (w *DuckDB) DeviceMinutes(ctx context.Context, from, to time.Time, fn func(DeviceMinute) error) error {
	rows, err := w.db.QueryContext(ctx, `SELECT source, any_value(pid), metric, epoch_ms(minute), sum(n)::BIGINT, sum(sum), min(min), max(max)
		FROM rollups_named WHERE minute >= ? AND minute < ? GROUP BY source, metric, minute ORDER BY source, minute, metric`, from.UTC(), to.UTC())
	if err != nil {
		return fmt.Errorf("warehouse: device minutes: %w", err)
	}
	return scanDeviceMinutes(rows, fn)
}

func scanDeviceMinutes(rows *sql.Rows, fn func(DeviceMinute) error) error {
	defer rows.Close()
	for rows.Next() {
		var m DeviceMinute
		if err := rows.Scan(&m.Source, &m.PID, &m.Metric, &m.MinuteMs, &m.N, &m.Sum, &m.Min, &m.Max); err != nil {
			return err
		}
		if err := fn(m); err != nil {
			return err
		}
	}
	return rows.Err()
}
