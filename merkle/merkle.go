// Package merkle builds Merkle trees whose proofs verify with OpenZeppelin's
// MerkleProof.verify: keccak256 hashing, each pair sorted before hashing
// (commutative), and leaves double-hashed as in OpenZeppelin's
// StandardMerkleTree, so a leaf can never be mistaken for an inner node.
package merkle

import (
	"bytes"
	"errors"
	"slices"

	"golang.org/x/crypto/sha3"
)

// Hash is a 32-byte keccak256 digest.
type Hash [32]byte

// Keccak returns keccak256 of the concatenated parts.
func Keccak(parts ...[]byte) Hash {
	h := sha3.NewLegacyKeccak256()
	for _, p := range parts {
		h.Write(p)
	}
	var out Hash
	h.Sum(out[:0])
	return out
}

// Leaf hashes ABI-encoded leaf data the way StandardMerkleTree does:
// keccak256(bytes.concat(keccak256(abi.encode(...)))).
func Leaf(abiEncoded []byte) Hash {
	inner := Keccak(abiEncoded)
	return Keccak(inner[:])
}

// Word returns v as a 32-byte big-endian ABI word (uint256).
func Word(v uint64) []byte {
	var w [32]byte
	for i := 0; i < 8; i++ {
		w[31-i] = byte(v >> (8 * i))
	}
	return w[:]
}

func hashPair(a, b Hash) Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return Keccak(a[:], b[:])
}

// Tree is a Merkle tree over a set of leaves in exactly the layout of
// OpenZeppelin's StandardMerkleTree (@openzeppelin/merkle-tree): leaves sorted
// by hash, then stored as a complete binary tree in one array, root at index
// 0, children of i at 2i+1 and 2i+2, the sorted leaves at the end in reverse
// order. So anyone with the library and the values reproduces our roots and
// proofs; the root depends on the set of leaves, not on their order.
type Tree struct {
	nodes  []Hash // the array layout; nodes[0] is the root
	leaves []Hash // sorted; leaves[i] is nodes[len(nodes)-1-i]
}

// ErrEmpty is returned for a tree without leaves (the library refuses one too).
var ErrEmpty = errors.New("merkle: no leaves")

func compareHash(a, b Hash) int { return bytes.Compare(a[:], b[:]) }

// New builds the tree.
func New(leaves []Hash) (*Tree, error) {
	if len(leaves) == 0 {
		return nil, ErrEmpty
	}
	sorted := slices.Clone(leaves)
	slices.SortFunc(sorted, compareHash)
	n := len(sorted)
	nodes := make([]Hash, 2*n-1)
	for i, l := range sorted {
		nodes[len(nodes)-1-i] = l
	}
	for i := len(nodes) - 1 - n; i >= 0; i-- {
		nodes[i] = hashPair(nodes[2*i+1], nodes[2*i+2])
	}
	return &Tree{nodes: nodes, leaves: sorted}, nil
}

// Root returns the root hash.
func (t *Tree) Root() Hash { return t.nodes[0] }

// Proof returns the sibling hashes from leaf to root, or false if the leaf is
// not in the tree.
func (t *Tree) Proof(leaf Hash) ([]Hash, bool) {
	i, found := slices.BinarySearchFunc(t.leaves, leaf, compareHash)
	if !found {
		return nil, false
	}
	var proof []Hash
	for idx := len(t.nodes) - 1 - i; idx > 0; idx = (idx - 1) / 2 {
		sib := idx - 1
		if idx%2 == 1 {
			sib = idx + 1
		}
		proof = append(proof, t.nodes[sib])
	}
	return proof, true
}

// Verify reports whether proof links leaf to root, exactly as
// OpenZeppelin's MerkleProof.verify computes it.
func Verify(proof []Hash, root, leaf Hash) bool {
	h := leaf
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}
