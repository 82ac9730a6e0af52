package ledger

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"errors"
	"time"
)

// Identity is a person as the OpenID provider knows them.
type Identity struct {
	Issuer        string
	Subject       string
	Email         string
	Name          string
	ContributorID string // empty until onboarding
}

// UpsertIdentity records a sign-in, keeping an existing contributor link.
func (s *Store) UpsertIdentity(ctx context.Context, id Identity) (Identity, error) {
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO identities (issuer, subject, email, name, created_ms) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (issuer, subject) DO UPDATE SET email = excluded.email, name = excluded.name`), id.Issuer, id.Subject, id.Email, id.Name, s.nowMs())
	if err != nil {
		return id, err
	}
	return s.Identity(ctx, id.Issuer, id.Subject)
}

// Identity returns a stored identity.
func (s *Store) Identity(ctx context.Context, issuer, subject string) (Identity, error) {
	id := Identity{Issuer: issuer, Subject: subject}
	var c sql.NullString
	err := s.db.QueryRowContext(ctx, s.q(`SELECT email, name, contributor_id FROM identities WHERE issuer = ? AND subject = ?`), issuer, subject).Scan(&id.Email, &id.Name, &c)
	if errors.Is(err, sql.ErrNoRows) {
		return id, ErrNotFound
	}
	id.ContributorID = c.String
	return id, err
}

// LinkIdentity attaches a contributor to an identity (onboarding).
func (s *Store) LinkIdentity(ctx context.Context, issuer, subject, contributorID string) error {
	_, err := s.db.ExecContext(ctx, s.q(`UPDATE identities SET contributor_id = ? WHERE issuer = ? AND subject = ?`), contributorID, issuer, subject)
	return err
}

// Session is a signed-in browser.
type Session struct {
	Issuer, Subject string
	CSRF            string
	Expires         time.Time
}

func hashID(id string) []byte { h := sha256.Sum256([]byte(id)); return h[:] }

func token() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// CreateSession starts a session and returns its secret id (for the cookie).
func (s *Store) CreateSession(ctx context.Context, issuer, subject string, ttl time.Duration) (string, Session, error) {
	id := token()
	se := Session{Issuer: issuer, Subject: subject, CSRF: token(), Expires: s.now().Add(ttl)}
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO sessions (id_hash, issuer, subject, csrf, created_ms, expires_ms) VALUES (?, ?, ?, ?, ?, ?)`),
		hashID(id), issuer, subject, se.CSRF, s.nowMs(), se.Expires.UnixMilli())
	return id, se, err
}

// Session returns a live session by its secret id.
func (s *Store) Session(ctx context.Context, id string) (Session, error) {
	var se Session
	var exp int64
	err := s.db.QueryRowContext(ctx, s.q(`SELECT issuer, subject, csrf, expires_ms FROM sessions WHERE id_hash = ?`), hashID(id)).Scan(&se.Issuer, &se.Subject, &se.CSRF, &exp)
	if errors.Is(err, sql.ErrNoRows) {
		return se, ErrNotFound
	}
	if err != nil {
		return se, err
	}
	se.Expires = time.UnixMilli(exp)
	if !s.now().Before(se.Expires) {
		return se, ErrNotFound
	}
	return se, nil
}

// LoginKey is the portal's key for sealing sign-ins in progress into a
// short-lived browser cookie (state, nonce and PKCE verifier); every portal
// process of a ledger shares it.
func (s *Store) LoginKey(ctx context.Context) ([]byte, error) {
	return s.secret(ctx, "portal_login_key", 32)
}

// DeleteSession ends a session.
func (s *Store) DeleteSession(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, s.q(`DELETE FROM sessions WHERE id_hash = ?`), hashID(id))
	return err
}

// Earnings is what a contributor has earned, in cents.
type Earnings struct {
	Total     int64 // all payout lines
	OnChain   int64 // committed in a confirmed payout epoch
	Sales     int   // sales that paid them
	LastSales []PayoutLine
	ByDay     []DayAmount // the last 30 days with earnings, oldest first
}

// DayAmount is what was earned on one UTC day.
type DayAmount struct {
	Day   time.Time
	Cents int64
}

// EarningsOf sums a contributor's payout lines.
func (s *Store) EarningsOf(ctx context.Context, contributorID string) (Earnings, error) {
	var e Earnings
	err := s.db.QueryRowContext(ctx, s.q(`SELECT COALESCE(SUM(l.cents), 0), COUNT(*),
		COALESCE(SUM(CASE WHEN p.status = 'confirmed' THEN l.cents ELSE 0 END), 0)
		FROM payout_lines l JOIN sales sa ON sa.id = l.sale_id LEFT JOIN payout_epochs p ON p.epoch = sa.epoch
		WHERE l.contributor_id = ?`), contributorID).Scan(&e.Total, &e.Sales, &e.OnChain)
	if err != nil {
		return e, err
	}
	days, err := s.db.QueryContext(ctx, s.q(`SELECT sa.created_ms / 86400000 AS day, SUM(l.cents) FROM payout_lines l JOIN sales sa ON sa.id = l.sale_id
		WHERE l.contributor_id = ? AND sa.created_ms >= ? GROUP BY day ORDER BY day`), contributorID, s.now().Add(-30*24*time.Hour).UnixMilli())
	if err != nil {
		return e, err
	}
	for days.Next() {
		var d, c int64
		if err := days.Scan(&d, &c); err != nil {
			days.Close()
			return e, err
		}
		e.ByDay = append(e.ByDay, DayAmount{time.UnixMilli(d * 86400000).UTC(), c})
	}
	days.Close()
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT l.sale_id, l.contributor_id, l.account, l.cents FROM payout_lines l JOIN sales sa ON sa.id = l.sale_id
		WHERE l.contributor_id = ? ORDER BY sa.created_ms DESC LIMIT 10`), contributorID)
	if err != nil {
		return e, err
	}
	defer rows.Close()
	for rows.Next() {
		var l PayoutLine
		if err := rows.Scan(&l.SaleID, &l.ContributorID, &l.Account, &l.Cents); err != nil {
			return e, err
		}
		e.LastSales = append(e.LastSales, l)
	}
	return e, rows.Err()
}
