package warehouse

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// querier is a database or a read transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// featureQueries are a backend's reads of the daily summaries in a window
// ($1 from, $2 to; days also $3, the minutes that make a coverage day):
//   - days: pid, distinct minutes, days with data, coverage days, last write
//   - metrics: pid, metric, minute rollups, samples, sum, sum of minute means,
//     sum of their squares, days, histogram sums as text "[a, b, …]"
//   - devices: pid, device type, minute rollups
type featureQueries struct{ days, metrics, devices string }

// histSums is the column-wise sum of a histogram list column: [sum(h[1]), …].
func histSums(col, cast string) string {
	parts := make([]string, SummaryBins)
	for i := range parts {
		parts[i] = fmt.Sprintf("sum(%s[%d])%s", col, i+1, cast)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// readFeatures assembles every contributor's Feature from a backend's three
// summary reads. The digest hashes integers only (counts and the last write),
// so the same data always gives the same digest, whatever order sums run in.
func readFeatures(ctx context.Context, q querier, fq featureQueries, win Window, minMinutesPerDay int) (FeatureSet, error) {
	var set FeatureSet
	from, to := win.From.UTC(), win.To.UTC()
	by := map[string]*Feature{}
	last := map[string]int64{}
	err := scanEach(ctx, q, fq.days, []any{from, to, minMinutesPerDay}, func(rows *sql.Rows) error {
		var f Feature
		var days, coverage, wseq int64
		if err := rows.Scan(&f.PID, &f.Minutes, &days, &coverage, &wseq); err != nil {
			return err
		}
		f.Days, f.CoverageDays = int(days), int(coverage)
		by[f.PID], last[f.PID] = &f, wseq
		set.Through = max(set.Through, wseq)
		return nil
	})
	if err != nil {
		return set, fmt.Errorf("warehouse: features: %w", err)
	}
	err = scanEach(ctx, q, fq.metrics, []any{from, to}, func(rows *sql.Rows) error {
		var pid, hist string
		var m MetricSummary
		var days int64
		var sum float64
		if err := rows.Scan(&pid, &m.Metric, &m.Minutes, &m.Samples, &sum, &m.MeanSum, &m.MeanSq, &days, &hist); err != nil {
			return err
		}
		f := by[pid]
		if f == nil {
			return nil // no minute set: written between two reads (ClickHouse has no read transaction)
		}
		m.Days = int(days)
		if err := parseHist(hist, &m.Hist); err != nil {
			return err
		}
		f.Rows += m.Minutes
		switch m.Metric {
		case "steps":
			f.Steps, f.StepDays = sum, m.Days
		case "activity":
			f.Activity = sum
		}
		f.Metrics = append(f.Metrics, m)
		return nil
	})
	if err != nil {
		return set, fmt.Errorf("warehouse: features: %w", err)
	}
	most := map[string]int64{}
	err = scanEach(ctx, q, fq.devices, []any{from, to}, func(rows *sql.Rows) error {
		var pid, dt string
		var minutes int64
		if err := rows.Scan(&pid, &dt, &minutes); err != nil {
			return err
		}
		f := by[pid]
		if f == nil {
			return nil
		}
		if best, seen := most[pid]; !seen || minutes > best || minutes == best && dt < f.DeviceType {
			most[pid], f.DeviceType = minutes, dt
		}
		return nil
	})
	if err != nil {
		return set, fmt.Errorf("warehouse: features: %w", err)
	}
	set.Features = make([]Feature, 0, len(by))
	for pid, f := range by {
		slices.SortFunc(f.Metrics, func(a, b MetricSummary) int { return cmp.Compare(a.Metric, b.Metric) })
		h := sha256.New()
		fmt.Fprintf(h, "%s|%d|%d|%d|%d|%s\n", pid, f.Minutes, f.Days, f.CoverageDays, last[pid], f.DeviceType)
		for _, m := range f.Metrics {
			fmt.Fprintf(h, "%s|%d|%d|%d|%v\n", m.Metric, m.Days, m.Minutes, m.Samples, m.Hist)
		}
		f.Digest = h.Sum(nil)
		set.Features = append(set.Features, *f)
	}
	slices.SortFunc(set.Features, func(a, b Feature) int { return strings.Compare(a.PID, b.PID) })
	return set, nil
}

// parseHist reads "[a, b, …]" (DuckDB) or "[a,b,…]" (ClickHouse) into h.
func parseHist(s string, h *[SummaryBins]int64) error {
	parts := strings.Split(strings.Trim(s, "[] "), ",")
	if len(parts) != SummaryBins {
		return fmt.Errorf("warehouse: histogram of %d bins, want %d", len(parts), SummaryBins)
	}
	for i, p := range parts {
		v, err := strconv.ParseInt(strings.TrimSpace(p), 10, 64)
		if err != nil {
			return fmt.Errorf("warehouse: histogram: %w", err)
		}
		h[i] = v
	}
	return nil
}

// scanEach runs query and calls fn on every row.
func scanEach(ctx context.Context, q querier, query string, args []any, fn func(*sql.Rows) error) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// dayQueries are a backend's reads of one pseudonym's days ($1 pid, $2 from,
// $3 to): minutes gives (day, distinct minutes), metrics (day, metric,
// minute rollups, samples, sum, min, max).
type dayQueries struct{ minutes, metrics string }

func readDays(ctx context.Context, q querier, dq dayQueries, pid string, from, to time.Time) ([]Day, error) {
	by := map[time.Time]*Day{}
	day := func(t time.Time) *Day {
		t = t.UTC().Truncate(24 * time.Hour)
		d := by[t]
		if d == nil {
			d = &Day{Day: t}
			by[t] = d
		}
		return d
	}
	args := []any{pid, from.UTC(), to.UTC()}
	err := scanEach(ctx, q, dq.minutes, args, func(rows *sql.Rows) error {
		var t time.Time
		var n int64
		if err := rows.Scan(&t, &n); err != nil {
			return err
		}
		day(t).Minutes = int(n)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("warehouse: days: %w", err)
	}
	err = scanEach(ctx, q, dq.metrics, args, func(rows *sql.Rows) error {
		var t time.Time
		var m DayMetric
		if err := rows.Scan(&t, &m.Metric, &m.Minutes, &m.N, &m.Sum, &m.Min, &m.Max); err != nil {
			return err
		}
		d := day(t)
		d.Metrics = append(d.Metrics, m)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("warehouse: days: %w", err)
	}
	out := make([]Day, 0, len(by))
	for _, d := range by {
		slices.SortFunc(d.Metrics, func(a, b DayMetric) int { return cmp.Compare(a.Metric, b.Metric) })
		out = append(out, *d)
	}
	slices.SortFunc(out, func(a, b Day) int { return a.Day.Compare(b.Day) })
	return out, nil
}

// scopeArgs are a scope's bounds as $1 from, $2 to, $3 received-before and
// $4 through, with zero bounds made unbounding.
func scopeArgs(s Scope) []any {
	received := s.ReceivedBefore
	if received.IsZero() {
		received = time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	through := s.Through
	if through == 0 {
		through = 1<<63 - 1
	}
	return []any{s.From.UTC(), s.To.UTC(), received.UTC(), through}
}
