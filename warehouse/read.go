package warehouse

import (
	"cmp"
	"slices"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
)

// The read side used by the cohorter: features per contributor, catalog
// statistics and bundle export. Every read is limited to a Scope, so a
// snapshot keeps meaning the same rows however much data arrives later.

// Scope selects merged minute rows: minutes in [From, To) of batches stored
// by write Through (and, for snapshots made before writes were numbered,
// received before ReceivedBefore). A zero bound does not bound.
type Scope struct {
	From, To       time.Time
	Through        int64
	ReceivedBefore time.Time
}

// Window is a span of whole UTC days, [From, To), as the daily summaries
// keep them.
type Window struct{ From, To time.Time }

// DayWindow returns the window of the given number of whole days that ends
// with the day holding t (today included, so the freshest data counts).
func DayWindow(t time.Time, days int) Window {
	to := t.UTC().Truncate(24 * time.Hour).Add(24 * time.Hour)
	return Window{From: to.AddDate(0, 0, -days), To: to}
}

// FeatureSet is every contributor's summary in a window, as of write Through:
// exporting a scope bounded by Through yields exactly the rows summarized.
type FeatureSet struct {
	Features []Feature
	Through  int64
}

// Feature summarizes one contributor's data in a window.
type Feature struct {
	PID          string
	DeviceType   string  // the device type with the most minute rows
	Minutes      int64   // distinct minutes with any reading: the contribution weight
	Days         int     // days with any reading
	CoverageDays int     // days with at least the requested minutes
	Rows         int64   // (metric, minute) rollups: what a bundle holds of this member, about
	Steps        float64 // total steps
	StepDays     int     // days with step data
	Activity     float64 // total accelerometer activity counts
	Digest       []byte  // SHA-256 over the member's summaries: changes whenever its data does
	Metrics      []MetricSummary
}

// MetricSummary is one contributor's per-minute means of one metric over a
// window: what catalog statistics are computed from.
type MetricSummary struct {
	Metric  string
	Days    int     // days with readings
	Minutes int64   // minute rollups
	Samples int64   // readings
	MeanSum float64 // sum of per-minute means
	MeanSq  float64 // sum of their squares
	Hist    [SummaryBins]int64
}

// Day is one contributor's data on one UTC day.
type Day struct {
	Day     time.Time
	Minutes int // distinct minutes with any reading
	Metrics []DayMetric
}

// DayMetric is one metric's readings on one day, over all device types.
type DayMetric struct {
	Metric   string
	Minutes  int64 // minute rollups
	N        int64 // samples
	Sum      float64
	Min, Max float64
}

// MetricStats describes one metric over a set of contributors, for the catalog.
type MetricStats struct {
	Metric    string  `json:"metric"`
	People    float64 `json:"people,omitempty"`  // noisy count of people with the metric (PrivateStats)
	Epsilon   float64 `json:"epsilon,omitempty"` // differential privacy spent on this metric (PrivateStats)
	Minutes   int64   `json:"minutes,omitempty"` // exact minutes (CohortStats only)
	Mean      float64 `json:"mean"`
	P10       float64 `json:"p10"`
	P50       float64 `json:"p50"`
	P90       float64 `json:"p90"`
	Min       float64 `json:"min"` // lower edge of the lowest non-empty bar
	Max       float64 `json:"max"` // upper edge of the highest non-empty bar
	Histogram []Bin   `json:"histogram"`
}

// Bin is one histogram bar of per-minute means.
type Bin struct {
	Lo           float64 `json:"lo"`
	Hi           float64 `json:"hi"`
	Minutes      int64   `json:"minutes,omitempty"`      // exact (CohortStats only)
	People       float64 `json:"people,omitempty"`       // noisy person shares (PrivateStats)
	Contributors int64   `json:"contributors,omitempty"` // never published
}

// HistogramBins is the number of bars per metric histogram; each bar joins
// SummaryBins/HistogramBins adjacent summary bins.
const HistogramBins = 12

// ExportMember maps a contributor pseudonym to its bundle participant number
// and time offset.
type ExportMember struct {
	PID         string
	Participant int32
	OffsetMs    int64
	Rows        int64 // expected rows (from the snapshot); bounds how many members one query takes
}

// ExportQueryRows bounds the rows one export query produces: engines may hold
// a whole query result in memory, so members are exported in slices.
const ExportQueryRows = 1 << 19

// exportSlices splits members, ordered by participant, into slices of about
// ExportQueryRows expected rows each.
func exportSlices(members []ExportMember) [][]ExportMember {
	ms := slices.Clone(members)
	slices.SortFunc(ms, func(a, b ExportMember) int { return cmp.Compare(a.Participant, b.Participant) })
	var out [][]ExportMember
	var rows int64
	start := 0
	for i, m := range ms {
		if i > start && rows+m.Rows > ExportQueryRows {
			out = append(out, ms[start:i])
			start, rows = i, 0
		}
		rows += max(m.Rows, 1)
	}
	if start < len(ms) {
		out = append(out, ms[start:])
	}
	return out
}

// ExportSchema is the schema of the record batches Export streams, ordered by
// participant, minute and metric; minute_ms is already shifted by the
// participant's offset.
var ExportSchema = arrow.NewSchema([]arrow.Field{
	{Name: "participant", Type: arrow.PrimitiveTypes.Int32},
	{Name: "minute_ms", Type: arrow.PrimitiveTypes.Int64},
	{Name: "metric", Type: arrow.BinaryTypes.String},
	{Name: "n", Type: arrow.PrimitiveTypes.Int32},
	{Name: "sum", Type: arrow.PrimitiveTypes.Float64},
	{Name: "min", Type: arrow.PrimitiveTypes.Float64},
	{Name: "max", Type: arrow.PrimitiveTypes.Float64},
}, nil)

// ExportBatchRows is how many rows an Export hands over per record batch at most.
const ExportBatchRows = 64 * 1024

// DeviceMinute is one device's merged rollup of one metric for one minute.
type DeviceMinute struct {
	Source   uint64
	PID      string
	Metric   string
	MinuteMs int64
	N        int64
	Sum      float64
	Min, Max float64
}
