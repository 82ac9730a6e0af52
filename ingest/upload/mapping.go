package upload

import (
	"fmt"
	"math"
	"strings"

	"rhd.dev/firmware/frame"
)

// Source is a family of files an upload may be.
type Source string

const (
	SourceRHD    Source = "rhd CSV / JSON"
	SourceApple  Source = "Apple Health export.xml"
	SourceOMH    Source = "Open mHealth / IEEE 1752"
	SourceFHIR   Source = "FHIR R4 Observation"
	SourceFIT    Source = "Garmin FIT"
	SourceFitbit Source = "Fitbit (Google Takeout)"
)

// Kind says how a value over a time interval becomes readings.
type Kind int

const (
	// Sample is a value at an instant. Over an interval it is kept only as
	// an average or median of at most MaxSampleSpan, at the interval's
	// middle; anything else (a minimum, a daily figure) is a Summary.
	Sample Kind = iota
	// Count is a total over its interval (steps): spread evenly over the
	// interval's minutes, integers kept whole, when the interval is at most
	// MaxCountSpan; a longer total (a daily step count) says nothing about
	// any minute and is a Summary.
	Count
	// Span is a state that holds for every minute of its interval (asleep):
	// one reading per minute, for intervals of at most MaxSpan.
	Span
)

// Longest intervals a value may cover and still become readings.
const (
	MaxSampleSpan = 60 * 60 * 1000      // an average over an hour at most
	MaxCountSpan  = 60 * 60 * 1000      // steps counted over an hour at most
	MaxSpan       = 24 * 60 * 60 * 1000 // a sleep episode of a day at most
)

// Mapping is one row of the mapping table: a source's field, the metric it
// becomes, the units it may come in and how an interval is read.
type Mapping struct {
	Source Source
	Field  string // the source's name for the value
	Metric frame.Metric
	Units  string // units the file may give, converted with convert; "fixed" when the field fixes them
	Kind   Kind
	Note   string
}

// Mappings is the one table from every source's fields to the platform's
// metrics; every parser looks its fields up here, and docs/formats.md shows
// it (TestMappingTableIsDocumented keeps the two equal).
var Mappings = []Mapping{
	{SourceRHD, "heart_rate … sleep (every metric by name)", 0, "the metric's own", Sample, "CSV time,metric,value or JSON [{time, metric, value}]"},

	{SourceApple, "HKQuantityTypeIdentifierHeartRate", frame.HeartRate, "count/min", Sample, ""},
	{SourceApple, "HKQuantityTypeIdentifierStepCount", frame.Steps, "count", Count, "startDate–endDate"},
	{SourceApple, "HKQuantityTypeIdentifierOxygenSaturation", frame.SpO2, "% (HealthKit writes a fraction, 0.97)", Sample, "×100"},
	{SourceApple, "HKQuantityTypeIdentifierRespiratoryRate", frame.Respiration, "count/min", Sample, ""},
	{SourceApple, "HKQuantityTypeIdentifierBodyTemperature", frame.BodyTemp, "degC, degF", Sample, ""},
	{SourceApple, "HKQuantityTypeIdentifierAppleSleepingWristTemperature", frame.SkinTemp, "degC, degF", Sample, ""},
	{SourceApple, "HKQuantityTypeIdentifierHeartRateVariabilitySDNN", frame.HRVSDNN, "ms", Sample, ""},
	{SourceApple, "HKCategoryTypeIdentifierSleepAnalysis", frame.Sleep, "fixed", Span, "Asleep* → 1, Awake → 0, InBed left out"},

	{SourceOMH, "heart-rate: heart_rate", frame.HeartRate, "beats/min", Sample, ""},
	{SourceOMH, "step-count: step_count", frame.Steps, "steps (or a bare number)", Count, ""},
	{SourceOMH, "oxygen-saturation: oxygen_saturation", frame.SpO2, "%", Sample, ""},
	{SourceOMH, "body-temperature: body_temperature", frame.BodyTemp, "C, F, K", Sample, ""},
	{SourceOMH, "heart-rate-variability: heart_rate_variability (algorithm SDNN or none)", frame.HRVSDNN, "ms, s", Sample, ""},
	{SourceOMH, "heart-rate-variability: heart_rate_variability (algorithm RMSSD)", frame.HRVRMSSD, "ms, s", Sample, ""},
	{SourceOMH, "respiratory-rate: respiratory_rate", frame.Respiration, "breaths/min", Sample, ""},
	{SourceOMH, "sleep-episode: effective_time_frame", frame.Sleep, "fixed", Span, "total_sleep_time ÷ episode length per minute"},

	{SourceFHIR, "LOINC 8867-4 heart rate", frame.HeartRate, "/min, {beats}/min", Sample, "valueQuantity or a component"},
	{SourceFHIR, "LOINC 2708-6 oxygen saturation", frame.SpO2, "%", Sample, ""},
	{SourceFHIR, "LOINC 59408-5 oxygen saturation (pulse oximetry)", frame.SpO2, "%", Sample, ""},
	{SourceFHIR, "LOINC 55423-8 number of steps", frame.Steps, "{steps}, 1, /{tot}", Count, "effectivePeriod"},
	{SourceFHIR, "LOINC 80404-7 R-R interval SDNN", frame.HRVSDNN, "ms, s", Sample, ""},
	{SourceFHIR, "LOINC 8310-5 body temperature", frame.BodyTemp, "Cel, [degF], K", Sample, ""},
	{SourceFHIR, "LOINC 9279-1 respiratory rate", frame.Respiration, "/min, {breaths}/min", Sample, ""},

	{SourceFIT, "record.heart_rate", frame.HeartRate, "fixed (bpm)", Sample, ""},
	{SourceFIT, "record.enhanced_respiration_rate", frame.Respiration, "fixed (breaths/min ×100)", Sample, ""},
	{SourceFIT, "record.core_temperature", frame.BodyTemp, "fixed (°C ×100)", Sample, ""},
	{SourceFIT, "record.saturated_hemoglobin_percent", frame.SpO2, "fixed (% ×10)", Sample, ""},
	{SourceFIT, "record.current_stress", frame.Stress, "fixed (×100)", Sample, ""},
	{SourceFIT, "monitoring.heart_rate", frame.HeartRate, "fixed (bpm)", Sample, "timestamp or timestamp_16"},
	{SourceFIT, "monitoring.steps (cycles while walking or running)", frame.Steps, "fixed (accumulated per activity type)", Count, "difference to the previous message of the same activity type"},
	{SourceFIT, "hrv.time", frame.RRInterval, "fixed (s ×1000)", Sample, "beats follow the last timestamp"},
	{SourceFIT, "hrv_value.value", frame.HRVRMSSD, "fixed (ms ×128)", Sample, "5-minute RMSSD"},
	{SourceFIT, "spo2_data.reading_spo2", frame.SpO2, "fixed (%)", Sample, ""},
	{SourceFIT, "respiration_rate.respiration_rate", frame.Respiration, "fixed (breaths/min ×100)", Sample, "negative values (off wrist, motion) left out"},
	{SourceFIT, "stress_level.stress_level_value", frame.Stress, "fixed (0–100)", Sample, "negative values (not measured) left out"},

	{SourceFitbit, "heart_rate-*.json value.bpm", frame.HeartRate, "fixed (bpm)", Sample, "dateTime read as UTC"},
	{SourceFitbit, "steps-*.json value", frame.Steps, "fixed (steps per minute)", Sample, "dateTime read as UTC"},
	{SourceFitbit, "sleep-*.json levels.data", frame.Sleep, "fixed", Span, "wake/awake/restless → 0, light/deep/rem/asleep → 1"},
}

// mappingOf finds a source's field in Mappings.
var mappingOf = func() map[Source]map[string]Mapping {
	out := map[Source]map[string]Mapping{}
	for _, m := range Mappings {
		if out[m.Source] == nil {
			out[m.Source] = map[string]Mapping{}
		}
		out[m.Source][m.Field] = m
	}
	return out
}()

// lookup returns the mapping of a source's field; it panics on a field not
// in the table, which is a programming error caught by every test.
func lookup(src Source, field string) Mapping {
	m, ok := mappingOf[src][field]
	if !ok {
		panic("upload: no mapping for " + string(src) + " " + field)
	}
	return m
}

// convert turns v in unit into m's own unit (frame.Metric.Unit). Units are
// UCUM codes (FHIR), Open mHealth and HealthKit names; a unit not listed
// for the metric's kind of quantity is not converted (ok false), so a
// heart rate in kg or a temperature in % is refused, not stored.
func convert(m frame.Metric, unit string, v float64) (float64, bool) {
	u := strings.TrimSpace(unit)
	switch m {
	case frame.HeartRate, frame.Respiration:
		switch u {
		case "/min", "1/min", "bpm", "beats/min", "breaths/min", "count/min", "{beats}/min", "{beat}/min", "{Beats}/min",
			"{breaths}/min", "{Breaths}/min", "{breath}/min", "{counts}/min":
			return v, true
		case "/s", "Hz", "1/s":
			return v * 60, true
		}
	case frame.SpO2:
		switch u {
		case "%", "percent":
			return v, true
		case "fraction", "1", "{ratio}":
			return v * 100, true
		}
	case frame.SkinTemp, frame.BodyTemp:
		switch u {
		case "Cel", "C", "degC", "°C", "cel":
			return v, true
		case "[degF]", "F", "degF", "°F":
			return (v - 32) * 5 / 9, true
		case "K":
			return v - 273.15, true
		}
	case frame.RRInterval, frame.HRVSDNN, frame.HRVRMSSD:
		switch u {
		case "ms", "msec":
			return v, true
		case "s", "sec":
			return v * 1000, true
		}
	case frame.Steps:
		switch u {
		case "", "steps", "{steps}", "{step}", "count", "{count}", "1", "/{tot}", "{tot}":
			return v, true
		}
	case frame.Stress, frame.Sleep, frame.Activity, frame.Battery:
		return v, u == "" || u == m.Unit()
	}
	return math.NaN(), false
}

// MappingTable renders Mappings as the Markdown table docs/formats.md shows.
func MappingTable() string {
	var b strings.Builder
	b.WriteString("| source | field | metric | units converted | read as | note |\n|---|---|---|---|---|---|\n")
	kinds := map[Kind]string{Sample: "sample", Count: "count", Span: "span"}
	for _, m := range Mappings {
		metric := "—"
		if m.Metric.Valid() {
			metric = fmt.Sprintf("`%s` (%s)", m.Metric, m.Metric.Unit())
		}
		fmt.Fprintf(&b, "| %s | `%s` | %s | %s | %s | %s |\n", m.Source, m.Field, metric, m.Units, kinds[m.Kind], m.Note)
	}
	return b.String()
}
