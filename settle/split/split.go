// Package split divides a sale among contributors exactly, in integer cents:
// the platform fee is taken first, the rest is shared pro rata by weight with
// the largest-remainder method, so the lines always sum to the total.
package split

import (
	"cmp"
	"errors"
	"fmt"
	"math/bits"
	"slices"
)

// MaxFeeBps is 100 % in basis points.
const MaxFeeBps = 10_000

// Share is a contributor's claim on a sale.
type Share struct {
	Account string
	Weight  int64
}

// Line is what one contributor is paid.
type Line struct {
	Account string
	Cents   int64
}

// Result is a complete split.
type Result struct {
	PriceCents int64
	FeeCents   int64 // the platform's part: floor(price × fee bps / 10,000)
	PoolCents  int64 // price − fee, exactly the sum of Lines
	Lines      []Line
}

// Split divides priceCents among shares after a fee of feeBps basis points.
// Lines come back in the order of shares. The result is deterministic: ties
// in the remainders go to the account that sorts first.
func Split(priceCents, feeBps int64, shares []Share) (Result, error) {
	switch {
	case priceCents < 0:
		return Result{}, fmt.Errorf("split: negative price %d", priceCents)
	case feeBps < 0 || feeBps > MaxFeeBps:
		return Result{}, fmt.Errorf("split: fee %d bps outside 0..%d", feeBps, MaxFeeBps)
	case len(shares) == 0:
		return Result{}, errors.New("split: no contributors")
	}
	var total uint64
	seen := make(map[string]bool, len(shares))
	for _, s := range shares {
		if s.Weight < 0 {
			return Result{}, fmt.Errorf("split: negative weight for %s", s.Account)
		}
		if seen[s.Account] {
			return Result{}, fmt.Errorf("split: account %s appears twice", s.Account)
		}
		seen[s.Account] = true
		var carry uint64
		total, carry = bits.Add64(total, uint64(s.Weight), 0)
		if carry != 0 {
			return Result{}, errors.New("split: total weight overflows")
		}
	}
	if total == 0 {
		return Result{}, errors.New("split: all weights are zero")
	}
	fee := priceCents * feeBps / MaxFeeBps // price ≤ 2^63/10^4 keeps this exact
	if priceCents > (1<<63-1)/MaxFeeBps {
		return Result{}, fmt.Errorf("split: price %d too large", priceCents)
	}
	pool := uint64(priceCents - fee)

	type part struct {
		i   int
		rem uint64
	}
	lines := make([]Line, len(shares))
	parts := make([]part, len(shares))
	var given uint64
	for i, s := range shares {
		// pool × weight / total in 128-bit arithmetic: exact for any int64 inputs.
		hi, lo := bits.Mul64(pool, uint64(s.Weight))
		q, r := bits.Div64(hi, lo, total) // hi < total since weight ≤ total
		lines[i] = Line{Account: s.Account, Cents: int64(q)}
		parts[i] = part{i, r}
		given += q
	}
	// The floors leave fewer cents than there are contributors; they go to
	// the largest remainders.
	left := pool - given
	slices.SortFunc(parts, func(a, b part) int {
		if c := cmp.Compare(b.rem, a.rem); c != 0 {
			return c
		}
		return cmp.Compare(shares[a.i].Account, shares[b.i].Account)
	})
	for k := uint64(0); k < left; k++ {
		lines[parts[k].i].Cents++
	}
	return Result{PriceCents: priceCents, FeeCents: fee, PoolCents: int64(pool), Lines: lines}, nil
}
