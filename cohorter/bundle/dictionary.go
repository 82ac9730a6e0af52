package bundle

import (
	"strconv"

	"github.com/apache/arrow-go/v18/arrow"

	"rhd.dev/firmware/frame"
)

// Column is one column of one bundle file, as the data dictionary states it.
type Column struct {
	Name string `json:"name"`
	// Type is the Frictionless Table Schema type (string, datetime, integer, number).
	Type string `json:"type"`
	// Unit is a UCUM code for quantities; "UTC" for timestamps; "metric"
	// where the unit is that of the row's metric (see Metrics).
	Unit       string `json:"unit,omitempty"`
	Meaning    string `json:"meaning"`
	Standard   string `json:"standard,omitempty"` // LOINC or Open mHealth equivalent, where one exists
	Derivation string `json:"derivation"`
	arrow      arrow.DataType
}

// Metric is one value of the readings' metric column.
type Metric struct {
	Name    string `json:"name"`
	UCUM    string `json:"ucum"`
	Meaning string `json:"meaning"`
	// LOINC is the code of the nearest LOINC observation, empty where none fits.
	LOINC        string `json:"loinc,omitempty"`
	LOINCDisplay string `json:"loinc_display,omitempty"`
	// OMH is the Open mHealth schema (namespace omh) the metric maps to, empty where none fits.
	OMH string `json:"omh_schema,omitempty"`
	// Summary says which column carries the minute's value: mean (levels) or sum (counts).
	Summary    string `json:"summary"`
	Derivation string `json:"derivation"`
	Category   string `json:"fhir_category"`
	fhirUnit   string
	omhUnit    string
}

// File is one data file of a bundle and its columns.
type File struct {
	Name    string   `json:"name"`
	Rows    string   `json:"rows"`
	Columns []Column `json:"columns"`
}

// Dictionary is the bundle's data dictionary (dictionary.json).
type Dictionary struct {
	SchemaVersion string   `json:"schema_version"`
	Files         []File   `json:"files"`
	Metrics       []Metric `json:"metrics"`
}

const minuteDerivation = "Warehouse per-minute rollup of the device's samples (at the device's own sample rate), merged across all batches that carried the minute."

var readingsColumns = []Column{
	{Name: "participant", Type: "string", Meaning: "Participant pseudonym, unique to this bundle; join key to participants.parquet.",
		Derivation: "HMAC-SHA-256 of the warehouse pseudonym under the bundle's secret, first 8 bytes in hex; the secret never leaves the platform.",
		arrow:      &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: arrow.BinaryTypes.String}},
	{Name: "minute", Type: "datetime", Unit: "UTC", Meaning: "Start of the minute, shifted by the participant's whole-day offset.",
		Derivation: "Device timestamp truncated to the minute, plus the participant's secret offset of 1 to 365 whole days (either direction).",
		arrow:      &arrow.TimestampType{Unit: arrow.Millisecond, TimeZone: "UTC"}},
	{Name: "metric", Type: "string", Meaning: "What the row measures: one of the metrics listed in this dictionary, each with its unit and codes.",
		Derivation: "The device channel the samples came from.", arrow: arrow.BinaryTypes.String},
	{Name: "samples", Type: "integer", Unit: "{count}", Meaning: "Number of raw samples in the minute.",
		Derivation: "Count of validated samples (out-of-range samples are refused at ingest).", arrow: arrow.PrimitiveTypes.Int32},
	{Name: "mean", Type: "number", Unit: "metric", Meaning: "Mean of the samples in the minute.",
		Derivation: "sum / samples. " + minuteDerivation, arrow: arrow.PrimitiveTypes.Float64},
	{Name: "min", Type: "number", Unit: "metric", Meaning: "Smallest sample in the minute.", Derivation: minuteDerivation, arrow: arrow.PrimitiveTypes.Float64},
	{Name: "max", Type: "number", Unit: "metric", Meaning: "Largest sample in the minute.", Derivation: minuteDerivation, arrow: arrow.PrimitiveTypes.Float64},
	{Name: "sum", Type: "number", Unit: "metric", Meaning: "Sum of the samples (for steps and activity: the minute's total).", Derivation: minuteDerivation, arrow: arrow.PrimitiveTypes.Float64},
}

var participantsColumns = []Column{
	{Name: "participant", Type: "string", Meaning: "Participant pseudonym, unique to this bundle.", Derivation: "As in readings_minute.parquet.", arrow: arrow.BinaryTypes.String},
	{Name: "age_band", Type: "string", Unit: "a", Meaning: "10-year age band (90+ top-coded), or 'any' where generalized for k-anonymity.",
		Derivation: "Age at the snapshot from the birth year the contributor gave at sign-up; generalized by the cohort definition.", arrow: arrow.BinaryTypes.String},
	{Name: "activity_level", Type: "string", Meaning: "sedentary, moderate or active, or 'any'.",
		Derivation: "Mean daily steps over the snapshot window against the cohort policy's thresholds (by default under 5,000 sedentary, 10,000 and over active).", arrow: arrow.BinaryTypes.String},
	{Name: "device_type", Type: "string", Meaning: "wristband, chest_strap or ring, or 'any'.", Derivation: "The kind of device that sent the participant's data, as registered when it was paired.", arrow: arrow.BinaryTypes.String},
	{Name: "coverage_days", Type: "integer", Unit: "d", Meaning: "Days in the snapshot window with enough data.",
		Derivation: "Days with at least the cohort policy's minimum minutes of data (by default 60).", arrow: arrow.PrimitiveTypes.Int32},
}

// metrics is every metric the wire format knows, with its codes. LOINC and
// Open mHealth codes are given only where the meaning matches; a minute mean
// of a wearable's samples is still not a clinical measurement.
var metrics = []Metric{
	{Name: "heart_rate", UCUM: "/min", Meaning: "Heart rate, beats per minute.", LOINC: "8867-4", LOINCDisplay: "Heart rate", OMH: "heart-rate:2.0", Summary: "mean", Category: "vital-signs", fhirUnit: "beats/minute", omhUnit: "beats/min"},
	{Name: "rr_interval", UCUM: "ms", Meaning: "Time between successive heart beats (R-R or inter-beat interval).", Summary: "mean", Category: "vital-signs", fhirUnit: "ms"},
	{Name: "spo2", UCUM: "%", Meaning: "Blood oxygen saturation by pulse oximetry.", LOINC: "59408-5", LOINCDisplay: "Oxygen saturation in Arterial blood by Pulse oximetry", OMH: "oxygen-saturation:2.0", Summary: "mean", Category: "vital-signs", fhirUnit: "%", omhUnit: "%"},
	{Name: "skin_temp", UCUM: "Cel", Meaning: "Skin temperature at the device.", LOINC: "39106-0", LOINCDisplay: "Temperature of Skin", Summary: "mean", Category: "vital-signs", fhirUnit: "Cel"},
	{Name: "steps", UCUM: "{steps}", Meaning: "Steps counted.", LOINC: "55423-8", LOINCDisplay: "Number of steps in unspecified time Pedometer", OMH: "step-count:2.0", Summary: "sum", Category: "activity", fhirUnit: "steps"},
	{Name: "activity", UCUM: "{counts}", Meaning: "Accelerometer activity counts (device-specific scale).", Summary: "sum", Category: "activity", fhirUnit: "counts"},
	{Name: "battery", UCUM: "%", Meaning: "Device battery charge: a data-quality signal, not a measurement of the person (left out of FHIR and Open mHealth exports).", Summary: "mean"},
	{Name: "respiration_rate", UCUM: "/min", Meaning: "Respiration rate, breaths per minute.", LOINC: "9279-1", LOINCDisplay: "Respiratory rate", OMH: "respiratory-rate:2.0", Summary: "mean", Category: "vital-signs", fhirUnit: "breaths/minute", omhUnit: "breaths/min"},
	{Name: "body_temp", UCUM: "Cel", Meaning: "Body (core or oral) temperature.", LOINC: "8310-5", LOINCDisplay: "Body temperature", OMH: "body-temperature:2.0", Summary: "mean", Category: "vital-signs", fhirUnit: "Cel", omhUnit: "C"},
	{Name: "stress", UCUM: "{score}", Meaning: "Stress score 0-100 on the device maker's scale.", Summary: "mean", Category: "survey", fhirUnit: "score"},
	{Name: "hrv_sdnn", UCUM: "ms", Meaning: "Heart-rate variability: SDNN over the device's reading window.", LOINC: "80404-7", LOINCDisplay: "R-R interval.standard deviation (Heart rate variability)", Summary: "mean", Category: "vital-signs", fhirUnit: "ms"},
	{Name: "hrv_rmssd", UCUM: "ms", Meaning: "Heart-rate variability: RMSSD over the device's reading window.", Summary: "mean", Category: "vital-signs", fhirUnit: "ms"},
	{Name: "sleep", UCUM: "1", Meaning: "Share of the minute asleep, 0 to 1 (1 asleep, 0 awake in bed).", Summary: "mean", Category: "activity", fhirUnit: "1"},
}

func init() {
	for i := range metrics {
		m := &metrics[i]
		fm, ok := frame.ParseMetric(m.Name)
		if !ok {
			panic("bundle: dictionary metric " + m.Name + " is not in the wire format")
		}
		m.Derivation = "Samples in " + fm.Unit() + " at a resolution of " + strconv.FormatFloat(fm.Scale(), 'g', -1, 64) + "; the minute's " + m.Summary + " is the value exports carry."
	}
	if len(metrics) != len(frame.Metrics) {
		panic("bundle: the data dictionary misses a metric of the wire format")
	}
}

func metricByName(name string) (*Metric, bool) {
	for i := range metrics {
		if metrics[i].Name == name {
			return &metrics[i], true
		}
	}
	return nil, false
}

// dictionary returns the data dictionary of a bundle.
func dictionary() Dictionary {
	return Dictionary{SchemaVersion: SchemaVersion, Files: []File{
		{Name: ReadingsFile, Rows: "one per participant, metric and minute with data", Columns: readingsColumns},
		{Name: ParticipantsFile, Rows: "one per participant", Columns: participantsColumns},
	}, Metrics: metrics}
}

func schemaOf(cols []Column) *arrow.Schema {
	fields := make([]arrow.Field, len(cols))
	for i, c := range cols {
		fields[i] = arrow.Field{Name: c.Name, Type: c.arrow, Metadata: arrow.NewMetadata([]string{"unit", "description"}, []string{c.Unit, c.Meaning})}
	}
	return arrow.NewSchema(fields, nil)
}

var (
	readingsSchema     = schemaOf(readingsColumns)
	participantsSchema = schemaOf(participantsColumns)
)
