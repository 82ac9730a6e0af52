package ledger

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Researcher is a buyer of bundles.
type Researcher struct {
	ID           string
	Email        string
	Name         string
	Organization string
	IntendedUse  string
	CreditsCents int64
	CreatedAt    time.Time
}

// ErrInsufficientCredit is returned when a purchase costs more than the credit left.
var ErrInsufficientCredit = errors.New("ledger: not enough credit")

// CreateResearcher signs a researcher up.
func (s *Store) CreateResearcher(ctx context.Context, r Researcher) (Researcher, error) {
	r.Email = NormalizeEmail(r.Email)
	if r.Email == "" || strings.TrimSpace(r.Organization) == "" || strings.TrimSpace(r.IntendedUse) == "" {
		return r, errors.New("ledger: a researcher needs an email, an organization and an intended use")
	}
	r.ID, r.CreatedAt = "r_"+newID(), time.UnixMilli(s.nowMs())
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO researchers (id, email, name, organization, intended_use, created_ms) VALUES (?, ?, ?, ?, ?, ?)`),
		r.ID, r.Email, r.Name, r.Organization, r.IntendedUse, r.CreatedAt.UnixMilli())
	if isUniqueViolation(err) {
		return r, fmt.Errorf("%w: researcher %s", ErrExists, r.Email)
	}
	return r, err
}

// Researcher returns one researcher.
func (s *Store) Researcher(ctx context.Context, id string) (Researcher, error) {
	var r Researcher
	var ms int64
	err := s.db.QueryRowContext(ctx, s.q(`SELECT id, email, name, organization, intended_use, credits_cents, created_ms FROM researchers WHERE id = ? OR email = ?`), id, strings.ToLower(id)).
		Scan(&r.ID, &r.Email, &r.Name, &r.Organization, &r.IntendedUse, &r.CreditsCents, &ms)
	if errors.Is(err, sql.ErrNoRows) {
		return r, ErrNotFound
	}
	r.CreatedAt = time.UnixMilli(ms)
	return r, err
}

// LinkResearcher attaches a researcher to an identity.
func (s *Store) LinkResearcher(ctx context.Context, issuer, subject, researcherID string) error {
	_, err := s.db.ExecContext(ctx, s.q(`UPDATE identities SET researcher_id = ? WHERE issuer = ? AND subject = ?`), researcherID, issuer, subject)
	return err
}

// ResearcherOf returns the researcher linked to an identity, if any.
func (s *Store) ResearcherOf(ctx context.Context, issuer, subject string) (string, error) {
	var id sql.NullString
	err := s.db.QueryRowContext(ctx, s.q(`SELECT researcher_id FROM identities WHERE issuer = ? AND subject = ?`), issuer, subject).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	return id.String, err
}

// GrantCredit adds prepaid credit (an operator's grant or a card payment).
func (s *Store) GrantCredit(ctx context.Context, researcherID string, cents int64, reason string) error {
	if cents <= 0 {
		return errors.New("ledger: a grant must be positive")
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, s.q(`UPDATE researchers SET credits_cents = credits_cents + ? WHERE id = ?`), cents, researcherID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		_, err = tx.ExecContext(ctx, s.q(`INSERT INTO credit_grants (researcher_id, cents, reason, created_ms) VALUES (?, ?, ?, ?)`), researcherID, cents, reason, s.nowMs())
		return err
	})
}

// CreditCardPayment adds a completed card payment's amount to the
// researcher's credit, once per payment id: a provider repeating its
// notification changes nothing (credited is then false).
func (s *Store) CreditCardPayment(ctx context.Context, paymentID, researcherID string, cents int64) (credited bool, err error) {
	if paymentID == "" || cents <= 0 {
		return false, errors.New("ledger: a card payment needs an id and a positive amount")
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		var prior string
		err := tx.QueryRowContext(ctx, s.q(`SELECT researcher_id FROM card_payments WHERE id = ?`), paymentID).Scan(&prior)
		if err == nil {
			if prior != researcherID {
				return fmt.Errorf("ledger: card payment %s belongs to another researcher", paymentID)
			}
			return nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		res, err := tx.ExecContext(ctx, s.q(`UPDATE researchers SET credits_cents = credits_cents + ? WHERE id = ?`), cents, researcherID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		now := s.nowMs()
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO card_payments (id, researcher_id, cents, created_ms) VALUES (?, ?, ?, ?)`), paymentID, researcherID, cents, now); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, s.q(`INSERT INTO credit_grants (researcher_id, cents, reason, created_ms) VALUES (?, ?, ?, ?)`), researcherID, cents, "card payment "+paymentID, now)
		credited = err == nil
		return err
	})
	return credited, err
}

// Order is a purchase of a bundle of a snapshot.
type Order struct {
	ID             string
	ResearcherID   string
	IdempotencyKey string
	SnapshotID     string
	BundleID       string
	PriceCents     int64
	FeeBps         int64
	Purpose        string // one of Purposes: the bundle holds only members who allow it
	Organization   string // who uses the data, as the buyer stated
	// Formats are the standard exports chosen when ordering, sorted and
	// comma-separated ("fhir,omh"; "" = Parquet only): what a download of
	// the order holds unless it asks otherwise.
	Formats   string
	CreatedAt time.Time
}

// ErrKeyReused is returned when an idempotency key comes back with a
// different request than the order it first placed.
var ErrKeyReused = errors.New("ledger: idempotency key already used for a different order")

// PlaceOrder places an order for academic research by the researcher's
// organisation (see PlaceOrderFor): the operators' demo and command-line sales.
func (s *Store) PlaceOrder(ctx context.Context, researcherID, key, snapshotID string, feeBps int64) (Order, bool, error) {
	r, err := s.Researcher(ctx, researcherID)
	if err != nil {
		return Order{}, false, err
	}
	return s.PlaceOrderFor(ctx, researcherID, key, snapshotID, feeBps, "academic", r.Organization)
}

// MaxOrganization bounds the organisation a buyer states.
const MaxOrganization = 200

// PlaceOrderFor charges the researcher, issues a bundle for purpose (see
// BundleMembers) and queues the sale's announcement (see UnannouncedSales),
// in one transaction. Only the current version of a cohort can be ordered
// (else ErrNotOrderable), and not one whose people, linked to the bundles
// the researcher already holds, would fall in a class below k (a
// *JoinError, matching ErrJoinBelowK; nothing is charged). The same
// idempotency key returns the first order and charges nothing more; with
// another snapshot or purpose it is ErrKeyReused.
func (s *Store) PlaceOrderFor(ctx context.Context, researcherID, key, snapshotID string, feeBps int64, purpose, organization string) (Order, bool, error) {
	return s.PlaceOrderWithFormats(ctx, researcherID, key, snapshotID, feeBps, purpose, organization, "")
}

// orderFormats is what Order.Formats may hold: the caller (the portal,
// through bundle.ParseFormats) names the formats; the ledger only keeps
// the value short and plain.
var orderFormats = regexp.MustCompile(`^([a-z]{1,16}(,[a-z]{1,16}){0,7})?$`)

// PlaceOrderWithFormats is PlaceOrderFor with the standard exports the
// buyer chose (sorted, comma-separated; "" for Parquet only). A retry with
// the same key and other formats is ErrKeyReused, like one with another
// snapshot: the key names one request.
func (s *Store) PlaceOrderWithFormats(ctx context.Context, researcherID, key, snapshotID string, feeBps int64, purpose, organization, formats string) (Order, bool, error) {
	if !orderFormats.MatchString(formats) {
		return Order{}, false, fmt.Errorf("ledger: order formats %.40q are not a comma-separated list of format names", formats)
	}
	if key == "" {
		return Order{}, false, errors.New("ledger: an order needs an idempotency key")
	}
	if _, err := LookupPurpose(purpose); err != nil {
		return Order{}, false, err
	}
	organization = strings.TrimSpace(organization)
	if organization == "" || len(organization) > MaxOrganization {
		return Order{}, false, fmt.Errorf("ledger: an order names the organisation using the data, in at most %d characters", MaxOrganization)
	}
	if o, err := s.orderByKey(ctx, key); err == nil {
		return retried(o, researcherID, snapshotID, purpose, formats)
	}
	var idb [8]byte
	rand.Read(idb[:])
	o := Order{ID: fmt.Sprintf("sale_%x", idb), ResearcherID: researcherID, IdempotencyKey: key, FeeBps: feeBps, Purpose: purpose, Organization: organization,
		Formats: formats, CreatedAt: time.UnixMilli(s.nowMs())}
	bundleKey, err := s.secret(ctx, "bundle_key", 32)
	if err != nil {
		return Order{}, false, err
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		sn, err := scanSnapshot(tx.QueryRowContext(ctx, s.q(`SELECT `+snapshotColumns+` FROM snapshots WHERE id = ?`), snapshotID))
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		} else if err != nil {
			return err
		}
		var latest int
		if err := tx.QueryRowContext(ctx, s.q(`SELECT MAX(version) FROM snapshots WHERE cohort_id = ?`), sn.CohortID).Scan(&latest); err != nil {
			return err
		}
		if sn.Version != latest {
			return fmt.Errorf("%w: %s is not the current version of %s (v%d is)", ErrNotOrderable, sn.ID, sn.CohortID, latest)
		}
		o.SnapshotID, o.PriceCents = sn.ID, sn.PriceCents
		res, err := tx.ExecContext(ctx, s.q(`UPDATE researchers SET credits_cents = credits_cents - ? WHERE id = ? AND credits_cents >= ?`), o.PriceCents, researcherID, o.PriceCents)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrInsufficientCredit
		}
		b, err := s.issueBundle(ctx, tx, sn, o.ID, bundleKey, purpose)
		if err != nil {
			return err
		}
		if err := s.checkJoins(ctx, tx, researcherID, organization, sn, b.ID); err != nil {
			return err
		}
		o.BundleID = b.ID
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO orders (id, researcher_id, idempotency_key, snapshot_id, bundle_id, price_cents, fee_bps, purpose, organization, formats, created_ms)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`), o.ID, researcherID, key, sn.ID, o.BundleID, o.PriceCents, feeBps, purpose, organization, formats, o.CreatedAt.UnixMilli()); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, s.q(`INSERT INTO sale_outbox (order_id, created_ms) VALUES (?, ?)`), o.ID, o.CreatedAt.UnixMilli())
		return err
	})
	if isUniqueViolation(err) { // the same key raced us
		prior, err := s.orderByKey(ctx, key)
		if err != nil {
			return Order{}, false, err
		}
		return retried(prior, researcherID, snapshotID, purpose, formats)
	}
	return o, err == nil, err
}

// retried returns the order first placed with a key, if the retry asks for
// what that order did.
func retried(o Order, researcherID, snapshotID, purpose, formats string) (Order, bool, error) {
	if o.ResearcherID != researcherID {
		return Order{}, false, fmt.Errorf("%w: the key belongs to another researcher", ErrKeyReused)
	}
	if o.SnapshotID != snapshotID {
		return Order{}, false, fmt.Errorf("%w: it ordered %s, not %s", ErrKeyReused, o.SnapshotID, snapshotID)
	}
	if o.Purpose != purpose {
		return Order{}, false, fmt.Errorf("%w: it ordered for %s, not %s", ErrKeyReused, o.Purpose, purpose)
	}
	if o.Formats != formats {
		return Order{}, false, fmt.Errorf("%w: it ordered formats %q, not %q", ErrKeyReused, o.Formats, formats)
	}
	return o, false, nil
}

func (s *Store) orderByKey(ctx context.Context, key string) (Order, error) {
	os, err := s.orders(ctx, `WHERE idempotency_key = ?`, key)
	if err != nil || len(os) == 0 {
		return Order{}, errors.Join(err, ErrNotFound)
	}
	return os[0], nil
}

// OrdersOf lists a researcher's orders, newest first.
func (s *Store) OrdersOf(ctx context.Context, researcherID string) ([]Order, error) {
	return s.orders(ctx, `WHERE researcher_id = ? ORDER BY created_ms DESC, id`, researcherID)
}

// Order returns one order.
func (s *Store) Order(ctx context.Context, id string) (Order, error) {
	os, err := s.orders(ctx, `WHERE id = ?`, id)
	if err != nil {
		return Order{}, err
	}
	if len(os) == 0 {
		return Order{}, ErrNotFound
	}
	return os[0], nil
}

func (s *Store) orders(ctx context.Context, where string, args ...any) ([]Order, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, researcher_id, idempotency_key, snapshot_id, bundle_id, price_cents, fee_bps, purpose, organization, formats, created_ms FROM orders `+where), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Order
	for rows.Next() {
		var o Order
		var ms int64
		if err := rows.Scan(&o.ID, &o.ResearcherID, &o.IdempotencyKey, &o.SnapshotID, &o.BundleID, &o.PriceCents, &o.FeeBps, &o.Purpose, &o.Organization, &o.Formats, &ms); err != nil {
			return nil, err
		}
		o.CreatedAt = time.UnixMilli(ms)
		out = append(out, o)
	}
	return out, rows.Err()
}

// UnannouncedSales returns up to limit paid orders whose sale the broker
// has not yet acknowledged on the sales topic, oldest first.
func (s *Store) UnannouncedSales(ctx context.Context, limit int) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT order_id FROM sale_outbox WHERE sent_ms IS NULL ORDER BY id LIMIT ?`), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// MarkSaleAnnounced records that the broker acknowledged an order's sale.
func (s *Store) MarkSaleAnnounced(ctx context.Context, orderID string) error {
	_, err := s.db.ExecContext(ctx, s.q(`UPDATE sale_outbox SET sent_ms = ? WHERE order_id = ? AND sent_ms IS NULL`), s.nowMs(), orderID)
	return err
}

// Researchers lists researchers by sign-up.
func (s *Store) Researchers(ctx context.Context) ([]Researcher, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, email, name, organization, intended_use, credits_cents, created_ms FROM researchers ORDER BY created_ms, id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Researcher
	for rows.Next() {
		var r Researcher
		var ms int64
		if err := rows.Scan(&r.ID, &r.Email, &r.Name, &r.Organization, &r.IntendedUse, &r.CreditsCents, &ms); err != nil {
			return nil, err
		}
		r.CreatedAt = time.UnixMilli(ms)
		out = append(out, r)
	}
	return out, rows.Err()
}
