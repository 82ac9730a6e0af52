// Package upload reads the files contributors upload — CSV, JSON, Open
// mHealth, FHIR, Apple Health export.xml, Garmin FIT, Fitbit's Takeout
// files and zips of them — as a stream of readings mapped to the platform's
// metrics (Mappings), decides which readings an upload may add (Plan: the
// stream's own checks, how far back, how many minutes a day), and turns them
// into the same signed frame batches devices send, so uploads take the same
// path (Kafka topic, stream, warehouse) as live data. Parsers stream in
// bounded memory: a line, record or XML token longer than MaxRecordBytes
// fails the file, so an export of gigabytes is never held whole. A broken
// file fails with the line or record where it broke.
package upload

import (
	"bufio"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"rhd.dev/firmware/frame"
)

// Reading is one value of one metric at one instant, or one value the file
// holds that the platform does not take (Skip says why), or a remark about
// the file (Note). Skips and notes keep their place in the file's order, so
// both passes of an upload see the same positions.
type Reading struct {
	Metric frame.Metric
	TimeMs int64
	Value  float64
	Skip   Reason // not Kept: left out for this reason
	Note   string // not empty: a remark about the file, no value
}

// Format is an upload file format.
type Format string

const (
	CSV         Format = "csv"
	JSON        Format = "json"
	AppleHealth Format = "apple-health"
	OpenMHealth Format = "open-mhealth"
	FHIR        Format = "fhir"
	Fitbit      Format = "fitbit-takeout"
	Zip         Format = "zip"
)

// Formats names what uploads take, for messages.
const Formats = "CSV (time,metric,value), JSON, Open mHealth (IEEE 1752) JSON, FHIR R4 Observations (JSON, Bundle or NDJSON), " +
	"Apple Health export.xml or export.zip, Garmin .fit files, Fitbit (Google Takeout) JSON, or a zip of these (Garmin Connect, Google Takeout)"

// DetectFile recognises the format of the file at path from its name and
// first bytes.
func DetectFile(path string) (Format, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	return Detect(filepath.Base(path), head[:n])
}

// Detect guesses the format from the file name and its first bytes.
func Detect(name string, head []byte) (Format, error) {
	h := strings.TrimSpace(strings.TrimPrefix(string(head), bom))
	lower := strings.ToLower(name)
	base := lower[strings.LastIndexAny(lower, "/\\")+1:]
	switch {
	case len(head) >= 4 && string(head[:4]) == "PK\x03\x04", len(head) >= 4 && string(head[:4]) == "PK\x05\x06":
		return Zip, nil
	case len(head) >= 12 && string(head[8:12]) == ".FIT":
		return GarminFIT, nil
	case strings.HasPrefix(h, "<?xml") || strings.HasPrefix(h, "<HealthData") || strings.HasPrefix(h, "<!DOCTYPE HealthData"):
		return AppleHealth, nil
	case strings.HasPrefix(h, "[") || strings.HasPrefix(h, "{"):
		switch {
		case fitbitMetric(base) != 0 || strings.Contains(h, `"dateTime"`) && strings.Contains(h, `"bpm"`):
			return Fitbit, nil
		case strings.Contains(h, `"resourceType"`):
			return FHIR, nil
		case strings.Contains(h, `"effective_time_frame"`) || strings.Contains(h, `"schema_id"`) || strings.Contains(h, `"header"`):
			return OpenMHealth, nil
		}
		return JSON, nil
	case strings.HasSuffix(lower, ".csv") || strings.HasPrefix(strings.ToLower(h), "time,"):
		return CSV, nil
	}
	return "", fmt.Errorf("unrecognised file %s: uploads take %s", Quote(name), Formats)
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

// Parse streams what a file holds to fn, every reading and every value it
// leaves out: whether a reading may be added is Plan's decision. name is the
// file's name (Fitbit's files say their metric in it). A zip needs
// ParseFile.
func Parse(f Format, name string, r io.Reader, fn func(Reading) error) error {
	switch f {
	case CSV:
		return parseCSV(r, fn)
	case JSON:
		return parseJSON(r, fn)
	case AppleHealth:
		return parseAppleHealth(r, fn)
	case GarminFIT:
		return parseFIT(r, fn)
	case OpenMHealth:
		return parseOMH(r, fn)
	case FHIR:
		return parseFHIR(r, fn)
	case Fitbit:
		return parseFitbit(name, r, fn)
	case Zip:
		return errors.New("a zip is read with ParseFile")
	}
	return fmt.Errorf("unknown format %s", Quote(string(f)))
}

// ParseFile is Parse for a file that can be read at any offset: a zip's
// entries are read in place, never unpacked to disk (see parseZip).
func ParseFile(f Format, name string, r *io.SectionReader, fn func(Reading) error) error {
	if f == Zip {
		return parseZip(r, fn)
	}
	return Parse(f, name, io.NewSectionReader(r, 0, r.Size()), fn)
}

// emitter hands a parser's values to the sink, converting units and
// reading intervals by their mapping's Kind.
type emitter func(Reading) error

func (e emitter) skip(why Reason) error { return e(Reading{Skip: why}) }

// value emits v of mapping mp, in unit, taken over [startMs, endMs] (equal
// for an instant); stat is a descriptive statistic the file names ("" if
// none).
func (e emitter) value(mp Mapping, unit string, v float64, startMs, endMs int64, stat string) error {
	if mp.Units != "fixed" && !strings.HasPrefix(mp.Units, "fixed") {
		var ok bool
		if v, ok = convert(mp.Metric, unit, v); !ok {
			return e.skip(UnknownUnit)
		}
	}
	return e.interval(mp.Metric, mp.Kind, v, startMs, endMs, stat)
}

// interval emits an already converted value by its kind (see Kind).
func (e emitter) interval(m frame.Metric, k Kind, v float64, startMs, endMs int64, stat string) error {
	span := endMs - startMs
	if span < 0 {
		return e.skip(Implausible)
	}
	stat = strings.ToLower(strings.TrimSpace(stat))
	switch k {
	case Sample:
		switch {
		case span == 0 && stat == "":
			return e(Reading{Metric: m, TimeMs: startMs, Value: v})
		case span <= MaxSampleSpan && (stat == "" || stat == "average" || stat == "mean" || stat == "median"):
			return e(Reading{Metric: m, TimeMs: startMs + span/2, Value: v})
		}
		return e.skip(Summary)
	case Count:
		if stat != "" && stat != "sum" && stat != "count" {
			return e.skip(Summary)
		}
		if span > MaxCountSpan {
			return e.skip(Summary)
		}
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || v > 1e9 {
			return e(Reading{Metric: m, TimeMs: startMs, Value: v}) // refused by Plan, counted
		}
		n := max(1, (span+59_999)/60_000) // minutes the count spreads over
		total := int64(math.Round(v))
		for i := range n {
			share := total / n
			if i < total%n {
				share++
			}
			if err := e(Reading{Metric: m, TimeMs: startMs + i*60_000, Value: float64(share)}); err != nil {
				return err
			}
		}
		return nil
	case Span:
		if span > MaxSpan {
			return e.skip(Summary)
		}
		n := max(1, (span+59_999)/60_000)
		for i := range n {
			if err := e(Reading{Metric: m, TimeMs: startMs + i*60_000, Value: v}); err != nil {
				return err
			}
		}
		return nil
	}
	return e.skip(NotCollected)
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
		names := make([]string, len(frame.Metrics))
		for i, m := range frame.Metrics {
			names[i] = m.String()
		}
		return 0, fmt.Errorf("unknown metric %s (%s)", Quote(name), strings.Join(names, ", "))
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
	return Reading{Metric: m, TimeMs: ts, Value: v}, nil
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
		if err := emit(Reading{Metric: m, TimeMs: ts, Value: *rec.Value}); err != nil {
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
