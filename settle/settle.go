// Package settle turns sales into money: each sale is split exactly among
// the snapshot's contributors and written to the ledger with a balanced
// journal in one transaction; sales are then committed on chain in batches as
// one cumulative Merkle root per interval (through an outbox, so a crash never
// pays twice), and earnings are claimed into contributors' custodial wallets
// when they cash out, which burns the cashed-out cents.
package settle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
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
	mintMu       sync.Mutex
	lookback     time.Time // the next hour MintRecords looks at again for late data
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
// been paid yet, in batched transactions paid by the claimer key (for
// anyone claiming on all accounts' behalf; settlement itself claims on cash-out).
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
		tx, err := c.signed(ctx, Claimer, false, func(auth *bind.TransactOpts) (*types.Transaction, error) {
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
