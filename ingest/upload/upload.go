// Package upload reads the files contributors upload — CSV, JSON, Apple
// Health export.xml and Garmin FIT — as a stream of readings, decides which
// readings an upload may add (Plan: the stream's own checks, how far back,
// how many minutes a day), and turns them into the same signed frame batches
// devices send, so uploads take the same path (Kafka topic, stream,
// warehouse) as live data. Parsers stream in bounded memory: a line, record
// or XML token longer than MaxRecordBytes fails the file, so an export of
// hundreds of megabytes is never held whole. A broken file fails with the
// line or record where it broke.
package upload

import (
	"bufio"
	"crypto/ed25519"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

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
	h := strings.TrimSpace(strings.TrimPrefix(string(head), bom))
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
	return "", fmt.Errorf("unrecognised file %s: upload CSV, JSON, an Apple Health export.xml or a Garmin .fit file", Quote(name))
}

// Limits of what one piece of a file may hold. Real files stay far below
// them (a CSV line or JSON record is ~60 bytes, an Apple Health Record
// element under 1 KiB, its DOCTYPE ~4 KiB); a file over them is not one of
// ours, and refusing it keeps an upload's memory bounded.
const (
	MaxRecordBytes = 64 << 10 // a CSV line, a JSON record, an XML token
	MaxXMLDepth    = 32       // nested XML elements (Apple Health uses 4)
	maxMsgValue    = 40       // characters of a value quoted in an error
)

// Error says where a file broke.
type Error struct {
	Where string // "line 12", "record 3"
	Msg   string
}

func (e *Error) Error() string { return e.Where + ": " + e.Msg }

// fail builds an Error whose message never exceeds a few hundred bytes,
// whatever the file held (messages are kept and shown again and again).
func fail(where, msg string) *Error {
	return &Error{where, Clip(msg, 300)}
}

// Quote quotes s for a message, cut to a few dozen characters.
func Quote(s string) string { return strconv.Quote(Clip(s, maxMsgValue)) }

// Clip cuts s to at most n bytes on a character boundary, marking the cut.
func Clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

var errTooLong = fmt.Errorf("longer than %d KiB: not a file of readings", MaxRecordBytes>>10)

// budget fails a read once a piece of the file (a JSON record, an XML token)
// has taken more than its share; the parser resets it before each piece.
type budget struct {
	r    *bufio.Reader
	left int
}

func (b *budget) reset() { b.left = MaxRecordBytes }

func (b *budget) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, errTooLong
	}
	if len(p) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= n
	return n, err
}

func (b *budget) ReadByte() (byte, error) {
	if b.left <= 0 {
		return 0, errTooLong
	}
	c, err := b.r.ReadByte()
	if err == nil {
		b.left--
	}
	return c, err
}

// Parse streams the readings of a file to fn, every reading the file holds:
// whether a reading may be added is Plan's decision.
func Parse(f Format, r io.Reader, fn func(Reading) error) error {
	switch f {
	case CSV:
		return parseCSV(r, fn)
	case JSON:
		return parseJSON(r, fn)
	case AppleHealth:
		return parseAppleHealth(r, fn)
	case GarminFIT:
		return parseFIT(r, fn)
	}
	return fmt.Errorf("unknown format %s", Quote(string(f)))
}

// parseTime accepts RFC 3339 or Unix milliseconds.
func parseTime(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if ms, err := strconv.ParseInt(s, 10, 64); err == nil {
		return ms, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return 0, fmt.Errorf("time %s is neither RFC 3339 nor Unix milliseconds", Quote(s))
	}
	return t.UnixMilli(), nil
}

func metric(name string) (frame.Metric, error) {
	m, ok := frame.ParseMetric(strings.TrimSpace(name))
	if !ok {
		return 0, fmt.Errorf("unknown metric %s (heart_rate, rr_interval, spo2, skin_temp, steps, activity, battery)", Quote(name))
	}
	return m, nil
}

func value(s string) (float64, error) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		return 0, fmt.Errorf("value %s is not a number", Quote(s))
	}
	return v, nil // NaN and infinities parse: Plan leaves them out, counted
}

const bom = "\ufeff" // spreadsheets start UTF-8 CSV files with it

// parseCSV reads "time,metric,value" lines after that header. Lines are read
// into a fixed buffer: a line longer than MaxRecordBytes fails the file.
func parseCSV(r io.Reader, emit func(Reading) error) error {
	br := bufio.NewReaderSize(r, MaxRecordBytes)
	for n := 1; ; n++ {
		raw, err := br.ReadSlice('\n')
		where := func() string { return fmt.Sprintf("line %d", n) }
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			return fail(where(), errTooLong.Error())
		case err != nil && err != io.EOF:
			return err
		case err == io.EOF && len(raw) == 0 && n > 1:
			return nil
		}
		line := strings.TrimRight(string(raw), "\r\n")
		if n == 1 {
			h, ok := splitCSV(strings.TrimPrefix(line, bom))
			if !ok || len(h) != 3 || !strings.EqualFold(strings.TrimSpace(h[0]), "time") ||
				!strings.EqualFold(strings.TrimSpace(h[1]), "metric") || !strings.EqualFold(strings.TrimSpace(h[2]), "value") {
				return fail(where(), "expected the header time,metric,value")
			}
		} else if strings.TrimSpace(line) != "" {
			rd, err := csvReading(line)
			if err != nil {
				return fail(where(), err.Error())
			}
			if err := emit(rd); err != nil {
				return err
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

func csvReading(line string) (Reading, error) {
	f, ok := splitCSV(line)
	if !ok {
		return Reading{}, errors.New(`a quoted field is not closed, or text follows its closing quote`)
	}
	if len(f) != 3 {
		return Reading{}, fmt.Errorf("%d fields, want 3 (time,metric,value)", len(f))
	}
	ts, err := parseTime(f[0])
	if err != nil {
		return Reading{}, err
	}
	m, err := metric(f[1])
	if err != nil {
		return Reading{}, err
	}
	v, err := value(f[2])
	if err != nil {
		return Reading{}, err
	}
	return Reading{m, ts, v}, nil
}

// splitCSV splits one CSV line (RFC 4180 quoting, no line breaks in fields).
func splitCSV(line string) ([]string, bool) {
	out := make([]string, 0, 3)
	for {
		if !strings.HasPrefix(line, `"`) {
			field, rest, more := strings.Cut(line, ",")
			if strings.Contains(field, `"`) {
				return nil, false
			}
			out = append(out, field)
			if !more {
				return out, true
			}
			line = rest
			continue
		}
		var b strings.Builder
		i := 1
		for {
			j := strings.IndexByte(line[i:], '"')
			if j < 0 {
				return nil, false
			}
			b.WriteString(line[i : i+j])
			i += j + 1
			if i < len(line) && line[i] == '"' { // "" is a quote
				b.WriteByte('"')
				i++
				continue
			}
			break
		}
		out = append(out, b.String())
		switch {
		case i == len(line):
			return out, true
		case line[i] != ',':
			return nil, false
		}
		line = line[i+1:]
	}
}

// parseJSON reads an array of {"time", "metric", "value"} objects, one at a time.
func parseJSON(r io.Reader, emit func(Reading) error) error {
	lim := &budget{r: bufio.NewReader(r)}
	lim.reset()
	dec := json.NewDecoder(lim)
	if t, err := dec.Token(); err != nil || t != json.Delim('[') {
		if errors.Is(err, errTooLong) {
			return fail("record 0", err.Error())
		}
		return fail("record 0", `expected a JSON array of {"time", "metric", "value"} objects`)
	}
	n := 1
	for ; ; n++ {
		lim.reset()
		if !dec.More() {
			break
		}
		var rec struct {
			Time   json.RawMessage `json:"time"`
			Metric string          `json:"metric"`
			Value  *float64        `json:"value"`
		}
		where := func() string { return fmt.Sprintf("record %d", n) }
		if err := dec.Decode(&rec); err != nil {
			return fail(where(), err.Error())
		}
		ts, err := parseTime(strings.Trim(string(rec.Time), `"`))
		if err != nil {
			return fail(where(), err.Error())
		}
		m, err := metric(rec.Metric)
		if err != nil {
			return fail(where(), err.Error())
		}
		if rec.Value == nil {
			return fail(where(), "value is missing")
		}
		if err := emit(Reading{m, ts, *rec.Value}); err != nil {
			return err
		}
	}
	if _, err := dec.Token(); errors.Is(err, errTooLong) {
		return fail(fmt.Sprintf("record %d", n), err.Error())
	} else if err != nil {
		return fail("end of file", "the JSON array is not closed: "+err.Error())
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

// parseAppleHealth streams the Record elements of an export.xml. Each token
// (element, text, comment, DOCTYPE) may take MaxRecordBytes of the file and
// elements nest at most MaxXMLDepth deep: the decoder holds one token and
// the stack of open elements.
func parseAppleHealth(r io.Reader, emit func(Reading) error) error {
	lim := &budget{r: bufio.NewReader(r)}
	dec := xml.NewDecoder(lim)
	dec.Strict = true
	n, depth := 0, 0
	for {
		lim.reset()
		tok, err := dec.Token()
		if err == io.EOF {
			if n == 0 {
				return fail("end of file", "no HealthData records found")
			}
			return nil
		}
		where := func() string { line, _ := dec.InputPos(); return fmt.Sprintf("line %d", line) }
		if errors.Is(err, errTooLong) {
			return fail(where(), err.Error())
		}
		if err != nil {
			return fail(where(), "broken XML: "+err.Error())
		}
		switch t := tok.(type) {
		case xml.EndElement:
			depth--
		case xml.StartElement:
			if depth++; depth > MaxXMLDepth {
				return fail(where(), fmt.Sprintf("elements nested more than %d deep", MaxXMLDepth))
			}
			if t.Name.Local != "Record" && t.Name.Local != "HealthData" {
				continue
			}
			n++
			if t.Name.Local == "Record" {
				if err := appleRecord(where, t, emit); err != nil {
					return err
				}
			}
		}
	}
}

func appleRecord(where func() string, se xml.StartElement, emit func(Reading) error) error {
	var typ, start, val string
	for _, a := range se.Attr {
		switch a.Name.Local {
		case "type":
			typ = a.Value
		case "startDate":
			start = a.Value
		case "value":
			val = a.Value
		}
	}
	spec, ok := appleTypes[typ]
	if !ok {
		return nil // a record type the platform does not collect
	}
	t, err := time.Parse(appleTime, start)
	if err != nil {
		return fail(where(), fmt.Sprintf("startDate %s is not a date", Quote(start)))
	}
	v, err := value(val)
	if err != nil {
		return fail(where(), err.Error())
	}
	return emit(Reading{spec.m, t.UnixMilli(), v * spec.factor})
}

// Batcher turns readings into signed batches of one frame per reading. The
// batch of a reading is fixed by its position in the file — sequence
// 1 + position / MaxFrames — not by how many readings before it were left
// out, so the same file sent again (a retried upload) produces the same
// batches, which the warehouse stores once.
type Batcher struct {
	Device frame.DeviceID
	Key    ed25519.PrivateKey
	Emit   func(batch []byte) error

	enc     frame.Encoder
	seq     uint64
	frames  int
	raw     [1]uint16
	batches int
}

// MaxFrames bounds frames per uploaded batch.
const MaxFrames = 2000

// Add adds the reading at position pos (0-based, counting every reading the
// file holds) with its raw wire value.
func (b *Batcher) Add(pos int64, r Reading, raw uint16) error {
	seq := uint64(pos/MaxFrames) + 1
	if b.frames > 0 && seq != b.seq {
		if err := b.Flush(); err != nil {
			return err
		}
	}
	if b.frames == 0 {
		b.seq = seq
		b.enc.Reset(b.Device, seq)
	}
	b.raw[0] = raw
	b.enc.AddFrame(r.TimeMs, frame.Series{Metric: r.Metric, IntervalMs: 1000, Raw: b.raw[:]})
	b.frames++
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
	b.batches++
	return b.Emit(out)
}

// Batches returns how many batches were emitted.
func (b *Batcher) Batches() int { return b.batches }
