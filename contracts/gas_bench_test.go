package contracts_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"rhd.dev/contracts/bindings"
	"rhd.dev/merkle"
)

// BenchmarkGasPerSale commits one sale with the cumulative root of cohorts of
// 10, 1,000 and 100,000 contributors: the gas must not depend on the size.
func BenchmarkGasPerSale(b *testing.B) {
	for _, n := range []int{10, 1000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			c := newChain(b)
			_, tx, dist, err := bindings.DeployPayoutDistributor(c.operator, c.sim.Client(), addr(c.operator), addr(c.operator))
			c.mine(tx, err)
			leaves := make([]merkle.Hash, n)
			for i := range leaves {
				leaves[i] = payoutLeaf(common.BigToAddress(big.NewInt(int64(i+1))), uint64(i+1))
			}
			tree, _ := merkle.New(leaves)
			var gas uint64
			epoch := uint64(0)
			for i := 0; i < b.N; i++ {
				epoch++
				sale := [32]byte(crypto.Keccak256([]byte(fmt.Sprint(n, i))))
				r := c.mine(dist.Commit(c.operator, [][32]byte{sale}, [][32]byte{tree.Root()}, []*big.Int{big.NewInt(123456)}, tree.Root(), epoch))
				gas = r.GasUsed
			}
			b.ReportMetric(float64(gas), "gas/sale")
		})
	}
}

// BenchmarkGasPerRecord mints contribution records in batches of 100 and, in
// the same run, plain OpenZeppelin ERC-721 tokens: gas per token of each.
func BenchmarkGasPerRecord(b *testing.B) {
	c := newChain(b)
	_, tx, rec, err := bindings.DeployContributionRecords(c.operator, c.sim.Client(), addr(c.operator), addr(c.operator))
	c.mine(tx, err)
	_, tx, plain, err := bindings.DeployPlainERC721(c.operator, c.sim.Client())
	c.mine(tx, err)
	const n = 100
	to := make([]common.Address, n)
	roots := make([][32]byte, n)
	keys := make([][32]byte, n)
	for i := range to {
		to[i] = common.BigToAddress(big.NewInt(int64(1000 + i)))
		roots[i] = [32]byte(crypto.Keccak256([]byte(fmt.Sprint(i))))
	}
	var ours, base uint64
	for i := 0; i < b.N; i++ {
		for j := range keys {
			keys[j] = [32]byte(crypto.Keccak256([]byte(fmt.Sprint("device-hour", i, j))))
		}
		ours = c.mine(rec.MintBatch(c.operator, to, keys, roots)).GasUsed
		base = c.mine(plain.MintBatch(c.operator, to)).GasUsed
	}
	b.ReportMetric(float64(ours)/n, "gas/record")
	b.ReportMetric(float64(base)/n, "gas/plain-erc721")
	b.ReportMetric(float64(ours)/float64(base), "ratio")
}

// BenchmarkGasPerClaim claims for 100 accounts of a 100,000-account tree in
// one batch (the operator pays); goal: below MerkleDistributor's ~60-90k per claim.
func BenchmarkGasPerClaim(b *testing.B) {
	c := newChain(b)
	_, tx, dist, err := bindings.DeployPayoutDistributor(c.operator, c.sim.Client(), addr(c.operator), addr(c.operator))
	c.mine(tx, err)
	const accounts, batch = 100_000, 100
	leaves := make([]merkle.Hash, accounts)
	addrs := make([]common.Address, accounts)
	for i := range leaves {
		addrs[i] = common.BigToAddress(big.NewInt(int64(i + 1)))
		leaves[i] = payoutLeaf(addrs[i], uint64(100+i))
	}
	tree, _ := merkle.New(leaves)
	c.mine(dist.Commit(c.operator, [][32]byte{{1}}, [][32]byte{{1}}, []*big.Int{big.NewInt(1e15)}, tree.Root(), 1))
	var gas uint64
	next := 0
	for i := 0; i < b.N; i++ {
		var as []common.Address
		var cs []*big.Int
		var ps [][][32]byte
		for j := 0; j < batch; j++ {
			k := next % accounts
			next++
			p, _ := tree.Proof(leaves[k])
			as, cs, ps = append(as, addrs[k]), append(cs, big.NewInt(int64(100+k))), append(ps, toBytes32(p))
		}
		gas = c.mine(dist.ClaimBatch(c.operator, as, cs, ps)).GasUsed
	}
	b.ReportMetric(float64(gas)/batch, "gas/claim")
}
