package frame

import "fmt"

// Metric identifies what a channel measures. The numeric values are part of the
// wire format: never renumber, only append.
type Metric uint8

const (
	HeartRate   Metric = 1  // beats per minute
	RRInterval  Metric = 2  // milliseconds between beats (HRV)
	SpO2        Metric = 3  // blood oxygen saturation, percent
	SkinTemp    Metric = 4  // skin temperature, degrees Celsius
	Steps       Metric = 5  // steps counted during the sample interval
	Activity    Metric = 6  // accelerometer activity counts during the interval
	Battery     Metric = 7  // battery charge, percent
	Respiration Metric = 8  // respiration rate, breaths per minute
	BodyTemp    Metric = 9  // body (core or oral) temperature, degrees Celsius
	Stress      Metric = 10 // stress score 0–100 (Garmin's scale)
	HRVSDNN     Metric = 11 // heart-rate variability, SDNN over the reading's window, ms
	HRVRMSSD    Metric = 12 // heart-rate variability, RMSSD over the reading's window, ms
	Sleep       Metric = 13 // share of the minute asleep, 0–1 (1 asleep, 0 awake in bed)
	maxMetricID        = Sleep
)

// metricSpec says how a raw uint16 maps to a physical value and which raw
// values are physiologically or physically plausible.
type metricSpec struct {
	name   string
	unit   string
	scale  float64 // physical value = raw * scale
	minRaw uint16
	maxRaw uint16
}

var specs = [maxMetricID + 1]metricSpec{
	HeartRate:   {"heart_rate", "bpm", 1, 25, 250},
	RRInterval:  {"rr_interval", "ms", 1, 200, 2500},
	SpO2:        {"spo2", "%", 0.1, 500, 1000},
	SkinTemp:    {"skin_temp", "°C", 0.01, 2000, 4500},
	Steps:       {"steps", "steps", 1, 0, 1000},
	Activity:    {"activity", "counts", 1, 0, 65535},
	Battery:     {"battery", "%", 1, 0, 100},
	Respiration: {"respiration_rate", "breaths/min", 0.1, 30, 700},
	BodyTemp:    {"body_temp", "°C", 0.01, 3000, 4500},
	Stress:      {"stress", "score", 1, 0, 100},
	HRVSDNN:     {"hrv_sdnn", "ms", 0.1, 10, 5000},
	HRVRMSSD:    {"hrv_rmssd", "ms", 0.1, 10, 5000},
	Sleep:       {"sleep", "share asleep", 0.01, 0, 100},
}

// Metrics lists every metric in wire order.
var Metrics = []Metric{HeartRate, RRInterval, SpO2, SkinTemp, Steps, Activity, Battery,
	Respiration, BodyTemp, Stress, HRVSDNN, HRVRMSSD, Sleep}

// NumMetrics bounds metric ids: arrays indexed by Metric have this length.
const NumMetrics = int(maxMetricID) + 1

// Valid reports whether m is a metric this version of the format knows.
func (m Metric) Valid() bool { return m >= HeartRate && m <= maxMetricID }

// String returns the metric's stable snake_case name (used as a column value).
func (m Metric) String() string {
	if !m.Valid() {
		return fmt.Sprintf("metric(%d)", uint8(m))
	}
	return specs[m].name
}

// Unit returns the physical unit of the metric's values.
func (m Metric) Unit() string {
	if !m.Valid() {
		return ""
	}
	return specs[m].unit
}

// Scale returns the factor from raw wire value to physical value.
func (m Metric) Scale() float64 {
	if !m.Valid() {
		return 0
	}
	return specs[m].scale
}

// Value converts a raw wire value to its physical value.
func (m Metric) Value(raw uint16) float64 { return float64(raw) * m.Scale() }

// Raw converts a physical value to the nearest raw wire value, clamped to uint16.
func (m Metric) Raw(v float64) uint16 {
	r := v/m.Scale() + 0.5
	switch {
	case r < 0:
		return 0
	case r > 65535:
		return 65535
	}
	return uint16(r)
}

// InRange reports whether raw is a plausible reading for m.
func (m Metric) InRange(raw uint16) bool {
	if !m.Valid() {
		return false
	}
	s := &specs[m]
	return raw >= s.minRaw && raw <= s.maxRaw
}

// ParseMetric returns the metric with the given name.
func ParseMetric(name string) (Metric, bool) {
	for _, m := range Metrics {
		if specs[m].name == name {
			return m, true
		}
	}
	return 0, false
}

// RawRange returns the plausible raw values of m, inclusive.
func (m Metric) RawRange() (lo, hi uint16) {
	if !m.Valid() {
		return 1, 0
	}
	return specs[m].minRaw, specs[m].maxRaw
}
