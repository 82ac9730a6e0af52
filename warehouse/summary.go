package warehouse

import (
	"math"
	"math/bits"
	"time"
)

// Daily summaries are what every periodic reader uses (cohorter features,
// catalog statistics, a contributor's own data): one row per contributor ×
// device type × metric × day and one minute set per contributor × day,
// updated in the same transaction as the batches they summarize. A read
// therefore costs what the days in its window hold, however long the
// history and however many minute rows lie behind them.

// dayMinutes is the number of minutes in a UTC day.
const dayMinutes = 24 * 60

// minuteSet is the set of minutes of one day that hold any reading: minute i
// is bit 7−i%8 of byte i/8, the layout of DuckDB's BIT cast from a BLOB.
// Union, not a sum, is what makes a minute count once however many devices,
// uploads or batches it arrives in.
type minuteSet [dayMinutes / 8]byte

func (s *minuteSet) add(minute int) { s[minute/8] |= 0x80 >> (minute % 8) }

func (s *minuteSet) union(o *minuteSet) {
	for i := range s {
		s[i] |= o[i]
	}
}

func (s *minuteSet) count() int {
	n := 0
	for _, b := range s {
		n += bits.OnesCount8(b)
	}
	return n
}

// SummaryBins is how many fixed-width bins of per-minute means each metric's
// distribution keeps per day. The edges are public constants per metric (not
// taken from anyone's data), so a published histogram reveals no extreme.
const SummaryBins = 36

// binEdges is a metric's lowest bin edge and bin width; values outside fall
// into the first or last bin.
type binEdges struct{ lo, width float64 }

var metricBins = map[string]binEdges{
	"heart_rate":       {30, 5},    // 30–210 bpm
	"rr_interval":      {300, 50},  // 300–2100 ms
	"spo2":             {82, 0.5},  // 82–100 %
	"skin_temp":        {28, 0.25}, // 28–37 °C
	"steps":            {0, 5},     // 0–180 steps per sample
	"activity":         {0, 100},   // 0–3600 counts per sample
	"battery":          {0, 100.0 / SummaryBins},
	"respiration_rate": {4, 1},                   // 4–40 breaths/min
	"body_temp":        {34.5, 0.125},            // 34.5–39 °C
	"stress":           {0, 100.0 / SummaryBins}, // 0–100
	"hrv_sdnn":         {0, 5},                   // 0–180 ms
	"hrv_rmssd":        {0, 5},                   // 0–180 ms
	"sleep":            {0, 1.0 / SummaryBins},   // share of the minute asleep
}

// edgesOf returns a metric's bin edges; an unknown metric gets 0–36 in unit bins.
func edgesOf(metric string) binEdges {
	if e, ok := metricBins[metric]; ok {
		return e
	}
	return binEdges{0, 1}
}

// binOf returns the bin of value v of metric.
func binOf(metric string, v float64) int {
	e := edgesOf(metric)
	b := math.Floor((v - e.lo) / e.width)
	switch {
	case !(b >= 0): // also NaN
		return 0
	case b >= SummaryBins:
		return SummaryBins - 1
	}
	return int(b)
}

// dayOf returns the UTC day number (days since 1970-01-01) of a time in ms.
func dayOf(ms int64) int64 { return floorDiv(ms, 24*3600*1000) }

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// dayTime returns the start of day number d.
func dayTime(d int64) time.Time { return time.UnixMilli(d * 24 * 3600 * 1000).UTC() }

type dayMetricKey struct {
	pid, deviceType, metric string
	day                     int64
}

// dayMetric summarizes one metric of one contributor's device type for one
// day. Minutes counts minute rollups, so a minute split across two batches
// counts once per batch here (distinct minutes live in the minute set).
type dayMetric struct {
	minutes         uint32
	n               uint64
	sum, min, max   float64
	meanSum, meanSq float64 // of per-minute means
	hist            [SummaryBins]uint32
}

type dayKey struct {
	pid string
	day int64
}

// daySummaries is one write's contribution to the daily summaries.
type daySummaries struct {
	metrics map[dayMetricKey]*dayMetric
	minutes map[dayKey]*minuteSet
}

func (d *daySummaries) reset() {
	if d.metrics == nil {
		d.metrics, d.minutes = map[dayMetricKey]*dayMetric{}, map[dayKey]*minuteSet{}
	}
	clear(d.metrics)
	clear(d.minutes)
}

// add folds the rollups of new batches in w into d: every one into the
// day's minute set, those that claimed their metric-minute (counted, see
// owners.go) into the metric's summary.
func (d *daySummaries) add(w *Write, isNew func(source, seq uint64) bool, counted []bool) {
	u := &w.Rollups
	for i := range u.MinuteMs {
		if !isNew(u.Source[i], u.Seq[i]) || u.N[i] == 0 {
			continue
		}
		ms := u.MinuteMs[i]
		day := dayOf(ms)
		dk := dayKey{u.PID[i], day}
		s := d.minutes[dk]
		if s == nil {
			s = new(minuteSet)
			d.minutes[dk] = s
		}
		s.add(int((ms - day*24*3600*1000) / 60000))
		if !counted[i] {
			continue
		}
		k := dayMetricKey{u.PID[i], u.DeviceType[i], u.Metric[i], day}
		m := d.metrics[k]
		if m == nil {
			m = &dayMetric{min: math.Inf(1), max: math.Inf(-1)}
			d.metrics[k] = m
		}
		mean := u.Sum[i] / float64(u.N[i])
		m.minutes++
		m.n += uint64(u.N[i])
		m.sum += u.Sum[i]
		m.min, m.max = min(m.min, u.Min[i]), max(m.max, u.Max[i])
		m.meanSum += mean
		m.meanSq += mean * mean
		m.hist[binOf(u.Metric[i], mean)]++
	}
}
