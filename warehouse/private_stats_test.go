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
	a := heartRate(warehouse.PrivateStats(people(60), 20, 1, r))
	b := heartRate(warehouse.PrivateStats(people(60), 20, 1, r))
	if a == nil || b == nil {
		t.Fatalf("no heart rate in %+v, %+v", a, b)
	}
	s := *a
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
	if s.Mean < 40 || s.Mean > 120 || a.Mean == b.Mean && a.P50 == b.P50 && a.People == b.People {
		t.Fatalf("means %g and %g: outside the clamp range, or no noise", a.Mean, b.Mean)
	}
}

func TestPrivateStatsRefuseEpsilonWithoutAGuarantee(t *testing.T) {
	for _, eps := range []float64{0, -1, math.NaN(), math.Inf(1)} {
		if got := warehouse.PrivateStats(people(60), 20, eps, nil); got != nil {
			t.Fatalf("epsilon %g published %+v", eps, got)
		}
	}
	if got := warehouse.PrivateStats(people(60), 20, 1, nil); heartRate(got) == nil {
		t.Fatalf("crypto-seeded noise published %+v", got)
	}
}

func heartRate(st []warehouse.MetricStats) *warehouse.MetricStats {
	for i := range st {
		if st[i].Metric == "heart_rate" {
			return &st[i]
		}
	}
	return nil
}

// Every public metric is noised whether anyone has it or not: over many
// releases of people who have only heart rate, each other public metric
// shows in about ½·e⁻³ ≈ 2.5 % of them, heart rate (30 people, shown from
// a noisy 15) in about 97.5 %, and a metric outside the public list never.
func TestPrivateStatsNoiseEveryPublicMetric(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	ps := people(30)
	ps[1].Metrics = append(ps[1].Metrics, warehouse.MetricSummary{Metric: "not_public", Days: 1, Minutes: 100})
	const releases = 4000
	shown := map[string]int{}
	for range releases {
		for _, s := range warehouse.PrivateStats(ps, 20, 1, r) {
			shown[s.Metric]++
		}
	}
	if shown["not_public"] != 0 || shown["heart_rate"] < releases*96/100 {
		t.Fatalf("shown %v in %d releases", shown, releases)
	}
	for _, name := range warehouse.PublicMetrics() {
		if name == "heart_rate" {
			continue
		}
		if rate := float64(shown[name]) / releases; rate < 0.015 || rate > 0.035 {
			t.Errorf("%s, which nobody has, shows in %.3f of releases; want about 0.025", name, rate)
		}
	}
	if th := warehouse.PresenceThreshold(20, 1); th != 15 {
		t.Errorf("presence threshold at k = 20, ε = 1 is %g, want 15 (three count noise scales)", th)
	}
}
