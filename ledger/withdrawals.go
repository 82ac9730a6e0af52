package ledger

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"net/url"
	"strings"
	"time"
)

// Reasons a withdrawal notice gives.
const (
	ReasonStopped = "stopped sharing"
	ReasonDeleted = "deleted the account"
	// A purpose's notices read "no longer allows <purpose name>".
	reasonPurposePrefix = "no longer allows "
)

// recordConsent writes a consent event and, for a revocation, the
// withdrawal notices it causes, inside tx.
func (s *Store) recordConsent(ctx context.Context, tx *sql.Tx, contributorID, scope string, granted bool, terms string, at int64) error {
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO consent_events (contributor_id, scope, granted, terms_version, at_ms) VALUES (?, ?, ?, ?, ?)`),
		contributorID, scope, boolInt(granted), terms, at); err != nil {
		return err
	}
	if granted {
		return nil
	}
	switch {
	case scope == ScopeResearch:
		return s.noticeWithdrawal(ctx, tx, contributorID, ReasonStopped, "", at)
	case strings.HasPrefix(scope, "purpose:"):
		p, err := LookupPurpose(strings.TrimPrefix(scope, "purpose:"))
		if err != nil {
			return err
		}
		return s.noticeWithdrawal(ctx, tx, contributorID, reasonPurposePrefix+strings.ToLower(p.Name), p.ID, at)
	}
	return nil
}

// noticeWithdrawal writes a notice for every sold bundle (of purpose, if
// not "") that holds the contributor and has none for them yet. Buyers with
// a webhook get it pushed from now on.
func (s *Store) noticeWithdrawal(ctx context.Context, tx *sql.Tx, contributorID, reason, purpose string, at int64) error {
	_, err := tx.ExecContext(ctx, s.q(`INSERT INTO withdrawal_notices (bundle_id, pid, contributor_id, researcher_id, order_id, reason, created_ms, hook_next_ms)
		SELECT bm.bundle_id, bm.pid, m.contributor_id, o.researcher_id, o.id, ?, ?,
			CASE WHEN EXISTS (SELECT 1 FROM researcher_webhooks h WHERE h.researcher_id = o.researcher_id) THEN CAST(? AS BIGINT) ELSE NULL END
		FROM orders o JOIN bundles b ON b.id = o.bundle_id
		JOIN bundle_members bm ON bm.bundle_id = b.id
		JOIN snapshot_members m ON m.snapshot_id = b.snapshot_id AND m.pid = bm.pid
		WHERE m.contributor_id = ? AND (? = '' OR o.purpose = ?)
		ON CONFLICT (bundle_id, pid) DO NOTHING`), reason, at, at, contributorID, purpose, purpose)
	return err
}

// WithdrawalNotice tells a buyer to delete one pseudonym from a bundle.
type WithdrawalNotice struct {
	ID           int64
	BundleID     string
	OrderID      string
	SnapshotID   string
	PID          string
	Reason       string
	CreatedAt    time.Time
	Acknowledged time.Time // zero until the buyer acknowledges
	HookAttempts int
	HookDone     time.Time // zero until the webhook took it
	HookError    string    // the last failed delivery's error
}

const noticeColumns = `n.id, n.bundle_id, n.order_id, o.snapshot_id, n.pid, n.reason, n.created_ms, COALESCE(n.acknowledged_ms, 0),
	n.hook_attempts, COALESCE(n.hook_done_ms, 0), n.hook_error`

func (s *Store) notices(ctx context.Context, where string, args ...any) ([]WithdrawalNotice, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+noticeColumns+` FROM withdrawal_notices n JOIN orders o ON o.id = n.order_id `+where), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []WithdrawalNotice
	for rows.Next() {
		var n WithdrawalNotice
		var created, ack, done int64
		if err := rows.Scan(&n.ID, &n.BundleID, &n.OrderID, &n.SnapshotID, &n.PID, &n.Reason, &created, &ack, &n.HookAttempts, &done, &n.HookError); err != nil {
			return nil, err
		}
		n.CreatedAt = time.UnixMilli(created)
		if ack > 0 {
			n.Acknowledged = time.UnixMilli(ack)
		}
		if done > 0 {
			n.HookDone = time.UnixMilli(done)
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

// WithdrawalNotices lists a researcher's notices, newest first, at most limit.
func (s *Store) WithdrawalNotices(ctx context.Context, researcherID string, limit int) ([]WithdrawalNotice, error) {
	return s.notices(ctx, `WHERE n.researcher_id = ? ORDER BY n.id DESC LIMIT ?`, researcherID, limit)
}

// UnacknowledgedNotices counts a researcher's notices not yet acknowledged.
func (s *Store) UnacknowledgedNotices(ctx context.Context, researcherID string) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM withdrawal_notices WHERE researcher_id = ? AND acknowledged_ms IS NULL`), researcherID).Scan(&n)
	return n, err
}

// AcknowledgeNotice records that the researcher deleted what the notice
// names. Acknowledging twice keeps the first time; another researcher's
// notice is ErrNotFound.
func (s *Store) AcknowledgeNotice(ctx context.Context, researcherID string, id int64) error {
	res, err := s.db.ExecContext(ctx, s.q(`UPDATE withdrawal_notices SET acknowledged_ms = COALESCE(acknowledged_ms, ?) WHERE id = ? AND researcher_id = ?`),
		s.nowMs(), id, researcherID)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// NoticesSent is what a contributor sees of the notices their withdrawals caused.
type NoticesSent struct {
	Bundles      int // notices written: one per bundle that held them
	Buyers       int // distinct research teams told
	Acknowledged int
}

// NoticesOf summarises the notices about a contributor.
func (s *Store) NoticesOf(ctx context.Context, contributorID string) (NoticesSent, error) {
	var n NoticesSent
	err := s.db.QueryRowContext(ctx, s.q(`SELECT COUNT(*), COUNT(DISTINCT researcher_id), COUNT(acknowledged_ms) FROM withdrawal_notices WHERE contributor_id = ?`),
		contributorID).Scan(&n.Bundles, &n.Buyers, &n.Acknowledged)
	return n, err
}

// Webhook is where a researcher's notices are pushed, and the secret their
// payloads are signed with.
type Webhook struct {
	ResearcherID string
	URL          string
	Secret       string
	CreatedAt    time.Time
}

// MaxWebhookURL bounds a webhook address.
const MaxWebhookURL = 512

// SetWebhook sets (or replaces) a researcher's webhook with a fresh secret,
// which it returns. The address must be an absolute http(s) URL without
// credentials. Notices not yet delivered are pushed to the new address.
func (s *Store) SetWebhook(ctx context.Context, researcherID, rawURL string) (Webhook, error) {
	u, err := url.Parse(rawURL)
	if err != nil || len(rawURL) > MaxWebhookURL || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil {
		return Webhook{}, errors.New("ledger: a webhook is an http(s) address without a user name or password, at most 512 characters")
	}
	if _, err := s.Researcher(ctx, researcherID); err != nil {
		return Webhook{}, err
	}
	var b [32]byte
	rand.Read(b[:])
	w := Webhook{ResearcherID: researcherID, URL: u.String(), Secret: "whsec_" + hex.EncodeToString(b[:]), CreatedAt: time.UnixMilli(s.nowMs())}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO researcher_webhooks (researcher_id, url, secret, created_ms) VALUES (?, ?, ?, ?)
			ON CONFLICT (researcher_id) DO UPDATE SET url = excluded.url, secret = excluded.secret, created_ms = excluded.created_ms`),
			researcherID, w.URL, w.Secret, w.CreatedAt.UnixMilli()); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, s.q(`UPDATE withdrawal_notices SET hook_next_ms = ?, hook_attempts = 0, hook_error = ''
			WHERE researcher_id = ? AND hook_done_ms IS NULL`), w.CreatedAt.UnixMilli(), researcherID)
		return err
	})
	return w, err
}

// WebhookOf returns a researcher's webhook, or ErrNotFound.
func (s *Store) WebhookOf(ctx context.Context, researcherID string) (Webhook, error) {
	var w Webhook
	var ms int64
	err := s.db.QueryRowContext(ctx, s.q(`SELECT researcher_id, url, secret, created_ms FROM researcher_webhooks WHERE researcher_id = ?`), researcherID).
		Scan(&w.ResearcherID, &w.URL, &w.Secret, &ms)
	if errors.Is(err, sql.ErrNoRows) {
		return w, ErrNotFound
	}
	w.CreatedAt = time.UnixMilli(ms)
	return w, err
}

// RemoveWebhook stops pushing a researcher's notices.
func (s *Store) RemoveWebhook(ctx context.Context, researcherID string) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, s.q(`DELETE FROM researcher_webhooks WHERE researcher_id = ?`), researcherID); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, s.q(`UPDATE withdrawal_notices SET hook_next_ms = NULL WHERE researcher_id = ? AND hook_done_ms IS NULL`), researcherID)
		return err
	})
}

// HookDelivery is one notice due at a webhook.
type HookDelivery struct {
	Notice  WithdrawalNotice
	Webhook Webhook
}

// DueHookDeliveries returns up to limit notices whose next webhook attempt
// is due by now, oldest due first.
func (s *Store) DueHookDeliveries(ctx context.Context, now time.Time, limit int) ([]HookDelivery, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+noticeColumns+`, h.url, h.secret, h.researcher_id
		FROM withdrawal_notices n JOIN orders o ON o.id = n.order_id JOIN researcher_webhooks h ON h.researcher_id = n.researcher_id
		WHERE n.hook_next_ms IS NOT NULL AND n.hook_next_ms <= ? ORDER BY n.hook_next_ms, n.id LIMIT ?`), now.UnixMilli(), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []HookDelivery
	for rows.Next() {
		var d HookDelivery
		n := &d.Notice
		var created, ack, done int64
		if err := rows.Scan(&n.ID, &n.BundleID, &n.OrderID, &n.SnapshotID, &n.PID, &n.Reason, &created, &ack, &n.HookAttempts, &done, &n.HookError,
			&d.Webhook.URL, &d.Webhook.Secret, &d.Webhook.ResearcherID); err != nil {
			return nil, err
		}
		n.CreatedAt = time.UnixMilli(created)
		if ack > 0 {
			n.Acknowledged = time.UnixMilli(ack)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// HookDelivered records that the webhook took a notice: it is not sent again.
func (s *Store) HookDelivered(ctx context.Context, noticeID int64) error {
	now := s.nowMs()
	_, err := s.db.ExecContext(ctx, s.q(`UPDATE withdrawal_notices SET hook_done_ms = ?, hook_next_ms = NULL, hook_attempts = hook_attempts + 1, hook_error = '' WHERE id = ?`),
		now, noticeID)
	return err
}

// HookFailed records a failed attempt; next is when to try again, or the
// zero time to give up (the notice stays in the portal and the API).
func (s *Store) HookFailed(ctx context.Context, noticeID int64, cause string, next time.Time) error {
	if len(cause) > 200 {
		cause = cause[:200]
	}
	var nextMs any
	if !next.IsZero() {
		nextMs = next.UnixMilli()
	}
	_, err := s.db.ExecContext(ctx, s.q(`UPDATE withdrawal_notices SET hook_attempts = hook_attempts + 1, hook_error = ?, hook_next_ms = ? WHERE id = ?`),
		cause, nextMs, noticeID)
	return err
}
