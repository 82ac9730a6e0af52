package settle

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"rhd.dev/ledger"
)

var cashOutTerms = ledger.CashOutTerms{MinCents: 100, FeeCents: 25}

// paidCashOut asks for a cash-out of cents under key and records the
// bank's payment; it returns the cash-out.
func (e *env) paidCashOut(p ledger.Contributor, key string, cents int64) ledger.CashOut {
	e.t.Helper()
	ctx := context.Background()
	if _, err := e.store.SetBankAccount(ctx, p.ID, "A Person", "DE89370400440532013000"); err != nil {
		e.t.Fatal(err)
	}
	co, _, err := e.store.RequestCashOut(ctx, p.ID, key, cents, cashOutTerms, -1)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.store.SettleCashOut(ctx, co.ID, true, "bank-"+co.ID); err != nil {
		e.t.Fatal(err)
	}
	return co
}

// credit is an account's (credit, claimed, redeemed) on chain.
func (e *env) credit(p ledger.Contributor) (bal, claimed, redeemed int64) {
	e.t.Helper()
	w, err := e.store.Wallet(context.Background(), p.ID)
	if err != nil {
		e.t.Fatal(err)
	}
	a := common.HexToAddress(w.Address)
	b, _ := e.chain.Distributor.BalanceOf(nil, a)
	c, _ := e.chain.Distributor.Claimed(nil, a)
	r, _ := e.chain.Distributor.Redeemed(nil, a)
	return b.Int64(), c.Int64(), r.Int64()
}

// Nothing is claimed until a cash-out; a paid cash-out then claims the
// account's earnings and burns exactly its cents, once, however often the
// request or the redemption is repeated: credit on chain = claimed -
// redeemed, and the ledger's balance = committed - cashed out.
func TestCashOutClaimsAndRedeemsExactlyOnce(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.settler()
	s.Process(ctx, e.order(500_000))
	e.commitUntilConfirmed(s)
	p := e.people[0]
	earned, err := e.store.Withdrawable(ctx, p.ID, -1)
	if err != nil || earned < 1000 {
		t.Fatalf("withdrawable %d: %v", earned, err)
	}
	if bal, claimed, _ := e.credit(p); bal != 0 || claimed != 0 {
		t.Fatalf("credit %d, claimed %d before any cash-out: claims should wait for one", bal, claimed)
	}
	first := e.paidCashOut(p, "key-1", 600)
	if again := e.paidCashOut(p, "key-1", 600); again.ID != first.ID {
		t.Fatal("the same idempotency key made a second cash-out")
	}
	if f, _ := e.store.SettlementFigures(ctx); f.Unredeemed != 1 {
		t.Fatalf("%d cash-outs waiting for their redemption, want 1", f.Unredeemed)
	}
	if n, err := s.Redeem(ctx); err != nil || n != 1 {
		t.Fatalf("redeemed %d: %v", n, err)
	}
	if f, _ := e.store.SettlementFigures(ctx); f.Unredeemed != 0 {
		t.Fatalf("%d cash-outs waiting after the redemption", f.Unredeemed)
	}
	if n, err := s.Redeem(ctx); err != nil || n != 0 {
		t.Fatalf("second run redeemed %d: %v", n, err)
	}
	if bal, claimed, redeemed := e.credit(p); claimed != earned || redeemed != 600 || bal != earned-600 {
		t.Fatalf("on chain: credit %d, claimed %d, redeemed %d; want %d, %d, 600", bal, claimed, redeemed, earned-600, earned)
	}
	if left, _ := e.store.Withdrawable(ctx, p.ID, -1); left != earned-600 {
		t.Fatalf("ledger balance %d, want %d", left, earned-600)
	}
	// The rest: already claimed, so no proof; the credit ends at zero.
	e.paidCashOut(p, "key-2", earned-600)
	if n, err := s.Redeem(ctx); err != nil || n != 1 {
		t.Fatalf("redeemed %d: %v", n, err)
	}
	if bal, claimed, redeemed := e.credit(p); bal != 0 || claimed != earned || redeemed != earned {
		t.Fatalf("after cashing out everything: credit %d, claimed %d, redeemed %d", bal, claimed, redeemed)
	}
	if got, _ := e.store.RedeemedCents(ctx, p.ID); got != earned {
		t.Fatalf("ledger records %d cents redeemed, want %d", got, earned)
	}
	// Nobody else's credit was claimed along the way.
	if bal, claimed, _ := e.credit(e.people[1]); bal != 0 || claimed != 0 {
		t.Fatalf("another account: credit %d, claimed %d", bal, claimed)
	}
}

// A crash after the redemption is sent and before the ledger records it:
// the next run finds it (landed or still pending) and burns nothing more.
func TestCrashBetweenCashOutRedemptionAndLedgerBurnsOnce(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.settler()
	s.Process(ctx, e.order(500_000))
	e.commitUntilConfirmed(s)
	p := e.people[2]
	e.paidCashOut(p, "k", 500)
	crashing := e.settler()
	crashing.AfterSend = func() error { return errCrash }
	if _, err := crashing.Redeem(ctx); !errors.Is(err, errCrash) {
		t.Fatalf("redeem with a crash: %v", err)
	}
	if got, _ := e.store.RedeemedCents(ctx, p.ID); got != 0 {
		t.Fatal("recorded as redeemed before the crash")
	}
	if n, err := e.settler().Redeem(ctx); err != nil || n != 1 {
		t.Fatalf("recovery redeemed %d: %v", n, err)
	}
	if _, _, redeemed := e.credit(p); redeemed != 500 {
		t.Fatalf("redeemed %d cents on chain, want 500", redeemed)
	}
	if got, _ := e.store.RedeemedCents(ctx, p.ID); got != 500 {
		t.Fatalf("ledger records %d redeemed, want 500", got)
	}
}

// A redemption above the account's credit is refused before anything is
// stored or sent; the ledger keeps it unredeemed.
func TestRedemptionAboveTheCreditIsRefused(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.settler()
	s.Process(ctx, e.order(500_000))
	e.commitUntilConfirmed(s)
	p := e.people[3]
	earned, _ := e.store.Withdrawable(ctx, p.ID, -1)
	co := ledger.CashOut{ID: "co_forged", ContributorID: p.ID, AmountCents: earned + 1}
	if _, err := s.signRedeem(ctx, co); err == nil {
		t.Fatal("a redemption of more than the credit was signed")
	}
	if _, _, redeemed := e.credit(p); redeemed != 0 {
		t.Fatalf("redeemed %d", redeemed)
	}
}

// A redemption stored and not sent (a crash right after storing it) is sent
// on the next run; one whose nonce another transaction of the claimer key
// took is signed again; either way the cash-out burns once.
func TestStoredRedemptionIsSentOrSignedAgainAndBurnsOnce(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.settler()
	s.Process(ctx, e.order(500_000))
	e.commitUntilConfirmed(s)
	c := e.chain
	store := func(p ledger.Contributor, key string) *types.Transaction {
		co := e.paidCashOut(p, key, 300)
		tx, err := s.signRedeem(ctx, co)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := tx.MarshalBinary()
		if err := e.store.SetRedeemTx(ctx, co.ID, "", raw, tx.Hash().Hex()); err != nil {
			t.Fatal(err)
		}
		return tx
	}
	// Stored, never sent.
	first := store(e.people[4], "a")
	if n, err := s.Redeem(ctx); err != nil || n != 1 {
		t.Fatalf("redeemed %d: %v", n, err)
	}
	if r, _ := c.receipt(ctx, first.Hash()); r == nil {
		t.Fatal("the stored redemption was not the one sent")
	}
	// Stored, and its nonce taken.
	second := store(e.people[5], "b")
	other, _ := types.SignNewTx(c.Keys.Claimer, types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{ChainID: c.ChainID, Nonce: second.Nonce(),
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 21_000, To: &common.Address{9}, Value: big.NewInt(1)})
	if err := c.Backend.SendTransaction(ctx, other); err != nil {
		t.Fatal(err)
	}
	if _, err := waitMined(ctx, c, other); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Redeem(ctx); err != nil || n != 1 {
		t.Fatalf("redeemed %d after the nonce was taken: %v", n, err)
	}
	for _, p := range []ledger.Contributor{e.people[4], e.people[5]} {
		if _, _, redeemed := e.credit(p); redeemed != 300 {
			t.Fatalf("%s: redeemed %d on chain, want 300", p.ID, redeemed)
		}
		if got, _ := e.store.RedeemedCents(ctx, p.ID); got != 300 {
			t.Fatalf("%s: ledger records %d redeemed, want 300", p.ID, got)
		}
	}
}

// A cash-out that cannot be redeemed (here: its stored transaction is
// unreadable, as a damaged row would be) is reported, and the cash-outs
// behind it are redeemed all the same.
func TestStuckRedemptionDoesNotHoldUpTheOthers(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.settler()
	s.Process(ctx, e.order(500_000))
	e.commitUntilConfirmed(s)
	stuck, fine := e.people[1], e.people[2]
	bad := e.paidCashOut(stuck, "stuck", 200)
	if err := e.store.SetRedeemTx(ctx, bad.ID, "", []byte{0x02, 0xff}, "0xdamaged"); err != nil {
		t.Fatal(err)
	}
	co := e.paidCashOut(fine, "fine", 200)
	n, err := s.Redeem(ctx)
	if err == nil || !strings.Contains(err.Error(), "cash-out") {
		t.Fatalf("a cash-out above the credit was not reported: %v", err)
	}
	if n != 1 {
		t.Fatalf("%d cash-outs redeemed, want the one behind the stuck one", n)
	}
	if _, _, redeemed := e.credit(fine); redeemed != co.AmountCents {
		t.Fatalf("the cash-out behind a stuck one burnt %d cents, want %d", redeemed, co.AmountCents)
	}
	if _, _, redeemed := e.credit(stuck); redeemed != 0 {
		t.Fatalf("the stuck cash-out burnt %d cents", redeemed)
	}
	// A settlement step still relays consent (revocations above all) while
	// the stuck cash-out fails it.
	if err := s.Step(ctx, nil); err == nil || !strings.Contains(err.Error(), "cash-out redemptions") {
		t.Fatalf("step with a stuck cash-out: %v", err)
	}
	if n, err := s.RelayConsents(ctx); err != nil || n != 25-ConsentRelaysPerRun {
		t.Fatalf("after the failed step %d consent grants were left to relay (%v), want %d", n, err, 25-ConsentRelaysPerRun)
	}
}
