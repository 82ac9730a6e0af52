package ledger

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// ScopeResearch is consent to the use of one's pseudonymized data in research cohorts.
const ScopeResearch = "research"

// TermsVersion is the current version of the research terms.
const TermsVersion = "2026-11"

// ConsentEvent is one grant or revocation.
type ConsentEvent struct {
	ContributorID string
	Scope         string
	Granted       bool
	TermsVersion  string
	At            time.Time
}

// RecordConsent appends a grant or revocation at the current time. A
// revocation of research use (or of a purpose) notifies, in the same
// transaction, the buyers of every bundle (sold for that purpose) holding
// the contributor (see WithdrawalNotices).
func (s *Store) RecordConsent(ctx context.Context, contributorID, scope string, granted bool, terms string) (ConsentEvent, error) {
	if scope == "" || terms == "" {
		return ConsentEvent{}, errors.New("ledger: consent needs a scope and a terms version")
	}
	if _, err := s.Contributor(ctx, contributorID); err != nil {
		return ConsentEvent{}, err
	}
	e := ConsentEvent{ContributorID: contributorID, Scope: scope, Granted: granted, TermsVersion: terms, At: time.UnixMilli(s.nowMs())}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		return s.recordConsent(ctx, tx, contributorID, scope, granted, terms, e.At.UnixMilli())
	})
	return e, err
}

// ConsentHistory lists a contributor's consent events for scope, oldest first.
func (s *Store) ConsentHistory(ctx context.Context, contributorID, scope string) ([]ConsentEvent, error) {
	return s.consentEvents(ctx, `WHERE contributor_id = ? AND scope = ? ORDER BY at_ms, id`, contributorID, scope)
}

// consentEvents reads consent events matching where.
func (s *Store) consentEvents(ctx context.Context, where string, args ...any) ([]ConsentEvent, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT contributor_id, scope, granted, terms_version, at_ms FROM consent_events `+where), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ConsentEvent
	for rows.Next() {
		var e ConsentEvent
		var g int
		var at int64
		if err := rows.Scan(&e.ContributorID, &e.Scope, &g, &e.TermsVersion, &at); err != nil {
			return nil, err
		}
		e.Granted, e.At = g == 1, time.UnixMilli(at)
		out = append(out, e)
	}
	return out, rows.Err()
}

// Consenting returns the contributors whose latest consent event for scope at
// or before t is a grant; a deleted account never counts.
func (s *Store) Consenting(ctx context.Context, scope string, t time.Time) (map[string]Contributor, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`
		SELECT c.id, c.email, c.display_name, c.birth_year, COALESCE(c.sex, ''), c.created_ms
		FROM contributors c JOIN consent_events e ON e.contributor_id = c.id
		WHERE c.erased_ms IS NULL AND e.scope = ? AND e.at_ms <= ? AND e.granted = 1 AND NOT EXISTS (
			SELECT 1 FROM consent_events l WHERE l.contributor_id = e.contributor_id AND l.scope = e.scope
			AND l.at_ms <= ? AND (l.at_ms > e.at_ms OR (l.at_ms = e.at_ms AND l.id > e.id)))`),
		scope, t.UnixMilli(), t.UnixMilli())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]Contributor{}
	for rows.Next() {
		var c Contributor
		var ms int64
		if err := rows.Scan(&c.ID, &c.Email, &c.DisplayName, &c.BirthYear, &c.Sex, &ms); err != nil {
			return nil, err
		}
		c.CreatedAt = time.UnixMilli(ms)
		out[c.ID] = c
	}
	return out, rows.Err()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// PendingConsent is a consent event not yet confirmed on chain.
type PendingConsent struct {
	ID    int64
	Event ConsentEvent
	Nonce int64 // -1 until a relay was attempted
}

// UnrelayedConsents returns consent events not yet on chain, oldest first.
func (s *Store) UnrelayedConsents(ctx context.Context, limit int) ([]PendingConsent, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, contributor_id, scope, granted, terms_version, at_ms, COALESCE(chain_nonce, -1)
		FROM consent_events WHERE chain_tx IS NULL ORDER BY id LIMIT ?`), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []PendingConsent
	for rows.Next() {
		var p PendingConsent
		var g int
		var at int64
		if err := rows.Scan(&p.ID, &p.Event.ContributorID, &p.Event.Scope, &g, &p.Event.TermsVersion, &at, &p.Nonce); err != nil {
			return nil, err
		}
		p.Event.Granted, p.Event.At = g == 1, time.UnixMilli(at)
		out = append(out, p)
	}
	return out, rows.Err()
}

// SetConsentNonce records the on-chain nonce a relay of the event uses.
func (s *Store) SetConsentNonce(ctx context.Context, id, nonce int64) error {
	_, err := s.db.ExecContext(ctx, s.q(`UPDATE consent_events SET chain_nonce = ? WHERE id = ?`), nonce, id)
	return err
}

// MarkConsentRelayed records the transaction that put the event on chain.
func (s *Store) MarkConsentRelayed(ctx context.Context, id int64, tx string) error {
	_, err := s.db.ExecContext(ctx, s.q(`UPDATE consent_events SET chain_tx = ? WHERE id = ?`), tx, id)
	return err
}
