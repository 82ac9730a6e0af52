package ledger

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// PolicyChange is an operator's setting of the cohort policy's k and prices.
// The ledger stores it; the cohorter validates and applies it.
type PolicyChange struct {
	K              int
	BasePriceCents int64
	PerDayCents    int64
	ChangedBy      string
	ChangedAt      time.Time
}

// SetCohortPolicy records a policy change; the next cohorter run applies it.
func (s *Store) SetCohortPolicy(ctx context.Context, p PolicyChange) error {
	if p.K < 1 || p.BasePriceCents < 0 || p.PerDayCents < 0 || p.ChangedBy == "" {
		return errors.New("ledger: a policy change needs k ≥ 1, prices ≥ 0 and who made it")
	}
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO policy_changes (k, base_price_cents, per_day_cents, changed_by, created_ms) VALUES (?, ?, ?, ?, ?)`),
		p.K, p.BasePriceCents, p.PerDayCents, p.ChangedBy, s.nowMs())
	return err
}

// CohortPolicy returns the latest policy change; ok is false when operators
// never changed the configured policy.
func (s *Store) CohortPolicy(ctx context.Context) (p PolicyChange, ok bool, err error) {
	var ms int64
	err = s.db.QueryRowContext(ctx, `SELECT k, base_price_cents, per_day_cents, changed_by, created_ms FROM policy_changes ORDER BY id DESC LIMIT 1`).
		Scan(&p.K, &p.BasePriceCents, &p.PerDayCents, &p.ChangedBy, &ms)
	if errors.Is(err, sql.ErrNoRows) {
		return PolicyChange{}, false, nil
	}
	if err != nil {
		return PolicyChange{}, false, err
	}
	p.ChangedAt = time.UnixMilli(ms).UTC()
	return p, true, nil
}
