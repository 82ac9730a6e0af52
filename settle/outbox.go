package settle

// The payout outbox: epochs opened from the ledger, signed and stored before
// they are sent, and driven to a confirmation that survives stuck fees,
// taken nonces, reverts and reorgs.

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"rhd.dev/ledger"
)

// DefaultMaxSalesPerEpoch caps the sales one payout epoch commits: at about
// 4k gas per sale on mainnet rules, 1,000 sales take ~4.1M gas, well
// within the 16,777,216 gas a transaction may use, so a backlog is drained
// over several epochs instead of never fitting into one. A chain whose rules
// make sales dearer gets smaller epochs (signFitting).
const DefaultMaxSalesPerEpoch = 1000

// DefaultLeaseTTL is how long a settler's lease on the operator key lasts
// without renewal.
const DefaultLeaseTTL = 3 * time.Minute

// ErrNotLeaseHolder is returned while another settlement process holds the
// lease on the operator key.
var ErrNotLeaseHolder = errors.New("settle: another settlement process holds the operator key")

// own renews the settler's lease on the operator key, if it runs under one.
func (s *Settler) own(ctx context.Context) error {
	if s.Lease == "" {
		return nil
	}
	ttl := s.LeaseTTL
	if ttl <= 0 {
		ttl = DefaultLeaseTTL
	}
	ok, err := s.Store.TakeLease(ctx, "operator:"+s.Chain.OperatorAddress().Hex(), s.Lease, ttl)
	if err != nil {
		return err
	}
	if !ok {
		return ErrNotLeaseHolder
	}
	return nil
}

// ReleaseLease gives up the settler's lease on the operator key (at a clean
// shutdown: the next settler need not wait for it to expire).
func (s *Settler) ReleaseLease(ctx context.Context) error {
	if s.Lease == "" {
		return nil
	}
	return s.Store.ReleaseLease(ctx, "operator:"+s.Chain.OperatorAddress().Hex(), s.Lease)
}

// DefaultBumpAfter is how long an epoch's transaction may wait unmined before
// it is signed again with higher fees.
const DefaultBumpAfter = 2 * time.Minute

func (s *Settler) maxSales() int {
	n := DefaultMaxSalesPerEpoch
	if s.MaxSalesPerEpoch > 0 {
		n = s.MaxSalesPerEpoch
	}
	if f := int(s.fitSales.Load()); f > 0 {
		n = min(n, f)
	}
	return n
}

func (s *Settler) bumpAfter() time.Duration {
	if s.BumpAfter > 0 {
		return s.BumpAfter
	}
	return DefaultBumpAfter
}

// Commit opens a payout epoch for the oldest sales not yet on chain (if any,
// at most MaxSalesPerEpoch) and drives the open epochs to confirmation, oldest
// first: sign and store the transaction, send it, bump its fees while it is
// stuck, re-sign it if its nonce was taken or it reverted, and record it once
// it is Confirmations blocks deep in the canonical chain. Run it on an
// interval; after a crash it resumes exactly where it stopped, and after a
// reorg that dropped confirmed epochs it drives them again.
func (s *Settler) Commit(ctx context.Context) error {
	if err := s.own(ctx); err != nil {
		return err
	}
	if err := s.checkReorg(ctx); err != nil {
		return err
	}
	if _, _, err := s.Store.OpenEpoch(ctx, s.maxSales(), epochRoot); err != nil {
		return err
	}
	if s.AfterLedger != nil {
		if err := s.AfterLedger(); err != nil {
			return err
		}
	}
	open, err := s.Store.OpenEpochs(ctx)
	if err != nil {
		return err
	}
	s.observeOutbox(open)
	for _, e := range open {
		confirmed, err := s.drive(ctx, e)
		if err != nil {
			return fmt.Errorf("settle: epoch %d: %w", e.Epoch, err)
		}
		if !confirmed {
			break // later epochs wait for this one: the contract takes them in order
		}
	}
	return nil
}

// OutboxStatus is the state of the payout outbox, for operators.
type OutboxStatus struct {
	Open       int           // epochs not yet confirmed
	OldestWait time.Duration // since the oldest open epoch's transaction was signed
	Replaced   int           // transactions of open epochs replaced (fee bumps, re-signs)
}

func (o OutboxStatus) String() string {
	if o.Open == 0 {
		return "empty"
	}
	return fmt.Sprintf("%d open epoch(s), oldest transaction waiting %s, %d replaced", o.Open, o.OldestWait.Round(time.Second), o.Replaced)
}

// Outbox reports the payout outbox's state from the ledger.
func (s *Settler) Outbox(ctx context.Context) (OutboxStatus, error) {
	open, err := s.Store.OpenEpochs(ctx)
	if err != nil {
		return OutboxStatus{}, err
	}
	o := OutboxStatus{Open: len(open)}
	for _, e := range open {
		o.Replaced += len(e.PriorTxHashes)
	}
	if len(open) > 0 && !open[0].SignedAt.IsZero() {
		o.OldestWait = time.Since(open[0].SignedAt)
	}
	return o, nil
}

// checkReorg reopens the confirmed epochs the chain no longer holds (a reorg
// deeper than the confirmation depth dropped them), so they are driven again
// instead of every later commit reverting with StaleEpoch.
func (s *Settler) checkReorg(ctx context.Context) error {
	last, ok, err := s.Store.LatestConfirmedEpoch(ctx)
	if err != nil || !ok {
		return err
	}
	onChain, err := s.Chain.Distributor.Epoch(nil)
	if err != nil {
		return err
	}
	if onChain >= uint64(last.Epoch) {
		return nil
	}
	n, err := s.Store.ReopenEpochsAfter(ctx, int64(onChain))
	if err != nil {
		return err
	}
	s.log().Error("settle: confirmed payout epochs are no longer on chain (reorg); driving them again", "chain_epoch", onChain, "ledger_epoch", last.Epoch, "reopened", n)
	s.count(func(m *Metrics) { m.Reorgs.Inc() })
	return nil
}

// drive moves one epoch forward and reports whether it is confirmed.
func (s *Settler) drive(ctx context.Context, e ledger.Epoch) (bool, error) {
	c := s.Chain
	onChain, err := c.Distributor.Epoch(nil)
	if err != nil {
		return false, err
	}
	tx := new(types.Transaction)
	if e.RawTx == nil {
		if onChain >= uint64(e.Epoch) {
			return false, fmt.Errorf("chain is at epoch %d but epoch %d has no transaction in the ledger", onChain, e.Epoch)
		}
		if tx, e, err = s.signFitting(ctx, e); err != nil {
			return false, err
		}
		raw, _ := tx.MarshalBinary()
		// Stored before sent: a crash from here on resends this exact transaction.
		if err := s.Store.SetEpochTx(ctx, e.Epoch, raw, tx.Hash().Hex()); err != nil {
			return false, err
		}
		e.RawTx, e.TxHash, e.SignedAt = raw, tx.Hash().Hex(), time.Now()
	} else if err := tx.UnmarshalBinary(e.RawTx); err != nil {
		return false, err
	}
	// The committer's mined nonce is read before the receipts: if it is past
	// our transaction's and none of the epoch's hashes has a receipt, another
	// transaction took the nonce and ours can never be mined.
	minedNonce, err := c.Backend.NonceAt(ctx, c.Address(Committer), nil)
	if err != nil {
		return false, err
	}
	r, err := s.epochReceipt(ctx, e)
	if err != nil {
		return false, err
	}
	if r == nil {
		if onChain >= uint64(e.Epoch) {
			return false, fmt.Errorf("chain is at epoch %d, but no transaction signed for epoch %d is mined (is another process signing with the operator key?)", onChain, e.Epoch)
		}
		if minedNonce > tx.Nonce() {
			return false, s.resign(ctx, e, "nonce taken by another transaction")
		}
		if err := c.send(ctx, tx); err != nil {
			return false, err
		}
		if s.AfterSend != nil {
			if err := s.AfterSend(); err != nil {
				return false, err
			}
		}
		if r, err = c.receipt(ctx, tx.Hash()); err != nil {
			return false, err
		}
		if r == nil {
			if !e.SignedAt.IsZero() && time.Since(e.SignedAt) > s.bumpAfter() {
				if minedNonce < tx.Nonce() {
					// An earlier transaction of the key (a claim, a relay, a
					// manual one) is stuck in the pool, and ours waits behind it.
					return false, s.cancelStuck(ctx, minedNonce)
				}
				return false, s.bump(ctx, e, tx)
			}
			return false, nil // pending: the next Commit looks again
		}
	}
	if r.Status != types.ReceiptStatusSuccessful {
		s.log().Error("settle: payout epoch transaction reverted; signing it again", "epoch", e.Epoch, "tx", r.TxHash.Hex(), "block", r.BlockNumber)
		if err := s.resign(ctx, e, "reverted"); err != nil {
			return false, fmt.Errorf("transaction %s reverted; signing again: %w", r.TxHash.Hex(), err)
		}
		return false, nil
	}
	head, err := c.Backend.BlockNumber(ctx)
	if err != nil {
		return false, err
	}
	if head < r.BlockNumber.Uint64()+s.Confirmations {
		return false, nil // not deep enough yet
	}
	// The receipt's block must still be the canonical one at its height: a
	// node's index can lag behind a reorg.
	h, err := c.Backend.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		return false, err
	}
	if h.Hash() != r.BlockHash {
		s.log().Warn("settle: payout epoch's block was reorganized away; looking again", "epoch", e.Epoch, "block", r.BlockNumber)
		return false, nil
	}
	s.log().Info("settle: payouts committed on chain", "epoch", e.Epoch, "tx", r.TxHash.Hex(), "block", r.BlockNumber)
	return true, s.Store.ConfirmEpoch(ctx, e.Epoch, r.BlockNumber.Int64())
}

// signFitting signs an epoch's first transaction; while its gas exceeds what
// a transaction or block of this chain allows, it gives the newer half of
// its sales back to the queue (the per-sale gas differs between chains' rule
// sets, so no fixed cap fits all) and tries again.
func (s *Settler) signFitting(ctx context.Context, e ledger.Epoch) (*types.Transaction, ledger.Epoch, error) {
	for {
		tx, err := s.sign(ctx, e)
		if err == nil || !tooMuchGas(err) {
			return tx, e, err
		}
		sales, serr := s.Store.EpochSales(ctx, e.Epoch)
		if serr != nil || len(sales) <= 1 {
			return nil, e, err
		}
		s.log().Warn("settle: payout epoch exceeds the chain's gas limit; committing fewer sales", "epoch", e.Epoch, "sales", len(sales), "keep", len(sales)/2, "err", err)
		if err := s.Store.ShrinkEpoch(ctx, e.Epoch, len(sales)/2, epochRoot); err != nil {
			return nil, e, err
		}
		s.fitSales.Store(int64(len(sales) / 2)) // later epochs start there
		if e, err = s.Store.PayoutEpoch(ctx, e.Epoch); err != nil {
			return nil, e, err
		}
	}
}

// tooMuchGas tells a gas estimate over the chain's transaction or block limit.
func tooMuchGas(err error) bool {
	msg := err.Error()
	for _, m := range []string{"gas required exceeds", "exceeds block gas limit", "gas limit too high", "intrinsic gas too high", "insufficient gas for floor data gas"} {
		if strings.Contains(msg, m) {
			return true
		}
	}
	return false
}

// epochReceipt returns the receipt of whichever of the epoch's signed
// transactions succeeded, else the current transaction's receipt if it
// reverted, else nil. A prior transaction's revert was dealt with when it
// was current: it must not make a pending replacement look failed.
func (s *Settler) epochReceipt(ctx context.Context, e ledger.Epoch) (*types.Receipt, error) {
	var current *types.Receipt
	for i, h := range append([]string{e.TxHash}, e.PriorTxHashes...) {
		r, err := s.Chain.receipt(ctx, common.HexToHash(h))
		if err != nil {
			return nil, err
		}
		if r != nil && r.Status == types.ReceiptStatusSuccessful {
			return r, nil
		}
		if i == 0 {
			current = r
		}
	}
	return current, nil
}

// resign signs the epoch's commit again under a fresh nonce, with a fresh gas
// estimate (which fails, loudly, if the commit would revert now), stores it in
// place of the old one and sends it. The contract takes epoch n+1 only once,
// so whichever of its transactions is mined, the epoch is committed once.
func (s *Settler) resign(ctx context.Context, e ledger.Epoch, why string) error {
	tx, err := s.sign(ctx, e)
	if err != nil {
		return err
	}
	raw, _ := tx.MarshalBinary()
	if err := s.Store.ReplaceEpochTx(ctx, e.Epoch, e.TxHash, raw, tx.Hash().Hex()); err != nil {
		return err
	}
	s.log().Warn("settle: payout epoch signed again", "epoch", e.Epoch, "why", why, "old_tx", e.TxHash, "tx", tx.Hash().Hex(), "nonce", tx.Nonce())
	s.count(func(m *Metrics) { m.Resigned.WithLabelValues(why).Inc() })
	return s.Chain.send(ctx, tx)
}

// bump replaces the epoch's stuck transaction with the same one at higher fees.
func (s *Settler) bump(ctx context.Context, e ledger.Epoch, old *types.Transaction) error {
	tx, err := s.Chain.bumped(ctx, old)
	if err != nil {
		return err
	}
	raw, _ := tx.MarshalBinary()
	if err := s.Store.ReplaceEpochTx(ctx, e.Epoch, e.TxHash, raw, tx.Hash().Hex()); err != nil {
		return err
	}
	s.log().Warn("settle: payout epoch stuck; fees raised", "epoch", e.Epoch, "waited", time.Since(e.SignedAt).Round(time.Second), "old_tx", e.TxHash, "tx", tx.Hash().Hex(),
		"tip", tx.GasTipCap(), "fee_cap", tx.GasFeeCap())
	s.count(func(m *Metrics) { m.FeeBumps.Inc() })
	return s.Chain.send(ctx, tx)
}

// cancelStuck replaces whatever transaction of the committer key is stuck at
// nonce with an empty transfer to itself at fees well above the node's
// current ones, so the transactions queued behind it can be mined. What it
// displaces is retried by its own step (a manual transaction of the key, or
// an epoch signed before a restart). Other duties have their own keys, so
// their transactions never queue behind an epoch.
func (s *Settler) cancelStuck(ctx context.Context, nonce uint64) error {
	c := s.Chain
	tip, err := c.Backend.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	head, err := c.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	tip = new(big.Int).Add(new(big.Int).Mul(tip, big.NewInt(2)), big.NewInt(1))
	feeCap := new(big.Int).Set(tip)
	if head.BaseFee != nil {
		feeCap.Add(feeCap, new(big.Int).Mul(head.BaseFee, big.NewInt(3)))
	}
	self := c.Address(Committer)
	tx, err := types.SignNewTx(c.Keys.Committer, types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{ChainID: c.ChainID, Nonce: nonce,
		GasTipCap: tip, GasFeeCap: feeCap, Gas: 21_000, To: &self, Value: new(big.Int)})
	if err != nil {
		return err
	}
	s.log().Warn("settle: an earlier transaction of the committer key is stuck; replacing it with an empty one", "nonce", nonce, "tx", tx.Hash().Hex(), "tip", tip, "fee_cap", feeCap)
	s.count(func(m *Metrics) { m.FeeBumps.Inc() })
	return c.send(ctx, tx)
}

// sign builds the epoch's commit transaction without sending it.
func (s *Settler) sign(ctx context.Context, e ledger.Epoch) (*types.Transaction, error) {
	a, err := s.commitArgs(ctx, e)
	if err != nil {
		return nil, err
	}
	c := s.Chain
	return c.signed(ctx, Committer, true, func(auth *bind.TransactOpts) (*types.Transaction, error) {
		return c.Distributor.Commit(auth, a.ids, a.roots, a.totals, [32]byte(e.Root), uint64(e.Epoch))
	})
}

// commitCall is the arguments of an epoch's commit, but the root and epoch.
type commitCall struct {
	ids, roots [][32]byte
	totals     []*big.Int
}

func (s *Settler) commitArgs(ctx context.Context, e ledger.Epoch) (commitCall, error) {
	sales, err := s.Store.EpochSales(ctx, e.Epoch)
	if err != nil {
		return commitCall{}, err
	}
	a := commitCall{ids: make([][32]byte, len(sales)), roots: make([][32]byte, len(sales)), totals: make([]*big.Int, len(sales))}
	for i, sa := range sales {
		a.ids[i] = SaleKey(sa.ID)
		sn, err := s.Store.Snapshot(ctx, sa.SnapshotID)
		if err != nil {
			return commitCall{}, err
		}
		copy(a.roots[i][:], sn.MerkleRoot)
		a.totals[i] = big.NewInt(sa.PriceCents)
	}
	return a, nil
}
