package warehouse

import (
	"slices"
)

// CohortStats describes each metric over members exactly, from their window
// summaries alone: no minute row is read. Quantiles interpolate within the
// fixed summary bins. A bar fed by fewer than k members is empty, and no bar
// says how many members feed it. Exact figures of two overlapping member
// sets give away their difference: the catalog publishes PrivateStats.
func CohortStats(members []Feature, k int) []MetricStats {
	type acc struct {
		minutes int64
		meanSum float64
		hist    [SummaryBins]int64
		feeders [HistogramBins]int64
	}
	by := map[string]*acc{}
	for _, f := range members {
		for _, m := range f.Metrics {
			if m.Minutes == 0 {
				continue
			}
			a := by[m.Metric]
			if a == nil {
				a = &acc{}
				by[m.Metric] = a
			}
			a.minutes += m.Minutes
			a.meanSum += m.MeanSum
			var fed [HistogramBins]bool
			for i, c := range m.Hist {
				a.hist[i] += c
				if c > 0 {
					fed[i*HistogramBins/SummaryBins] = true
				}
			}
			for i, ok := range fed {
				if ok {
					a.feeders[i]++
				}
			}
		}
	}
	names := make([]string, 0, len(by))
	for name := range by {
		names = append(names, name)
	}
	slices.Sort(names)
	out := make([]MetricStats, 0, len(names))
	for _, name := range names {
		a := by[name]
		e := edgesOf(name)
		s := MetricStats{Metric: name, Minutes: a.minutes, Mean: a.meanSum / float64(a.minutes),
			P10: quantile(a.hist, e, 0.1), P50: quantile(a.hist, e, 0.5), P90: quantile(a.hist, e, 0.9)}
		per := SummaryBins / HistogramBins
		s.Histogram = make([]Bin, HistogramBins)
		lowest, highest := -1, -1
		for i := range s.Histogram {
			b := &s.Histogram[i]
			b.Lo, b.Hi = e.lo+float64(i*per)*e.width, e.lo+float64((i+1)*per)*e.width
			if a.feeders[i] < int64(k) {
				continue
			}
			for j := i * per; j < (i+1)*per; j++ {
				b.Minutes += a.hist[j]
			}
			if b.Minutes > 0 {
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

// quantile returns the q-quantile of values counted in hist, assuming values
// spread evenly within a bin.
func quantile(hist [SummaryBins]int64, e binEdges, q float64) float64 {
	var total int64
	for _, c := range hist {
		total += c
	}
	if total == 0 {
		return 0
	}
	target := q * float64(total)
	var below float64
	for i, c := range hist {
		if c > 0 && below+float64(c) >= target {
			return e.lo + (float64(i)+(target-below)/float64(c))*e.width
		}
		below += float64(c)
	}
	return e.lo + SummaryBins*e.width
}
