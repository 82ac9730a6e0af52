package ledger

import (
	"context"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// API token scopes: what a researcher's token may do.
const (
	ScopeRead = "read" // the catalog, orders and downloads of bought bundles
	ScopeBuy  = "buy"  // placing orders, which spends credit
)

// TokenScopes are every scope a token can have.
var TokenScopes = []string{ScopeRead, ScopeBuy}

// Token lifetimes: DefaultTokenTTL when none is asked for, at most MaxTokenTTL.
const (
	DefaultTokenTTL = 90 * 24 * time.Hour
	MaxTokenTTL     = 366 * 24 * time.Hour
)

// APIToken is a researcher's API token as listed; the secret itself is shown
// once when issued and only its SHA-256 is stored.
type APIToken struct {
	ID           string // public handle: the first 16 hex digits of the secret's SHA-256
	ResearcherID string
	Name         string
	Scopes       []string
	CreatedAt    time.Time
	ExpiresAt    time.Time
	RevokedAt    time.Time // zero unless revoked
	LastUsed     time.Time // zero if never used

	hash []byte
}

// Has reports whether the token carries scope.
func (t APIToken) Has(scope string) bool { return slices.Contains(t.Scopes, scope) }

// Live reports whether the token may be used at now.
func (t APIToken) Live(now time.Time) bool { return t.RevokedAt.IsZero() && now.Before(t.ExpiresAt) }

// TokenSpec is what a researcher asks for when issuing a token.
type TokenSpec struct {
	Name   string
	Scopes []string
	TTL    time.Duration // 0: DefaultTokenTTL
}

// IssueAPIToken issues a researcher's API token and returns its secret,
// which is shown once.
func (s *Store) IssueAPIToken(ctx context.Context, researcherID string, spec TokenSpec) (string, APIToken, error) {
	name := strings.TrimSpace(spec.Name)
	if len(name) > 60 {
		return "", APIToken{}, errors.New("ledger: a token name has at most 60 characters")
	}
	if len(spec.Scopes) == 0 {
		return "", APIToken{}, errors.New("ledger: a token needs at least one scope")
	}
	for _, sc := range spec.Scopes {
		if !slices.Contains(TokenScopes, sc) {
			return "", APIToken{}, fmt.Errorf("ledger: unknown token scope %q (have %v)", sc, TokenScopes)
		}
	}
	var scopes []string
	for _, sc := range TokenScopes { // canonical order, no duplicates
		if slices.Contains(spec.Scopes, sc) {
			scopes = append(scopes, sc)
		}
	}
	ttl := spec.TTL
	if ttl == 0 {
		ttl = DefaultTokenTTL
	}
	if ttl < 0 || ttl > MaxTokenTTL {
		return "", APIToken{}, fmt.Errorf("ledger: a token lives at most %v", MaxTokenTTL)
	}
	secret := "rhd_" + token()
	now := time.UnixMilli(s.nowMs())
	t := APIToken{ID: tokenID(hashID(secret)), hash: hashID(secret), ResearcherID: researcherID, Name: name, Scopes: scopes, CreatedAt: now, ExpiresAt: now.Add(ttl)}
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO api_tokens (token_hash, researcher_id, created_ms, name, scopes, expires_ms) VALUES (?, ?, ?, ?, ?, ?)`),
		hashID(secret), researcherID, now.UnixMilli(), name, strings.Join(scopes, " "), t.ExpiresAt.UnixMilli())
	if err != nil {
		return "", APIToken{}, err
	}
	return secret, t, nil
}

// CreateAPIToken issues a token with every scope and the default lifetime.
func (s *Store) CreateAPIToken(ctx context.Context, researcherID string) (string, error) {
	secret, _, err := s.IssueAPIToken(ctx, researcherID, TokenSpec{Scopes: TokenScopes})
	return secret, err
}

// APITokenBySecret returns the live token with this secret and notes its use;
// an unknown, expired or revoked token is ErrNotFound.
func (s *Store) APITokenBySecret(ctx context.Context, secret string) (APIToken, error) {
	ts, err := s.apiTokens(ctx, `WHERE token_hash = ?`, hashID(secret))
	if err != nil {
		return APIToken{}, err
	}
	now := s.now()
	if len(ts) == 0 || !ts[0].Live(now) {
		return APIToken{}, ErrNotFound
	}
	// At most one write a minute per token: use is shown to the minute.
	_, err = s.db.ExecContext(ctx, s.q(`UPDATE api_tokens SET last_used_ms = ? WHERE token_hash = ? AND (last_used_ms IS NULL OR last_used_ms < ?)`),
		now.UnixMilli(), hashID(secret), now.Add(-time.Minute).UnixMilli())
	return ts[0], err
}

// APITokens lists a researcher's tokens, newest first, revoked and expired ones included.
func (s *Store) APITokens(ctx context.Context, researcherID string) ([]APIToken, error) {
	return s.apiTokens(ctx, `WHERE researcher_id = ? ORDER BY created_ms DESC, token_hash`, researcherID)
}

// RevokeAPIToken ends one of the researcher's tokens at once; revoking it
// again changes nothing. Another researcher's token is ErrNotFound.
func (s *Store) RevokeAPIToken(ctx context.Context, researcherID, id string) error {
	ts, err := s.APITokens(ctx, researcherID)
	if err != nil {
		return err
	}
	for _, t := range ts {
		if t.ID == id {
			_, err := s.db.ExecContext(ctx, s.q(`UPDATE api_tokens SET revoked_ms = ? WHERE researcher_id = ? AND token_hash = ? AND revoked_ms IS NULL`),
				s.nowMs(), researcherID, t.hash)
			return err
		}
	}
	return ErrNotFound
}

func tokenID(hash []byte) string { return hex.EncodeToString(hash[:8]) }

func (s *Store) apiTokens(ctx context.Context, where string, args ...any) ([]APIToken, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT token_hash, researcher_id, name, scopes, created_ms, expires_ms, revoked_ms, last_used_ms FROM api_tokens `+where), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []APIToken
	for rows.Next() {
		var t APIToken
		var hash []byte
		var scopes string
		var created, expires int64
		var revoked, used sql.NullInt64
		if err := rows.Scan(&hash, &t.ResearcherID, &t.Name, &scopes, &created, &expires, &revoked, &used); err != nil {
			return nil, err
		}
		t.hash, t.ID, t.Scopes, t.CreatedAt, t.ExpiresAt = hash, tokenID(hash), strings.Fields(scopes), time.UnixMilli(created), time.UnixMilli(expires)
		if revoked.Valid {
			t.RevokedAt = time.UnixMilli(revoked.Int64)
		}
		if used.Valid {
			t.LastUsed = time.UnixMilli(used.Int64)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}
