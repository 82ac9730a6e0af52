package settle

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"rhd.dev/ledger"
	"rhd.dev/settle/wallet"
)

// TestAgainstGethDev runs settlement over JSON-RPC against a real `geth --dev`
// node (RHD_GETH names the binary; .ci/run builds it from the go-ethereum
// module): a sale paid and verified, then, confirmed two blocks deep, an
// epoch whose nonce another transaction took, one stuck below the base fee,
// and a backlog of 1,000 sales drained in capped epochs. (Reorgs are tested
// on the simulated chain, which can fork.) It skips when no geth is
// available, except in CI, where it fails.
func TestAgainstGethDev(t *testing.T) {
	bin := os.Getenv("RHD_GETH")
	if bin == "" {
		bin, _ = exec.LookPath("geth")
	}
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("RHD_GETH is not set: .ci/run builds geth and sets it")
		}
		t.Skip("no geth binary (set RHD_GETH)")
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	var logs bytes.Buffer
	cmd := exec.Command(bin, "--dev", "--dev.period", "1", "--datadir", filepath.Join(t.TempDir(), "geth"), "--http", "--http.addr", "127.0.0.1",
		"--http.port", fmt.Sprint(port), "--http.api", "eth,net,web3", "--nodiscover", "--maxpeers", "0", "--ipcdisable", "--verbosity", "2")
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	ctx := context.Background()
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	var client *ethclient.Client
	for deadline := time.Now().Add(30 * time.Second); ; {
		if c, err := ethclient.Dial(url); err == nil {
			if _, err := c.ChainID(ctx); err == nil {
				client = c
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("geth --dev did not answer:\n%s", logs.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	defer client.Close()

	// Fund our operator from geth's unlocked developer account.
	op, _ := crypto.GenerateKey()
	var accounts []common.Address
	if err := client.Client().CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		t.Fatalf("dev account: %v", err)
	}
	var txHash common.Hash
	value := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	if err := client.Client().CallContext(ctx, &txHash, "eth_sendTransaction", map[string]any{
		"from": accounts[0], "to": crypto.PubkeyToAddress(op.PublicKey), "value": (*hexutil.Big)(value),
	}); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(30 * time.Second); ; {
		if bal, _ := client.BalanceAt(ctx, crypto.PubkeyToAddress(op.PublicKey), nil); bal != nil && bal.Sign() > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("operator never funded")
		}
		time.Sleep(200 * time.Millisecond)
	}
	_ = rpc.LatestBlockNumber

	// The same flow as on the simulated chain, over JSON-RPC.
	e := newEnv(t) // ledger and cohort (its simulated chain is unused here)
	addrs, err := Deploy(ctx, client, op)
	if err != nil {
		t.Fatal(err)
	}
	ch, err := Open(ctx, client, op, addrs)
	if err != nil {
		t.Fatal(err)
	}
	kr, _ := wallet.NewKeyring(bytes.Repeat([]byte{3}, 32))
	s := &Settler{Store: e.store, Keyring: kr, Chain: ch}
	g1 := e.order(99_999)
	if _, err := s.Process(ctx, g1); err != nil {
		t.Fatal(err)
	}
	e.chain = ch
	e.keyring = kr
	e.commitUntilConfirmed(s)
	if n, err := s.Claim(ctx); err != nil || n != 25 {
		t.Fatalf("claims: %d %v", n, err)
	}
	fee := int64(99_999) * DefaultFeeBps / 10_000
	if got := e.onChainTotal(); got != 99_999-fee {
		t.Fatalf("paid %d on geth, want %d", got, 99_999-fee)
	}
	w, _ := e.store.Wallet(ctx, e.people[0].ID)
	r, err := s.Verify(ctx, common.HexToAddress(w.Address), g1)
	if err != nil || !r.Verified {
		t.Fatalf("verify on geth: %+v %v", r, err)
	}
	paid := int64(99_999 - fee)

	// From here on, epochs are confirmed two blocks deep.
	s.Confirmations = 2

	// A taken nonce: another transaction of the operator key is mined under
	// the nonce of a stored, unsent epoch transaction; the epoch is signed again.
	s.Process(ctx, e.order(10_000))
	paid += 8500
	_, stored := e.storedEpoch(s, plainCommit(ch))
	other, err := types.SignNewTx(ch.Keys.Committer, types.LatestSignerForChainID(ch.ChainID), &types.DynamicFeeTx{ChainID: ch.ChainID, Nonce: stored.Nonce(),
		GasTipCap: big.NewInt(2e9), GasFeeCap: big.NewInt(200e9), Gas: 21_000, To: &common.Address{9}, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	if err := client.SendTransaction(ctx, other); err != nil {
		t.Fatal(err)
	}
	if _, err := waitMined(ctx, ch, other); err != nil {
		t.Fatal(err)
	}
	e.commitUntilConfirmed(s)
	if got := e.epoch(2); got.TxHash == stored.Hash().Hex() || len(got.PriorTxHashes) != 1 {
		t.Fatalf("epoch 2 after its nonce was taken: %+v", got)
	}

	// A stuck transaction: an epoch signed below the base fee is replaced,
	// same nonce, at higher fees.
	s.BumpAfter = time.Second
	s.Process(ctx, e.order(10_000))
	paid += 8500
	_, stuck := e.storedEpoch(s, func(auth *bind.TransactOpts, a commitCall, ep ledger.Epoch) (*types.Transaction, error) {
		auth.NoSend = true
		est, err := plainCommit(ch)(auth, a, ep)
		if err != nil {
			return nil, err
		}
		auth.GasLimit, auth.GasTipCap, auth.GasFeeCap = est.Gas(), big.NewInt(1), big.NewInt(1)
		return plainCommit(ch)(auth, a, ep)
	})
	e.commitUntilConfirmed(s)
	got := e.epoch(3)
	bumped, _, err := client.TransactionByHash(ctx, common.HexToHash(got.TxHash))
	if err != nil || bumped.Nonce() != stuck.Nonce() || bumped.GasFeeCap().Cmp(stuck.GasFeeCap()) <= 0 {
		t.Fatalf("epoch 3 confirmed under %+v (%v), want the stuck nonce %d at a higher fee", bumped, err, stuck.Nonce())
	}

	// A backlog of 1,000 sales drains in capped epochs.
	for range 1000 {
		if _, err := s.Process(ctx, e.order(1000)); err != nil {
			t.Fatal(err)
		}
		paid += 850
	}
	// A backlog of 1,000 sales drains in capped epochs.
	s.MaxSalesPerEpoch = 300
	drained := func() bool {
		sales, _ := e.store.Sales(ctx)
		for _, sa := range sales {
			if sa.Epoch == 0 {
				return false
			}
		}
		open, _ := e.store.OpenEpochs(ctx)
		return len(open) == 0
	}
	for deadline := time.Now().Add(4 * time.Minute); !drained(); time.Sleep(200 * time.Millisecond) {
		if err := s.Commit(ctx); err != nil {
			t.Fatal(err)
		}
		if time.Now().After(deadline) {
			t.Fatal("backlog not drained on geth")
		}
	}
	for n := int64(4); n <= 7; n++ {
		if sales, _ := e.store.EpochSales(ctx, n); len(sales) != min(300, 1000-int(n-4)*300) {
			t.Fatalf("epoch %d commits %d sales", n, len(sales))
		}
	}
	full, _ := e.store.PayoutEpoch(ctx, 4)
	if r, err := client.TransactionReceipt(ctx, common.HexToHash(full.TxHash)); err == nil {
		t.Logf("geth --dev: an epoch of 300 sales used %d gas", r.GasUsed)
	}
	if _, err := s.Claim(ctx); err != nil {
		t.Fatal(err)
	}
	if got := e.onChainTotal(); got != paid {
		t.Fatalf("paid %d on geth, want %d", got, paid)
	}

	// A paid cash-out burns its cents on geth, once.
	p := e.people[0]
	e.paidCashOut(p, "geth", 500)
	for range 2 {
		if _, err := s.Redeem(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if bal, claimed, redeemed := e.credit(p); redeemed != 500 || bal != claimed-500 {
		t.Fatalf("after a cash-out on geth: credit %d, claimed %d, redeemed %d", bal, claimed, redeemed)
	}
}
