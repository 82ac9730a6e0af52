package upload

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"testing"
	"time"

	"rhd.dev/firmware/frame"
)

// fixture reads one of the shared real-format sample files (../shared beside
// the repository, or beside the worktrees' folder), skipping when absent.
func fixture(t testing.TB, name string) []byte {
	t.Helper()
	for _, dir := range []string{"../../../shared/fixtures/", "../../../../shared/fixtures/"} {
		if b, err := os.ReadFile(dir + name); err == nil {
			return b
		}
	}
	t.Skip("shared fixtures not present")
	return nil
}

// parsed is what a file yields, tallied.
type parsed struct {
	readings []Reading
	by       map[frame.Metric][]Reading
	skipped  map[Reason]int
	notes    []string
}

func parseAll(t *testing.T, f Format, name string, in []byte) (parsed, error) {
	t.Helper()
	p := parsed{by: map[frame.Metric][]Reading{}, skipped: map[Reason]int{}}
	err := ParseFile(f, name, io.NewSectionReader(bytes.NewReader(in), 0, int64(len(in))), func(r Reading) error {
		switch {
		case r.Note != "":
			p.notes = append(p.notes, r.Note)
		case r.Skip != Kept:
			p.skipped[r.Skip]++
		default:
			p.readings = append(p.readings, r)
			p.by[r.Metric] = append(p.by[r.Metric], r)
		}
		return nil
	})
	return p, err
}

func mustParse(t *testing.T, f Format, name, in string) parsed {
	t.Helper()
	p, err := parseAll(t, f, name, []byte(in))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return p
}

func ms(s string) int64 {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t.UnixMilli()
}

func TestUnitConversion(t *testing.T) {
	for _, c := range []struct {
		m    frame.Metric
		unit string
		in   float64
		want float64
		ok   bool
	}{
		{frame.BodyTemp, "Cel", 37, 37, true},
		{frame.BodyTemp, "[degF]", 98.6, 37, true},
		{frame.BodyTemp, "F", 212, 100, true},
		{frame.BodyTemp, "K", 310.15, 37, true},
		{frame.SkinTemp, "degF", 91.4, 33, true},
		{frame.SpO2, "%", 97, 97, true},
		{frame.SpO2, "fraction", 0.97, 97, true},
		{frame.HeartRate, "/min", 61, 61, true},
		{frame.HeartRate, "beats/min", 61, 61, true},
		{frame.HeartRate, "/s", 1, 60, true},
		{frame.Respiration, "{breaths}/min", 14, 14, true},
		{frame.HRVSDNN, "ms", 45, 45, true},
		{frame.HRVSDNN, "s", 0.045, 45, true},
		{frame.Steps, "{steps}", 12, 12, true},
		{frame.HeartRate, "kg", 61, 0, false},
		{frame.BodyTemp, "%", 37, 0, false},
		{frame.SpO2, "mmHg", 97, 0, false},
		{frame.Steps, "km", 3, 0, false},
	} {
		got, ok := convert(c.m, c.unit, c.in)
		if ok != c.ok || ok && math.Abs(got-c.want) > 1e-9 {
			t.Errorf("%s in %q: %v %v, want %v %v", c.m, c.unit, got, ok, c.want, c.ok)
		}
	}
}

// Every mapped metric is a known metric, every field unique per source, and
// docs/formats.md shows the table as the code has it.
func TestMappingTableIsDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/formats.md")
	if err != nil {
		t.Fatal(err)
	}
	table := MappingTable()
	if !strings.Contains(string(doc), table) {
		t.Fatalf("docs/formats.md does not hold the mapping table as the code has it; it should contain:\n%s", table)
	}
	seen := map[string]bool{}
	for _, m := range Mappings {
		k := string(m.Source) + "|" + m.Field
		if seen[k] || m.Source != SourceRHD && !m.Metric.Valid() {
			t.Errorf("mapping %s: duplicate or unknown metric", k)
		}
		seen[k] = true
	}
}

// Open mHealth data points as the schemas' own samples shape them.
func TestOpenMHealth(t *testing.T) {
	const hr = `{"heart_rate":{"value":50,"unit":"beats/min"},"effective_time_frame":{"date_time":"2026-01-01T10:00:00Z"},"temporal_relationship_to_physical_activity":"at rest"}`
	p := mustParse(t, OpenMHealth, "hr.json", hr)
	if len(p.readings) != 1 || p.readings[0] != (Reading{Metric: frame.HeartRate, TimeMs: ms("2026-01-01T10:00:00Z"), Value: 50}) {
		t.Fatalf("single body: %+v", p.readings)
	}
	envelope := `{"header":{"id":"243c773b-8936-407e-9c23-270d0ea49cc4","creation_date_time":"2026-01-01T12:00:00Z",
		"schema_id":{"namespace":"omh","name":"heart-rate","version":"2.0"}},"body":` + hr + `}`
	if p := mustParse(t, OpenMHealth, "env.json", envelope); len(p.by[frame.HeartRate]) != 1 {
		t.Fatalf("envelope: %+v", p)
	}
	array := `[` + envelope + `,
	{"header":{"schema_id":{"namespace":"omh","name":"step-count","version":"2.0"}},"body":{"step_count":{"value":7939,"unit":"steps"},
		"effective_time_frame":{"time_interval":{"start_date_time":"2026-01-01T06:00:00Z","end_date_time":"2026-01-01T06:30:00Z"}}}},
	{"step_count":123,"effective_time_frame":{"time_interval":{"start_date_time":"2026-01-01T07:00:00Z","duration":{"value":10,"unit":"min"}}}},
	{"step_count":{"value":9000,"unit":"steps"},"effective_time_frame":{"time_interval":{"date":"2026-01-01","part_of_day":"morning"}}},
	{"step_count":{"value":9000,"unit":"steps"},"effective_time_frame":{"time_interval":{"start_date_time":"2026-01-01T00:00:00Z","end_date_time":"2026-01-02T00:00:00Z"}}},
	{"oxygen_saturation":{"value":96.5,"unit":"%"},"effective_time_frame":{"date_time":"2026-01-01T10:01:00+01:00"}},
	{"body_temperature":{"value":98.6,"unit":"F"},"measurement_location":"oral","effective_time_frame":{"date_time":"2026-01-01T10:02:00Z"}},
	{"heart_rate_variability":{"value":42,"unit":"ms"},"algorithm":"RMSSD","effective_time_frame":{"date_time":"2026-01-01T10:03:00Z"}},
	{"heart_rate_variability":{"value":0.055,"unit":"s"},"effective_time_frame":{"date_time":"2026-01-01T10:03:00Z"}},
	{"respiratory_rate":{"value":14,"unit":"breaths/min"},"effective_time_frame":{"date_time":"2026-01-01T10:04:00Z"}},
	{"heart_rate":{"value":72,"unit":"beats/min"},"descriptive_statistic":"average","effective_time_frame":{"time_interval":{"start_date_time":"2026-01-01T11:00:00Z","end_date_time":"2026-01-01T11:10:00Z"}}},
	{"heart_rate":{"value":140,"unit":"beats/min"},"descriptive_statistic":"maximum","effective_time_frame":{"time_interval":{"start_date_time":"2026-01-01T11:00:00Z","end_date_time":"2026-01-01T11:10:00Z"}}},
	{"heart_rate":{"value":61,"unit":"kg"},"effective_time_frame":{"date_time":"2026-01-01T10:05:00Z"}},
	{"heart_rate":{"value":61,"unit":"beats/min"}},
	{"header":{"schema_id":{"name":"sleep-episode"}},"body":{"effective_time_frame":{"time_interval":{"start_date_time":"2026-01-01T23:00:00Z","end_date_time":"2026-01-02T01:00:00Z"}},
		"total_sleep_time":{"value":90,"unit":"min"},"is_main_sleep":true}},
	{"activity_name":"walking","effective_time_frame":{"time_interval":{"start_date_time":"2026-01-01T06:00:00Z","end_date_time":"2026-01-01T06:30:00Z"}}}
	]`
	p = mustParse(t, OpenMHealth, "points.json", array)
	sum := func(rs []Reading) (s float64) {
		for _, r := range rs {
			s += r.Value
		}
		return s
	}
	steps := p.by[frame.Steps]
	if len(steps) != 40 || sum(steps) != 7939+123 || steps[0].TimeMs != ms("2026-01-01T06:00:00Z") {
		t.Errorf("steps over intervals are spread over their minutes, totals kept: %d readings, %v steps", len(steps), sum(steps))
	}
	if got := p.by[frame.SpO2]; len(got) != 1 || got[0].TimeMs != ms("2026-01-01T09:01:00Z") {
		t.Errorf("spo2 with a zone offset: %+v", got)
	}
	if got := p.by[frame.BodyTemp]; len(got) != 1 || math.Abs(got[0].Value-37) > 1e-9 {
		t.Errorf("°F to °C: %+v", got)
	}
	if len(p.by[frame.HRVRMSSD]) != 1 || len(p.by[frame.HRVSDNN]) != 1 || p.by[frame.HRVSDNN][0].Value != 55 {
		t.Errorf("HRV by algorithm, seconds to ms: %+v %+v", p.by[frame.HRVRMSSD], p.by[frame.HRVSDNN])
	}
	if got := p.by[frame.HeartRate]; len(got) != 2 || got[1].Value != 72 || got[1].TimeMs != ms("2026-01-01T11:05:00Z") {
		t.Errorf("an average over 10 minutes is a reading at its middle: %+v", got)
	}
	if sleep := p.by[frame.Sleep]; len(sleep) != 120 || sleep[0].Value != 0.75 {
		t.Errorf("sleep episode: %d minutes, first %+v", len(sleep), sleep)
	}
	want := map[Reason]int{Summary: 3, UnknownUnit: 1, NoTime: 1, NotCollected: 1}
	for why, n := range want {
		if p.skipped[why] != n {
			t.Errorf("%s: %d left out, want %d (%v)", why, p.skipped[why], n, p.skipped)
		}
	}
	// Newline-delimited points are read too.
	if p := mustParse(t, OpenMHealth, "points.ndjson", hr+"\n"+hr+"\n"); len(p.readings) != 2 {
		t.Errorf("ndjson: %+v", p.readings)
	}
	if f, _ := Detect("x.json", []byte(envelope)); f != OpenMHealth {
		t.Errorf("detected %s", f)
	}
}

// FHIR R4 Observations: a resource, a Bundle and bulk NDJSON, shaped as the
// specification's vital-signs examples.
func TestFHIR(t *testing.T) {
	const hr = `{"resourceType":"Observation","id":"heart-rate","status":"final",
		"category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"vital-signs"}]}],
		"code":{"coding":[{"system":"http://loinc.org","code":"8867-4","display":"Heart rate"}]},
		"subject":{"reference":"Patient/example"},"effectiveDateTime":"2026-01-01T10:00:00+01:00",
		"valueQuantity":{"value":44,"unit":"beats/minute","system":"http://unitsofmeasure.org","code":"/min"}}`
	p := mustParse(t, FHIR, "hr.json", hr)
	if len(p.readings) != 1 || p.readings[0] != (Reading{Metric: frame.HeartRate, TimeMs: ms("2026-01-01T09:00:00Z"), Value: 44}) {
		t.Fatalf("observation: %+v", p)
	}
	obs := func(code, unit, ucum string, v any, effective string) string {
		return fmt.Sprintf(`{"fullUrl":"urn:uuid:x","resource":{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":%q}]},%s,
			"valueQuantity":{"value":%v,"unit":%q,"system":"http://unitsofmeasure.org","code":%q}}}`, code, effective, v, unit, ucum)
	}
	at := `"effectiveDateTime":"2026-01-01T10:00:00Z"`
	bundle := `{"resourceType":"Bundle","type":"collection","entry":[` +
		`{"resource":{"resourceType":"Patient","id":"p"}},` +
		obs("59408-5", "%", "%", 97, at) + "," +
		obs("2708-6", "%", "%", 96, at) + "," +
		obs("8310-5", "degF", "[degF]", 98.6, at) + "," +
		obs("9279-1", "breaths/minute", "/min", 16, at) + "," +
		obs("80404-7", "ms", "ms", 48, at) + "," +
		obs("55423-8", "steps", "{steps}", 300, `"effectivePeriod":{"start":"2026-01-01T10:00:00Z","end":"2026-01-01T10:05:00Z"}`) + "," +
		obs("55423-8", "steps", "{steps}", 9000, `"effectivePeriod":{"start":"2026-01-01T00:00:00Z","end":"2026-01-02T00:00:00Z"}`) + "," +
		obs("8867-4", "kg", "kg", 70, at) + "," +
		obs("8867-4", "/min", "/min", 61, `"effectiveDateTime":"2026-01-01"`) + "," +
		obs("8867-4", "/min", "/min", "1e999", at) + "," +
		obs("29463-7", "kg", "kg", 70, at) + "," +
		`{"resource":{"resourceType":"Observation","status":"entered-in-error","code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},` + at + `,"valueQuantity":{"value":61,"code":"/min"}}},` +
		`{"resource":{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"85353-1"}]},` + at + `,
			"component":[{"code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},"valueQuantity":{"value":66,"unit":"/min","system":"http://unitsofmeasure.org","code":"/min"}},
			{"code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},"valueQuantity":{"value":120,"unit":"mmHg","code":"mm[Hg]"}}]}}` +
		`]}`
	p = mustParse(t, FHIR, "bundle.json", bundle)
	if len(p.by[frame.SpO2]) != 2 || len(p.by[frame.Respiration]) != 1 || len(p.by[frame.HRVSDNN]) != 1 {
		t.Errorf("bundle: %+v", p.by)
	}
	if got := p.by[frame.BodyTemp]; len(got) != 1 || math.Abs(got[0].Value-37) > 1e-9 {
		t.Errorf("[degF] to °C: %+v", got)
	}
	if got := p.by[frame.Steps]; len(got) != 5 || got[0].Value != 60 {
		t.Errorf("steps over a period: %+v", got)
	}
	if got := p.by[frame.HeartRate]; len(got) != 2 || got[1].Value != 66 || !math.IsInf(got[0].Value, 1) {
		t.Errorf("heart rate (a huge value, a component): %+v", got)
	}
	want := map[Reason]int{Summary: 2, UnknownUnit: 1, NotCollected: 2, Retracted: 1}
	for why, n := range want {
		if p.skipped[why] != n {
			t.Errorf("%s: %d left out, want %d (%v)", why, p.skipped[why], n, p.skipped)
		}
	}
	ndjson := strings.ReplaceAll(hr, "\n", " ") + "\n" + strings.ReplaceAll(hr, "\n", " ") + "\n"
	if p := mustParse(t, FHIR, "Observation.ndjson", ndjson); len(p.readings) != 2 {
		t.Errorf("bulk NDJSON: %+v", p.readings)
	}
	if f, _ := Detect("Observation.ndjson", []byte(ndjson)); f != FHIR {
		t.Errorf("detected %s", f)
	}
}

// A Bundle is walked entry by entry: one of many megabytes is read in
// bounded memory.
func TestFHIRBundleStreams(t *testing.T) {
	entry := `{"resource":{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},` +
		`"effectiveDateTime":"2026-01-01T10:00:00Z","valueQuantity":{"value":61,"unit":"/min"}}},`
	h := &hostile{prefix: []byte(`{"resourceType":"Bundle","type":"collection","entry":[`), filler: []byte(entry), size: int64(len(entry)) * 40_000,
		suffix: []byte(entry[:len(entry)-1] + `]}`)}
	n := 0
	before := heapAlloc()
	if err := Parse(FHIR, "", h, func(r Reading) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if n != 40_001 {
		t.Fatalf("%d readings", n)
	}
	if grew := int64(h.peak) - int64(before); grew > 4<<20 {
		t.Errorf("heap grew %d MiB", grew>>20)
	}
}

func TestFitbitTakeout(t *testing.T) {
	hr := `[{"dateTime":"01/01/26 10:00:05","value":{"bpm":62,"confidence":2}},{"dateTime":"01/01/26 10:00:10","value":{"bpm":64,"confidence":3}}]`
	p := mustParse(t, Fitbit, "Takeout/Fitbit/Global Export Data/heart_rate-2026-01-01.json", hr)
	if len(p.by[frame.HeartRate]) != 2 || p.readings[0].TimeMs != ms("2026-01-01T10:00:05Z") {
		t.Fatalf("heart rate: %+v", p)
	}
	steps := `[{"dateTime":"01/01/26 10:00:00","value":"12"},{"dateTime":"01/01/26 10:01:00","value":"0"}]`
	if p := mustParse(t, Fitbit, "steps-2026-01-01.json", steps); len(p.by[frame.Steps]) != 2 || p.readings[0].Value != 12 {
		t.Fatalf("steps: %+v", p)
	}
	sleep := `[{"logId":1,"dateOfSleep":"2026-01-02","startTime":"2026-01-01T23:30:00.000","endTime":"2026-01-02T00:10:00.000","type":"stages",
		"levels":{"data":[{"dateTime":"2026-01-01T23:30:00.000","level":"wake","seconds":600},{"dateTime":"2026-01-01T23:40:00.000","level":"light","seconds":1800}]}}]`
	p = mustParse(t, Fitbit, "sleep-2026-01-01.json", sleep)
	if got := p.by[frame.Sleep]; len(got) != 40 || got[0].Value != 0 || got[39].Value != 1 {
		t.Fatalf("sleep: %+v", got)
	}
	if f, _ := Detect("heart_rate-2026-01-01.json", []byte(hr)); f != Fitbit {
		t.Errorf("detected %s", f)
	}
}

func TestAppleHealthTypesUnitsAndCorrelations(t *testing.T) {
	x := `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
<!ATTLIST HealthData locale CDATA #REQUIRED>
]>
<HealthData locale="en_GB">
 <ExportDate value="2026-01-02 09:00:00 +0000"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="1980-01-01"/>
 <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Ann&apos;s Watch &amp; more" unit="count/min" creationDate="2026-01-01 10:00:09 +0100" startDate="2026-01-01 10:00:05 +0100" endDate="2026-01-01 10:00:05 +0100" value="62">
  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="0"/>
 </Record>
 <Record type="HKQuantityTypeIdentifierOxygenSaturation" unit="%" startDate="2026-01-01 10:01:00 +0000" endDate="2026-01-01 10:01:00 +0000" value="0.97"/>
 <Record type="HKQuantityTypeIdentifierBodyTemperature" unit="degF" startDate="2026-01-01 10:02:00 +0000" endDate="2026-01-01 10:02:00 +0000" value="98.6"/>
 <Record type="HKQuantityTypeIdentifierRespiratoryRate" unit="count/min" startDate="2026-01-01 10:03:00 +0000" endDate="2026-01-01 10:03:00 +0000" value="15"/>
 <Record type="HKQuantityTypeIdentifierHeartRateVariabilitySDNN" unit="ms" startDate="2026-01-01 10:04:00 +0000" endDate="2026-01-01 10:05:00 +0000" value="41.5"/>
 <Record type="HKQuantityTypeIdentifierStepCount" unit="count" startDate="2026-01-01 10:00:00 +0000" endDate="2026-01-01 10:03:00 +0000" value="100"/>
 <Record type="HKQuantityTypeIdentifierStepCount" unit="count" startDate="2026-01-01 00:00:00 +0000" endDate="2026-01-01 23:00:00 +0000" value="9000"/>
 <Record type="HKQuantityTypeIdentifierDistanceWalkingRunning" unit="km" startDate="2026-01-01 10:00:00 +0000" endDate="2026-01-01 10:03:00 +0000" value="0.1"/>
 <Record type="HKCategoryTypeIdentifierSleepAnalysis" startDate="2026-01-01 01:00:00 +0000" endDate="2026-01-01 01:30:00 +0000" value="HKCategoryValueSleepAnalysisAsleepCore"/>
 <Record type="HKCategoryTypeIdentifierSleepAnalysis" startDate="2026-01-01 00:30:00 +0000" endDate="2026-01-01 07:30:00 +0000" value="HKCategoryValueSleepAnalysisInBed"/>
 <Correlation type="HKCorrelationTypeIdentifierBloodPressure" startDate="2026-01-01 10:00:00 +0000" endDate="2026-01-01 10:00:00 +0000">
  <Record type="HKQuantityTypeIdentifierHeartRate" unit="count/min" startDate="2026-01-01 10:00:05 +0100" endDate="2026-01-01 10:00:05 +0100" value="62"/>
 </Correlation>
 <!-- a comment with <Record> inside -->
 <Record type="HKQuantityTypeIdentifierHeartRate" unit="count/min" startDate="2026-01-01 10:06:00 +0000" endDate="2026-01-01 10:06:00 +0000" value="a > b"/>
</HealthData>`
	_, err := parseAll(t, AppleHealth, "export.xml", []byte(x))
	var ue *Error
	if !errors.As(err, &ue) || !strings.HasPrefix(ue.Where, "line 2") {
		t.Fatalf("a value that is not a number names its line: %v", err)
	}
	x = strings.Replace(x, `value="a > b"`, `value="63"`, 1)
	p := mustParse(t, AppleHealth, "export.xml", x)
	if got := p.by[frame.HeartRate]; len(got) != 2 || got[0].TimeMs != ms("2026-01-01T09:00:05Z") {
		t.Errorf("heart rate (the Correlation's copy not counted): %+v", got)
	}
	if got := p.by[frame.SpO2]; len(got) != 1 || math.Abs(got[0].Value-97) > 1e-9 {
		t.Errorf("HealthKit's fraction to percent: %+v", got)
	}
	if got := p.by[frame.BodyTemp]; len(got) != 1 || math.Abs(got[0].Value-37) > 1e-9 {
		t.Errorf("°F to °C: %+v", got)
	}
	if len(p.by[frame.Respiration]) != 1 || len(p.by[frame.HRVSDNN]) != 1 || len(p.by[frame.Sleep]) != 30 {
		t.Errorf("respiration, HRV, sleep: %+v", p.by)
	}
	if got := p.by[frame.Steps]; len(got) != 3 || got[0].Value+got[1].Value+got[2].Value != 100 {
		t.Errorf("steps spread over their 3 minutes: %+v", got)
	}
	if p.skipped[Summary] != 1 || p.skipped[NotCollected] != 2 {
		t.Errorf("left out: %v", p.skipped)
	}
}

// FIT files: the shared samples, every metric they carry, a trailing CRC
// that does not match, chained files and a file with nothing usable.
func TestGarminFITMetricsCRCAndChains(t *testing.T) {
	walk := fixture(t, "garmin-fenix-5-walk.fit")
	mon := fixture(t, "garmin-MonitoringFile.fit")
	p, err := parseAll(t, GarminFIT, "walk.fit", walk)
	if err != nil || len(p.by[frame.HeartRate]) == 0 || len(p.by[frame.RRInterval]) == 0 || len(p.notes) != 0 {
		t.Fatalf("walk: heart rate and RR intervals: %v %v %v", p.by, p.notes, err)
	}
	m, err := parseAll(t, GarminFIT, "monitoring.fit", mon)
	if err != nil || len(m.by[frame.Steps]) == 0 {
		t.Fatalf("monitoring: steps: %v %v", m.by, err)
	}
	bad := bytes.Clone(walk)
	bad[len(bad)-1] ^= 0xFF
	q, err := parseAll(t, GarminFIT, "crc.fit", bad)
	if err != nil || len(q.readings) != len(p.readings) || len(q.notes) != 1 || !strings.Contains(q.notes[0], "CRC") {
		t.Fatalf("a mismatching trailing CRC: %d readings (want %d), notes %v, %v", len(q.readings), len(p.readings), q.notes, err)
	}
	chain := append(append(bytes.Clone(walk), mon...), bad...)
	c, err := parseAll(t, GarminFIT, "chain.fit", chain)
	if err != nil || len(c.readings) != 2*len(p.readings)+len(m.readings) || len(c.notes) != 1 || !strings.Contains(c.notes[0], "file 3") {
		t.Fatalf("chained: %d readings, notes %v, %v", len(c.readings), c.notes, err)
	}
	// A file of nothing but a file_id message holds no readings.
	empty := fitFile([]byte{0x40, 0, 0, 0, 0, 1, 0, 1, 0x00, 0x00, 4})
	if e, err := parseAll(t, GarminFIT, "empty.fit", empty); err != nil || len(e.readings) != 0 {
		t.Fatalf("empty: %+v %v", e, err)
	}
	_, err = parseAll(t, GarminFIT, "cut.fit", fixture(t, "garmin-activity-unexpected-eof.fit"))
	var ue *Error
	if !errors.As(err, &ue) || !strings.HasPrefix(ue.Where, "record ") {
		t.Fatalf("truncated: %v", err)
	}
}

// fitFile wraps FIT records in a 12-byte header and a correct CRC.
func fitFile(records []byte) []byte {
	h := []byte{12, 0x20, 0x54, 0x08, 0, 0, 0, 0, '.', 'F', 'I', 'T'}
	binary.LittleEndian.PutUint32(h[4:], uint32(len(records)))
	out := append(h, records...)
	var crc uint16
	for _, b := range out {
		crc = fitCRC16(crc, b)
	}
	return binary.LittleEndian.AppendUint16(out, crc)
}

func zipOf(t *testing.T, files map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for name, b := range files {
		f, err := w.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		f.Write(b)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestZips(t *testing.T) {
	apple := zipOf(t, map[string][]byte{
		"apple_health_export/export.xml":                 fixture(t, "apple-health-export-sample.xml"),
		"apple_health_export/export_cda.xml":             []byte(`<?xml version="1.0"?><ClinicalDocument/>`),
		"apple_health_export/workout-routes/route_1.gpx": []byte(`<?xml version="1.0"?><gpx/>`),
	})
	if f, _ := Detect("export.zip", apple); f != Zip {
		t.Fatalf("detected %s", f)
	}
	p, err := parseAll(t, Zip, "export.zip", apple)
	if err != nil || len(p.by[frame.Steps]) == 0 || len(p.notes) != 1 {
		t.Fatalf("Apple Health export.zip: %+v %v", p, err)
	}
	garmin := zipOf(t, map[string][]byte{"DI_CONNECT/activity_1.fit": fixture(t, "garmin-fenix-5-walk.fit"), "DI_CONNECT/monitor_2.FIT": fixture(t, "garmin-MonitoringFile.fit"),
		"DI_CONNECT/nested.zip": zipOf(t, map[string][]byte{"a.fit": fixture(t, "garmin-fenix-5-walk.fit")})})
	if p, err := parseAll(t, Zip, "garmin.zip", garmin); err != nil || len(p.by[frame.HeartRate]) == 0 || len(p.by[frame.Steps]) == 0 || len(p.notes) != 1 {
		t.Fatalf("Garmin Connect zip: %v %v %v", p.by, p.notes, err)
	}
	takeout := zipOf(t, map[string][]byte{
		"Takeout/Fitbit/Global Export Data/heart_rate-2026-01-01.json": []byte(`[{"dateTime":"01/01/26 10:00:05","value":{"bpm":62,"confidence":2}}]`),
		"Takeout/Fitbit/Global Export Data/badge.json":                 []byte(`[{"badgeType":"DAILY_STEPS"}]`),
	})
	if p, err := parseAll(t, Zip, "takeout.zip", takeout); err != nil || len(p.by[frame.HeartRate]) != 1 {
		t.Fatalf("Takeout: %+v %v", p, err)
	}
	// A broken entry names itself.
	broken := zipOf(t, map[string][]byte{"export.xml": []byte(`<?xml version="1.0"?><HealthData><Record`)})
	_, err = parseAll(t, Zip, "x.zip", broken)
	var ue *Error
	if !errors.As(err, &ue) || !strings.HasPrefix(ue.Where, "export.xml: line") {
		t.Fatalf("broken entry: %v", err)
	}
	if _, err := parseAll(t, Zip, "x.zip", zipOf(t, map[string][]byte{"notes.txt": []byte("hello")})); !errors.As(err, &ue) || !strings.Contains(ue.Msg, "Apple Health") {
		t.Fatalf("a zip of nothing readable says what uploads take: %v", err)
	}
}

// The byte-table CRC is the FIT SDK's nibble-table CRC-16.
func TestFITCRCMatchesTheSDKs(t *testing.T) {
	sdk := [16]uint16{0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400}
	nibbles := func(crc uint16, b byte) uint16 {
		tmp := sdk[crc&0xF]
		crc = (crc >> 4) & 0x0FFF
		crc = crc ^ tmp ^ sdk[b&0xF]
		tmp = sdk[crc&0xF]
		crc = (crc >> 4) & 0x0FFF
		return crc ^ tmp ^ sdk[(b>>4)&0xF]
	}
	var a, b uint16
	for i := range 100_000 {
		c := byte(i*7919 + i>>3)
		a, b = fitCRC16(a, c), nibbles(b, c)
		if a != b {
			t.Fatalf("byte %d: %#x, SDK %#x", i, a, b)
		}
	}
}
