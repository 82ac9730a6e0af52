package ledger

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// BankAccount is where a contributor's cash-outs go.
type BankAccount struct {
	ContributorID string
	Holder        string
	Number        string // an IBAN or account number, digits and letters only
	CreatedAt     time.Time
}

// Last4 is what pages show of the account number.
func (a BankAccount) Last4() string {
	if len(a.Number) <= 4 {
		return a.Number
	}
	return a.Number[len(a.Number)-4:]
}

// SetBankAccount stores (or replaces) the contributor's bank account. The
// number keeps only its letters and digits (spaces and dashes go); it must
// hold 6 to 34 of them (34 is the longest IBAN).
func (s *Store) SetBankAccount(ctx context.Context, contributorID, holder, number string) (BankAccount, error) {
	holder = strings.TrimSpace(holder)
	var b strings.Builder
	for _, r := range strings.ToUpper(number) {
		switch {
		case r == ' ' || r == '-':
		case r < unicode.MaxASCII && (unicode.IsDigit(r) || unicode.IsLetter(r)):
			b.WriteRune(r)
		default:
			return BankAccount{}, errors.New("ledger: an account number holds letters and digits only")
		}
	}
	a := BankAccount{ContributorID: contributorID, Holder: holder, Number: b.String(), CreatedAt: time.UnixMilli(s.nowMs())}
	if holder == "" || len(holder) > 100 || len(a.Number) < 6 || len(a.Number) > 34 {
		return BankAccount{}, errors.New("ledger: a bank account needs the holder's name (at most 100 characters) and a number of 6 to 34 letters and digits")
	}
	if _, err := s.Contributor(ctx, contributorID); err != nil {
		return BankAccount{}, err
	}
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO bank_accounts (contributor_id, holder, number, created_ms) VALUES (?, ?, ?, ?)
		ON CONFLICT (contributor_id) DO UPDATE SET holder = excluded.holder, number = excluded.number, created_ms = excluded.created_ms`),
		contributorID, a.Holder, a.Number, a.CreatedAt.UnixMilli())
	return a, err
}

// BankAccountOf returns the contributor's bank account, or ErrNotFound.
func (s *Store) BankAccountOf(ctx context.Context, contributorID string) (BankAccount, error) {
	var a BankAccount
	var ms int64
	err := s.db.QueryRowContext(ctx, s.q(`SELECT contributor_id, holder, number, created_ms FROM bank_accounts WHERE contributor_id = ?`), contributorID).
		Scan(&a.ContributorID, &a.Holder, &a.Number, &ms)
	if errors.Is(err, sql.ErrNoRows) {
		return a, ErrNotFound
	}
	a.CreatedAt = time.UnixMilli(ms)
	return a, err
}

// Cash-out states.
const (
	CashOutRequested = "requested" // amount reserved; the provider has not confirmed
	CashOutPaid      = "paid"
	CashOutFailed    = "failed" // amount released
)

// CashOut is a transfer of verified earnings to the contributor's bank.
type CashOut struct {
	ID             string
	ContributorID  string
	IdempotencyKey string
	AmountCents    int64 // taken from the balance
	FeeCents       int64 // kept by the payouts provider
	AccountLast4   string
	Status         string
	ProviderRef    string
	CreatedAt      time.Time
	SettledAt      time.Time
}

// NetCents is what reaches the bank account.
func (c CashOut) NetCents() int64 { return c.AmountCents - c.FeeCents }

// CashOutTerms are the platform's cash-out rules.
type CashOutTerms struct {
	MinCents int64 // the smallest amount a cash-out takes from the balance
	FeeCents int64 // a flat fee per cash-out, below MinCents
}

// Errors of cash-outs.
var (
	ErrBelowMinimum   = errors.New("ledger: below the minimum cash-out")
	ErrNotEnoughFunds = errors.New("ledger: more than the verified balance")
	ErrNoBankAccount  = errors.New("ledger: no bank account")
)

// Withdrawable returns the contributor's verified earnings (those of payout
// batches confirmed on the public record), or paidOnChain if that is less
// and not negative (what the public record has paid into their account),
// less every cash-out not failed: a cash-out never takes money the public
// record does not show as theirs.
func (s *Store) Withdrawable(ctx context.Context, contributorID string, paidOnChain int64) (int64, error) {
	return s.withdrawable(ctx, s.db, contributorID, paidOnChain)
}

type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func (s *Store) withdrawable(ctx context.Context, q querier, contributorID string, paidOnChain int64) (int64, error) {
	var verified, out int64
	if err := q.QueryRowContext(ctx, s.q(`SELECT COALESCE(SUM(l.cents), 0) FROM payout_lines l JOIN sales sa ON sa.id = l.sale_id
		JOIN payout_epochs p ON p.epoch = sa.epoch WHERE l.contributor_id = ? AND p.status = 'confirmed'`), contributorID).Scan(&verified); err != nil {
		return 0, err
	}
	if err := q.QueryRowContext(ctx, s.q(`SELECT COALESCE(SUM(amount_cents), 0) FROM cash_outs WHERE contributor_id = ? AND status <> ?`),
		contributorID, CashOutFailed).Scan(&out); err != nil {
		return 0, err
	}
	if paidOnChain >= 0 {
		verified = min(verified, paidOnChain)
	}
	return max(verified-out, 0), nil
}

// RequestCashOut reserves amount cents of the contributor's withdrawable
// balance (see Withdrawable; paidOnChain < 0: not known) for a transfer to
// their bank account, in one transaction. The
// same key returns the first cash-out (created false) and reserves nothing
// more; with another amount it is ErrKeyReused.
func (s *Store) RequestCashOut(ctx context.Context, contributorID, key string, amount int64, terms CashOutTerms, paidOnChain int64) (CashOut, bool, error) {
	if key == "" || len(key) > 100 {
		return CashOut{}, false, errors.New("ledger: a cash-out needs an idempotency key of at most 100 characters")
	}
	if amount < terms.MinCents || amount <= terms.FeeCents {
		return CashOut{}, false, fmt.Errorf("%w of %d cents", ErrBelowMinimum, terms.MinCents)
	}
	var co CashOut
	created := false
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		// Concurrent requests of one contributor take turns: SQLite's
		// write transactions do already, Postgres locks the row.
		lock := `SELECT id FROM contributors WHERE id = ?`
		if s.dialect == postgres {
			lock += ` FOR UPDATE`
		}
		var id string
		if err := tx.QueryRowContext(ctx, s.q(lock), contributorID).Scan(&id); errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		} else if err != nil {
			return err
		}
		prior, err := s.cashOuts(ctx, tx, `WHERE contributor_id = ? AND idempotency_key = ?`, contributorID, key)
		if err != nil {
			return err
		}
		if len(prior) > 0 {
			if co = prior[0]; co.AmountCents != amount {
				return fmt.Errorf("%w: it cashed out %d cents, not %d", ErrKeyReused, co.AmountCents, amount)
			}
			return nil
		}
		var holder, number string
		if err := tx.QueryRowContext(ctx, s.q(`SELECT holder, number FROM bank_accounts WHERE contributor_id = ?`), contributorID).Scan(&holder, &number); errors.Is(err, sql.ErrNoRows) {
			return ErrNoBankAccount
		} else if err != nil {
			return err
		}
		left, err := s.withdrawable(ctx, tx, contributorID, paidOnChain)
		if err != nil {
			return err
		}
		if amount > left {
			return fmt.Errorf("%w: %d cents asked, %d verified and not yet cashed out", ErrNotEnoughFunds, amount, left)
		}
		co = CashOut{ID: "co_" + newID(), ContributorID: contributorID, IdempotencyKey: key, AmountCents: amount, FeeCents: terms.FeeCents,
			AccountLast4: BankAccount{Number: number}.Last4(), Status: CashOutRequested, CreatedAt: time.UnixMilli(s.nowMs())}
		_, err = tx.ExecContext(ctx, s.q(`INSERT INTO cash_outs (id, contributor_id, idempotency_key, amount_cents, fee_cents, account_last4, status, created_ms)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`), co.ID, contributorID, key, amount, co.FeeCents, co.AccountLast4, co.Status, co.CreatedAt.UnixMilli())
		created = err == nil
		return err
	})
	return co, created, err
}

// SettleCashOut records the provider's answer for a requested cash-out:
// paid (with its reference) or failed, which releases the amount. A
// cash-out already settled keeps its first answer.
func (s *Store) SettleCashOut(ctx context.Context, id string, paid bool, providerRef string) error {
	status := CashOutFailed
	if paid {
		status = CashOutPaid
	}
	res, err := s.db.ExecContext(ctx, s.q(`UPDATE cash_outs SET status = ?, provider_ref = ?, settled_ms = ? WHERE id = ? AND status = ?`),
		status, providerRef, s.nowMs(), id, CashOutRequested)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		if _, err := s.CashOut(ctx, id); err != nil {
			return err
		}
	}
	return nil
}

// CashOut returns one cash-out.
func (s *Store) CashOut(ctx context.Context, id string) (CashOut, error) {
	out, err := s.cashOuts(ctx, s.db, `WHERE id = ?`, id)
	if err != nil {
		return CashOut{}, err
	}
	if len(out) == 0 {
		return CashOut{}, ErrNotFound
	}
	return out[0], nil
}

// CashOutsOf lists a contributor's cash-outs, newest first.
func (s *Store) CashOutsOf(ctx context.Context, contributorID string) ([]CashOut, error) {
	return s.cashOuts(ctx, s.db, `WHERE contributor_id = ? ORDER BY created_ms DESC, id`, contributorID)
}

// OpenCashOuts lists up to limit cash-outs still waiting for the
// provider's answer, oldest first: after a crash they are sent again under
// the same id, which the provider pays once.
func (s *Store) OpenCashOuts(ctx context.Context, limit int) ([]CashOut, error) {
	return s.cashOuts(ctx, s.db, `WHERE status = ? ORDER BY created_ms, id LIMIT ?`, CashOutRequested, limit)
}

type rowsQuerier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func (s *Store) cashOuts(ctx context.Context, q rowsQuerier, where string, args ...any) ([]CashOut, error) {
	rows, err := q.QueryContext(ctx, s.q(`SELECT id, contributor_id, idempotency_key, amount_cents, fee_cents, account_last4, status, provider_ref,
		created_ms, COALESCE(settled_ms, 0) FROM cash_outs `+where), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []CashOut
	for rows.Next() {
		var c CashOut
		var created, settled int64
		if err := rows.Scan(&c.ID, &c.ContributorID, &c.IdempotencyKey, &c.AmountCents, &c.FeeCents, &c.AccountLast4, &c.Status, &c.ProviderRef, &created, &settled); err != nil {
			return nil, err
		}
		c.CreatedAt = time.UnixMilli(created)
		if settled > 0 {
			c.SettledAt = time.UnixMilli(settled)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Redemption is a paid cash-out in the on-chain outbox: its cents are
// burnt from the contributor's on-chain credit once.
type Redemption struct {
	CashOut
	Redeemed bool
	RawTx    []byte // the signed transaction, stored before it is sent (nil: not signed yet)
	TxHash   string
}

// UnredeemedCashOuts lists up to limit paid cash-outs whose cents are not
// yet burnt on chain, oldest first.
func (s *Store) UnredeemedCashOuts(ctx context.Context, limit int) ([]Redemption, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, redeem_raw_tx, COALESCE(redeem_tx_hash, '') FROM cash_outs
		WHERE status = ? AND redeem_status <> 'redeemed' ORDER BY created_ms, id LIMIT ?`), CashOutPaid, limit)
	if err != nil {
		return nil, err
	}
	var out []Redemption
	for rows.Next() {
		var r Redemption
		if err := rows.Scan(&r.ID, &r.RawTx, &r.TxHash); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].CashOut, err = s.CashOut(ctx, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// SetRedeemTx stores a cash-out's signed redemption before it is sent, in
// place of oldHash ("" for the first): ErrNotFound if another was stored
// meanwhile or the cash-out is redeemed. The chain redeems each cash-out
// id once, so an old and a new transaction cannot both burn.
func (s *Store) SetRedeemTx(ctx context.Context, id, oldHash string, raw []byte, hash string) error {
	res, err := s.db.ExecContext(ctx, s.q(`UPDATE cash_outs SET redeem_raw_tx = ?, redeem_tx_hash = ?, redeem_status = 'submitted'
		WHERE id = ? AND status = ? AND redeem_status <> 'redeemed' AND COALESCE(redeem_tx_hash, '') = ?`), raw, hash, id, CashOutPaid, oldHash)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// MarkRedeemed records that the chain burnt the cash-out's cents (by
// txHash, or found redeemed on chain); marking it again changes nothing.
func (s *Store) MarkRedeemed(ctx context.Context, id, txHash string) error {
	_, err := s.db.ExecContext(ctx, s.q(`UPDATE cash_outs SET redeem_status = 'redeemed', redeem_tx_hash = ? WHERE id = ? AND redeem_status <> 'redeemed'`), txHash, id)
	return err
}

// RedeemedCents is the total of a contributor's cash-outs burnt on chain.
func (s *Store) RedeemedCents(ctx context.Context, contributorID string) (int64, error) {
	var n int64
	err := s.db.QueryRowContext(ctx, s.q(`SELECT COALESCE(SUM(amount_cents), 0) FROM cash_outs WHERE contributor_id = ? AND redeem_status = 'redeemed'`), contributorID).Scan(&n)
	return n, err
}
