// Package settle turns sales into money: each sale is split exactly among
// the snapshot's contributors and written to the ledger with a balanced
// journal in one transaction; sales are then committed on chain in batches as
// one cumulative Merkle root per interval (through an outbox, so a crash never
// pays twice), and earnings are claimed into contributors' custodial wallets.
package settle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"rhd.dev/ledger"
	"rhd.dev/merkle"
	"rhd.dev/settle/split"
	"rhd.dev/settle/wallet"
)

// DefaultFeeBps is the platform fee: 15 %.
const DefaultFeeBps = 1500

// Sale is a sale's announcement on rhd.sales.v1: the id of a paid order,
// nothing else. Settlement reads price, fee, bundle and buyer from the order
// in the ledger, so whoever can write to the topic can name a sale but never
// make one or change what it pays.
type Sale struct {
	ID string `json:"sale_id"`
}

// Settler processes sales and commits payouts.
type Settler struct {
	Store   *ledger.Store
	Keyring *wallet.Keyring
	Chain   *Chain
	Logger  *slog.Logger
	Metrics *Metrics // optional
	// AfterLedger, if set, runs after an epoch is written to the ledger and
	// before its transaction is signed; AfterSend after the transaction is
	// sent and before its confirmation is recorded; AfterPublish after a
	// sale is announced and before that is recorded. Crash tests use them.
	AfterLedger, AfterSend, AfterPublish func() error

	// MaxSalesPerEpoch caps the sales of one payout epoch
	// (DefaultMaxSalesPerEpoch if zero).
	MaxSalesPerEpoch int
	// Confirmations is how many blocks must follow an epoch's block before it
	// counts as confirmed (0: its receipt suffices, as on the embedded chain).
	Confirmations uint64
	// BumpAfter is how long an epoch's transaction waits unmined before its
	// fees are raised (DefaultBumpAfter if zero).
	BumpAfter time.Duration
	// Lease, if set, names this process: it sends transactions only while it
	// holds the ledger's lease on the operator key, renewed at every step
	// and LeaseTTL long (DefaultLeaseTTL if zero), so two settlers never
	// race each other's nonces.
	Lease    string
	LeaseTTL time.Duration

	fitSales     atomic.Int64 // sales an epoch fit into on this chain, once one did not fit
	claimMu      sync.Mutex
	claimedEpoch int64 // every account was claimed up to this epoch (this process)
}

func (s *Settler) log() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.Default()
}

// EnsureWallet returns the contributor's custodial address, creating the
// wallet if the contributor has none yet.
func (s *Settler) EnsureWallet(ctx context.Context, contributorID string) (common.Address, error) {
	w, err := s.Store.Wallet(ctx, contributorID)
	if err == nil {
		return common.HexToAddress(w.Address), nil
	}
	if !errors.Is(err, ledger.ErrNotFound) {
		return common.Address{}, err
	}
	addr, ct, err := s.Keyring.New()
	if err != nil {
		return common.Address{}, err
	}
	err = s.Store.CreateWallet(ctx, ledger.Wallet{ContributorID: contributorID, Address: addr.Hex(), KeyCiphertext: ct})
	if errors.Is(err, ledger.ErrExists) { // created concurrently
		return s.EnsureWallet(ctx, contributorID)
	}
	return addr, err
}

// Process pays the sale of a paid order: its price less the fee, split by
// weight among the members of the order's bundle, recorded with the ledger's
// own terms of the order. An id that is no order is ledger.ErrNotFound.
// Processing the same sale again pays nothing more and reports false.
func (s *Settler) Process(ctx context.Context, orderID string) (bool, error) {
	if _, err := s.Store.Sale(ctx, orderID); err == nil {
		return false, nil
	} else if !errors.Is(err, ledger.ErrNotFound) {
		return false, err
	}
	o, err := s.Store.Order(ctx, orderID)
	if err != nil {
		return false, fmt.Errorf("settle: sale %q: %w", orderID, err)
	}
	members, err := s.Store.BundleMembers(ctx, o.BundleID)
	if err != nil {
		return false, err
	}
	shares := make([]split.Share, len(members))
	for i, m := range members {
		shares[i] = split.Share{Account: m.ContributorID, Weight: m.Weight}
	}
	res, err := split.Split(o.PriceCents, o.FeeBps, shares)
	if err != nil {
		return false, fmt.Errorf("%w: order %s: %v", errInvalidSale, o.ID, err)
	}
	lines := make([]ledger.PayoutLine, len(res.Lines))
	for i, l := range res.Lines {
		addr, err := s.EnsureWallet(ctx, l.Account)
		if err != nil {
			return false, err
		}
		lines[i] = ledger.PayoutLine{SaleID: o.ID, ContributorID: l.Account, Account: addr.Hex(), Cents: l.Cents}
	}
	created, err := s.Store.RecordSale(ctx, o.ID, lines)
	if created {
		s.log().Info("settle: sale recorded", "sale", o.ID, "contributors", len(lines), "price_cents", o.PriceCents, "fee_cents", res.FeeCents)
	}
	return created, err
}

// PayoutLeaf is the distributor's leaf of (account, cumulative cents).
func PayoutLeaf(account common.Address, cumulative int64) merkle.Hash {
	return merkle.Leaf(append(common.LeftPadBytes(account.Bytes(), 32), merkle.Word(uint64(cumulative))...))
}

// payoutTree builds the tree of cumulative earnings.
func payoutTree(balances map[string]int64) (*merkle.Tree, error) {
	leaves := make([]merkle.Hash, 0, len(balances))
	for a, c := range balances {
		leaves = append(leaves, PayoutLeaf(common.HexToAddress(a), c))
	}
	return merkle.New(leaves)
}

// epochRoot is the payout root of cumulative balances.
func epochRoot(b map[string]int64) ([]byte, error) {
	t, err := payoutTree(b)
	if err != nil {
		return nil, err
	}
	r := t.Root()
	return r[:], nil
}

// DefaultMaxSalesPerEpoch caps the sales one payout epoch commits: at about
// 4.3k gas per sale on mainnet rules, 1,000 sales take ~4.4M gas, well
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
	// The operator's mined nonce is read before the receipts: if it is past
	// our transaction's and none of the epoch's hashes has a receipt, another
	// transaction took the nonce and ours can never be mined.
	minedNonce, err := c.Backend.NonceAt(ctx, c.OperatorAddress(), nil)
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

// sign builds the epoch's commit transaction without sending it.
func (s *Settler) sign(ctx context.Context, e ledger.Epoch) (*types.Transaction, error) {
	a, err := s.commitArgs(ctx, e)
	if err != nil {
		return nil, err
	}
	c := s.Chain
	return c.signed(ctx, true, func(auth *bind.TransactOpts) (*types.Transaction, error) {
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

// SaleKey is a sale's id on chain.
func SaleKey(id string) [32]byte { return [32]byte(crypto.Keccak256([]byte("rhd-sale:" + id))) }

// ClaimBatch is how many claims go into one transaction.
const ClaimBatch = 100

// onChainEpoch returns the epoch whose root the distributor holds now: the
// latest confirmed one, or a newer one the chain included before the ledger
// recorded its confirmation (proofs for an older epoch fail until then).
func (s *Settler) onChainEpoch(ctx context.Context) (ledger.Epoch, bool, error) {
	onChain, err := s.Chain.Distributor.Epoch(nil)
	if err != nil {
		return ledger.Epoch{}, false, err
	}
	e, ok, err := s.Store.LatestConfirmedEpoch(ctx)
	if err != nil || uint64(e.Epoch) >= onChain {
		return e, ok, err
	}
	open, err := s.Store.OpenEpochs(ctx)
	if err != nil {
		return ledger.Epoch{}, false, err
	}
	for _, o := range open {
		if uint64(o.Epoch) == onChain {
			return o, true, nil
		}
	}
	return e, ok, nil
}

// Claim pays every account the earnings of the epoch on chain it has not
// been paid yet, in batched transactions paid by the operator.
func (s *Settler) Claim(ctx context.Context) (int, error) {
	s.claimMu.Lock()
	defer s.claimMu.Unlock()
	if err := s.own(ctx); err != nil {
		return 0, err
	}
	e, ok, err := s.onChainEpoch(ctx)
	if err != nil || !ok {
		return 0, err
	}
	if e.Epoch == s.claimedEpoch {
		// Nothing new to claim: asking the chain about every account at every
		// interval would cost as much as the accounts, for nothing (one call,
		// the epoch on chain, tells).
		return 0, nil
	}
	n, err := s.claim(ctx, e)
	if err == nil {
		s.claimedEpoch = e.Epoch
	}
	return n, err
}

// claim claims every account's earnings up to epoch e that its
// wallet has not received yet, in batches.
func (s *Settler) claim(ctx context.Context, e ledger.Epoch) (int, error) {
	balances, err := s.Store.EpochBalances(ctx, e.Epoch)
	if err != nil {
		return 0, err
	}
	tree, err := payoutTree(balances)
	if err != nil {
		return 0, err
	}
	c := s.Chain
	accounts := make([]string, 0, len(balances))
	for a := range balances {
		accounts = append(accounts, a)
	}
	slices.Sort(accounts)
	var as []common.Address
	var cs []*big.Int
	var ps [][][32]byte
	paid := 0
	flush := func() error {
		if len(as) == 0 {
			return nil
		}
		tx, err := c.signed(ctx, false, func(auth *bind.TransactOpts) (*types.Transaction, error) {
			return c.Distributor.ClaimBatch(auth, as, cs, ps)
		})
		if err != nil {
			return err
		}
		r, err := waitMined(ctx, c, tx)
		if err != nil {
			return err
		}
		// The contract skips entries claimed meanwhile or whose proof no
		// longer holds (a newer root): count what it paid.
		for _, l := range r.Logs {
			if _, err := c.Distributor.ParseClaimed(*l); err == nil {
				paid++
			}
		}
		as, cs, ps = nil, nil, nil
		return nil
	}
	for _, a := range accounts {
		addr := common.HexToAddress(a)
		done, err := c.Distributor.Claimed(nil, addr)
		if err != nil {
			return paid, err
		}
		if done.Int64() >= balances[a] {
			continue
		}
		proof, _ := tree.Proof(PayoutLeaf(addr, balances[a]))
		as, cs, ps = append(as, addr), append(cs, big.NewInt(balances[a])), append(ps, hashes(proof))
		if len(as) == ClaimBatch {
			if err := flush(); err != nil {
				return paid, err
			}
		}
	}
	return paid, flush()
}

func hashes(hs []merkle.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

// Receipt is what anyone needs to check a contributor's earnings on chain.
type Receipt struct {
	Account    common.Address
	SaleID     string
	SaleCents  int64 // the contributor's line in this sale
	Cumulative int64 // everything the account earned up to the committed epoch
	Epoch      int64
	Root       [32]byte
	Proof      [][32]byte
	Verified   bool // the distributor contract accepted the proof
	TxHash     string
}

// Verify builds the proof of an account's cumulative earnings for the epoch
// on chain and checks it against the contract's root.
func (s *Settler) Verify(ctx context.Context, account common.Address, saleID string) (Receipt, error) {
	r := Receipt{Account: account, SaleID: saleID}
	lines, err := s.Store.SaleLines(ctx, saleID)
	if err != nil {
		return r, err
	}
	found := false
	for _, l := range lines {
		if common.HexToAddress(l.Account) == account {
			r.SaleCents, found = l.Cents, true
		}
	}
	if !found {
		return r, fmt.Errorf("settle: account %s was not paid by sale %s", account.Hex(), saleID)
	}
	e, ok, err := s.onChainEpoch(ctx)
	if err != nil {
		return r, err
	}
	if !ok {
		return r, errors.New("settle: no payout epoch is confirmed on chain yet")
	}
	balances, err := s.Store.EpochBalances(ctx, e.Epoch)
	if err != nil {
		return r, err
	}
	tree, err := payoutTree(balances)
	if err != nil {
		return r, err
	}
	r.Epoch, r.Cumulative, r.TxHash = e.Epoch, balances[account.Hex()], e.TxHash
	r.Root = tree.Root()
	proof, ok := tree.Proof(PayoutLeaf(account, r.Cumulative))
	if !ok {
		return r, fmt.Errorf("settle: sale %s is not committed on chain yet", saleID)
	}
	r.Proof = hashes(proof)
	r.Verified, err = s.Chain.Distributor.Verify(nil, account, big.NewInt(r.Cumulative), r.Proof)
	return r, err
}
