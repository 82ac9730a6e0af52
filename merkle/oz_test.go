package merkle_test

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"testing"

	"rhd.dev/merkle"
	"rhd.dev/merkle/ozcheck"
)

// ozSizes are the tree sizes compared with OpenZeppelin's library: the empty
// tree, the small shapes where a layout difference first shows (3, 5, 7) and
// large ones.
var ozSizes = []int{0, 1, 2, 3, 5, 7, 100, 1000}

func hexOf(h merkle.Hash) string { return "0x" + hex.EncodeToString(h[:]) }

func word(r *rand.Rand) ([]byte, string) {
	var w [32]byte
	for i := range w {
		w[i] = byte(r.Uint32())
	}
	return w[:], "0x" + hex.EncodeToString(w[:])
}

// compareWithOZ builds our tree and the library's over the same values and
// requires the same root and, for every value, the same proof.
func compareWithOZ(t *testing.T, types []string, values [][]string, leaves []merkle.Hash) {
	t.Helper()
	want, err := ozcheck.Of(types, values)
	if errors.Is(err, ozcheck.ErrUnavailable) && os.Getenv("CI") != "true" {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	tree, err := merkle.New(leaves)
	if len(values) == 0 {
		if err == nil || want.Error == "" {
			t.Fatalf("empty tree: ours %v, library %q; both must refuse it", err, want.Error)
		}
		return
	}
	if err != nil || want.Error != "" {
		t.Fatalf("n=%d: ours %v, library %q", len(values), err, want.Error)
	}
	if got := hexOf(tree.Root()); got != want.Root {
		t.Fatalf("n=%d: root %s, OpenZeppelin %s", len(values), got, want.Root)
	}
	for i, l := range leaves {
		p, ok := tree.Proof(l)
		if !ok {
			t.Fatalf("n=%d: no proof for value %d", len(values), i)
		}
		if len(p) != len(want.Proofs[i]) {
			t.Fatalf("n=%d value %d: proof of %d hashes, OpenZeppelin %d", len(values), i, len(p), len(want.Proofs[i]))
		}
		for j := range p {
			if hexOf(p[j]) != want.Proofs[i][j] {
				t.Fatalf("n=%d value %d: proof[%d] %s, OpenZeppelin %s", len(values), i, j, hexOf(p[j]), want.Proofs[i][j])
			}
		}
		if !merkle.Verify(p, tree.Root(), l) {
			t.Fatalf("n=%d value %d: proof does not verify", len(values), i)
		}
	}
}

// Payout leaves (address, uint256 cumulative cents) give the library's root
// and proofs at every size.
func TestPayoutTreeIsOpenZeppelins(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 1))
	for _, n := range ozSizes {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			values := make([][]string, n)
			leaves := make([]merkle.Hash, n)
			for i := range n {
				w, _ := word(r)
				addr := w[12:]
				var padded [32]byte
				copy(padded[12:], addr)
				cents := r.Uint64N(1 << 40)
				values[i] = []string{"0x" + hex.EncodeToString(addr), fmt.Sprint(cents)}
				leaves[i] = merkle.Leaf(append(padded[:], merkle.Word(cents)...))
			}
			compareWithOZ(t, []string{"address", "uint256"}, values, leaves)
		})
	}
}

// Record leaves (salt, metric and five uint256 words, as a contribution
// record's readings) give the library's root and proofs at every size.
func TestRecordTreeIsOpenZeppelins(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 2))
	types := []string{"bytes32", "bytes32", "uint256", "uint256", "uint256", "uint256", "uint256"}
	for _, n := range ozSizes {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			values := make([][]string, n)
			leaves := make([]merkle.Hash, n)
			for i := range n {
				salt, sh := word(r)
				w, wh := word(r)
				enc := append(append([]byte(nil), salt...), w...)
				values[i] = []string{sh, wh}
				for range 5 {
					v := r.Uint64()
					enc = append(enc, merkle.Word(v)...)
					values[i] = append(values[i], fmt.Sprint(v))
				}
				leaves[i] = merkle.Leaf(enc)
			}
			compareWithOZ(t, types, values, leaves)
		})
	}
}
