package split

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestKnownSplits(t *testing.T) {
	r, err := Split(1000, 1000, []Share{{"a", 1}, {"b", 1}, {"c", 1}})
	if err != nil {
		t.Fatal(err)
	}
	// fee 100, pool 900: 300 each.
	if r.FeeCents != 100 || r.PoolCents != 900 || r.Lines[0].Cents != 300 || r.Lines[2].Cents != 300 {
		t.Fatalf("%+v", r)
	}
	// 100 cents among 3 equal weights: 34, 33, 33 — the extra cent to the first account.
	r, _ = Split(100, 0, []Share{{"c", 1}, {"a", 1}, {"b", 1}})
	if got := []int64{r.Lines[0].Cents, r.Lines[1].Cents, r.Lines[2].Cents}; !slices.Equal(got, []int64{33, 34, 33}) {
		t.Fatalf("tie break: %v, want the extra cent to account a", got)
	}
	// 10 cents by 15:25:60 is 1.5, 2.5, 6: floors 1, 2, 6 leave one cent;
	// a and b tie on remainder .5 and a sorts first: 2, 2, 6.
	r, _ = Split(10, 0, []Share{{"a", 15}, {"b", 25}, {"c", 60}})
	if got := []int64{r.Lines[0].Cents, r.Lines[1].Cents, r.Lines[2].Cents}; !slices.Equal(got, []int64{2, 2, 6}) {
		t.Fatalf("largest remainder: %v, want 2 2 6", got)
	}
	// 7 cents by 1:2:4 is 1, 2, 4: nothing left over.
	r, _ = Split(7, 0, []Share{{"a", 1}, {"b", 2}, {"c", 4}})
	if got := []int64{r.Lines[0].Cents, r.Lines[1].Cents, r.Lines[2].Cents}; !slices.Equal(got, []int64{1, 2, 4}) {
		t.Fatalf("exact shares: %v", got)
	}
}

func TestRejectsBadInput(t *testing.T) {
	for name, c := range map[string]struct {
		p, f int64
		s    []Share
	}{
		"negative price": {-1, 0, []Share{{"a", 1}}},
		"fee over 100%":  {1, 10001, []Share{{"a", 1}}},
		"no shares":      {1, 0, nil},
		"zero weights":   {1, 0, []Share{{"a", 0}}},
		"negative":       {1, 0, []Share{{"a", -1}, {"b", 2}}},
		"duplicate":      {1, 0, []Share{{"a", 1}, {"a", 2}}},
	} {
		if _, err := Split(c.p, c.f, c.s); err == nil {
			t.Errorf("%s accepted", name)
		}
	}
}

// Property: random cohorts of 1 to 100,000 contributors, random weights,
// prices and fees: lines sum to price − fee exactly, the fee is exact, nothing
// is negative, each line is within one cent of its exact share, and the same
// input gives the same output.
func TestSplitProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	sizes := []int{1, 2, 3, 10, 999, 100_000}
	for round := 0; round < 60; round++ {
		n := sizes[round%len(sizes)]
		if round >= len(sizes) {
			n = 1 + r.IntN(5000)
		}
		shares := make([]Share, n)
		for i := range shares {
			w := r.Int64N(1 << uint(1+r.IntN(40)))
			shares[i] = Share{Account: fmt.Sprintf("acct-%06d", i), Weight: w}
		}
		shares[r.IntN(n)].Weight++ // never all zero
		price := r.Int64N(1 << uint(1+r.IntN(45)))
		fee := r.Int64N(MaxFeeBps + 1)
		res, err := Split(price, fee, shares)
		if err != nil {
			t.Fatal(err)
		}
		if res.FeeCents != price*fee/MaxFeeBps || res.PoolCents != price-res.FeeCents {
			t.Fatalf("round %d: fee %d pool %d for price %d at %d bps", round, res.FeeCents, res.PoolCents, price, fee)
		}
		var sum, total float64
		var exact int64
		for _, s := range shares {
			total += float64(s.Weight)
		}
		for i, l := range res.Lines {
			if l.Cents < 0 || l.Account != shares[i].Account {
				t.Fatalf("round %d: line %+v", round, l)
			}
			exact += l.Cents
			ideal := float64(res.PoolCents) * float64(shares[i].Weight) / total
			if d := float64(l.Cents) - ideal; d < -1.0001-ideal*1e-12 || d > 1.0001+ideal*1e-12 {
				t.Fatalf("round %d: %s gets %d, exact share %.3f", round, l.Account, l.Cents, ideal)
			}
			sum += float64(l.Cents)
		}
		if exact != res.PoolCents {
			t.Fatalf("round %d: lines sum to %d, pool is %d", round, exact, res.PoolCents)
		}
		again, _ := Split(price, fee, shares)
		if !slices.Equal(again.Lines, res.Lines) {
			t.Fatalf("round %d: not deterministic", round)
		}
	}
}

func BenchmarkSplit100k(b *testing.B) {
	shares := make([]Share, 100_000)
	for i := range shares {
		shares[i] = Share{Account: fmt.Sprintf("acct-%06d", i), Weight: int64(1 + i%977)}
	}
	for b.Loop() {
		if _, err := Split(12_345_678, 1500, shares); err != nil {
			b.Fatal(err)
		}
	}
}
