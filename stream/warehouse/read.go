package warehouse

import "time"

// The read side used by the cohorter: features per contributor, catalog
// statistics and bundle export. Every read is limited to a Scope, so a
// snapshot keeps meaning the same rows however much data arrives later.

// Scope selects merged minute rows: minutes in [From, To) of batches the
// warehouse received before ReceivedBefore.
type Scope struct {
	From, To       time.Time
	ReceivedBefore time.Time
}

// Feature summarizes one contributor's data in a scope.
type Feature struct {
	PID          string
	DeviceType   string  // the device type with the most minute rows
	Minutes      int64   // distinct minutes with any reading: the contribution weight
	Days         int     // days with any reading
	CoverageDays int     // days with at least the requested minutes
	Rows         int64   // merged (pid, metric, minute) rows
	Steps        float64 // total steps
	StepDays     int     // days with step data
	Activity     float64 // total accelerometer activity counts
	Digest       []byte  // SHA-256 over the member's rows in canonical order
}

// MetricStats describes one metric over a set of contributors, for the catalog.
type MetricStats struct {
	Metric    string  `json:"metric"`
	Minutes   int64   `json:"minutes"`
	Mean      float64 `json:"mean"`
	P10       float64 `json:"p10"`
	P50       float64 `json:"p50"`
	P90       float64 `json:"p90"`
	Min       float64 `json:"min"`
	Max       float64 `json:"max"`
	Histogram []Bin   `json:"histogram"`
}

// Bin is one histogram bar of per-minute means.
type Bin struct {
	Lo           float64 `json:"lo"`
	Hi           float64 `json:"hi"`
	Minutes      int64   `json:"minutes"`
	Contributors int64   `json:"contributors"`
}

// HistogramBins is the number of bars per metric histogram.
const HistogramBins = 10

// ExportMember maps a contributor pseudonym to its bundle participant number
// and time offset.
type ExportMember struct {
	PID         string
	Participant int32
	OffsetMs    int64
}

// MinuteBatch is a slice of exported rows, column by column, ordered by
// participant, minute and metric. Minute is already shifted by the offset.
type MinuteBatch struct {
	Participant []int32
	MinuteMs    []int64
	Metric      []string
	N           []int32
	Sum         []float64
	Min         []float64
	Max         []float64
}

// Len returns the number of rows.
func (b *MinuteBatch) Len() int { return len(b.MinuteMs) }

func (b *MinuteBatch) reset() {
	b.Participant, b.MinuteMs, b.Metric, b.N, b.Sum, b.Min, b.Max = b.Participant[:0], b.MinuteMs[:0], b.Metric[:0], b.N[:0], b.Sum[:0], b.Min[:0], b.Max[:0]
}

// ExportBatchRows is how many rows an Export hands over per call.
const ExportBatchRows = 64 * 1024
