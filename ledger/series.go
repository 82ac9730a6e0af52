package ledger

import (
	"context"
	"time"
)

// EarningsByDay returns what a contributor earned on each UTC day since
// from that has earnings, oldest first.
func (s *Store) EarningsByDay(ctx context.Context, contributorID string, from time.Time) ([]DayAmount, error) {
	return s.byDay(ctx, `SELECT sa.created_ms / 86400000 AS day, SUM(l.cents) FROM payout_lines l JOIN sales sa ON sa.id = l.sale_id
		WHERE l.contributor_id = ? AND sa.created_ms >= ? GROUP BY day ORDER BY day`, contributorID, from.UnixMilli())
}

// RevenueByDay returns the sales' revenue on each UTC day since from that
// has sales, oldest first.
func (s *Store) RevenueByDay(ctx context.Context, from time.Time) ([]DayAmount, error) {
	return s.byDay(ctx, `SELECT created_ms / 86400000 AS day, SUM(price_cents) FROM sales WHERE created_ms >= ? GROUP BY day ORDER BY day`, from.UnixMilli())
}

func (s *Store) byDay(ctx context.Context, query string, args ...any) ([]DayAmount, error) {
	rows, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []DayAmount
	for rows.Next() {
		var d, c int64
		if err := rows.Scan(&d, &c); err != nil {
			return nil, err
		}
		out = append(out, DayAmount{time.UnixMilli(d * 86400000).UTC(), c})
	}
	return out, rows.Err()
}

// SnapshotHistory returns up to limit versions of a cohort, oldest first.
func (s *Store) SnapshotHistory(ctx context.Context, cohortID string, limit int) ([]Snapshot, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+snapshotColumns+` FROM (SELECT * FROM snapshots WHERE cohort_id = ? ORDER BY version DESC LIMIT ?) v ORDER BY version`), cohortID, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Snapshot
	for rows.Next() {
		sn, err := scanSnapshot(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, sn)
	}
	return out, rows.Err()
}
