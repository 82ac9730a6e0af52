package warehouse_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"rhd.dev/warehouse"
)

// people makes n summaries of heart rate: person i has every minute at
// 60+i bpm, in that value's bin, and one outlier has 200 bpm.
func people(n int) []warehouse.Feature {
	var out []warehouse.Feature
	for i := range n {
		hr := 60 + float64(i%20)
		if i == 0 {
			hr = 200
		}
		m := warehouse.MetricSummary{Metric: "heart_rate", Days: 1, Minutes: 100, Samples: 6000, MeanSum: 100 * hr, MeanSq: 100 * hr * hr}
		m.Hist[int((hr-30)/5)] = 100
		out = append(out, warehouse.Feature{PID: string(rune('a' + i)), Minutes: 100, Metrics: []warehouse.MetricSummary{m}})
	}
	return out
}

// Nothing raw is published: no minute count, no per-bar contributor count,
// the extremes are bar edges, the outlier's 200 bpm is clamped out of the
// mean, and the figures are noisy (two draws differ).
func TestPrivateStatsPublishNothingRaw(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	a := warehouse.PrivateStats(people(60), 20, 1, r)
	b := warehouse.PrivateStats(people(60), 20, 1, r)
	if len(a) != 1 || len(b) != 1 {
		t.Fatalf("stats %+v", a)
	}
	s := a[0]
	if s.Minutes != 0 || s.Epsilon != 1 || s.People < 40 || s.People > 80 {
		t.Fatalf("published %+v", s)
	}
	for _, bar := range s.Histogram {
		if bar.Contributors != 0 || bar.Minutes != 0 {
			t.Fatalf("bar %+v carries raw counts", bar)
		}
		if bar.People != 0 && (math.Mod(bar.Lo-30, 15) != 0 || bar.Hi-bar.Lo != 15) {
			t.Fatalf("bar %+v is not a fixed public bar", bar)
		}
	}
	if math.Mod(s.Min-30, 15) != 0 || math.Mod(s.Max-30, 15) != 0 {
		t.Fatalf("min %g / max %g are not bar edges", s.Min, s.Max)
	}
	if s.Mean < 40 || s.Mean > 120 || a[0].Mean == b[0].Mean && a[0].P50 == b[0].P50 && a[0].People == b[0].People {
		t.Fatalf("means %g and %g: outside the clamp range, or no noise", a[0].Mean, b[0].Mean)
	}
}

func TestPrivateStatsRefuseEpsilonWithoutAGuarantee(t *testing.T) {
	for _, eps := range []float64{0, -1, math.NaN(), math.Inf(1)} {
		if got := warehouse.PrivateStats(people(60), 20, eps, nil); got != nil {
			t.Fatalf("epsilon %g published %+v", eps, got)
		}
	}
	if got := warehouse.PrivateStats(people(60), 20, 1, nil); len(got) != 1 {
		t.Fatalf("crypto-seeded noise published %+v", got)
	}
}
