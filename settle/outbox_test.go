package settle

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"rhd.dev/contracts/bindings"
	"rhd.dev/ledger"
)

// storedEpoch opens an epoch for the sales recorded so far and stores as its
// transaction what build signs (with the operator's next nonce), unsent, as
// a crash right after signing would leave it.
func (e *env) storedEpoch(s *Settler, build func(auth *bind.TransactOpts, a commitCall, ep ledger.Epoch) (*types.Transaction, error)) (ledger.Epoch, *types.Transaction) {
	e.t.Helper()
	ctx := context.Background()
	ep, opened, err := e.store.OpenEpoch(ctx, 0, epochRoot)
	if err != nil || !opened {
		e.t.Fatalf("open epoch: %v %v", opened, err)
	}
	a, err := s.commitArgs(ctx, ep)
	if err != nil {
		e.t.Fatal(err)
	}
	tx, err := e.chain.signed(ctx, Committer, true, func(auth *bind.TransactOpts) (*types.Transaction, error) { return build(auth, a, ep) })
	if err != nil {
		e.t.Fatal(err)
	}
	raw, _ := tx.MarshalBinary()
	if err := e.store.SetEpochTx(ctx, ep.Epoch, raw, tx.Hash().Hex()); err != nil {
		e.t.Fatal(err)
	}
	return ep, tx
}

func plainCommit(c *Chain) func(*bind.TransactOpts, commitCall, ledger.Epoch) (*types.Transaction, error) {
	return func(auth *bind.TransactOpts, a commitCall, ep ledger.Epoch) (*types.Transaction, error) {
		return c.Distributor.Commit(auth, a.ids, a.roots, a.totals, [32]byte(ep.Root), uint64(ep.Epoch))
	}
}

// epoch is the ledger's epoch n once no epoch is open.
func (e *env) epoch(n int64) ledger.Epoch {
	e.t.Helper()
	es, _ := e.store.OpenEpochs(context.Background())
	if len(es) > 0 {
		e.t.Fatalf("epochs still open: %+v", es)
	}
	last, ok, _ := e.store.LatestConfirmedEpoch(context.Background())
	if !ok || last.Epoch != n {
		e.t.Fatalf("latest confirmed epoch %+v, want %d", last, n)
	}
	return last
}

// epochTx is the hash the ledger confirmed epoch n under.
func (e *env) epochTx(n int64) string {
	e.t.Helper()
	ep, err := e.store.PayoutEpoch(context.Background(), n)
	if err != nil {
		e.t.Fatal(err)
	}
	return ep.TxHash
}

// A transaction whose build fails (here a gas estimate that reverts) gives
// its nonce back: the next transaction takes it, and nothing queues behind
// a gap.
func TestFailedBuildGivesItsNonceBack(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.settler()
	before, _ := e.chain.Backend.PendingNonceAt(ctx, e.chain.OperatorAddress())
	for range 3 {
		if _, err := e.chain.signed(ctx, Committer, false, func(auth *bind.TransactOpts) (*types.Transaction, error) {
			return e.chain.Distributor.Commit(auth, nil, nil, nil, [32]byte{1}, 7) // StaleEpoch: reverts in the estimate
		}); err == nil {
			t.Fatal("a commit for epoch 7 of a chain at epoch 0 was sent")
		}
	}
	s.Process(ctx, e.order(10_000))
	e.commitUntilConfirmed(s)
	tx, _, _ := e.chain.Backend.(interface {
		TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error)
	}).TransactionByHash(ctx, common.HexToHash(e.epoch(1).TxHash))
	if tx.Nonce() != before {
		t.Fatalf("the commit took nonce %d, want %d (the failed builds' nonce)", tx.Nonce(), before)
	}
}

// Another transaction of the operator key took the nonce of a stored epoch
// transaction (a second process, a manual transaction): the epoch is signed
// again under a new nonce and committed, once.
func TestTakenNonceIsSignedAgain(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.settler()
	s.Metrics = NewMetrics(prometheus.NewRegistry())
	s.Process(ctx, e.order(10_000))
	_, stored := e.storedEpoch(s, plainCommit(e.chain))
	c := e.chain
	other, err := types.SignNewTx(c.Keys.Committer, types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{ChainID: c.ChainID, Nonce: stored.Nonce(),
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 21_000, To: &common.Address{9}, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Backend.SendTransaction(ctx, other); err != nil {
		t.Fatal(err)
	}
	if _, err := waitMined(ctx, c, other); err != nil {
		t.Fatal(err)
	}
	e.commitUntilConfirmed(s)
	got := e.epoch(1)
	if got.TxHash == stored.Hash().Hex() || len(got.PriorTxHashes) != 1 || got.PriorTxHashes[0] != stored.Hash().Hex() {
		t.Fatalf("epoch after its nonce was taken: %+v", got)
	}
	if ep, _ := c.Distributor.Epoch(nil); ep != 1 {
		t.Fatalf("chain epoch %d, want 1", ep)
	}
	if n := testutil.ToFloat64(s.Metrics.Resigned.WithLabelValues("nonce taken by another transaction")); n != 1 {
		t.Fatalf("%v re-signs counted", n)
	}
	s.Claim(ctx)
	if got := e.onChainTotal(); got != 8500 {
		t.Fatalf("paid %d cents, want 8500", got)
	}
}

// A stored epoch transaction that reverts (here: out of gas) is reported and
// signed again, not retried forever.
func TestRevertedEpochTransactionIsSignedAgain(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.settler()
	s.Process(ctx, e.order(10_000))
	_, stored := e.storedEpoch(s, func(auth *bind.TransactOpts, a commitCall, ep ledger.Epoch) (*types.Transaction, error) {
		auth.NoSend = true
		est, err := plainCommit(e.chain)(auth, a, ep)
		if err != nil {
			return nil, err
		}
		auth.GasLimit = est.Gas() / 2
		return plainCommit(e.chain)(auth, a, ep)
	})
	// The first runs send it and find it reverted; a later one confirms the new one.
	deadline := time.Now().Add(20 * time.Second)
	for {
		if err := s.Commit(ctx); err != nil {
			t.Log(err)
		}
		if open, _ := e.store.OpenEpochs(ctx); len(open) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the reverted epoch was never committed")
		}
		time.Sleep(20 * time.Millisecond)
	}
	r, _ := e.chain.receipt(ctx, stored.Hash())
	if r == nil || r.Status != types.ReceiptStatusFailed {
		t.Fatalf("the stored transaction did not revert: %+v", r)
	}
	if got := e.epoch(1); got.TxHash == stored.Hash().Hex() {
		t.Fatal("epoch confirmed under the reverted transaction")
	}
	if ep, _ := e.chain.Distributor.Epoch(nil); ep != 1 {
		t.Fatalf("chain epoch %d, want 1", ep)
	}
}

// A stored epoch transaction whose fees are too low to be mined is signed
// again, same nonce, with higher fees after BumpAfter.
func TestStuckEpochTransactionGetsHigherFees(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.settler()
	s.Metrics = NewMetrics(prometheus.NewRegistry())
	s.BumpAfter = 300 * time.Millisecond
	s.Process(ctx, e.order(10_000))
	_, stored := e.storedEpoch(s, func(auth *bind.TransactOpts, a commitCall, ep ledger.Epoch) (*types.Transaction, error) {
		est, err := plainCommit(e.chain)(auth, a, ep)
		if err != nil {
			return nil, err
		}
		auth.GasLimit = est.Gas()
		auth.GasTipCap, auth.GasFeeCap = big.NewInt(1), big.NewInt(1) // below the base fee: never mined
		return plainCommit(e.chain)(auth, a, ep)
	})
	if err := s.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	if r, _ := e.chain.receipt(ctx, stored.Hash()); r != nil {
		t.Fatal("the underpriced transaction was mined: the test proves nothing")
	}
	if o, _ := s.Outbox(ctx); o.Open != 1 || o.OldestWait < 200*time.Millisecond {
		t.Fatalf("outbox while stuck: %+v", o)
	}
	if age := testutil.ToFloat64(s.Metrics.OutboxAge); age <= 0 {
		t.Fatalf("outbox age metric %v while a transaction waits", age)
	}
	e.commitUntilConfirmed(s)
	got := e.epoch(1)
	bumped, _, _ := e.chain.Backend.(interface {
		TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error)
	}).TransactionByHash(ctx, common.HexToHash(got.TxHash))
	if bumped.Nonce() != stored.Nonce() || bumped.GasFeeCap().Cmp(stored.GasFeeCap()) <= 0 || len(got.PriorTxHashes) == 0 {
		t.Fatalf("confirmed %+v under tx nonce %d fee cap %v; stored nonce %d", got, bumped.Nonce(), bumped.GasFeeCap(), stored.Nonce())
	}
	if n := testutil.ToFloat64(s.Metrics.FeeBumps); n < 1 {
		t.Fatal("no fee bump counted")
	}
	if o, _ := s.Outbox(ctx); o.Open != 0 || o.String() != "empty" {
		t.Fatalf("outbox after confirmation: %+v", o)
	}
}

// An epoch counts as confirmed only Confirmations blocks after its block.
func TestEpochConfirmedAtDepth(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.settler()
	s.Confirmations = 4
	s.Process(ctx, e.order(10_000))
	e.mining.Lock() // blocks are mined by hand below
	defer e.mining.Unlock()
	if err := s.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	e.sim.Commit()
	open, _ := e.store.OpenEpochs(ctx)
	r, _ := e.chain.receipt(ctx, common.HexToHash(open[0].TxHash))
	if r == nil {
		t.Fatal("epoch transaction not mined")
	}
	for {
		if err := s.Commit(ctx); err != nil {
			t.Fatal(err)
		}
		head, _ := e.chain.Backend.BlockNumber(ctx)
		open, _ := e.store.OpenEpochs(ctx)
		confirmed := len(open) == 0
		if deep := head >= r.BlockNumber.Uint64()+4; confirmed != deep {
			t.Fatalf("head %d, epoch block %d: confirmed=%v", head, r.BlockNumber, confirmed)
		}
		if confirmed {
			break
		}
		e.sim.Commit()
	}
}

// A reorg drops a confirmed epoch's block: the epoch is driven again (its
// stored transaction resent) instead of every later epoch reverting with
// StaleEpoch.
func TestReorgDroppingAConfirmedEpochIsRecovered(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.settler()
	s.Metrics = NewMetrics(prometheus.NewRegistry())
	s.Process(ctx, e.order(10_000))
	e.commitUntilConfirmed(s)
	first := e.epoch(1)

	e.mining.Lock()
	parent, err := e.chain.Backend.HeaderByNumber(ctx, big.NewInt(first.BlockNumber-1))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond) // the pool takes the dropped transactions back in
	e.sim.Rollback()                   // and loses them, as a node may
	if ep, _ := e.chain.Distributor.Epoch(nil); ep != 0 {
		t.Fatalf("chain epoch %d after the reorg, want 0", ep)
	}
	e.mining.Unlock()

	s.Process(ctx, e.order(20_000))
	e.commitUntilConfirmed(s)
	e.commitUntilConfirmed(s)
	e.epoch(2)
	if ep, _ := e.chain.Distributor.Epoch(nil); ep != 2 {
		t.Fatalf("chain epoch %d, want 2", ep)
	}
	if n := testutil.ToFloat64(s.Metrics.Reorgs); n != 1 {
		t.Fatalf("%v reorgs counted", n)
	}
	s.Claim(ctx)
	if got := e.onChainTotal(); got != 25_500 {
		t.Fatalf("paid %d cents, want 25500", got)
	}
}

// A backlog of 1,000 sales is committed over capped epochs, each within the
// per-transaction gas cap, and paid in full.
func TestBacklogDrainsInCappedEpochs(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.settler()
	s.MaxSalesPerEpoch = 300
	var want int64
	for range 1000 {
		if _, err := s.Process(ctx, e.order(1000)); err != nil {
			t.Fatal(err)
		}
		want += 1000 - 150
	}
	const epochs = 4 // 300, 300, 300, 100
	deadline := time.Now().Add(60 * time.Second)
	for {
		if err := s.Commit(ctx); err != nil {
			t.Fatal(err)
		}
		open, _ := e.store.OpenEpochs(ctx)
		if e, _, _ := e.store.LatestConfirmedEpoch(ctx); len(open) == 0 && e.Epoch == epochs {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("backlog not drained")
		}
		time.Sleep(20 * time.Millisecond)
	}
	for n := int64(1); n <= epochs; n++ {
		sales, _ := e.store.EpochSales(ctx, n)
		if want := min(300, 1000-int(n-1)*300); len(sales) != want {
			t.Fatalf("epoch %d commits %d sales, want %d", n, len(sales), want)
		}
	}
	r, _ := e.chain.receipt(ctx, common.HexToHash(e.epochTx(1)))
	if r.GasUsed >= 16_777_216/DefaultMaxSalesPerEpoch*300 {
		t.Fatalf("an epoch of 300 sales used %d gas: %d sales would not fit in a transaction", r.GasUsed, DefaultMaxSalesPerEpoch)
	}
	t.Logf("epoch of 300 sales: %d gas (%d per sale)", r.GasUsed, r.GasUsed/300)
	if _, err := s.Claim(ctx); err != nil {
		t.Fatal(err)
	}
	if got := e.onChainTotal(); got != want {
		t.Fatalf("paid %d cents, want %d", got, want)
	}
}

// On a chain whose blocks hold fewer sales than the cap, an epoch gives its
// newer sales back until its transaction fits, and later epochs start there.
func TestEpochTooBigForTheBlockGivesSalesBack(t *testing.T) {
	e := newEnvGas(t, 1_800_000) // ~430 sales a block
	ctx := context.Background()
	s := e.settler()
	var want int64
	for range 1000 {
		if _, err := s.Process(ctx, e.order(1000)); err != nil {
			t.Fatal(err)
		}
		want += 1000
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		if err := s.Commit(ctx); err != nil {
			t.Fatal(err)
		}
		sales, _ := e.store.Sales(ctx)
		open, _ := e.store.OpenEpochs(ctx)
		left := 0
		for _, sa := range sales {
			if sa.Epoch == 0 {
				left++
			}
		}
		if left == 0 && len(open) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("backlog not drained")
		}
		time.Sleep(20 * time.Millisecond)
	}
	first, _ := e.store.EpochSales(ctx, 1)
	if len(first) != 250 { // 1,000 -> 500 -> 250
		t.Fatalf("first epoch commits %d sales, want 250", len(first))
	}
	if got, _ := e.chain.Distributor.TotalCommittedCents(nil); got.Int64() != want {
		t.Fatalf("committed %v cents of sales, want %d", got, want)
	}
}

// Two settlers under leases on one operator key: only one sends; the other
// takes over once the first's lease expires.
func TestOneSettlerHoldsTheOperatorKey(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	a, b := e.settler(), e.settler()
	a.Lease, b.Lease = "a", "b"
	a.LeaseTTL, b.LeaseTTL = 2*time.Second, time.Hour
	a.Process(ctx, e.order(10_000))
	if err := a.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if err := a.own(ctx); err != nil { // renewed: b's calls below run well within its TTL
		t.Fatal(err)
	}
	if err := b.Commit(ctx); !errors.Is(err, ErrNotLeaseHolder) {
		t.Fatalf("second settler's commit: %v", err)
	}
	if _, err := b.Claim(ctx); !errors.Is(err, ErrNotLeaseHolder) {
		t.Fatalf("second settler's claim: %v", err)
	}
	if _, err := b.RelayConsents(ctx); !errors.Is(err, ErrNotLeaseHolder) {
		t.Fatalf("second settler's consent relay: %v", err)
	}
	time.Sleep(2100 * time.Millisecond) // a stopped renewing
	e.commitUntilConfirmed(b)
	if err := a.Commit(ctx); !errors.Is(err, ErrNotLeaseHolder) {
		t.Fatalf("first settler after losing its lease: %v", err)
	}
	b.Claim(ctx)
	if got := e.onChainTotal(); got != 8500 {
		t.Fatalf("paid %d cents, want 8500", got)
	}
}

// Contracts of another ABI at the configured addresses (an older rhd's) are
// refused when the chain is opened, not call by call later.
func TestOpenRefusesContractsOfAnOlderRhd(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	c := e.chain
	auth, _ := bind.NewKeyedTransactorWithChainID(c.Keys.Committer, c.ChainID)
	plain, tx, _, err := bindings.DeployPlainERC721(auth, c.Backend)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitDeployed(ctx, c.Backend, tx); err != nil {
		t.Fatal(err)
	}
	_, err = OpenKeys(ctx, c.Backend, c.Keys, Addresses{Distributor: plain, Records: c.Addresses.Records, Consent: c.Addresses.Consent})
	if err == nil || !strings.Contains(err.Error(), "older rhd") {
		t.Fatalf("open over a foreign distributor: %v", err)
	}
	if _, err := OpenKeys(ctx, c.Backend, c.Keys, c.Addresses); err != nil {
		t.Fatalf("open over the current contracts: %v", err)
	}
}

// An earlier transaction of the committer key stuck below the base fee (a
// manual one) holds up the epoch queued behind it: it is
// replaced by an empty transfer at higher fees, and the epoch is committed.
func TestStuckEarlierTransactionIsReplaced(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.settler()
	s.BumpAfter = 300 * time.Millisecond
	c := e.chain
	nonce, _ := c.Backend.PendingNonceAt(ctx, c.OperatorAddress())
	stuck, err := types.SignNewTx(c.Keys.Committer, types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{ChainID: c.ChainID, Nonce: nonce,
		GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1), Gas: 21_000, To: &common.Address{9}, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Backend.SendTransaction(ctx, stuck); err != nil {
		t.Fatal(err)
	}
	s.Process(ctx, e.order(10_000))
	e.commitUntilConfirmed(s)
	if r, _ := c.receipt(ctx, stuck.Hash()); r != nil {
		t.Fatal("the stuck transaction was mined after all")
	}
	if mined, _ := c.Backend.NonceAt(ctx, c.OperatorAddress(), nil); mined <= nonce {
		t.Fatalf("nonce %d still not used", nonce)
	}
	if ep, _ := c.Distributor.Epoch(nil); ep != 1 {
		t.Fatalf("chain epoch %d, want 1", ep)
	}
}
