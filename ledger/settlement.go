package ledger

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Wallet is a contributor's custodial account. The private key is stored
// encrypted; only settle's wallet package can open it.
type Wallet struct {
	ContributorID string
	Address       string
	KeyCiphertext []byte
	CreatedAt     time.Time
}

// CreateWallet stores a wallet; a contributor has at most one.
func (s *Store) CreateWallet(ctx context.Context, w Wallet) error {
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO wallets (contributor_id, address, key_ciphertext, created_ms) VALUES (?, ?, ?, ?)`),
		w.ContributorID, w.Address, w.KeyCiphertext, s.nowMs())
	if isUniqueViolation(err) {
		return fmt.Errorf("%w: wallet of %s", ErrExists, w.ContributorID)
	}
	return err
}

// Wallet returns a contributor's wallet.
func (s *Store) Wallet(ctx context.Context, contributorID string) (Wallet, error) {
	var w Wallet
	var ms int64
	err := s.db.QueryRowContext(ctx, s.q(`SELECT contributor_id, address, key_ciphertext, created_ms FROM wallets WHERE contributor_id = ?`), contributorID).
		Scan(&w.ContributorID, &w.Address, &w.KeyCiphertext, &ms)
	if errors.Is(err, sql.ErrNoRows) {
		return w, ErrNotFound
	}
	w.CreatedAt = time.UnixMilli(ms)
	return w, err
}

// Sale is one purchase of a bundle.
type Sale struct {
	ID         string
	SnapshotID string
	BundleID   string
	Buyer      string
	PriceCents int64
	FeeBps     int64
	FeeCents   int64
	CreatedAt  time.Time
	Epoch      int64 // 0 until a payout epoch commits it on chain
}

// PayoutLine is one contributor's share of a sale.
type PayoutLine struct {
	SaleID        string
	ContributorID string
	Account       string
	Cents         int64
}

// Errors of recording a sale.
var (
	// ErrUnbalanced: payout lines and fee do not add up to the price.
	ErrUnbalanced = errors.New("ledger: sale does not balance")
	// ErrLinesMismatch: the payout lines do not pay exactly the bundle's
	// members, each at their own wallet.
	ErrLinesMismatch = errors.New("ledger: payout lines do not match the order's bundle")
)

// RecordSale records the sale of a paid order: the sale as the order says
// (price, fee, snapshot, bundle, buyer), its payout lines, a balanced journal
// and a notification per contributor paid, in one transaction. The lines
// must pay exactly the bundle's members at their wallets and sum to the price
// less the fee of ⌊price × fee bps / 10⁴⌋. An id that is no order is
// ErrNotFound. Recording the same sale again changes nothing and reports false.
func (s *Store) RecordSale(ctx context.Context, orderID string, lines []PayoutLine) (bool, error) {
	created := false
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var sale Sale
		err := tx.QueryRowContext(ctx, s.q(`SELECT id, snapshot_id, bundle_id, researcher_id, price_cents, fee_bps FROM orders WHERE id = ?`), orderID).
			Scan(&sale.ID, &sale.SnapshotID, &sale.BundleID, &sale.Buyer, &sale.PriceCents, &sale.FeeBps)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("%w: no order %q", ErrNotFound, orderID)
		} else if err != nil {
			return err
		}
		sale.FeeCents = sale.PriceCents * sale.FeeBps / 10_000
		if err := s.checkLines(ctx, tx, sale, lines); err != nil {
			return err
		}
		now := s.nowMs()
		res, err := tx.ExecContext(ctx, s.q(`INSERT INTO sales (id, snapshot_id, bundle_id, buyer, price_cents, fee_bps, fee_cents, created_ms)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`),
			sale.ID, sale.SnapshotID, sale.BundleID, sale.Buyer, sale.PriceCents, sale.FeeBps, sale.FeeCents, now)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil // processed before
		}
		created = true
		line, err := tx.PrepareContext(ctx, s.q(`INSERT INTO payout_lines (sale_id, contributor_id, account, cents) VALUES (?, ?, ?, ?)`))
		if err != nil {
			return err
		}
		defer line.Close()
		journal, err := tx.PrepareContext(ctx, s.q(`INSERT INTO journal (sale_id, account, debit, credit, created_ms) VALUES (?, ?, ?, ?, ?)`))
		if err != nil {
			return err
		}
		defer journal.Close()
		note, err := tx.PrepareContext(ctx, s.q(`INSERT INTO notifications (contributor_id, kind, body, created_ms) VALUES (?, 'payout', ?, ?)`))
		if err != nil {
			return err
		}
		defer note.Close()
		if _, err := journal.ExecContext(ctx, sale.ID, "researcher:"+sale.Buyer, sale.PriceCents, 0, now); err != nil {
			return err
		}
		if _, err := journal.ExecContext(ctx, sale.ID, "platform:fees", 0, sale.FeeCents, now); err != nil {
			return err
		}
		for _, l := range lines {
			if _, err := line.ExecContext(ctx, sale.ID, l.ContributorID, l.Account, l.Cents); err != nil {
				return err
			}
			if _, err := journal.ExecContext(ctx, sale.ID, "contributor:"+l.ContributorID, 0, l.Cents, now); err != nil {
				return err
			}
			if l.Cents > 0 {
				body := fmt.Sprintf("A research team used data you shared. You earned $%d.%02d.", l.Cents/100, l.Cents%100)
				if _, err := note.ExecContext(ctx, l.ContributorID, body, now); err != nil {
					return err
				}
			}
		}
		return nil
	})
	return created, err
}

// checkLines checks that lines pay the price less the fee, and exactly the
// sale's bundle members, each once, at their wallet.
func (s *Store) checkLines(ctx context.Context, tx *sql.Tx, sale Sale, lines []PayoutLine) error {
	total := sale.FeeCents
	for _, l := range lines {
		if l.Cents < 0 {
			return fmt.Errorf("%w: negative line", ErrUnbalanced)
		}
		total += l.Cents
	}
	if total != sale.PriceCents {
		return fmt.Errorf("%w: fee %d + lines %d != price %d", ErrUnbalanced, sale.FeeCents, total-sale.FeeCents, sale.PriceCents)
	}
	rows, err := tx.QueryContext(ctx, s.q(`SELECT m.contributor_id, COALESCE(w.address, '') FROM bundle_members bm
		JOIN snapshot_members m ON m.snapshot_id = ? AND m.pid = bm.pid
		LEFT JOIN wallets w ON w.contributor_id = m.contributor_id WHERE bm.bundle_id = ?`), sale.SnapshotID, sale.BundleID)
	if err != nil {
		return err
	}
	defer rows.Close()
	wallet := map[string]string{}
	for rows.Next() {
		var c, a string
		if err := rows.Scan(&c, &a); err != nil {
			return err
		}
		wallet[c] = a
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(lines) != len(wallet) {
		return fmt.Errorf("%w: %d lines for %d members", ErrLinesMismatch, len(lines), len(wallet))
	}
	for _, l := range lines {
		a, ok := wallet[l.ContributorID]
		if !ok || a == "" || a != l.Account {
			return fmt.Errorf("%w: a line pays %s at %q", ErrLinesMismatch, l.ContributorID, l.Account)
		}
		delete(wallet, l.ContributorID) // each member once
	}
	return nil
}

// JournalBalance returns total debits and credits of a sale's journal.
func (s *Store) JournalBalance(ctx context.Context, saleID string) (debit, credit int64, err error) {
	err = s.db.QueryRowContext(ctx, s.q(`SELECT COALESCE(SUM(debit), 0), COALESCE(SUM(credit), 0) FROM journal WHERE sale_id = ?`), saleID).Scan(&debit, &credit)
	return
}

// SaleLines returns a sale's payout lines by account.
func (s *Store) SaleLines(ctx context.Context, saleID string) ([]PayoutLine, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT sale_id, contributor_id, account, cents FROM payout_lines WHERE sale_id = ? ORDER BY account`), saleID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []PayoutLine
	for rows.Next() {
		var l PayoutLine
		if err := rows.Scan(&l.SaleID, &l.ContributorID, &l.Account, &l.Cents); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// Sales lists sales, newest first.
func (s *Store) Sales(ctx context.Context) ([]Sale, error) {
	return s.sales(ctx, `ORDER BY created_ms DESC, id`)
}

// Sale returns one sale.
func (s *Store) Sale(ctx context.Context, id string) (Sale, error) {
	out, err := s.sales(ctx, `WHERE id = ?`, id)
	if err != nil {
		return Sale{}, err
	}
	if len(out) == 0 {
		return Sale{}, ErrNotFound
	}
	return out[0], nil
}

func (s *Store) sales(ctx context.Context, where string, args ...any) ([]Sale, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, snapshot_id, bundle_id, buyer, price_cents, fee_bps, fee_cents, created_ms, COALESCE(epoch, 0) FROM sales `+where), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Sale
	for rows.Next() {
		var sa Sale
		var ms int64
		if err := rows.Scan(&sa.ID, &sa.SnapshotID, &sa.BundleID, &sa.Buyer, &sa.PriceCents, &sa.FeeBps, &sa.FeeCents, &ms, &sa.Epoch); err != nil {
			return nil, err
		}
		sa.CreatedAt = time.UnixMilli(ms)
		out = append(out, sa)
	}
	return out, rows.Err()
}

// Epoch is one on-chain commit of cumulative earnings.
type Epoch struct {
	Epoch       int64
	Root        []byte
	Status      string // pending, submitted, confirmed
	RawTx       []byte
	TxHash      string
	BlockNumber int64
	// PriorTxHashes are the hashes the epoch's transaction was signed under
	// before TxHash (fee bumps, re-signs), oldest first.
	PriorTxHashes []string
	SignedAt      time.Time // when TxHash was signed
}

// ErrCumulativeLowered refuses a payout epoch that would commit a smaller
// cumulative amount for an account than the epoch before: on chain that
// silently claws back earnings not claimed yet.
var ErrCumulativeLowered = errors.New("ledger: an account's cumulative earnings would go down")

// OpenEpoch assigns the oldest uncommitted sales, at most maxSales of them
// (all if maxSales <= 0), to a new epoch and stores the cumulative earnings
// per account of every sale assigned so far and their root, in one
// transaction. A backlog is so committed over several epochs, each within a
// transaction's gas. It returns false when there is nothing to commit or an
// epoch is still open, and ErrCumulativeLowered (opening nothing) if any
// account would be committed less than in the previous epoch.
func (s *Store) OpenEpoch(ctx context.Context, maxSales int, root func(map[string]int64) ([]byte, error)) (Epoch, bool, error) {
	var e Epoch
	opened := false
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var open int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM payout_epochs WHERE status <> 'confirmed'`).Scan(&open); err != nil || open > 0 {
			return err
		}
		var waiting int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM sales WHERE epoch IS NULL`).Scan(&waiting); err != nil || waiting == 0 {
			return err
		}
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(epoch), 0) + 1 FROM payout_epochs`).Scan(&e.Epoch); err != nil {
			return err
		}
		limit := maxSales
		if limit <= 0 {
			limit = waiting
		}
		if _, err := tx.ExecContext(ctx, s.q(`UPDATE sales SET epoch = ? WHERE id IN (SELECT id FROM sales WHERE epoch IS NULL ORDER BY created_ms, id LIMIT ?)`), e.Epoch, limit); err != nil {
			return err
		}
		totals, err := s.assignedTotals(ctx, tx)
		if err != nil {
			return err
		}
		if err := s.checkNotLowered(ctx, tx, e.Epoch-1, totals); err != nil {
			return err
		}
		if e.Root, err = root(totals); err != nil {
			return err
		}
		e.Status = "pending"
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO payout_epochs (epoch, root, status, created_ms) VALUES (?, ?, 'pending', ?)`), e.Epoch, e.Root, s.nowMs()); err != nil {
			return err
		}
		if err := s.insertBalances(ctx, tx, e.Epoch, totals); err != nil {
			return err
		}
		opened = true
		return nil
	})
	return e, opened, err
}

// ShrinkEpoch gives the newest sales of an epoch not yet signed back to the
// queue, keeping its oldest keep sales (at least one), and recomputes its
// balances and root: for an epoch whose transaction would not fit in a
// block. It fails if the epoch has a transaction already.
func (s *Store) ShrinkEpoch(ctx context.Context, epoch int64, keep int, root func(map[string]int64) ([]byte, error)) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		var signed bool
		if err := tx.QueryRowContext(ctx, s.q(`SELECT raw_tx IS NOT NULL FROM payout_epochs WHERE epoch = ?`), epoch).Scan(&signed); err != nil {
			return err
		}
		if signed {
			return fmt.Errorf("ledger: epoch %d is signed already", epoch)
		}
		if _, err := tx.ExecContext(ctx, s.q(`UPDATE sales SET epoch = NULL WHERE epoch = ? AND id NOT IN
			(SELECT id FROM sales WHERE epoch = ? ORDER BY created_ms, id LIMIT ?)`), epoch, epoch, max(keep, 1)); err != nil {
			return err
		}
		totals, err := s.assignedTotals(ctx, tx)
		if err != nil {
			return err
		}
		r, err := root(totals)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.q(`DELETE FROM epoch_balances WHERE epoch = ?`), epoch); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.q(`UPDATE payout_epochs SET root = ? WHERE epoch = ?`), r, epoch); err != nil {
			return err
		}
		return s.insertBalances(ctx, tx, epoch, totals)
	})
}

// assignedTotals sums every account's lines over the sales assigned to an epoch.
func (s *Store) assignedTotals(ctx context.Context, tx *sql.Tx) (map[string]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT l.account, SUM(l.cents) FROM payout_lines l JOIN sales s ON s.id = l.sale_id WHERE s.epoch IS NOT NULL GROUP BY l.account`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	totals := map[string]int64{}
	for rows.Next() {
		var a string
		var c int64
		if err := rows.Scan(&a, &c); err != nil {
			return nil, err
		}
		totals[a] = c
	}
	return totals, rows.Err()
}

func (s *Store) insertBalances(ctx context.Context, tx *sql.Tx, epoch int64, totals map[string]int64) error {
	bal, err := tx.PrepareContext(ctx, s.q(`INSERT INTO epoch_balances (epoch, account, cumulative) VALUES (?, ?, ?)`))
	if err != nil {
		return err
	}
	defer bal.Close()
	for a, c := range totals {
		if _, err := bal.ExecContext(ctx, epoch, a, c); err != nil {
			return err
		}
	}
	return nil
}

// checkNotLowered fails if totals commit less to any account than epoch prev did.
func (s *Store) checkNotLowered(ctx context.Context, tx *sql.Tx, prev int64, totals map[string]int64) error {
	rows, err := tx.QueryContext(ctx, s.q(`SELECT account, cumulative FROM epoch_balances WHERE epoch = ?`), prev)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var a string
		var c int64
		if err := rows.Scan(&a, &c); err != nil {
			return err
		}
		if totals[a] < c {
			return fmt.Errorf("%w: %s from %d to %d cents after epoch %d", ErrCumulativeLowered, a, c, totals[a], prev)
		}
	}
	return rows.Err()
}

// OpenEpochs returns epochs not yet confirmed on chain, oldest first.
func (s *Store) OpenEpochs(ctx context.Context) ([]Epoch, error) {
	return s.epochs(ctx, `WHERE status <> 'confirmed' ORDER BY epoch`)
}

// PayoutEpoch returns epoch n, or ErrNotFound.
func (s *Store) PayoutEpoch(ctx context.Context, n int64) (Epoch, error) {
	es, err := s.epochs(ctx, fmt.Sprintf("WHERE epoch = %d", n))
	if err != nil {
		return Epoch{}, err
	}
	if len(es) == 0 {
		return Epoch{}, ErrNotFound
	}
	return es[0], nil
}

// LatestConfirmedEpoch returns the newest confirmed epoch, if any.
func (s *Store) LatestConfirmedEpoch(ctx context.Context) (Epoch, bool, error) {
	es, err := s.epochs(ctx, `WHERE status = 'confirmed' ORDER BY epoch DESC LIMIT 1`)
	if err != nil || len(es) == 0 {
		return Epoch{}, false, err
	}
	return es[0], true, nil
}

func (s *Store) epochs(ctx context.Context, where string) ([]Epoch, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT epoch, root, status, raw_tx, COALESCE(tx_hash, ''), COALESCE(block_number, 0), prior_tx_hashes, signed_ms FROM payout_epochs `+where)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Epoch
	for rows.Next() {
		var e Epoch
		var prior string
		var signed int64
		if err := rows.Scan(&e.Epoch, &e.Root, &e.Status, &e.RawTx, &e.TxHash, &e.BlockNumber, &prior, &signed); err != nil {
			return nil, err
		}
		if prior != "" {
			e.PriorTxHashes = strings.Split(prior, ",")
		}
		if signed > 0 {
			e.SignedAt = time.UnixMilli(signed)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// EpochSales returns the sales an epoch commits, by id.
func (s *Store) EpochSales(ctx context.Context, epoch int64) ([]Sale, error) {
	return s.sales(ctx, `WHERE epoch = ? ORDER BY id`, epoch)
}

// EpochBalances returns the cumulative earnings per account an epoch commits.
func (s *Store) EpochBalances(ctx context.Context, epoch int64) (map[string]int64, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT account, cumulative FROM epoch_balances WHERE epoch = ?`), epoch)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var a string
		var c int64
		if err := rows.Scan(&a, &c); err != nil {
			return nil, err
		}
		out[a] = c
	}
	return out, rows.Err()
}

// SetEpochTx stores the signed transaction of an epoch before it is sent.
func (s *Store) SetEpochTx(ctx context.Context, epoch int64, raw []byte, hash string) error {
	_, err := s.db.ExecContext(ctx, s.q(`UPDATE payout_epochs SET raw_tx = ?, tx_hash = ?, status = 'submitted', signed_ms = ? WHERE epoch = ? AND raw_tx IS NULL`), raw, hash, s.nowMs(), epoch)
	return err
}

// ReplaceEpochTx stores a new signed transaction for an epoch whose current
// one is oldHash (a fee bump or a re-sign), keeping oldHash among its prior
// hashes. ErrNotFound if the epoch's transaction is no longer oldHash.
func (s *Store) ReplaceEpochTx(ctx context.Context, epoch int64, oldHash string, raw []byte, hash string) error {
	res, err := s.db.ExecContext(ctx, s.q(`UPDATE payout_epochs SET raw_tx = ?, tx_hash = ?, status = 'submitted', signed_ms = ?,
		prior_tx_hashes = CASE WHEN prior_tx_hashes = '' THEN tx_hash ELSE prior_tx_hashes || ',' || tx_hash END
		WHERE epoch = ? AND tx_hash = ? AND status <> 'confirmed'`), raw, hash, s.nowMs(), epoch, oldHash)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// ReopenEpochsAfter marks confirmed epochs after epoch as submitted again:
// a reorg dropped them from the chain, so their transactions are driven
// again. It returns how many were reopened.
func (s *Store) ReopenEpochsAfter(ctx context.Context, epoch int64) (int64, error) {
	res, err := s.db.ExecContext(ctx, s.q(`UPDATE payout_epochs SET status = 'submitted', block_number = NULL WHERE epoch > ? AND status = 'confirmed'`), epoch)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// ConfirmEpoch marks an epoch's transaction as included in block.
func (s *Store) ConfirmEpoch(ctx context.Context, epoch, block int64) error {
	_, err := s.db.ExecContext(ctx, s.q(`UPDATE payout_epochs SET status = 'confirmed', block_number = ? WHERE epoch = ?`), block, epoch)
	return err
}

// TakeLease gives the named lease to holder until now+ttl if it is free,
// expired or already holder's, and reports whether holder has it.
func (s *Store) TakeLease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error) {
	now := s.nowMs()
	res, err := s.db.ExecContext(ctx, s.q(`INSERT INTO settler_lease (name, holder, expires_ms) VALUES (?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_ms = excluded.expires_ms
		WHERE settler_lease.holder = excluded.holder OR settler_lease.expires_ms < ?`), name, holder, now+ttl.Milliseconds(), now)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// ReleaseLease gives up holder's lease, if it holds it.
func (s *Store) ReleaseLease(ctx context.Context, name, holder string) error {
	_, err := s.db.ExecContext(ctx, s.q(`DELETE FROM settler_lease WHERE name = ? AND holder = ?`), name, holder)
	return err
}

// Notification is a message to a contributor.
type Notification struct {
	ID        int64
	Kind      string
	Body      string
	CreatedAt time.Time
	Read      bool
}

// Notifications lists a contributor's notifications, newest first.
func (s *Store) Notifications(ctx context.Context, contributorID string, limit int) ([]Notification, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, kind, body, created_ms, read_ms IS NOT NULL FROM notifications WHERE contributor_id = ? ORDER BY id DESC LIMIT ?`), contributorID, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Notification
	for rows.Next() {
		var n Notification
		var ms int64
		if err := rows.Scan(&n.ID, &n.Kind, &n.Body, &ms, &n.Read); err != nil {
			return nil, err
		}
		n.CreatedAt = time.UnixMilli(ms)
		out = append(out, n)
	}
	return out, rows.Err()
}
