package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

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

// readingFields is one minute rollup as the records contract takes it.
type readingFields struct {
	salt, metric             [32]byte
	minuteMs, n, sum, lo, hi uint64
}

func (r readingFields) leaf() merkle.Hash {
	enc := append(append([]byte(nil), r.salt[:]...), r.metric[:]...)
	for _, w := range []uint64{r.minuteMs, r.n, r.sum, r.lo, r.hi} {
		enc = append(enc, merkle.Word(w)...)
	}
	return merkle.Leaf(enc)
}

func (r readingFields) abi() bindings.ContributionRecordsReading {
	b := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	return bindings.ContributionRecordsReading{Salt: r.salt, Metric: r.metric, MinuteMs: b(r.minuteMs), Samples: b(r.n), SumBits: b(r.sum), MinBits: b(r.lo), MaxBits: b(r.hi)}
}

func (c *chain) verifyReading(rec *bindings.ContributionRecords, keys, roots [][32]byte, i int, r readingFields, proof []merkle.Hash) bool {
	c.t.Helper()
	ok, err := rec.VerifyReading(nil, keys, roots, big.NewInt(int64(i)), r.abi(), toBytes32(proof))
	return err == nil && ok
}

func tokenID(key [32]byte) *big.Int { return new(big.Int).SetBytes(key[:]) }

func TestContributionRecordsMintVerifyAndStayPut(t *testing.T) {
	c := newChain(t)
	_, tx, rec, err := bindings.DeployContributionRecords(c.operator, c.sim.Client(), addr(c.operator), addr(c.operator))
	c.mine(tx, err)

	// An hour of readings and its root.
	var readings []readingFields
	var leaves []merkle.Hash
	for i := uint64(0); i < 10; i++ {
		r := readingFields{salt: [32]byte{0x5a, 0x17}, metric: [32]byte(crypto.Keccak256([]byte("heart_rate"))), minuteMs: 60_000 * i, n: 60, sum: 3900 + i, lo: 60, hi: 70}
		readings, leaves = append(readings, r), append(leaves, r.leaf())
	}
	tree, _ := merkle.New(leaves)
	root := tree.Root()
	to := []common.Address{addr(c.alice), addr(c.alice), addr(c.mallory)}
	keys := [][32]byte{{0xa1}, {0xa2}, {0xa3}}
	roots := [][32]byte{root, {2}, {3}}
	r := c.mine(rec.MintBatch(c.operator, to, keys, roots))
	minted, locked := 0, 0
	for _, l := range r.Logs {
		if ev, err := rec.ParseRecordsMinted(*l); err == nil {
			minted += len(ev.Keys)
			if ev.First.Int64() != 1 || ev.HourRoots[0] != root {
				t.Fatalf("RecordsMinted: first %v, root %x", ev.First, ev.HourRoots[0])
			}
		}
		if _, err := rec.ParseLocked(*l); err == nil {
			locked++
		}
	}
	if minted != 3 || locked != 3 {
		t.Fatalf("%d records in RecordsMinted and %d Locked events, want 3 each", minted, locked)
	}
	if id, _ := rec.TokenOf(nil, keys[2]); id.Cmp(tokenID(keys[2])) != 0 {
		t.Fatalf("device-hour key of the third token maps to %v", id)
	}
	if id, _ := rec.TokenOf(nil, [32]byte{0xee}); id.Sign() != 0 {
		t.Fatalf("an unrecorded device-hour maps to %v", id)
	}
	owner, _ := rec.OwnerOf(nil, tokenID(keys[2]))
	if owner != addr(c.mallory) {
		t.Fatalf("the third token is owned by %s", owner.Hex())
	}
	// A reading, given by its fields, proves against its token's hour root
	// in its batch; a changed one, another token, lists that are not a
	// minted batch, or an inner node of the tree passed off as a reading
	// does not: the contract hashes the fields and the lists itself.
	proof, _ := tree.Proof(leaves[4])
	if !c.verifyReading(rec, keys, roots, 0, readings[4], proof) {
		t.Fatal("reading does not verify")
	}
	tampered := readings[4]
	tampered.sum++
	if c.verifyReading(rec, keys, roots, 0, tampered, proof) {
		t.Fatal("a tampered reading verifies")
	}
	if c.verifyReading(rec, keys, roots, 1, readings[4], proof) {
		t.Fatal("reading verifies against another token")
	}
	forged := [][32]byte{root, root, root}
	if c.verifyReading(rec, keys, forged, 1, readings[4], proof) {
		t.Fatal("reading verifies against hour roots that were never minted")
	}
	if c.verifyReading(rec, keys[:1], roots[:1], 0, readings[4], proof) {
		t.Fatal("reading verifies against part of a batch")
	}
	unsalted := readings[4]
	unsalted.salt = [32]byte{}
	if c.verifyReading(rec, keys, roots, 0, unsalted, proof) {
		t.Fatal("a reading verifies without its record's salt")
	}
	inner := readingFields{}
	if c.verifyReading(rec, keys, roots, 0, inner, []merkle.Hash{}) {
		t.Fatal("an empty reading verifies")
	}
	if leafHash, _ := rec.ReadingLeaf(nil, readings[4].abi()); leafHash != leaves[4] {
		t.Fatal("the contract's reading leaf differs from ours")
	}
	// ERC-5192: locked, announced in supportsInterface; approvals refused.
	if l, err := rec.Locked(nil, tokenID(keys[0])); err != nil || !l {
		t.Fatalf("locked(1) = %v, %v", l, err)
	}
	if ok, _ := rec.SupportsInterface(nil, [4]byte{0xb4, 0x5a, 0x3c, 0x0e}); !ok {
		t.Fatal("ERC-5192 interface not announced")
	}
	c.reverts("approve")(rec.Approve(c.alice, addr(c.mallory), tokenID(keys[0])))
	c.reverts("approval for all")(rec.SetApprovalForAll(c.alice, addr(c.mallory), true))
	// A device-hour is minted once: again in a later batch, or twice in one.
	c.reverts("device-hour minted again")(rec.MintBatch(c.operator, to[:1], keys[:1], roots[:1]))
	c.reverts("device-hour twice in a batch")(rec.MintBatch(c.operator, to[:2], [][32]byte{{0xb1}, {0xb1}}, roots[:2]))
	// Access control, pause and non-transferability.
	c.reverts("mint by a stranger")(rec.MintBatch(c.mallory, to[:1], [][32]byte{{0xc1}}, roots[:1]))
	c.reverts("pause by a stranger")(rec.Pause(c.mallory))
	c.mine(rec.Pause(c.operator))
	c.reverts("mint while paused")(rec.MintBatch(c.operator, to[:1], [][32]byte{{0xc1}}, roots[:1]))
	c.mine(rec.Unpause(c.operator))
	c.mine(rec.MintBatch(c.operator, to[:1], [][32]byte{{0xc1}}, roots[:1]))
	c.reverts("transfer")(rec.TransferFrom(c.alice, addr(c.alice), addr(c.mallory), tokenID(keys[0])))
	c.reverts("length mismatch")(rec.MintBatch(c.operator, to, keys[:2], roots))
	if owner, _ := rec.OwnerOf(nil, tokenID(keys[0])); owner != addr(c.alice) {
		t.Fatal("a record moved")
	}
	if total, _ := rec.TotalMinted(nil); total.Int64() != 4 {
		t.Fatalf("%v tokens minted, want 4", total)
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
func consentSignature(t *testing.T, reg *bindings.ConsentRegistry, key *ecdsa.PrivateKey, m bindings.ConsentRegistryConsent) []byte {
	domain, err := reg.DomainSeparator(nil)
	if err != nil {
		t.Fatal(err)
	}
	typeHash, _ := reg.CONSENTTYPEHASH(nil)
	flag := func(b bool) []byte {
		if b {
			return merkle.Word(1)
		}
		return merkle.Word(0)
	}
	enc := append(typeHash[:], common.LeftPadBytes(m.Subject.Bytes(), 32)...)
	enc = append(enc, m.Scope[:]...)
	enc = append(enc, merkle.Word(uint64(m.TermsVersion))...)
	enc = append(enc, flag(m.Granted)...)
	enc = append(enc, merkle.Word(m.ActedAt)...)
	enc = append(enc, flag(m.Custodial)...)
	enc = append(enc, common.LeftPadBytes(m.Nonce.Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(m.Deadline.Bytes(), 32)...)
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
	_, tx, reg, err := bindings.DeployConsentRegistry(c.operator, c.sim.Client())
	c.mine(tx, err)
	scope := [32]byte(crypto.Keccak256([]byte("research")))
	subject := addr(c.alice)
	head, _ := c.sim.Client().HeaderByNumber(context.Background(), nil)
	acted := head.Time - 3600 // decided an hour before it is relayed
	later := int64(head.Time) + 3600
	msg := func(granted bool, nonce, deadline int64) bindings.ConsentRegistryConsent {
		return bindings.ConsentRegistryConsent{Subject: subject, Scope: scope, TermsVersion: 202611, Granted: granted, ActedAt: acted,
			Custodial: false, Nonce: big.NewInt(nonce), Deadline: big.NewInt(deadline)}
	}

	grant := msg(true, 0, later)
	c.mine(reg.Record(c.mallory, grant, consentSignature(t, reg, c.aliceKey, grant))) // anyone may relay
	on, _ := reg.Consented(nil, subject, scope)
	if !on.Granted || on.TermsVersion != 202611 {
		t.Fatalf("after grant: %+v", on)
	}
	c.reverts("replayed signature")(reg.Record(c.operator, grant, consentSignature(t, reg, c.aliceKey, grant)))
	expired := msg(false, 1, 1)
	c.reverts("expired signature")(reg.Record(c.operator, expired, consentSignature(t, reg, c.aliceKey, expired)))
	revoke := msg(false, 1, later)
	c.reverts("forged signature")(reg.Record(c.operator, revoke, consentSignature(t, reg, c.opKey, revoke)))
	tampered := revoke
	tampered.Granted = true
	c.reverts("tampered decision")(reg.Record(c.operator, tampered, consentSignature(t, reg, c.aliceKey, revoke)))
	backdated := revoke
	backdated.ActedAt = acted - 86400
	c.reverts("tampered decision time")(reg.Record(c.operator, backdated, consentSignature(t, reg, c.aliceKey, revoke)))
	future := revoke
	future.ActedAt = head.Time + 86400
	c.reverts("decision in the future")(reg.Record(c.operator, future, consentSignature(t, reg, c.aliceKey, future)))
	c.mine(reg.Record(c.operator, revoke, consentSignature(t, reg, c.aliceKey, revoke)))
	h, err := reg.History(nil, subject, scope)
	if err != nil || len(h) != 2 || !h[0].Granted || h[1].Granted {
		t.Fatalf("history %+v %v", h, err)
	}
	if h[1].ActedAt != acted || h[1].RecordedAt <= acted || h[1].Custodial {
		t.Fatalf("entry %+v: want the signed decision time %d, a later relay time, self-custody", h[1], acted)
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
	_, tx, dist, err := bindings.DeployPayoutDistributor(c.operator, c.sim.Client(), addr(c.operator), addr(c.operator), addr(c.operator))
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
	// The sales hash is the hash chain anyone recomputes from the events.
	snapshot := [32]byte{9}
	want := crypto.Keccak256(make([]byte, 32), sale[:], snapshot[:], merkle.Word(1000))
	if got, _ := dist.SalesHash(nil); common.Hash(got) != common.BytesToHash(want) {
		t.Fatalf("sales hash %x, want %x", got, want)
	}

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
	// The credit does not move: no transfer, no transferFrom.
	c.reverts("credit transfer")(dist.Transfer(c.alice, mallory, big.NewInt(1)))
	c.mine(dist.Approve(c.alice, mallory, big.NewInt(1)))
	c.reverts("credit transferFrom")(dist.TransferFrom(c.mallory, alice, mallory, big.NewInt(1)))
	if sym, _ := dist.Symbol(nil); sym == "USDc" || sym == "USDC" {
		t.Fatalf("symbol %q passes for a stablecoin", sym)
	}
}

// One entry of a batch already claimed (a front-run claim) or with a proof
// for another root is skipped; the rest of the batch is paid.
func TestClaimBatchSkipsClaimedAndInvalidEntries(t *testing.T) {
	c := newChain(t)
	_, tx, dist, err := bindings.DeployPayoutDistributor(c.operator, c.sim.Client(), addr(c.operator), addr(c.operator), addr(c.operator))
	c.mine(tx, err)
	var accounts []common.Address
	var leaves []merkle.Hash
	for i := range 5 {
		a := common.BigToAddress(big.NewInt(int64(100 + i)))
		accounts, leaves = append(accounts, a), append(leaves, payoutLeaf(a, uint64(10*(i+1))))
	}
	tree, _ := merkle.New(leaves)
	c.mine(dist.Commit(c.operator, [][32]byte{{1}}, [][32]byte{{1}}, []*big.Int{big.NewInt(1000)}, tree.Root(), 1))
	var cs []*big.Int
	var ps [][][32]byte
	for i, l := range leaves {
		p, _ := tree.Proof(l)
		cs, ps = append(cs, big.NewInt(int64(10*(i+1)))), append(ps, toBytes32(p))
	}
	c.mine(dist.Claim(c.mallory, accounts[1], cs[1], ps[1])) // front-run
	bad := append([]*big.Int(nil), cs...)
	bad[3] = big.NewInt(999) // not what the root commits
	r := c.mine(dist.ClaimBatch(c.operator, accounts, bad, ps))
	skipped := 0
	for _, l := range r.Logs {
		if _, err := dist.ParseClaimSkipped(*l); err == nil {
			skipped++
		}
	}
	if skipped != 2 {
		t.Fatalf("%d entries skipped, want 2", skipped)
	}
	for i, a := range accounts {
		want := int64(10 * (i + 1))
		if i == 3 {
			want = 0
		}
		if bal, _ := dist.BalanceOf(nil, a); bal.Int64() != want {
			t.Fatalf("account %d holds %v, want %d", i, bal, want)
		}
	}
}

// A root committed by a stolen operator key that pays more than the sales
// recorded cannot be claimed beyond them; a pause stops commits and claims,
// and only the admin resumes; the operator cannot grant itself roles.
func TestPayoutDistributorGuardsAgainstAStolenOperatorKey(t *testing.T) {
	c := newChain(t)
	admin := addr(c.alice)
	_, tx, dist, err := bindings.DeployPayoutDistributor(c.operator, c.sim.Client(), admin, addr(c.operator), addr(c.operator))
	c.mine(tx, err)
	thief := addr(c.mallory)
	tree, _ := merkle.New([]merkle.Hash{payoutLeaf(thief, 1_000_000), payoutLeaf(admin, 1)})
	c.mine(dist.Commit(c.operator, [][32]byte{{1}}, [][32]byte{{1}}, []*big.Int{big.NewInt(5000)}, tree.Root(), 1))
	p, _ := tree.Proof(payoutLeaf(thief, 1_000_000))
	c.reverts("claim beyond the sales recorded")(dist.Claim(c.mallory, thief, big.NewInt(1_000_000), toBytes32(p)))
	if supply, _ := dist.TotalSupply(nil); supply.Sign() != 0 {
		t.Fatalf("minted %v", supply)
	}
	operatorRole, _ := dist.OPERATORROLE(nil)
	c.reverts("operator grants a role")(dist.GrantRole(c.operator, operatorRole, thief))
	pauser, _ := dist.PAUSERROLE(nil)
	c.reverts("operator pauses")(dist.Pause(c.operator))
	if ok, _ := dist.HasRole(nil, pauser, admin); !ok {
		t.Fatal("admin is not a pauser")
	}
	c.mine(dist.Pause(c.alice))
	p1, _ := tree.Proof(payoutLeaf(admin, 1))
	c.reverts("claim while paused")(dist.Claim(c.alice, admin, big.NewInt(1), toBytes32(p1)))
	c.reverts("commit while paused")(dist.Commit(c.operator, nil, nil, nil, tree.Root(), 2))
	c.reverts("unpause by the operator")(dist.Unpause(c.operator))
	c.mine(dist.Unpause(c.alice))
	c.mine(dist.Claim(c.alice, admin, big.NewInt(1), toBytes32(p1)))
}

// A cash-out claims what the account earned and not yet claimed, then burns
// exactly the cents cashed out: credit = claimed - redeemed. The same
// cash-out id burns once; more than the credit, or a redemption by anyone
// but the redeemer, reverts.
func TestClaimAndRedeemBurnsExactlyTheCashOutOnce(t *testing.T) {
	c := newChain(t)
	redeemer := c.signer(c.aliceKey)
	_, tx, dist, err := bindings.DeployPayoutDistributor(c.operator, c.sim.Client(), addr(c.operator), addr(c.operator), addr(redeemer))
	c.mine(tx, err)
	acct := common.HexToAddress("0x00000000000000000000000000000000000c0ffe")
	tree, _ := merkle.New([]merkle.Hash{payoutLeaf(acct, 1000), payoutLeaf(addr(c.mallory), 1)})
	c.mine(dist.Commit(c.operator, [][32]byte{{1}}, [][32]byte{{1}}, []*big.Int{big.NewInt(1001)}, tree.Root(), 1))
	p, _ := tree.Proof(payoutLeaf(acct, 1000))
	proof := toBytes32(p)
	credit := func() (bal, claimed, redeemed int64) {
		b, _ := dist.BalanceOf(nil, acct)
		cl, _ := dist.Claimed(nil, acct)
		r, _ := dist.Redeemed(nil, acct)
		return b.Int64(), cl.Int64(), r.Int64()
	}
	c.reverts("redeem by the operator")(dist.ClaimAndRedeem(c.operator, acct, big.NewInt(1000), proof, big.NewInt(300), [32]byte{1}))
	c.reverts("redeem by a stranger")(dist.ClaimAndRedeem(c.mallory, acct, big.NewInt(1000), proof, big.NewInt(300), [32]byte{1}))
	c.reverts("more than earned")(dist.ClaimAndRedeem(redeemer, acct, big.NewInt(1000), proof, big.NewInt(1001), [32]byte{1}))
	r := c.mine(dist.ClaimAndRedeem(redeemer, acct, big.NewInt(1000), proof, big.NewInt(300), [32]byte{1}))
	events := 0
	for _, l := range r.Logs {
		if ev, err := dist.ParseRedeemed(*l); err == nil && ev.Account == acct && ev.Amount.Int64() == 300 && ev.CumulativeRedeemed.Int64() == 300 {
			events++
		}
	}
	if b, cl, rd := credit(); events != 1 || b != 700 || cl != 1000 || rd != 300 {
		t.Fatalf("after one cash-out: %d events, credit %d, claimed %d, redeemed %d", events, b, cl, rd)
	}
	c.reverts("same cash-out again")(dist.ClaimAndRedeem(redeemer, acct, big.NewInt(1000), proof, big.NewInt(300), [32]byte{1}))
	c.reverts("above the credit")(dist.ClaimAndRedeem(redeemer, acct, big.NewInt(1000), proof, big.NewInt(701), [32]byte{2}))
	// Already claimed: the proof is not needed again.
	c.mine(dist.ClaimAndRedeem(redeemer, acct, big.NewInt(0), nil, big.NewInt(700), [32]byte{2}))
	if b, cl, rd := credit(); b != 0 || cl != 1000 || rd != 1000 {
		t.Fatalf("after cashing out all: credit %d, claimed %d, redeemed %d", b, cl, rd)
	}
	if got, _ := dist.Redemption(nil, [32]byte{2}); got.Int64() != 700 {
		t.Fatalf("redemption of id 2 is %v", got)
	}
	// Burnt credit still counts as minted: a root (say, from a stolen
	// committer key) paying another account what was burnt cannot be claimed.
	tree2, _ := merkle.New([]merkle.Hash{payoutLeaf(acct, 1000), payoutLeaf(addr(c.mallory), 1001)})
	c.mine(dist.Commit(c.operator, nil, nil, nil, tree2.Root(), 2))
	pm, _ := tree2.Proof(payoutLeaf(addr(c.mallory), 1001))
	c.reverts("claim of burnt credit")(dist.Claim(c.mallory, addr(c.mallory), big.NewInt(1001), toBytes32(pm)))
	tree3, _ := merkle.New([]merkle.Hash{payoutLeaf(acct, 1000), payoutLeaf(addr(c.mallory), 1)})
	c.mine(dist.Commit(c.operator, nil, nil, nil, tree3.Root(), 3))
	p3, _ := tree3.Proof(payoutLeaf(addr(c.mallory), 1))
	c.mine(dist.Claim(c.mallory, addr(c.mallory), big.NewInt(1), toBytes32(p3)))
	if total, _ := dist.TotalRedeemed(nil); total.Int64() != 1000 {
		t.Fatalf("total redeemed %v", total)
	}
	c.mine(dist.Pause(c.operator))
	c.reverts("redeem while paused")(dist.ClaimAndRedeem(redeemer, addr(c.mallory), big.NewInt(1), nil, big.NewInt(1), [32]byte{3}))
}
