package ledger

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Purpose is what a buyer states a bundle is for. Contributors choose which
// purposes they allow; a bundle sold for a purpose holds only those who allow
// it at the time of the sale.
type Purpose struct {
	ID          string
	Name        string
	Description string
	// Default is the choice of a contributor who never chose: purposes
	// whose results are public and serve everyone are allowed, those that
	// serve one company's products are not until the person says so.
	Default bool
}

// Purposes is the fixed list buyers choose from, in the order shown.
var Purposes = []Purpose{
	{"academic", "Academic research", "Studies by universities and research institutes whose results are published for others to check.", true},
	{"public_health", "Public health", "Work by health agencies and charities to understand, track and prevent illness across the population.", true},
	{"commercial", "Commercial product research", "Companies developing or improving the products and services they sell.", false},
	{"ai_training", "AI and machine-learning training", "Training or testing computer models that learn from data, by any kind of organisation.", false},
}

// ErrUnknownPurpose is returned for a purpose that is not in Purposes.
var ErrUnknownPurpose = errors.New("ledger: unknown purpose")

// LookupPurpose returns the purpose with id.
func LookupPurpose(id string) (Purpose, error) {
	for _, p := range Purposes {
		if p.ID == id {
			return p, nil
		}
	}
	return Purpose{}, fmt.Errorf("%w %q", ErrUnknownPurpose, id)
}

// PurposeScope is the consent scope of a purpose's choices.
func PurposeScope(id string) string { return "purpose:" + id }

// PurposeChoices returns, for every purpose, whether the contributor allows
// it now: their latest choice, or the purpose's default if they never chose.
func (s *Store) PurposeChoices(ctx context.Context, contributorID string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, p := range Purposes {
		var g int
		err := s.db.QueryRowContext(ctx, s.q(`SELECT granted FROM consent_events WHERE contributor_id = ? AND scope = ?
			ORDER BY at_ms DESC, id DESC LIMIT 1`), contributorID, PurposeScope(p.ID)).Scan(&g)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			out[p.ID] = p.Default
		case err != nil:
			return nil, err
		default:
			out[p.ID] = g == 1
		}
	}
	return out, nil
}

// SetPurposes records the contributor's choice for each purpose named in
// allowed whose current choice differs (or who never chose), in one
// transaction; it returns how many choices it recorded. Stopping a purpose
// notifies the buyers of bundles sold for it (see WithdrawalNotices).
// Unknown purposes change nothing.
func (s *Store) SetPurposes(ctx context.Context, contributorID string, allowed map[string]bool) (int, error) {
	for id := range allowed {
		if _, err := LookupPurpose(id); err != nil {
			return 0, err
		}
	}
	if _, err := s.Contributor(ctx, contributorID); err != nil {
		return 0, err
	}
	changed := 0
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		changed = 0
		now := s.nowMs()
		for _, p := range Purposes {
			want, ok := allowed[p.ID]
			if !ok {
				continue
			}
			var g int
			err := tx.QueryRowContext(ctx, s.q(`SELECT granted FROM consent_events WHERE contributor_id = ? AND scope = ?
				ORDER BY at_ms DESC, id DESC LIMIT 1`), contributorID, PurposeScope(p.ID)).Scan(&g)
			if err == nil && (g == 1) == want {
				continue
			}
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return err
			}
			if err := s.recordConsent(ctx, tx, contributorID, PurposeScope(p.ID), want, TermsVersion, now); err != nil {
				return err
			}
			changed++
		}
		return nil
	})
	return changed, err
}

// Choices lists a contributor's research and purpose choices, oldest first:
// the history the contributor sees and exports.
func (s *Store) Choices(ctx context.Context, contributorID string) ([]ConsentEvent, error) {
	return s.consentEvents(ctx, `WHERE contributor_id = ? AND (scope = ? OR scope LIKE 'purpose:%') ORDER BY at_ms, id`, contributorID, ScopeResearch)
}

// PurposeOf names the purpose of a consent scope, "" for other scopes.
func PurposeOf(scope string) string {
	id, ok := strings.CutPrefix(scope, "purpose:")
	if !ok {
		return ""
	}
	if p, err := LookupPurpose(id); err == nil {
		return p.Name
	}
	return id
}

// Use is one sale that included a contributor, as they see it.
type Use struct {
	SaleID       string
	At           time.Time
	Organization string
	Purpose      Purpose
	CohortID     string
	Cohort       string // the cohort's description
	SnapshotID   string
	Cents        int64 // the contributor's share
	Verified     bool  // its payout batch is confirmed on the public record
}

// MaxUses bounds the uses UsesOf returns: years of weekly sales.
const MaxUses = 2000

// UsesOf lists the sales that included the contributor, newest first, at
// most MaxUses.
func (s *Store) UsesOf(ctx context.Context, contributorID string) ([]Use, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT sa.id, sa.created_ms, o.organization, o.purpose, c.id, c.description, sa.snapshot_id, l.cents,
		COALESCE(p.status, '') = 'confirmed'
		FROM payout_lines l JOIN sales sa ON sa.id = l.sale_id JOIN orders o ON o.id = sa.id
		JOIN snapshots sn ON sn.id = sa.snapshot_id JOIN cohorts c ON c.id = sn.cohort_id
		LEFT JOIN payout_epochs p ON p.epoch = sa.epoch
		WHERE l.contributor_id = ? ORDER BY sa.created_ms DESC, sa.id LIMIT ?`), contributorID, MaxUses)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Use
	for rows.Next() {
		var u Use
		var ms int64
		var purpose string
		if err := rows.Scan(&u.SaleID, &ms, &u.Organization, &purpose, &u.CohortID, &u.Cohort, &u.SnapshotID, &u.Cents, &u.Verified); err != nil {
			return nil, err
		}
		u.At = time.UnixMilli(ms)
		if u.Purpose, err = LookupPurpose(purpose); err != nil {
			u.Purpose = Purpose{ID: purpose, Name: purpose}
		}
		out = append(out, u)
	}
	return out, rows.Err()
}
