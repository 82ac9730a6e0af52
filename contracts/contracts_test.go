package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"rhd.dev/contracts"
	"rhd.dev/contracts/bindings"
	"rhd.dev/merkle"
)

// chain is a simulated chain with an operator and two other funded accounts.
type chain struct {
	t        testing.TB
	sim      *simulated.Backend
	operator *bind.TransactOpts
	opKey    *ecdsa.PrivateKey
	alice    *bind.TransactOpts
	aliceKey *ecdsa.PrivateKey
	mallory  *bind.TransactOpts
}

func newChain(t testing.TB) *chain {
	t.Helper()
	keys := make([]*ecdsa.PrivateKey, 3)
	alloc := types.GenesisAlloc{}
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		alloc[crypto.PubkeyToAddress(keys[i].PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), contracts.MainnetRules)
	t.Cleanup(func() { sim.Close() })
	c := &chain{t: t, sim: sim, opKey: keys[0], aliceKey: keys[1]}
	c.operator, c.alice, c.mallory = c.signer(keys[0]), c.signer(keys[1]), c.signer(keys[2])
	return c
}

func (c *chain) signer(k *ecdsa.PrivateKey) *bind.TransactOpts {
	o, err := bind.NewKeyedTransactorWithChainID(k, big.NewInt(1337))
	if err != nil {
		c.t.Fatal(err)
	}
	return o
}

// mine commits a block and returns the transaction's receipt, failing on revert.
func (c *chain) mine(tx *types.Transaction, err error) *types.Receipt {
	c.t.Helper()
	if err != nil {
		c.t.Fatal(err)
	}
	c.sim.Commit()
	r, err := c.sim.Client().TransactionReceipt(context.Background(), tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("transaction failed: %v (status %v)", err, r)
	}
	return r
}

// reverts asserts that a transaction is refused (gas estimation runs it
// first): c.reverts("why")(contract.Method(...)).
func (c *chain) reverts(what string) func(*types.Transaction, error) {
	return func(tx *types.Transaction, err error) {
		c.t.Helper()
		if err == nil {
			c.sim.Commit()
			r, _ := c.sim.Client().TransactionReceipt(context.Background(), tx.Hash())
			if r != nil && r.Status == types.ReceiptStatusSuccessful {
				c.t.Fatalf("%s: succeeded, want a revert", what)
			}
		}
	}
}

func addr(o *bind.TransactOpts) common.Address { return o.From }

func TestContributionRecordsMintVerifyAndStayPut(t *testing.T) {
	c := newChain(t)
	_, tx, rec, err := bindings.DeployContributionRecords(c.operator, c.sim.Client(), addr(c.operator))
	c.mine(tx, err)

	// A batch of readings and its root.
	var leaves []merkle.Hash
	for i := uint64(0); i < 10; i++ {
		leaves = append(leaves, merkle.Leaf(append(merkle.Word(i), merkle.Word(60+i)...)))
	}
	tree, _ := merkle.New(leaves)
	root := tree.Root()
	to := []common.Address{addr(c.alice), addr(c.alice), addr(c.mallory)}
	roots := [][32]byte{root, {2}, {3}}
	r := c.mine(rec.MintBatch(c.operator, to, roots, []uint64{10, 20, 30}, []uint64{100, 200, 300}, []uint64{160, 260, 360}))
	minted := 0
	for _, l := range r.Logs {
		if _, err := rec.ParseRecordMinted(*l); err == nil {
			minted++
		}
	}
	if minted != 3 {
		t.Fatalf("%d RecordMinted events, want 3", minted)
	}
	got, err := rec.Record(nil, big.NewInt(1))
	if err != nil || got.Root != root || got.Samples != 10 || got.FromTime != 100 || got.ToTime != 160 {
		t.Fatalf("record 1: %+v %v", got, err)
	}
	owner, _ := rec.OwnerOf(nil, big.NewInt(3))
	if owner != addr(c.mallory) {
		t.Fatalf("token 3 owned by %s", owner.Hex())
	}
	// A reading proves against its token; a foreign one does not.
	proof, _ := tree.Proof(leaves[4])
	ok, err := rec.VerifyReading(nil, big.NewInt(1), leaves[4], toBytes32(proof))
	if err != nil || !ok {
		t.Fatalf("reading does not verify: %v", err)
	}
	if ok, _ := rec.VerifyReading(nil, big.NewInt(2), leaves[4], toBytes32(proof)); ok {
		t.Fatal("reading verifies against another token")
	}
	// Access control and non-transferability.
	c.reverts("mint by a stranger")(rec.MintBatch(c.mallory, to[:1], roots[:1], []uint64{1}, []uint64{1}, []uint64{1}))
	c.reverts("transfer")(rec.TransferFrom(c.alice, addr(c.alice), addr(c.mallory), big.NewInt(1)))
	c.reverts("length mismatch")(rec.MintBatch(c.operator, to, roots[:2], []uint64{1, 2, 3}, []uint64{1, 2, 3}, []uint64{1, 2, 3}))
	if owner, _ := rec.OwnerOf(nil, big.NewInt(1)); owner != addr(c.alice) {
		t.Fatal("a record moved")
	}
}

func toBytes32(hs []merkle.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

// consentSignature signs the EIP-712 Consent message as the subject's wallet would.
func consentSignature(t *testing.T, reg *bindings.ConsentRegistry, key *ecdsa.PrivateKey, scope [32]byte, terms uint32, granted bool, nonce, deadline int64) []byte {
	domain, err := reg.DomainSeparator(nil)
	if err != nil {
		t.Fatal(err)
	}
	typeHash, _ := reg.CONSENTTYPEHASH(nil)
	subject := crypto.PubkeyToAddress(key.PublicKey)
	g := byte(0)
	if granted {
		g = 1
	}
	enc := append(typeHash[:], common.LeftPadBytes(subject.Bytes(), 32)...)
	enc = append(enc, scope[:]...)
	enc = append(enc, common.LeftPadBytes(big.NewInt(int64(terms)).Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes([]byte{g}, 32)...)
	enc = append(enc, common.LeftPadBytes(big.NewInt(nonce).Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(big.NewInt(deadline).Bytes(), 32)...)
	structHash := crypto.Keccak256(enc)
	digest := crypto.Keccak256(append(append([]byte{0x19, 0x01}, domain[:]...), structHash...))
	sig, err := crypto.Sign(digest, key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return sig
}

func TestConsentRegistrySignaturesReplayAndExpiry(t *testing.T) {
	c := newChain(t)
	_, tx, reg, err := bindings.DeployConsentRegistry(c.operator, c.sim.Client(), addr(c.operator))
	c.mine(tx, err)
	scope := [32]byte(crypto.Keccak256([]byte("research")))
	subject := addr(c.alice)
	later := time.Now().Add(time.Hour).Unix()

	grant := consentSignature(t, reg, c.aliceKey, scope, 202611, true, 0, later)
	c.mine(reg.Record(c.operator, subject, scope, 202611, true, big.NewInt(0), big.NewInt(later), grant))
	on, _ := reg.Consented(nil, subject, scope)
	if !on.Granted || on.TermsVersion != 202611 {
		t.Fatalf("after grant: %+v", on)
	}
	c.reverts("replayed signature")(reg.Record(c.operator, subject, scope, 202611, true, big.NewInt(0), big.NewInt(later), grant))
	expired := consentSignature(t, reg, c.aliceKey, scope, 202611, false, 1, 1)
	c.reverts("expired signature")(reg.Record(c.operator, subject, scope, 202611, false, big.NewInt(1), big.NewInt(1), expired))
	forged := consentSignature(t, reg, c.opKey, scope, 202611, false, 1, later) // signed by someone else
	c.reverts("forged signature")(reg.Record(c.operator, subject, scope, 202611, false, big.NewInt(1), big.NewInt(later), forged))
	revoke := consentSignature(t, reg, c.aliceKey, scope, 202611, false, 1, later)
	c.reverts("relay by a non-relayer")(reg.Record(c.mallory, subject, scope, 202611, false, big.NewInt(1), big.NewInt(later), revoke))
	c.reverts("tampered message")(reg.Record(c.operator, subject, scope, 202611, true, big.NewInt(1), big.NewInt(later), revoke))
	c.mine(reg.Record(c.operator, subject, scope, 202611, false, big.NewInt(1), big.NewInt(later), revoke))
	h, err := reg.History(nil, subject, scope)
	if err != nil || len(h) != 2 || !h[0].Granted || h[1].Granted {
		t.Fatalf("history %+v %v", h, err)
	}
	if on, _ := reg.Consented(nil, subject, scope); on.Granted {
		t.Fatal("still consented after revocation")
	}
}

// payoutLeaf is the distributor's leaf of (account, cumulative cents).
func payoutLeaf(a common.Address, cents uint64) merkle.Hash {
	return merkle.Leaf(append(common.LeftPadBytes(a.Bytes(), 32), merkle.Word(cents)...))
}

func TestPayoutDistributorClaims(t *testing.T) {
	c := newChain(t)
	_, tx, dist, err := bindings.DeployPayoutDistributor(c.operator, c.sim.Client(), addr(c.operator))
	c.mine(tx, err)
	alice, mallory := addr(c.alice), addr(c.mallory)
	tree, _ := merkle.New([]merkle.Hash{payoutLeaf(alice, 700), payoutLeaf(mallory, 300)})
	sale := [32]byte{1}
	r := c.mine(dist.Commit(c.operator, [][32]byte{sale}, [][32]byte{{9}}, []*big.Int{big.NewInt(1000)}, tree.Root(), 1))
	var recorded int
	for _, l := range r.Logs {
		if ev, err := dist.ParseSaleRecorded(*l); err == nil && ev.SaleId == sale && ev.TotalCents.Int64() == 1000 {
			recorded++
		}
	}
	if recorded != 1 {
		t.Fatal("no SaleRecorded event")
	}
	c.reverts("stale epoch")(dist.Commit(c.operator, nil, nil, nil, tree.Root(), 1))
	c.reverts("commit by a stranger")(dist.Commit(c.mallory, nil, nil, nil, [32]byte{}, 2))
	c.reverts("sale recorded twice")(dist.Commit(c.operator, [][32]byte{sale}, [][32]byte{{9}}, []*big.Int{big.NewInt(1)}, tree.Root(), 2))

	proof, _ := tree.Proof(payoutLeaf(alice, 700))
	c.reverts("wrong amount")(dist.Claim(c.operator, alice, big.NewInt(701), toBytes32(proof)))
	c.reverts("someone else's proof")(dist.Claim(c.operator, mallory, big.NewInt(700), toBytes32(proof)))
	c.mine(dist.Claim(c.operator, alice, big.NewInt(700), toBytes32(proof)))
	if bal, _ := dist.BalanceOf(nil, alice); bal.Int64() != 700 {
		t.Fatalf("alice holds %v cents, want 700", bal)
	}
	c.reverts("double claim")(dist.Claim(c.operator, alice, big.NewInt(700), toBytes32(proof)))

	// Next epoch: alice earned 50 more; only the difference is paid.
	tree2, _ := merkle.New([]merkle.Hash{payoutLeaf(alice, 750), payoutLeaf(mallory, 300)})
	c.mine(dist.Commit(c.operator, [][32]byte{{2}}, [][32]byte{{8}}, []*big.Int{big.NewInt(50)}, tree2.Root(), 2))
	pa, _ := tree2.Proof(payoutLeaf(alice, 750))
	pm, _ := tree2.Proof(payoutLeaf(mallory, 300))
	c.mine(dist.ClaimBatch(c.operator, []common.Address{alice, mallory}, []*big.Int{big.NewInt(750), big.NewInt(300)}, [][][32]byte{toBytes32(pa), toBytes32(pm)}))
	ba, _ := dist.BalanceOf(nil, alice)
	bm, _ := dist.BalanceOf(nil, mallory)
	if ba.Int64() != 750 || bm.Int64() != 300 {
		t.Fatalf("balances %v and %v, want 750 and 300", ba, bm)
	}
	if ok, _ := dist.Verify(nil, alice, big.NewInt(750), toBytes32(pa)); !ok {
		t.Fatal("verify rejects a valid proof")
	}
	if dec, _ := dist.Decimals(nil); dec != 2 {
		t.Fatalf("decimals %d", dec)
	}
}
