package warehouse

import (
	crand "crypto/rand"
	"math"
	"math/rand/v2"
	"slices"
)

// Catalog statistics are ε-differentially private per metric and release
// (Laplace mechanism, add/remove-one-person neighbours). Each person counts
// once per metric, whatever their minutes: their own mean, clamped to a
// public range, and their minutes' shares of the fixed bins (summing to 1).
// The ε of a metric is split between the three queries below; every other
// published figure (quantiles, bar edges, rounding) is computed from their
// noisy answers alone.
const (
	shareCount = 0.2 // of ε: people with the metric
	shareSum   = 0.5 // of ε: sum of clamped personal means
	shareHist  = 0.3 // of ε: per-bin sums of personal minute shares
)

// meanRanges are public bounds of one person's mean per metric; a mean
// outside is clamped (it bounds what one person can move the sum by).
// Metrics not listed use their histogram's range.
var meanRanges = map[string][2]float64{
	"heart_rate":  {40, 120},
	"rr_interval": {500, 1500},
	"spo2":        {90, 100},
	"skin_temp":   {30, 37},
	"steps":       {0, 60},
	"activity":    {0, 1000},
	"battery":     {0, 100},
}

// MeanRange is the public range one person's mean of metric is clamped to.
func MeanRange(metric string) (lo, hi float64) {
	if r, ok := meanRanges[metric]; ok {
		return r[0], r[1]
	}
	e := edgesOf(metric)
	return e.lo, e.lo + SummaryBins*e.width
}

// NoiseScales are the Laplace scales of one metric's queries at epsilon:
// people counted, sum of clamped means, and each bin of person shares.
func NoiseScales(metric string, epsilon float64) (count, sum, bin float64) {
	lo, hi := MeanRange(metric)
	return 1 / (shareCount * epsilon), (hi - lo) / 2 / (shareSum * epsilon), 1 / (shareHist * epsilon)
}

// PublicMetrics are the metrics the catalog describes, sorted: every
// release draws noise for each of them whether or not any member has it, so
// which metrics a cohort shows is decided by a noisy count alone.
func PublicMetrics() []string {
	names := make([]string, 0, len(metricBins))
	for name := range metricBins {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// spuriousScales is how many Laplace scales of the count a metric's noisy
// count of people must reach to be shown, at least: a metric nobody in the
// cohort has then shows with probability ½·e⁻³ ≈ 2.5 % per release.
const spuriousScales = 3

// PresenceThreshold is the noisy count of people from which a metric is
// shown: half of k, and never less than spuriousScales count noise scales.
func PresenceThreshold(k int, epsilon float64) float64 {
	bCount, _, _ := NoiseScales("", epsilon)
	return max(float64(k)/2, spuriousScales*bCount)
}

// PrivateStats describes each public metric over members with ε = epsilon
// per metric (so one release spends, for one person, epsilon × the number
// of metrics they have). r draws the noise; nil uses a generator seeded
// from crypto/rand. Every metric of PublicMetrics is noised, whether or not
// anyone has it, and shown only when its noisy count of people reaches
// PresenceThreshold: whether a metric shows is then ε-DP too (a metric one
// member has shows at most e^(ε·0.2) times as often as with nobody), at the
// price that a metric nobody has sometimes shows, made of noise alone.
// Metrics outside the public list are never published. No raw minimum,
// maximum, minute count or per-bar contributor count is published; an
// epsilon that is not positive and finite publishes nothing.
func PrivateStats(members []Feature, k int, epsilon float64, r *rand.Rand) []MetricStats {
	if !(epsilon > 0) || math.IsInf(epsilon, 1) {
		return nil // no guarantee, no statistics
	}
	if r == nil {
		r = NoiseSource()
	}
	type acc struct {
		people int
		sum    float64 // of clamped personal means, centred
		shares [SummaryBins]float64
	}
	names := PublicMetrics()
	by := make(map[string]*acc, len(names))
	for _, name := range names {
		by[name] = &acc{}
	}
	for _, f := range members {
		for _, m := range f.Metrics {
			a := by[m.Metric]
			if m.Minutes == 0 || a == nil {
				continue
			}
			lo, hi := MeanRange(m.Metric)
			a.people++
			a.sum += min(max(m.MeanSum/float64(m.Minutes), lo), hi) - (lo+hi)/2
			var total int64
			for _, c := range m.Hist {
				total += c
			}
			for i, c := range m.Hist {
				if total > 0 {
					a.shares[i] += float64(c) / float64(total)
				}
			}
		}
	}
	// The noise is drawn in a fixed order (names are sorted).
	out := make([]MetricStats, 0, len(names))
	threshold := PresenceThreshold(k, epsilon)
	per := SummaryBins / HistogramBins
	for _, name := range names {
		a := by[name]
		bCount, bSum, bBin := NoiseScales(name, epsilon)
		lo, hi := MeanRange(name)
		people := float64(a.people) + laplace(r, bCount)
		sum := a.sum + laplace(r, bSum)
		var bars [HistogramBins]float64
		for i := range bars {
			for j := i * per; j < (i+1)*per; j++ {
				bars[i] += a.shares[j]
			}
			bars[i] += laplace(r, bBin)
			// A bar within twice the noise scale of nothing is shown empty:
			// otherwise every empty bar would show the noise.
			if bars[i] < 2*bBin {
				bars[i] = 0
			}
		}
		// Cohorts hold at least k people; a metric most of them lack is
		// left out, and so, mostly, is one nobody has.
		if people < threshold {
			continue
		}
		e := edgesOf(name)
		s := MetricStats{Metric: name, People: math.Round(people), Epsilon: epsilon,
			Mean: round1(min(max((lo+hi)/2+sum/max(people, 1), lo), hi)),
			P10:  round1(barQuantile(bars, e, 0.1)), P50: round1(barQuantile(bars, e, 0.5)), P90: round1(barQuantile(bars, e, 0.9))}
		s.Histogram = make([]Bin, HistogramBins)
		lowest, highest := -1, -1
		for i := range s.Histogram {
			b := &s.Histogram[i]
			b.Lo, b.Hi = e.lo+float64(i*per)*e.width, e.lo+float64((i+1)*per)*e.width
			b.People = round1(bars[i])
			if b.People > 0 {
				if lowest < 0 {
					lowest = i
				}
				highest = i
			}
		}
		if lowest >= 0 {
			s.Min, s.Max = s.Histogram[lowest].Lo, s.Histogram[highest].Hi
		}
		out = append(out, s)
	}
	return out
}

// NoiseSource is a generator for privacy noise seeded from crypto/rand.
func NoiseSource() *rand.Rand {
	var seed [32]byte
	crand.Read(seed[:])
	return rand.New(rand.NewChaCha8(seed))
}

// Laplace draws from Laplace(0, b).
func Laplace(r *rand.Rand, b float64) float64 { return laplace(r, b) }

func laplace(r *rand.Rand, b float64) float64 {
	u := r.Float64() - 0.5
	for u == -0.5 { // ln(0)
		u = r.Float64() - 0.5
	}
	return -b * math.Copysign(math.Log(1-2*math.Abs(u)), u)
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

// barQuantile is the q-quantile of a histogram of person shares in
// HistogramBins bars, assuming values spread evenly within a bar.
func barQuantile(bars [HistogramBins]float64, e binEdges, q float64) float64 {
	var total float64
	for _, c := range bars {
		total += c
	}
	if total == 0 {
		return 0
	}
	width := e.width * SummaryBins / HistogramBins
	target := q * total
	var below float64
	for i, c := range bars {
		if c > 0 && below+c >= target {
			return e.lo + (float64(i)+(target-below)/c)*width
		}
		below += c
	}
	return e.lo + HistogramBins*width
}
