package settle

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"rhd.dev/settle/split"
)

// BenchmarkSplitAndTree100k is the off-chain work of one sale to 100,000
// contributors: the exact split and the payout tree with every proof's root.
func BenchmarkSplitAndTree100k(b *testing.B) {
	shares := make([]split.Share, 100_000)
	for i := range shares {
		shares[i] = split.Share{Account: fmt.Sprintf("contributor-%06d", i), Weight: int64(1 + i%977)}
	}
	for b.Loop() {
		res, err := split.Split(12_345_678, DefaultFeeBps, shares)
		if err != nil {
			b.Fatal(err)
		}
		balances := make(map[string]int64, len(res.Lines))
		for i, l := range res.Lines {
			balances[common.BigToAddress(big.NewInt(int64(i+1))).Hex()] = l.Cents
		}
		if _, err := payoutTree(balances); err != nil {
			b.Fatal(err)
		}
	}
}
