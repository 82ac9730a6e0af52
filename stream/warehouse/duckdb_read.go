package warehouse

import (
	"context"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"
)

// duckScoped is the merged minute rows of a scope ($1 from, $2 to, $3
// received-before): partial rollups summed per contributor, metric and minute.
const duckScoped = `WITH r AS (
	SELECT pid, metric, minute, sum(n)::BIGINT AS n, sum(sum) AS sum, min(min) AS min, max(max) AS max
	FROM rollups_named WHERE received < $3 AND minute >= $1 AND minute < $2
	GROUP BY pid, metric, minute)`

func scopeArgs(s Scope) []any { return []any{s.From.UTC(), s.To.UTC(), s.ReceivedBefore.UTC()} }

func (w *DuckDB) Features(ctx context.Context, scope Scope, minMinutesPerDay int) ([]Feature, error) {
	q := duckScoped + `,
	dev AS (
		SELECT pid, arg_max(device_type, c) AS device_type FROM (
			SELECT pid, device_type, count(*) AS c FROM rollups_named
			WHERE received < $3 AND minute >= $1 AND minute < $2 GROUP BY pid, device_type)
		GROUP BY pid),
	per_day AS (SELECT pid, date_trunc('day', minute) AS d, count(DISTINCT minute) AS minutes FROM r GROUP BY pid, d),
	days AS (SELECT pid, sum(minutes)::BIGINT AS minutes, count(*) AS days, count(*) FILTER (WHERE minutes >= $4) AS coverage FROM per_day GROUP BY pid),
	agg AS (
		SELECT pid, count(*) AS row_count,
			COALESCE(sum(sum) FILTER (WHERE metric = 'steps'), 0) AS steps,
			count(DISTINCT date_trunc('day', minute)) FILTER (WHERE metric = 'steps') AS step_days,
			COALESCE(sum(sum) FILTER (WHERE metric = 'activity'), 0) AS activity,
			sha256(string_agg(metric || ',' || epoch_ms(minute) || ',' || n || ',' || sum || ',' || min || ',' || max, ';' ORDER BY metric, minute)) AS digest
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
		if err := rows.Scan(&f.PID, &f.DeviceType, &f.Minutes, &f.Days, &f.CoverageDays, &f.Rows, &f.Steps, &f.StepDays, &f.Activity, &digest); err != nil {
			return nil, err
		}
		if f.Digest, err = hex.DecodeString(digest); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

func (w *DuckDB) Stats(ctx context.Context, scope Scope, pids []string) ([]MetricStats, error) {
	q := duckScoped + `,
	v AS (SELECT pid, metric, sum / n AS v FROM r WHERE pid IN (SELECT unnest($4::VARCHAR[]))),
	s AS (SELECT metric, count(*) AS minutes, avg(v) AS mean, quantile_cont(v, [0.1, 0.5, 0.9]) AS q, min(v) AS lo, max(v) AS hi FROM v GROUP BY metric),
	h AS (
		SELECT v.metric, least(CAST(floor((v.v - s.lo) / nullif(s.hi - s.lo, 0) * $5) AS INTEGER), $5 - 1) AS bin,
			count(*) AS minutes, count(DISTINCT v.pid) AS contributors
		FROM v JOIN s USING (metric) GROUP BY ALL)
	SELECT s.metric, s.minutes, s.mean, s.q[1], s.q[2], s.q[3], s.lo, s.hi,
		CAST(to_json(list({'bin': COALESCE(h.bin, 0), 'minutes': h.minutes, 'contributors': h.contributors} ORDER BY h.bin)) AS VARCHAR)
	FROM s JOIN h USING (metric) GROUP BY ALL ORDER BY s.metric`
	rows, err := w.db.QueryContext(ctx, q, append(scopeArgs(scope), pids, HistogramBins)...)
	if err != nil {
		return nil, fmt.Errorf("warehouse: stats: %w", err)
	}
	return scanStats(rows)
}

// scanStats reads rows of (metric, minutes, mean, p10, p50, p90, min, max,
// histogram JSON).
func scanStats(rows *sql.Rows) ([]MetricStats, error) {
	defer rows.Close()
	var out []MetricStats
	for rows.Next() {
		var m MetricStats
		var hist string
		if err := rows.Scan(&m.Metric, &m.Minutes, &m.Mean, &m.P10, &m.P50, &m.P90, &m.Min, &m.Max, &hist); err != nil {
			return nil, err
		}
		var err error
		if m.Histogram, err = binsFromJSON(hist, m.Min, m.Max); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// binsFromJSON spreads the sparse bins a query returned over HistogramBins
// equal-width bars between lo and hi.
func binsFromJSON(s string, lo, hi float64) ([]Bin, error) {
	var sparse []struct {
		Bin          int   `json:"bin"`
		Minutes      int64 `json:"minutes"`
		Contributors int64 `json:"contributors"`
	}
	if err := json.Unmarshal([]byte(s), &sparse); err != nil {
		return nil, fmt.Errorf("warehouse: histogram: %w", err)
	}
	width := (hi - lo) / HistogramBins
	bins := make([]Bin, HistogramBins)
	for i := range bins {
		bins[i].Lo, bins[i].Hi = lo+float64(i)*width, lo+float64(i+1)*width
	}
	for _, b := range sparse {
		if b.Bin >= 0 && b.Bin < HistogramBins {
			bins[b.Bin].Minutes += b.Minutes
			bins[b.Bin].Contributors += b.Contributors
		}
	}
	return bins, nil
}

// duckExportQuery selects the export rows; $4..$6 are the members' pseudonyms,
// participant numbers and offsets as parallel lists.
const duckExportQuery = `WITH mm AS (SELECT unnest($4::VARCHAR[]) AS pid, unnest($5::INTEGER[]) AS participant, unnest($6::BIGINT[]) AS offset_ms),
	r AS (
		SELECT pid, metric, minute, sum(n)::BIGINT AS n, sum(sum) AS sum, min(min) AS min, max(max) AS max
		FROM rollups_named WHERE received < $3 AND minute >= $1 AND minute < $2 AND pid IN (SELECT pid FROM mm)
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
