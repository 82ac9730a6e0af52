package frame

import "fmt"

// Metric identifies what a channel measures. The numeric values are part of the
// wire format: never renumber, only append.
type Metric uint8

const (
	HeartRate   Metric = 1 // beats per minute
	RRInterval  Metric = 2 // milliseconds between beats (HRV)
	SpO2        Metric = 3 // blood oxygen saturation, percent
	SkinTemp    Metric = 4 // skin temperature, degrees Celsius
	Steps       Metric = 5 // steps counted during the sample interval
	Activity    Metric = 6 // accelerometer activity counts during the interval
	Battery     Metric = 7 // battery charge, percent
	maxMetricID        = Battery
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
	HeartRate:  {"heart_rate", "bpm", 1, 25, 250},
	RRInterval: {"rr_interval", "ms", 1, 200, 2500},
	SpO2:       {"spo2", "%", 0.1, 500, 1000},
	SkinTemp:   {"skin_temp", "°C", 0.01, 2000, 4500},
	Steps:      {"steps", "steps", 1, 0, 1000},
	Activity:   {"activity", "counts", 1, 0, 65535},
	Battery:    {"battery", "%", 1, 0, 100},
}

// Metrics lists every metric in wire order.
var Metrics = []Metric{HeartRate, RRInterval, SpO2, SkinTemp, Steps, Activity, Battery}

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
