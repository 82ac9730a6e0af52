package devchain

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// A transfer made before a restart is still there after it.
func TestChainSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	c, err := Start(dir)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000b0b00")
	id, _ := c.Client.ChainID(ctx)
	nonce, _ := c.Client.PendingNonceAt(ctx, crypto.PubkeyToAddress(c.Operator.PublicKey))
	tx, _ := types.SignNewTx(c.Operator, types.LatestSignerForChainID(id), &types.DynamicFeeTx{ChainID: id, Nonce: nonce,
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11), Gas: 21000, To: &to, Value: big.NewInt(12345)})
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		if r, err := c.Client.TransactionReceipt(ctx, tx.Hash()); err == nil && r.Status == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("transfer never mined")
		}
		time.Sleep(100 * time.Millisecond)
	}
	op := c.Operator
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	c, err = Start(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if crypto.PubkeyToAddress(c.Operator.PublicKey) != crypto.PubkeyToAddress(op.PublicKey) {
		t.Fatal("operator key changed across restarts")
	}
	bal, err := c.Client.BalanceAt(ctx, to, nil)
	if err != nil || bal.Int64() != 12345 {
		t.Fatalf("balance after restart %v (%v), want 12345", bal, err)
	}
}
