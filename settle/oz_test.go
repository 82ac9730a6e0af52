package settle

import (
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"rhd.dev/merkle/ozcheck"
)

// The payout root the settler commits is the one anyone reproduces with
// StandardMerkleTree.of(values, ["address", "uint256"]) from the values alone.
func TestPayoutRootIsReproducibleWithOpenZeppelin(t *testing.T) {
	for _, n := range []int{1, 5, 7, 23} {
		balances := map[string]int64{}
		var values [][]string
		for i := range n {
			a := common.HexToAddress(fmt.Sprintf("0x%040x", 0xabc0+i*7919)).Hex()
			balances[a] = int64(100 + i*37)
			values = append(values, []string{a, fmt.Sprint(balances[a])})
		}
		want, err := ozcheck.Of([]string{"address", "uint256"}, values)
		if errors.Is(err, ozcheck.ErrUnavailable) && os.Getenv("CI") != "true" {
			t.Skip(err)
		}
		if err != nil {
			t.Fatal(err)
		}
		tree, err := payoutTree(balances)
		if err != nil {
			t.Fatal(err)
		}
		root := tree.Root()
		if got := "0x" + hex.EncodeToString(root[:]); got != want.Root {
			t.Fatalf("%d accounts: root %s, OpenZeppelin %s", n, got, want.Root)
		}
		for i, v := range values {
			p, _ := tree.Proof(PayoutLeaf(common.HexToAddress(v[0]), balances[v[0]]))
			for j := range p {
				if "0x"+hex.EncodeToString(p[j][:]) != want.Proofs[i][j] {
					t.Fatalf("%d accounts: proof of %s differs from OpenZeppelin's", n, v[0])
				}
			}
		}
	}
}
