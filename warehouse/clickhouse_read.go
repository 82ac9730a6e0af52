package warehouse

import (
	"context"
	"fmt"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
)

// clickScoped mirrors the DuckDB export's scope in ClickHouse SQL ($1 from,
// $2 to, $3 received-before, $4 through).
const clickScoped = `WITH r AS (
	SELECT pid, metric, minute, toInt64(sum(n)) AS n, sum(sum) AS sum, min(min) AS min, max(max) AS max
	FROM rollups_minute FINAL
	WHERE minute >= $1 AND minute < $2 AND (source, seq) IN (SELECT source, seq FROM batches FINAL WHERE received < $3 AND wseq <= $4)
	GROUP BY pid, metric, minute)`

// clickFeatures mirrors duckFeatures; the -Merge functions finish what the
// tables' background merges have not.
var clickFeatures = featureQueries{
	days: `SELECT pid, toInt64(sum(c)), toInt64(countIf(c > 0)), toInt64(countIf(c >= $3)), max(w) FROM (
			SELECT pid, day, groupBitmapMerge(minutes) AS c, max(wseq) AS w FROM day_minutes WHERE day >= $1 AND day < $2 GROUP BY pid, day)
		GROUP BY pid`,
	metrics: `SELECT pid, metric, toInt64(sum(minutes)), toInt64(sum(n)), sum(sum), sum(mean_sum), sum(mean_sq), toInt64(uniqExact(day)),
			toString(sumForEachMerge(hist))
		FROM day_metrics WHERE day >= $1 AND day < $2 GROUP BY pid, metric`,
	devices: `SELECT pid, device_type, toInt64(sum(minutes)) FROM day_metrics WHERE day >= $1 AND day < $2 GROUP BY pid, device_type`,
}

func (w *ClickHouse) Features(ctx context.Context, win Window, minMinutesPerDay int) (FeatureSet, error) {
	return readFeatures(ctx, w.db, clickFeatures, win, minMinutesPerDay)
}

func (w *ClickHouse) Days(ctx context.Context, pid string, from, to time.Time) ([]Day, error) {
	return readDays(ctx, w.db, dayQueries{
		minutes: `SELECT day, toInt64(groupBitmapMerge(minutes)) FROM day_minutes WHERE pid = $1 AND day >= $2 AND day < $3 GROUP BY day`,
		metrics: `SELECT day, metric, toInt64(sum(minutes)), toInt64(sum(n)), sum(sum), min(min), max(max)
			FROM day_metrics WHERE pid = $1 AND day >= $2 AND day < $3 GROUP BY day, metric`,
	}, pid, from, to)
}

func (w *ClickHouse) Export(ctx context.Context, scope Scope, members []ExportMember, fn func(arrow.RecordBatch) error) error {
	q := clickScoped + `,
	mm AS (SELECT t.1 AS pid, t.2 AS participant, t.3 AS offset_ms FROM (SELECT arrayJoin(arrayZip($5, $6, $7)) AS t))
	SELECT mm.participant, toUnixTimestamp64Milli(r.minute) + mm.offset_ms AS minute_ms, r.metric, toInt32(r.n), r.sum, r.min, r.max
	FROM r JOIN mm ON r.pid = mm.pid ORDER BY mm.participant, minute_ms, r.metric`
	return exportBySlices(ctx, w.db, q, scope, members, fn)
}

func (w *ClickHouse) DeviceMinutes(ctx context.Context, from, to time.Time, fn func(DeviceMinute) error) error {
	rows, err := w.db.QueryContext(ctx, `SELECT source, any(pid), metric, toUnixTimestamp64Milli(minute), toInt64(sum(n)), sum(sum), min(min), max(max)
		FROM rollups_minute FINAL WHERE minute >= ? AND minute < ? GROUP BY source, metric, minute ORDER BY source, minute, metric`, from.UTC(), to.UTC())
	if err != nil {
		return fmt.Errorf("warehouse: device minutes: %w", err)
	}
	return scanDeviceMinutes(rows, fn)
}
