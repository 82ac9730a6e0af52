package ledger

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Contributor is a person who shares data. Only the ledger ever sees these
// fields; the warehouse knows a contributor by pseudonym alone.
type Contributor struct {
	ID          string
	Email       string
	DisplayName string
	BirthYear   int
	Sex         string // "female", "male", "other" or "" (not given)
	CreatedAt   time.Time
	Erased      bool // the account was deleted: email, name, birth year and sex are gone
}

// ErrExists is returned when a unique field (email, serial) is already taken.
var ErrExists = errors.New("ledger: already exists")

// NormalizeEmail is the one case rule for emails: stored and looked up
// trimmed and in lower case, so Ann@Example.org and ann@example.org are
// one person.
func NormalizeEmail(email string) string { return strings.ToLower(strings.TrimSpace(email)) }

// CreateContributor stores a new contributor and returns it with its id.
func (s *Store) CreateContributor(ctx context.Context, c Contributor) (Contributor, error) {
	c.Email = NormalizeEmail(c.Email)
	if c.Email == "" || !strings.Contains(c.Email, "@") {
		return c, fmt.Errorf("ledger: invalid email %q", c.Email)
	}
	if c.BirthYear < 1900 || c.BirthYear > s.now().Year() {
		return c, fmt.Errorf("ledger: invalid birth year %d", c.BirthYear)
	}
	switch c.Sex {
	case "", "female", "male", "other":
	default:
		return c, fmt.Errorf("ledger: invalid sex %q (female, male, other or empty)", c.Sex)
	}
	c.ID = newID()
	c.CreatedAt = time.UnixMilli(s.nowMs())
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO contributors (id, email, display_name, birth_year, sex, created_ms) VALUES (?, ?, ?, ?, ?, ?)`),
		c.ID, c.Email, c.DisplayName, c.BirthYear, nullString(c.Sex), c.CreatedAt.UnixMilli())
	if isUniqueViolation(err) {
		return c, fmt.Errorf("%w: contributor with email %s", ErrExists, c.Email)
	}
	return c, err
}

// Contributor returns the contributor with the given id.
func (s *Store) Contributor(ctx context.Context, id string) (Contributor, error) {
	rows, err := s.contributors(ctx, `WHERE id = ?`, id)
	if err != nil {
		return Contributor{}, err
	}
	if len(rows) == 0 {
		return Contributor{}, ErrNotFound
	}
	return rows[0], nil
}

// ContributorByEmail returns the contributor with the given email (any
// letter case), or ErrNotFound. An erased account has no email left.
func (s *Store) ContributorByEmail(ctx context.Context, email string) (Contributor, error) {
	rows, err := s.contributors(ctx, `WHERE email = ? AND erased_ms IS NULL`, NormalizeEmail(email))
	if err != nil {
		return Contributor{}, err
	}
	if len(rows) == 0 {
		return Contributor{}, ErrNotFound
	}
	return rows[0], nil
}

// Contributors lists every contributor, oldest first.
func (s *Store) Contributors(ctx context.Context) ([]Contributor, error) {
	return s.contributors(ctx, `ORDER BY created_ms, id`)
}

func (s *Store) contributors(ctx context.Context, where string, args ...any) ([]Contributor, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, email, display_name, COALESCE(birth_year, 0), COALESCE(sex, ''), created_ms, erased_ms IS NOT NULL FROM contributors `+where), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Contributor
	for rows.Next() {
		var c Contributor
		var ms int64
		if err := rows.Scan(&c.ID, &c.Email, &c.DisplayName, &c.BirthYear, &c.Sex, &ms, &c.Erased); err != nil {
			return nil, err
		}
		c.CreatedAt = time.UnixMilli(ms)
		out = append(out, c)
	}
	return out, rows.Err()
}

// Pepper returns the secret key of contributor pseudonyms, creating it on first
// use. It lives only here, never in the warehouse.
func (s *Store) Pepper(ctx context.Context) ([]byte, error) {
	return s.secret(ctx, "pseudonym_pepper", 32)
}

// secret returns the named secret, creating n random bytes the first time.
func (s *Store) secret(ctx context.Context, name string, n int) ([]byte, error) {
	fresh := make([]byte, n)
	rand.Read(fresh)
	// Whoever inserts first wins; everybody then reads the same value.
	if _, err := s.db.ExecContext(ctx, s.q(`INSERT INTO secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING`), name, fresh); err != nil {
		return nil, err
	}
	var v []byte
	err := s.db.QueryRowContext(ctx, s.q(`SELECT value FROM secrets WHERE name = ?`), name).Scan(&v)
	return v, err
}

func nullString(s string) sql.NullString { return sql.NullString{String: s, Valid: s != ""} }

// ContributorRow is one line of the operators' list of contributors.
type ContributorRow struct {
	Contributor
	Consenting  bool      // latest research consent event is a grant
	Devices     int       // paired and not removed
	LastSeen    time.Time // latest upload from any device; zero if none
	EarnedCents int64     // paid to them by all sales
}

// ContributorRows lists contributors for operators, newest first, with their
// consent, devices and earnings, computed in one query.
func (s *Store) ContributorRows(ctx context.Context, limit, offset int) ([]ContributorRow, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`
		SELECT c.id, c.email, c.display_name, COALESCE(c.birth_year, 0), COALESCE(c.sex, ''), c.created_ms, c.erased_ms IS NOT NULL,
			COALESCE((SELECT e.granted FROM consent_events e WHERE e.contributor_id = c.id AND e.scope = ? ORDER BY e.at_ms DESC, e.id DESC LIMIT 1), 0),
			(SELECT COUNT(*) FROM devices d WHERE d.contributor_id = c.id AND d.removed_ms IS NULL),
			COALESCE((SELECT MAX(d.last_seen_ms) FROM devices d WHERE d.contributor_id = c.id), 0),
			COALESCE((SELECT SUM(p.cents) FROM payout_lines p WHERE p.contributor_id = c.id), 0)
		FROM contributors c ORDER BY c.created_ms DESC, c.id LIMIT ? OFFSET ?`), ScopeResearch, limit, offset)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ContributorRow
	for rows.Next() {
		var r ContributorRow
		var created, seen, granted int64
		if err := rows.Scan(&r.ID, &r.Email, &r.DisplayName, &r.BirthYear, &r.Sex, &created, &r.Erased, &granted, &r.Devices, &seen, &r.EarnedCents); err != nil {
			return nil, err
		}
		r.CreatedAt, r.Consenting = time.UnixMilli(created), granted == 1
		if seen > 0 {
			r.LastSeen = time.UnixMilli(seen)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
