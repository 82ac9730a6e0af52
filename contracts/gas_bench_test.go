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
// 10, 1,000 and 100,000 contributors (the gas must not depend on the size),
// then 101 sales: gas/commit is a one-sale commit, gas/sale the marginal gas
// of each further sale.
func BenchmarkGasPerSale(b *testing.B) {
	for _, n := range []int{10, 1000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			c := newChain(b)
			_, tx, dist, err := bindings.DeployPayoutDistributor(c.operator, c.sim.Client(), addr(c.operator), addr(c.operator), addr(c.operator))
			c.mine(tx, err)
			leaves := make([]merkle.Hash, n)
			for i := range leaves {
				leaves[i] = payoutLeaf(common.BigToAddress(big.NewInt(int64(i+1))), uint64(i+1))
			}
			tree, _ := merkle.New(leaves)
			sales := func(k, i int) ([][32]byte, [][32]byte, []*big.Int) {
				var ids, roots [][32]byte
				var totals []*big.Int
				for j := range k {
					ids = append(ids, [32]byte(crypto.Keccak256([]byte(fmt.Sprint(n, i, j)))))
					roots, totals = append(roots, tree.Root()), append(totals, big.NewInt(123456))
				}
				return ids, roots, totals
			}
			var one, many uint64
			epoch := uint64(0)
			for i := 0; i < b.N; i++ {
				epoch++
				ids, roots, totals := sales(1, i)
				one = c.mine(dist.Commit(c.operator, ids, roots, totals, tree.Root(), epoch)).GasUsed
				epoch++
				ids, roots, totals = sales(101, i)
				many = c.mine(dist.Commit(c.operator, ids, roots, totals, tree.Root(), epoch)).GasUsed
			}
			b.ReportMetric(float64(one), "gas/commit")
			b.ReportMetric(float64(many-one)/100, "gas/sale")
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
	_, tx, dist, err := bindings.DeployPayoutDistributor(c.operator, c.sim.Client(), addr(c.operator), addr(c.operator), addr(c.operator))
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

// BenchmarkGasPerRedemption cashes out part of an account's earnings in a
// 100,000-account tree: the first cash-out claims and burns
// (gas/claim+redeem), a later one only burns (gas/redeem).
func BenchmarkGasPerRedemption(b *testing.B) {
	c := newChain(b)
	_, tx, dist, err := bindings.DeployPayoutDistributor(c.operator, c.sim.Client(), addr(c.operator), addr(c.operator), addr(c.operator))
	c.mine(tx, err)
	const accounts = 100_000
	leaves := make([]merkle.Hash, accounts)
	addrs := make([]common.Address, accounts)
	for i := range leaves {
		addrs[i] = common.BigToAddress(big.NewInt(int64(i + 1)))
		leaves[i] = payoutLeaf(addrs[i], uint64(1000+i))
	}
	tree, _ := merkle.New(leaves)
	c.mine(dist.Commit(c.operator, [][32]byte{{1}}, [][32]byte{{1}}, []*big.Int{big.NewInt(1e15)}, tree.Root(), 1))
	var first, later uint64
	for i := 0; i < b.N; i++ {
		k := i % accounts
		p, _ := tree.Proof(leaves[k])
		id := func(n int) [32]byte { return [32]byte(crypto.Keccak256([]byte(fmt.Sprint("cash-out", i, n)))) }
		first = c.mine(dist.ClaimAndRedeem(c.operator, addrs[k], big.NewInt(int64(1000+k)), toBytes32(p), big.NewInt(500), id(1))).GasUsed
		later = c.mine(dist.ClaimAndRedeem(c.operator, addrs[k], big.NewInt(0), nil, big.NewInt(300), id(2))).GasUsed
	}
	b.ReportMetric(float64(first), "gas/claim+redeem")
	b.ReportMetric(float64(later), "gas/redeem")
}
