package warehouse

import (
	"context"
	"time"

	"encoding/hex"
	"fmt"
	"github.com/apache/arrow-go/v18/arrow"
)

// clickScoped mirrors duckScoped in ClickHouse SQL ($1 from, $2 to, $3 received-before).
const clickScoped = `WITH r AS (
	SELECT pid, metric, minute, toInt64(sum(n)) AS n, sum(sum) AS sum, min(min) AS min, max(max) AS max
	FROM rollups_minute FINAL
	WHERE minute >= $1 AND minute < $2 AND (source, seq) IN (SELECT source, seq FROM batches FINAL WHERE received < $3)
	GROUP BY pid, metric, minute)`

func (w *ClickHouse) Features(ctx context.Context, scope Scope, minMinutesPerDay int) ([]Feature, error) {
	q := clickScoped + `,
	dev AS (
		SELECT pid, argMax(device_type, c) AS device_type FROM (
			SELECT pid, device_type, count() AS c FROM rollups_minute FINAL
			WHERE minute >= $1 AND minute < $2 AND (source, seq) IN (SELECT source, seq FROM batches FINAL WHERE received < $3)
			GROUP BY pid, device_type)
		GROUP BY pid),
	per_day AS (SELECT pid, toStartOfDay(minute) AS d, uniqExact(minute) AS minutes FROM r GROUP BY pid, d),
	days AS (SELECT pid, toInt64(sum(minutes)) AS minutes, toInt64(count()) AS days, toInt64(countIf(minutes >= $4)) AS coverage FROM per_day GROUP BY pid),
	agg AS (
		SELECT pid, toInt64(count()) AS row_count, sumIf(sum, metric = 'steps') AS steps,
			toInt64(uniqExactIf(toStartOfDay(minute), metric = 'steps')) AS step_days, sumIf(sum, metric = 'activity') AS activity,
			lower(hex(SHA256(arrayStringConcat(arraySort(groupArray(concat(metric, ',', toString(toUnixTimestamp64Milli(minute)), ',',
				toString(n), ',', toString(sum), ',', toString(min), ',', toString(max)))), ';')))) AS digest
		FROM r GROUP BY pid)
	SELECT agg.pid, dev.device_type, days.minutes, days.days, days.coverage, agg.row_count, agg.steps, agg.step_days, agg.activity, agg.digest
	FROM agg JOIN dev USING (pid) JOIN days USING (pid) ORDER BY agg.pid`
	rows, err := w.db.QueryContext(ctx, q, append(scopeArgs(scope), minMinutesPerDay)...)
	if err != nil {
		return nil, fmt.Errorf("warehouse: features: %w", err)
	}
	defer rows.Close()
	var out []Feature
	for rows.Next() {
		var f Feature
		var digest string
		var days, coverage, stepDays int64
		if err := rows.Scan(&f.PID, &f.DeviceType, &f.Minutes, &days, &coverage, &f.Rows, &f.Steps, &stepDays, &f.Activity, &digest); err != nil {
			return nil, err
		}
		f.Days, f.CoverageDays, f.StepDays = int(days), int(coverage), int(stepDays)
		if f.Digest, err = hex.DecodeString(digest); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

func (w *ClickHouse) Stats(ctx context.Context, scope Scope, pids []string) ([]MetricStats, error) {
	q := clickScoped + `,
	v AS (SELECT pid, metric, sum / n AS v FROM r WHERE has($4, pid)),
	s AS (SELECT metric, toInt64(count()) AS minutes, avg(v) AS mean, quantiles(0.1, 0.5, 0.9)(v) AS q, min(v) AS lo, max(v) AS hi FROM v GROUP BY metric),
	h AS (
		SELECT v.metric AS metric, least(toInt32(floor((v.v - s.lo) / nullIf(s.hi - s.lo, 0) * $5)), $5 - 1) AS bin,
			toInt64(count()) AS minutes, toInt64(uniqExact(v.pid)) AS contributors
		FROM v JOIN s ON v.metric = s.metric GROUP BY metric, bin)
	SELECT s.metric, s.minutes, s.mean, s.q[1], s.q[2], s.q[3], s.lo, s.hi,
		toJSONString(arrayMap((b, m, c) -> map('bin', toInt64(ifNull(b, 0)), 'minutes', m, 'contributors', c), groupArray(h.bin), groupArray(h.minutes), groupArray(h.contributors)))
	FROM s JOIN h ON h.metric = s.metric
	GROUP BY s.metric, s.minutes, s.mean, s.q, s.lo, s.hi ORDER BY s.metric`
	rows, err := w.db.QueryContext(ctx, q, append(scopeArgs(scope), pids, HistogramBins)...)
	if err != nil {
		return nil, fmt.Errorf("warehouse: stats: %w", err)
	}
	return scanStats(rows)
}

func (w *ClickHouse) Export(ctx context.Context, scope Scope, members []ExportMember, fn func(arrow.RecordBatch) error) error {
	q := clickScoped + `,
	mm AS (SELECT t.1 AS pid, t.2 AS participant, t.3 AS offset_ms FROM (SELECT arrayJoin(arrayZip($4, $5, $6)) AS t))
	SELECT mm.participant, toUnixTimestamp64Milli(r.minute) + mm.offset_ms AS minute_ms, r.metric, toInt32(r.n), r.sum, r.min, r.max
	FROM r JOIN mm ON r.pid = mm.pid ORDER BY mm.participant, minute_ms, r.metric`
	for _, slice := range exportSlices(members) {
		rows, err := w.db.QueryContext(ctx, q, exportArgs(scope, slice)...)
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

func (w *ClickHouse) DeviceMinutes(ctx context.Context, from, to time.Time, fn func(DeviceMinute) error) error {
	rows, err := w.db.QueryContext(ctx, `SELECT source, any(pid), metric, toUnixTimestamp64Milli(minute), toInt64(sum(n)), sum(sum), min(min), max(max)
		FROM rollups_minute FINAL WHERE minute >= ? AND minute < ? GROUP BY source, metric, minute ORDER BY source, minute, metric`, from.UTC(), to.UTC())
	if err != nil {
		return fmt.Errorf("warehouse: device minutes: %w", err)
	}
	return scanDeviceMinutes(rows, fn)
}
