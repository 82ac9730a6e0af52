package settle

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	ethereum "github.com/ethereum/go-ethereum"
	"math/big"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"rhd.dev/contracts"
	"rhd.dev/ledger"
	"rhd.dev/ledger/ledgertest"
	"rhd.dev/settle/wallet"
)

type env struct {
	t       *testing.T
	store   *ledger.Store
	chain   *Chain
	keyring *wallet.Keyring
	root    *ecdsa.PrivateKey // the funded admin the duty keys derive from
	people  []ledger.Contributor
	market  *ledgertest.Market
	sim     *simulated.Backend
	mining  sync.Mutex // held by the miner while it mines a block; tests hold it to pause mining
}

// newEnv is a ledger with a cohort of 25 consenting members and a researcher
// who buys it, and a simulated chain that mines a block every 20 ms, with
// the contracts deployed.
func newEnv(t *testing.T) *env {
	t.Helper()
	return newEnvGas(t, 60_000_000)
}

// newEnvGas is newEnv with blocks of blockGas gas.
func newEnvGas(t *testing.T, blockGas uint64) *env {
	t.Helper()
	ctx := context.Background()
	store, err := ledger.Open(ctx, filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	op, _ := crypto.GenerateKey()
	sim := simulated.NewBackend(types.GenesisAlloc{crypto.PubkeyToAddress(op.PublicKey): {Balance: new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18))}},
		simulated.WithBlockGasLimit(blockGas), contracts.MainnetRules)
	e := &env{t: t, store: store, sim: sim, root: op}
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				e.mining.Lock()
				sim.Commit()
				e.mining.Unlock()
			}
		}
	}()
	// The miner must be gone before the chain closes: a Commit racing
	// Close finds no beacon and panics.
	t.Cleanup(func() { close(stop); <-stopped; sim.Close() })
	addrs, err := Deploy(ctx, sim.Client(), op)
	if err != nil {
		t.Fatal(err)
	}
	chain, err := Open(ctx, sim.Client(), op, addrs)
	if err != nil {
		t.Fatal(err)
	}
	kr, _ := wallet.NewKeyring(bytes.Repeat([]byte{7}, 32))
	e.chain, e.keyring = chain, kr
	for i := 0; i < 25; i++ {
		c, _ := store.CreateContributor(ctx, ledger.Contributor{Email: fmt.Sprintf("m%d@example.org", i), BirthYear: 1980})
		e.people = append(e.people, c)
	}
	e.market = ledgertest.NewMarket(t, store, "any.any.any", e.people...)
	return e
}

func (e *env) settler() *Settler { return &Settler{Store: e.store, Keyring: e.keyring, Chain: e.chain} }

// order is a paid order of the cohort at price (with the default fee); it
// returns the order's id, which is its sale's id.
func (e *env) order(price int64) string { return e.market.Order(price, DefaultFeeBps).ID }

// commitUntilConfirmed runs Commit until no epoch is open.
func (e *env) commitUntilConfirmed(s *Settler) {
	e.t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if err := s.Commit(ctx); err != nil {
			e.t.Fatal(err)
		}
		open, _ := e.store.OpenEpochs(ctx)
		if len(open) == 0 {
			return
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("epochs still open: %+v", open)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// onChainTotal is what the contract paid out to the snapshot's members.
func (e *env) onChainTotal() int64 {
	var total int64
	for _, p := range e.people {
		w, err := e.store.Wallet(context.Background(), p.ID)
		if err != nil {
			continue
		}
		bal, _ := e.chain.Distributor.BalanceOf(nil, common.HexToAddress(w.Address))
		total += bal.Int64()
	}
	return total
}

func TestSaleIsSplitCommittedClaimedAndVerifiable(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.settler()
	s1, s2 := e.order(123_457), e.order(123_457)
	for _, id := range []string{s1, s2} {
		if created, err := s.Process(ctx, id); err != nil || !created {
			t.Fatalf("process %s: %v %v", id, created, err)
		}
	}
	if created, _ := s.Process(ctx, s1); created {
		t.Fatal("a sale processed twice was recorded twice")
	}
	e.commitUntilConfirmed(s)
	if ep, _ := e.chain.Distributor.Epoch(nil); ep != 1 {
		t.Fatalf("chain epoch %d, want 1 (two sales, one commit)", ep)
	}
	if n, err := s.Claim(ctx); err != nil || n != 25 {
		t.Fatalf("claimed for %d accounts: %v", n, err)
	}
	// Exact to the cent: everything but the fee reached the members.
	fee := int64(123_457) * DefaultFeeBps / 10_000
	if got, want := e.onChainTotal(), 2*(123_457-fee); got != want {
		t.Fatalf("paid out %d cents on chain, want %d", got, want)
	}
	if n, _ := s.Claim(ctx); n != 0 {
		t.Fatalf("second claim paid %d accounts again", n)
	}
	// Anyone can check a payout with the receipt's proof.
	w, _ := e.store.Wallet(ctx, e.people[3].ID)
	r, err := s.Verify(ctx, common.HexToAddress(w.Address), s2)
	if err != nil || !r.Verified || r.SaleCents <= 0 || r.Cumulative < r.SaleCents || len(r.Proof) == 0 {
		t.Fatalf("verify: %+v %v", r, err)
	}
	if _, err := s.Verify(ctx, common.HexToAddress("0x1234"), s2); err == nil {
		t.Fatal("verified an account the sale did not pay")
	}
	// A third sale goes into a second epoch; claims pay only the difference.
	s.Process(ctx, e.order(1000))
	e.commitUntilConfirmed(s)
	s.Claim(ctx)
	if got, want := e.onChainTotal(), 2*(123_457-fee)+1000-150; got != want {
		t.Fatalf("after the second epoch: %d on chain, want %d", got, want)
	}
}

var errCrash = errors.New("simulated crash")

func TestCrashBetweenLedgerAndChainPaysOnce(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	crashing := e.settler()
	crashing.AfterLedger = func() error { return errCrash }
	crashing.Process(ctx, e.order(10_000))
	if err := crashing.Commit(ctx); !errors.Is(err, errCrash) {
		t.Fatalf("commit: %v", err)
	}
	if ep, _ := e.chain.Distributor.Epoch(nil); ep != 0 {
		t.Fatal("the chain moved before the crash point")
	}
	restarted := e.settler()
	e.commitUntilConfirmed(restarted)
	restarted.Claim(ctx)
	if ep, _ := e.chain.Distributor.Epoch(nil); ep != 1 {
		t.Fatalf("chain epoch %d after restart, want 1", ep)
	}
	if got := e.onChainTotal(); got != 8500 {
		t.Fatalf("paid %d cents, want 8500", got)
	}
}

func TestCrashBetweenSubmitAndConfirmationPaysOnce(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	crashing := e.settler()
	crashing.AfterSend = func() error { return errCrash }
	crashing.Process(ctx, e.order(10_000))
	if err := crashing.Commit(ctx); !errors.Is(err, errCrash) {
		t.Fatalf("commit: %v", err)
	}
	open, _ := e.store.OpenEpochs(ctx)
	if len(open) != 1 || open[0].Status != "submitted" {
		t.Fatalf("epoch after the crash: %+v", open)
	}
	// The restarted settler resends the stored transaction (same hash) and confirms it.
	restarted := e.settler()
	e.commitUntilConfirmed(restarted)
	if ep, _ := e.chain.Distributor.Epoch(nil); ep != 1 {
		t.Fatalf("chain epoch %d, want 1", ep)
	}
	restarted.Claim(ctx)
	if got := e.onChainTotal(); got != 8500 {
		t.Fatalf("paid %d cents, want 8500", got)
	}
}

// Between a commit being included on chain and the ledger recording its
// confirmation, the contract holds the newer root: payouts still verify.
func TestPayoutVerifiesBeforeTheLedgerRecordsTheConfirmation(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.settler()
	first := e.order(1000)
	s.Process(ctx, first)
	e.commitUntilConfirmed(s)
	s.Process(ctx, e.order(2000))
	crashing := e.settler()
	crashing.AfterSend = func() error { return errCrash }
	if err := crashing.Commit(ctx); !errors.Is(err, errCrash) {
		t.Fatalf("commit: %v", err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if ep, _ := e.chain.Distributor.Epoch(nil); ep == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("epoch 2 not included")
		}
	}
	w, _ := e.store.Wallet(ctx, e.people[0].ID)
	r, err := s.Verify(ctx, common.HexToAddress(w.Address), first)
	if err != nil || !r.Verified || r.Epoch != 2 {
		t.Fatalf("verify while epoch 2 is unrecorded: %+v %v", r, err)
	}
	if n, err := s.Claim(ctx); err != nil || n != 25 {
		t.Fatalf("claimed for %d accounts: %v", n, err)
	}
	if got := e.onChainTotal(); got != 3000-450 {
		t.Fatalf("claimed %d cents, want %d", got, 3000-450)
	}
}

func TestWalletsAreCreatedOnceAndKeysStayEncrypted(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.settler()
	a, err := s.EnsureWallet(ctx, e.people[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := s.EnsureWallet(ctx, e.people[0].ID)
	if a != b {
		t.Fatal("a second wallet was created")
	}
	w, _ := e.store.Wallet(ctx, e.people[0].ID)
	key, err := e.keyring.Open(a, w.KeyCiphertext)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(w.KeyCiphertext, crypto.FromECDSA(key)) {
		t.Fatal("the ledger holds the key in the clear")
	}
	var _ *ecdsa.PrivateKey = key
}

func TestConsentIsRelayedOnChainOnce(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.settler()
	p := e.people[0]
	// The cohort's 25 grants, ConsentRelaysPerRun at a time, then p's revocation.
	if n, err := s.RelayConsents(ctx); err != nil || n != ConsentRelaysPerRun {
		t.Fatalf("relayed %d grants in the first run: %v", n, err)
	}
	if n, err := s.RelayConsents(ctx); err != nil || n != 25-ConsentRelaysPerRun {
		t.Fatalf("relayed %d grants in the second run: %v", n, err)
	}
	revoked, _ := e.store.RecordConsent(ctx, p.ID, ledger.ScopeResearch, false, ledger.TermsVersion)
	time.Sleep(1100 * time.Millisecond) // relayed a second later: the record keeps the decision's time
	if n, err := s.RelayConsents(ctx); err != nil || n != 1 {
		t.Fatalf("relayed %d revocations: %v", n, err)
	}
	addr, _ := s.EnsureWallet(ctx, p.ID)
	scope := ScopeKey(ledger.ScopeResearch)
	on, _ := e.chain.Consent.Consented(nil, addr, scope)
	h, _ := e.chain.Consent.History(nil, addr, scope)
	if on.Granted || len(h) != 2 || !h[0].Granted || on.TermsVersion != 202611 {
		t.Fatalf("on chain: %+v, history %+v", on, h)
	}
	if h[1].ActedAt != uint64(revoked.At.Unix()) || !h[1].Custodial {
		t.Fatalf("revocation recorded as acted at %d (custodial %v), want %d by a custodial key", h[1].ActedAt, h[1].Custodial, revoked.At.Unix())
	}
	if n, _ := s.RelayConsents(ctx); n != 0 {
		t.Fatalf("relayed %d events again", n)
	}
}

// countingBackend counts contract calls (eth_call).
type countingBackend struct {
	Backend
	calls atomic.Int64
}

func (b *countingBackend) CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error) {
	b.calls.Add(1)
	return b.Backend.CallContract(ctx, call, block)
}

// Claiming runs every few seconds: without a new epoch on chain it asks the
// chain one thing, that epoch (it used to ask about every account each time).
func TestClaimWithoutNewEpochAsksTheChainNothing(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	cb := &countingBackend{Backend: e.chain.Backend}
	chain, err := OpenKeys(ctx, cb, e.chain.Keys, e.chain.Addresses)
	if err != nil {
		t.Fatal(err)
	}
	s := &Settler{Store: e.store, Keyring: e.keyring, Chain: chain}
	if _, err := s.Process(ctx, e.order(50_000)); err != nil {
		t.Fatal(err)
	}
	e.commitUntilConfirmed(s)
	if n, err := s.Claim(ctx); err != nil || n != 25 {
		t.Fatalf("claimed for %d accounts: %v", n, err)
	}
	before := cb.calls.Load()
	for range 3 {
		if n, err := s.Claim(ctx); err != nil || n != 0 {
			t.Fatalf("claim without a new epoch: %d, %v", n, err)
		}
	}
	if after := cb.calls.Load(); after-before > 3 {
		t.Fatalf("%d contract calls in 3 claims without a new epoch, want at most 3", after-before)
	}
	// A new epoch is claimed.
	if _, err := s.Process(ctx, e.order(60_000)); err != nil {
		t.Fatal(err)
	}
	e.commitUntilConfirmed(s)
	if n, err := s.Claim(ctx); err != nil || n != 25 {
		t.Fatalf("claimed %d accounts of the new epoch: %v", n, err)
	}
}
