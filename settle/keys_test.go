package settle

import (
	"context"
	"encoding/hex"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Each duty signs with its own key, and the contracts give each role to its
// key only: a stolen minter key can mint but cannot commit a root or
// redeem anyone's credit; the admin role is with none of the duty keys.
func TestStolenMinterKeyCannotCommitOrRedeem(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	c := e.chain
	seen := map[common.Address]bool{}
	for d := Committer; d < duties; d++ {
		seen[c.Address(d)] = true
	}
	if len(seen) != int(duties) {
		t.Fatalf("%d distinct duty keys, want %d", len(seen), duties)
	}
	if again := DevKeys(e.root); again.Address(Minter) != c.Address(Minter) {
		t.Fatal("the derived minter key differs on a second derivation")
	}
	minter, _ := bind.NewKeyedTransactorWithChainID(c.Keys.Minter, c.ChainID)
	refused := func(what string, tx *types.Transaction, err error) {
		t.Helper()
		if err == nil {
			r, werr := waitMined(ctx, c, tx)
			if werr == nil && r.Status == types.ReceiptStatusSuccessful {
				t.Fatalf("%s with the minter key succeeded", what)
			}
		}
	}
	tx, err := c.Distributor.Commit(minter, [][32]byte{{1}}, [][32]byte{{1}}, []*big.Int{big.NewInt(1e9)}, [32]byte{7}, 1)
	refused("a root commit", tx, err)
	tx, err = c.Distributor.ClaimAndRedeem(minter, common.Address{1}, big.NewInt(0), nil, big.NewInt(1), [32]byte{1})
	refused("a redemption", tx, err)
	adminRole, _ := c.Distributor.DEFAULTADMINROLE(nil)
	operatorRole, _ := c.Distributor.OPERATORROLE(nil)
	redeemerRole, _ := c.Distributor.REDEEMERROLE(nil)
	minterRole, _ := c.Records.MINTERROLE(nil)
	for d := Committer; d < duties; d++ {
		a := c.Address(d)
		has := func(ok bool, _ error) bool { return ok }
		if has(c.Distributor.HasRole(nil, adminRole, a)) || has(c.Records.HasRole(nil, adminRole, a)) {
			t.Fatalf("the %s key is an admin", d)
		}
		if has(c.Distributor.HasRole(nil, operatorRole, a)) != (d == Committer) ||
			has(c.Distributor.HasRole(nil, redeemerRole, a)) != (d == Claimer) ||
			has(c.Records.HasRole(nil, minterRole, a)) != (d == Minter) {
			t.Fatalf("the %s key holds another duty's role", d)
		}
	}
	if ep, _ := c.Distributor.Epoch(nil); ep != 0 {
		t.Fatalf("epoch %d after the stolen key's commit, want 0", ep)
	}
}

// A transaction of one duty's key stuck below the base fee holds up only
// that key: with a mint stuck, payouts are still committed and claimed.
func TestStuckMintDoesNotHoldUpCommitsOrClaims(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	c := e.chain
	s := e.settler()
	nonce, _ := c.Backend.PendingNonceAt(ctx, c.Address(Minter))
	stuck, err := types.SignNewTx(c.Keys.Minter, types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{ChainID: c.ChainID, Nonce: nonce,
		GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1), Gas: 21_000, To: &common.Address{9}, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Backend.SendTransaction(ctx, stuck); err != nil {
		t.Fatal(err)
	}
	// And one queued behind it, as a mint batch would be.
	queued, _ := types.SignNewTx(c.Keys.Minter, types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{ChainID: c.ChainID, Nonce: nonce + 1,
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 21_000, To: &common.Address{9}, Value: big.NewInt(1)})
	if err := c.Backend.SendTransaction(ctx, queued); err != nil {
		t.Fatal(err)
	}
	s.Process(ctx, e.order(10_000))
	e.commitUntilConfirmed(s)
	if n, err := s.Claim(ctx); err != nil || n != len(e.people) {
		t.Fatalf("claimed %d accounts with a mint stuck: %v", n, err)
	}
	if mined, _ := c.Backend.NonceAt(ctx, c.Address(Minter), nil); mined > nonce {
		t.Fatal("the stuck mint was mined: the test shows nothing")
	}
}

// Duty keys are given all four or none (then derived); one key for two
// duties, or a malformed one, is refused with a clear error.
func TestDutyKeysAllOrNoneAndDistinct(t *testing.T) {
	root, _ := crypto.GenerateKey()
	hexKey := func() string { k, _ := crypto.GenerateKey(); return hex.EncodeToString(crypto.FromECDSA(k)) }
	if k, derived, err := ParseKeys(root, "", "", "", ""); err != nil || !derived || k.Address(Minter) != DevKeys(root).Address(Minter) {
		t.Fatalf("no keys given: derived %v, %v", derived, err)
	}
	a, b, c, d := hexKey(), hexKey(), hexKey(), hexKey()
	file := filepath.Join(t.TempDir(), "minter.key")
	os.WriteFile(file, []byte("0x"+c+"\n"), 0o600)
	if _, derived, err := ParseKeys(nil, a, b, file, d); err != nil || derived {
		t.Fatalf("four keys, one from a file: %v", err)
	}
	for name, ks := range map[string][4]string{
		"one missing": {a, b, "", d},
		"one twice":   {a, b, a, d},
		"malformed":   {a, b, "0xnothex", d},
	} {
		if _, _, err := ParseKeys(root, ks[0], ks[1], ks[2], ks[3]); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
