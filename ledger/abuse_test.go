package ledger

import (
	"math"
	"strings"
	"testing"
)

// TestAbusePairingCodeGuessing: codes were 8 symbols (~40 bits) drawn as
// byte % 31, so the first 8 symbols of the alphabet came up 9/8 as often as
// the others and a guesser could favour them. A code now carries at least 59
// bits and every symbol is equally likely.
func TestAbusePairingCodeGuessing(t *testing.T) {
	code := newPairingCode()
	syms := strings.ReplaceAll(code, "-", "")
	if bits := float64(len(syms)) * math.Log2(float64(len(pairingAlphabet))); bits < 59 {
		t.Fatalf("code %s carries %.1f bits", code, bits)
	}
	// 310,000 symbols: 10,000 expected of each, standard deviation ~98.
	// byte % 31 gives the favoured symbols ~10,900 and the others ~9,700;
	// a fair draw stays within 6 standard deviations (a false alarm about
	// once in 10^7 runs).
	counts := map[rune]int{}
	n := 0
	for n < 310_000 {
		for _, r := range strings.ReplaceAll(newPairingCode(), "-", "") {
			if !strings.ContainsRune(pairingAlphabet, r) {
				t.Fatalf("symbol %q is not in the alphabet", r)
			}
			counts[r]++
			n++
		}
	}
	want := float64(n) / float64(len(pairingAlphabet))
	sd := math.Sqrt(want * (1 - 1/float64(len(pairingAlphabet))))
	for _, r := range pairingAlphabet {
		if d := math.Abs(float64(counts[r]) - want); d > 6*sd {
			t.Errorf("symbol %c drawn %d times, expected %.0f ± %.0f", r, counts[r], want, sd)
		}
	}
}
