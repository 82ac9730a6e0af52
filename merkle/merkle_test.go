package merkle

import (
	"encoding/hex"
	"math/rand/v2"
	"testing"
)

func TestEveryLeafProvesAndNothingElseDoes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	for _, n := range []int{1, 2, 3, 4, 5, 7, 8, 9, 100, 1001} {
		leaves := make([]Hash, n)
		for i := range leaves {
			leaves[i] = Leaf(append(Word(r.Uint64()), Word(uint64(i))...))
		}
		tr, err := New(leaves)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range leaves {
			p, ok := tr.Proof(l)
			if !ok || !Verify(p, tr.Root(), l) {
				t.Fatalf("n=%d: leaf does not prove", n)
			}
			if n > 1 {
				p[0][0] ^= 1
				if Verify(p, tr.Root(), l) {
					t.Fatalf("n=%d: tampered proof verifies", n)
				}
			}
		}
		stranger := Leaf(Word(12345))
		if _, ok := tr.Proof(stranger); ok {
			t.Fatal("proof for a leaf not in the tree")
		}
	}
	if _, err := New(nil); err != ErrEmpty {
		t.Fatal("empty tree built")
	}
}

func TestRootIgnoresLeafOrder(t *testing.T) {
	a, b, c := Leaf(Word(1)), Leaf(Word(2)), Leaf(Word(3))
	t1, _ := New([]Hash{a, b, c})
	t2, _ := New([]Hash{c, a, b})
	if t1.Root() != t2.Root() {
		t.Fatal("root depends on leaf order")
	}
}

// The leaf encoding matches OpenZeppelin's StandardMerkleTree for
// ["uint256"] leaf [1]: keccak256(keccak256(abi.encode(uint256(1)))).
func TestStandardLeafEncoding(t *testing.T) {
	inner := Keccak(Word(1))
	// keccak256(abi.encode(uint256(1))), a well-known constant.
	if hex.EncodeToString(inner[:]) != "b10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6" {
		t.Fatalf("keccak256(uint256(1)) = %x", inner)
	}
	if Leaf(Word(1)) != Keccak(inner[:]) {
		t.Fatal("leaf is not the double hash")
	}
}
