// Package upload reads the files contributors upload — CSV, JSON, Apple
// Health export.xml and Garmin FIT — as a stream of readings, and turns readings into the
// same signed frame batches devices send, so uploads take the same path
// (Kafka topic, stream, warehouse) as live data. Parsers stream: an export of
// hundreds of megabytes is never held in memory. A broken file fails with the
// line or record where it broke.
package upload

import (
	"bufio"
	"crypto/ed25519"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"rhd.dev/firmware/frame"
)

// Reading is one value of one metric at one instant.
type Reading struct {
	Metric frame.Metric
	TimeMs int64
	Value  float64
}

// Format is an upload file format.
type Format string

const (
	CSV         Format = "csv"
	JSON        Format = "json"
	AppleHealth Format = "apple-health"
)

// Detect guesses the format from the file name and its first bytes.
func Detect(name string, head []byte) (Format, error) {
	h := strings.TrimSpace(string(head))
	switch {
	case len(head) >= 12 && string(head[8:12]) == ".FIT":
		return GarminFIT, nil
	case strings.HasPrefix(h, "<?xml") || strings.HasPrefix(h, "<HealthData"):
		return AppleHealth, nil
	case strings.HasPrefix(h, "[") || strings.HasPrefix(h, "{"):
		return JSON, nil
	case strings.HasSuffix(strings.ToLower(name), ".csv") || strings.HasPrefix(strings.ToLower(h), "time,"):
		return CSV, nil
	}
	return "", fmt.Errorf("unrecognised file %q: upload CSV, JSON, an Apple Health export.xml or a Garmin .fit file", name)
}

// Error says where a file broke.
type Error struct {
	Where string // "line 12", "record 3"
	Msg   string
}

func (e *Error) Error() string { return e.Where + ": " + e.Msg }

// Parse streams the readings of a file to fn. Readings outside a metric's
// plausible range are skipped and counted, not fatal.
func Parse(f Format, r io.Reader, fn func(Reading) error) (skipped int, err error) {
	emit := func(rd Reading) error {
		if !rd.Metric.InRange(rd.Metric.Raw(rd.Value)) {
			skipped++
			return nil
		}
		return fn(rd)
	}
	switch f {
	case CSV:
		err = parseCSV(r, emit)
	case JSON:
		err = parseJSON(r, emit)
	case AppleHealth:
		err = parseAppleHealth(r, emit)
	case GarminFIT:
		err = parseFIT(r, emit)
	default:
		err = fmt.Errorf("unknown format %q", f)
	}
	return skipped, err
}

// parseTime accepts RFC 3339 or Unix milliseconds.
func parseTime(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if ms, err := strconv.ParseInt(s, 10, 64); err == nil {
		return ms, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return 0, fmt.Errorf("time %q is neither RFC 3339 nor Unix milliseconds", s)
	}
	return t.UnixMilli(), nil
}

func metric(name string) (frame.Metric, error) {
	m, ok := frame.ParseMetric(strings.TrimSpace(name))
	if !ok {
		return 0, fmt.Errorf("unknown metric %q (heart_rate, rr_interval, spo2, skin_temp, steps, activity, battery)", name)
	}
	return m, nil
}

// parseCSV reads "time,metric,value" rows after that header.
func parseCSV(r io.Reader, emit func(Reading) error) error {
	cr := csv.NewReader(bufio.NewReader(r))
	cr.FieldsPerRecord = 3
	cr.ReuseRecord = true
	head, err := cr.Read()
	if err != nil {
		return &Error{"line 1", "expected the header time,metric,value: " + err.Error()}
	}
	if strings.ToLower(strings.TrimSpace(head[0])) != "time" || strings.ToLower(strings.TrimSpace(head[1])) != "metric" || strings.ToLower(strings.TrimSpace(head[2])) != "value" {
		return &Error{"line 1", "expected the header time,metric,value"}
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			where := "the file"
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				where = fmt.Sprintf("line %d", pe.Line)
			}
			return &Error{where, err.Error()}
		}
		line, _ := cr.FieldPos(0) // valid only after a successful Read
		where := fmt.Sprintf("line %d", line)
		ts, err := parseTime(rec[0])
		if err != nil {
			return &Error{where, err.Error()}
		}
		m, err := metric(rec[1])
		if err != nil {
			return &Error{where, err.Error()}
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(rec[2]), 64)
		if err != nil {
			return &Error{where, fmt.Sprintf("value %q is not a number", rec[2])}
		}
		if err := emit(Reading{m, ts, v}); err != nil {
			return err
		}
	}
}

// parseJSON reads an array of {"time", "metric", "value"} objects, one at a time.
func parseJSON(r io.Reader, emit func(Reading) error) error {
	dec := json.NewDecoder(bufio.NewReader(r))
	if t, err := dec.Token(); err != nil || t != json.Delim('[') {
		return &Error{"record 0", `expected a JSON array of {"time", "metric", "value"} objects`}
	}
	for n := 1; dec.More(); n++ {
		var rec struct {
			Time   json.RawMessage `json:"time"`
			Metric string          `json:"metric"`
			Value  *float64        `json:"value"`
		}
		where := fmt.Sprintf("record %d", n)
		if err := dec.Decode(&rec); err != nil {
			return &Error{where, err.Error()}
		}
		ts, err := parseTime(strings.Trim(string(rec.Time), `"`))
		if err != nil {
			return &Error{where, err.Error()}
		}
		m, err := metric(rec.Metric)
		if err != nil {
			return &Error{where, err.Error()}
		}
		if rec.Value == nil {
			return &Error{where, "value is missing"}
		}
		if err := emit(Reading{m, ts, *rec.Value}); err != nil {
			return err
		}
	}
	if _, err := dec.Token(); err != nil {
		return &Error{"end of file", "the JSON array is not closed: " + err.Error()}
	}
	return nil
}

// appleTypes maps HealthKit record types to metrics, with a value factor.
var appleTypes = map[string]struct {
	m      frame.Metric
	factor float64
}{
	"HKQuantityTypeIdentifierHeartRate":        {frame.HeartRate, 1},
	"HKQuantityTypeIdentifierStepCount":        {frame.Steps, 1},
	"HKQuantityTypeIdentifierOxygenSaturation": {frame.SpO2, 100}, // a fraction in HealthKit
}

const appleTime = "2006-01-02 15:04:05 -0700"

// parseAppleHealth streams the Record elements of an export.xml.
func parseAppleHealth(r io.Reader, emit func(Reading) error) error {
	dec := xml.NewDecoder(bufio.NewReader(r))
	dec.Strict = true
	n := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			if n == 0 {
				return &Error{"end of file", "no HealthData records found"}
			}
			return nil
		}
		line, _ := dec.InputPos()
		if err != nil {
			return &Error{fmt.Sprintf("line %d", line), "broken XML: " + err.Error()}
		}
		se, ok := tok.(xml.StartElement)
		if !ok || (se.Name.Local != "Record" && se.Name.Local != "HealthData") {
			continue
		}
		n++
		if se.Name.Local != "Record" {
			continue
		}
		var typ, start, value string
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "type":
				typ = a.Value
			case "startDate":
				start = a.Value
			case "value":
				value = a.Value
			}
		}
		spec, ok := appleTypes[typ]
		if !ok {
			continue // a record type the platform does not collect
		}
		where := fmt.Sprintf("line %d", line)
		t, err := time.Parse(appleTime, start)
		if err != nil {
			return &Error{where, fmt.Sprintf("startDate %q is not a date", start)}
		}
		v, err := strconv.ParseFloat(value, 64)
		if err != nil {
			return &Error{where, fmt.Sprintf("value %q is not a number", value)}
		}
		if err := emit(Reading{spec.m, t.UnixMilli(), v * spec.factor}); err != nil {
			return err
		}
	}
}

// Batcher turns readings into signed batches of at most MaxFrames frames,
// one frame per reading. Batches get sequence numbers 1, 2, … so the same
// file uploaded twice produces the same batches.
type Batcher struct {
	Device frame.DeviceID
	Key    ed25519.PrivateKey
	Emit   func(batch []byte) error

	enc    frame.Encoder
	seq    uint64
	frames int
	raw    [1]uint16
}

// MaxFrames bounds frames per uploaded batch.
const MaxFrames = 2000

// Add adds one reading.
func (b *Batcher) Add(r Reading) error {
	if b.frames == 0 {
		b.seq++
		b.enc.Reset(b.Device, b.seq)
	}
	b.raw[0] = r.Metric.Raw(r.Value)
	b.enc.AddFrame(r.TimeMs, frame.Series{Metric: r.Metric, IntervalMs: 1000, Raw: b.raw[:]})
	if b.frames++; b.frames == MaxFrames {
		return b.Flush()
	}
	return nil
}

// Flush seals the open batch.
func (b *Batcher) Flush() error {
	if b.frames == 0 {
		return nil
	}
	out, err := b.enc.Sign(b.Key)
	if err != nil {
		return err
	}
	b.frames = 0
	return b.Emit(out)
}

// Batches returns how many batches were emitted.
func (b *Batcher) Batches() uint64 { return b.seq }
