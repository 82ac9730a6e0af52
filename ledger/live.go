package ledger

import (
	"context"
	"strings"
	"time"
)

// LiveNotification is a new notification and the contributor it is for.
type LiveNotification struct {
	ContributorID string
	Notification
}

// NotificationsSince returns, oldest first and at most limit, the
// notifications above id after that belong to the given contributors, and
// the id the next call should start after: one query serves every open live
// page, however many. With no contributors it only returns where to start.
func (s *Store) NotificationsSince(ctx context.Context, after int64, contributors []string, limit int) ([]LiveNotification, int64, error) {
	var top int64
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM notifications`).Scan(&top); err != nil {
		return nil, after, err
	}
	if len(contributors) == 0 || top <= after {
		return nil, max(top, after), nil
	}
	args := []any{after, top}
	for _, c := range contributors {
		args = append(args, c)
	}
	args = append(args, limit)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, contributor_id, kind, body, created_ms, read_ms IS NOT NULL FROM notifications
		WHERE id > ? AND id <= ? AND contributor_id IN (?`+strings.Repeat(", ?", len(contributors)-1)+`) ORDER BY id LIMIT ?`), args...)
	if err != nil {
		return nil, after, err
	}
	defer rows.Close()
	var out []LiveNotification
	for rows.Next() {
		var n LiveNotification
		var ms int64
		if err := rows.Scan(&n.ID, &n.ContributorID, &n.Kind, &n.Body, &ms, &n.Read); err != nil {
			return nil, after, err
		}
		n.CreatedAt = time.UnixMilli(ms)
		out = append(out, n)
	}
	if len(out) == limit { // the rest comes with the next call
		top = out[len(out)-1].ID
	}
	return out, top, rows.Err()
}
