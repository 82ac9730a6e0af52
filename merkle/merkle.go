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

// Tree is a Merkle tree over a set of leaves. Leaves are sorted first, so the
// root depends on the set, not the order they were given in.
type Tree struct {
	layers [][]Hash // layers[0] are the sorted leaves, the last layer the root
}

// ErrEmpty is returned for a tree without leaves.
var ErrEmpty = errors.New("merkle: no leaves")

// New builds the tree.
func New(leaves []Hash) (*Tree, error) {
	if len(leaves) == 0 {
		return nil, ErrEmpty
	}
	layer := slices.Clone(leaves)
	slices.SortFunc(layer, func(a, b Hash) int { return bytes.Compare(a[:], b[:]) })
	t := &Tree{layers: [][]Hash{layer}}
	for len(layer) > 1 {
		next := make([]Hash, 0, (len(layer)+1)/2)
		for i := 0; i < len(layer); i += 2 {
			if i+1 == len(layer) {
				next = append(next, layer[i]) // an odd node moves up unchanged
			} else {
				next = append(next, hashPair(layer[i], layer[i+1]))
			}
		}
		t.layers = append(t.layers, next)
		layer = next
	}
	return t, nil
}

// Root returns the root hash.
func (t *Tree) Root() Hash { return t.layers[len(t.layers)-1][0] }

// Proof returns the sibling hashes from leaf to root, or false if the leaf is
// not in the tree.
func (t *Tree) Proof(leaf Hash) ([]Hash, bool) {
	i, found := slices.BinarySearchFunc(t.layers[0], leaf, func(a, b Hash) int { return bytes.Compare(a[:], b[:]) })
	if !found {
		return nil, false
	}
	var proof []Hash
	for _, layer := range t.layers[:len(t.layers)-1] {
		if sib := i ^ 1; sib < len(layer) {
			proof = append(proof, layer[sib])
		}
		i /= 2
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
