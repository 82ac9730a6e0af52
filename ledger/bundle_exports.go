package ledger

import (
	"context"
	"time"
)

// BundleExport is a bundle variant as first delivered.
type BundleExport struct {
	BundleID  string
	Formats   string // "" or a sorted comma-separated list
	SHA256    string // hex, of the zip
	Bytes     int64
	CreatedAt time.Time
}

// RecordBundleExport records a delivered variant unless one is recorded
// already, and returns the recorded one: the first delivery is what a
// purchase is pinned to.
func (s *Store) RecordBundleExport(ctx context.Context, e BundleExport) (BundleExport, error) {
	if _, err := s.db.ExecContext(ctx, s.q(`INSERT INTO bundle_exports (bundle_id, formats, sha256, bytes, created_ms) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (bundle_id, formats) DO NOTHING`), e.BundleID, e.Formats, e.SHA256, e.Bytes, e.CreatedAt.UnixMilli()); err != nil {
		return e, err
	}
	out, err := s.bundleExports(ctx, `WHERE bundle_id = ? AND formats = ?`, e.BundleID, e.Formats)
	if err != nil {
		return e, err
	}
	if len(out) == 0 {
		return e, ErrNotFound
	}
	return out[0], nil
}

// BundleExports lists the variants of a bundle delivered so far.
func (s *Store) BundleExports(ctx context.Context, bundleID string) ([]BundleExport, error) {
	return s.bundleExports(ctx, `WHERE bundle_id = ? ORDER BY formats`, bundleID)
}

func (s *Store) bundleExports(ctx context.Context, where string, args ...any) ([]BundleExport, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT bundle_id, formats, sha256, bytes, created_ms FROM bundle_exports `+where), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []BundleExport
	for rows.Next() {
		var e BundleExport
		var ms int64
		if err := rows.Scan(&e.BundleID, &e.Formats, &e.SHA256, &e.Bytes, &ms); err != nil {
			return nil, err
		}
		e.CreatedAt = time.UnixMilli(ms).UTC()
		out = append(out, e)
	}
	return out, rows.Err()
}

// CohortSnapshots lists every version of a cohort, newest first.
func (s *Store) CohortSnapshots(ctx context.Context, cohortID string) ([]Snapshot, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+snapshotColumns+` FROM snapshots WHERE cohort_id = ? ORDER BY version DESC`), cohortID)
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
