package bundle

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"

	"rhd.dev/warehouse"
)

// minuteRow is one row of the warehouse export, as the standard exports see it.
type minuteRow struct {
	label         string
	minuteMs      int64
	metric        *Metric
	n             int32
	sum, min, max float64
	bundle        string
}

func (r minuteRow) value() float64 {
	if r.metric.Summary == "sum" {
		return r.sum
	}
	return r.sum / float64(r.n)
}

// eachRow streams the bundle's minute rows from the warehouse in the order
// of readings_minute.parquet, skipping metrics that keep must refuse.
func eachRow(ctx context.Context, in Input, ps []participant, keep func(*Metric) bool, fn func(minuteRow) error) error {
	members := make([]warehouse.ExportMember, len(ps))
	for i, p := range ps {
		members[i] = warehouse.ExportMember{PID: p.member.PID, Participant: int32(i), OffsetMs: p.offsetMs, Rows: p.member.Rows}
	}
	share, kept := in.dayShare(), map[[2]int64]bool{}
	return in.Warehouse.Export(ctx, SnapshotScope(in.Snapshot), members, func(rec arrow.RecordBatch) error {
		// The same days as readings_minute.parquet: a standard export must
		// not hold a day the bundle leaves out.
		rec, err := keptDays(ctx, rec, ps, share, kept)
		if err != nil {
			return err
		}
		defer rec.Release()
		part := rec.Column(0).(*array.Int32)
		minute := rec.Column(1).(*array.Int64)
		metric := rec.Column(2).(*array.String)
		n := rec.Column(3).(*array.Int32)
		sum, lo, hi := rec.Column(4).(*array.Float64), rec.Column(5).(*array.Float64), rec.Column(6).(*array.Float64)
		for i := range int(rec.NumRows()) {
			md, ok := metricByName(metric.Value(i))
			if !ok || !keep(md) || n.Value(i) <= 0 {
				continue
			}
			row := minuteRow{label: ps[part.Value(i)].label, minuteMs: minute.Value(i), metric: md, n: n.Value(i),
				sum: sum.Value(i), min: lo.Value(i), max: hi.Value(i), bundle: in.Bundle.ID}
			if err := fn(row); err != nil {
				return err
			}
		}
		return ctx.Err()
	})
}

// The standard exports are written with appends rather than encoding/json:
// one record per minute row, and reflection cost most of the export's time.
// Every string spliced in is either a constant encoded once with
// encoding/json or a pseudonym, id or timestamp of [0-9A-Za-z_:+-] only.

const ucum = "http://unitsofmeasure.org"

// fhirParts are one metric's constant pieces of an Observation.
type fhirParts struct {
	head     []byte // from "status" to the subject's system
	quantity []byte // ,"unit":…,"system":…,"code":…}
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

func newFHIRParts(md *Metric, bundleID string) *fhirParts {
	code := map[string]any{"coding": []map[string]string{{"system": "urn:rhd:metric", "code": md.Name}}, "text": md.Meaning}
	if md.LOINC != "" {
		code = map[string]any{"coding": []map[string]string{{"system": "http://loinc.org", "code": md.LOINC, "display": md.LOINCDisplay}}, "text": md.Name}
	}
	head := []byte(`"status":"final","category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":`)
	head = append(head, mustJSON(md.Category)...)
	head = append(head, `}]}],"code":`...)
	head = append(head, mustJSON(code)...)
	head = append(head, `,"subject":{"identifier":{"system":`...)
	head = append(head, mustJSON("urn:rhd:bundle:"+bundleID+":participant")...)
	q := []byte(`,"unit":`)
	q = append(q, mustJSON(md.fhirUnit)...)
	q = append(q, `,"system":"`+ucum+`","code":`...)
	q = append(q, mustJSON(md.UCUM)...)
	q = append(q, '}')
	return &fhirParts{head: head, quantity: q}
}

// appendNumber writes a finite float as a JSON number (null otherwise).
func appendNumber(b []byte, v float64) []byte {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return append(b, "null"...)
	}
	return strconv.AppendFloat(b, v, 'g', -1, 64)
}

func appendTime(b []byte, ms int64) []byte {
	b = append(b, '"')
	b = time.UnixMilli(ms).UTC().AppendFormat(b, time.RFC3339)
	return append(b, '"')
}

// writeFHIR writes one FHIR R4 Observation per minute summary as bulk-data
// NDJSON. Subjects are referenced by the bundle pseudonym only: there are no
// Patient resources.
func writeFHIR(ctx context.Context, w io.Writer, in Input, ps []participant) (int64, error) {
	bw := bufio.NewWriterSize(w, 256<<10)
	parts := map[*Metric]*fhirParts{}
	issued := appendTime(nil, in.Bundle.CreatedAt.UnixMilli())
	var rows int64
	var b []byte
	err := eachRow(ctx, in, ps, func(m *Metric) bool { return m.Category != "" }, func(r minuteRow) error {
		md := r.metric
		fp := parts[md]
		if fp == nil {
			fp = newFHIRParts(md, r.bundle)
			parts[md] = fp
		}
		quantity := func(v float64) {
			b = append(b, `{"value":`...)
			b = appendNumber(b, v)
			b = append(b, fp.quantity...)
		}
		b = append(b[:0], `{"resourceType":"Observation","id":"`...)
		b = append(b, strings.TrimPrefix(r.label, "p_")...)
		b = append(b, '-')
		for i := 0; i < len(md.Name); i++ {
			if c := md.Name[i]; c == '_' {
				b = append(b, '-')
			} else {
				b = append(b, c)
			}
		}
		b = append(b, '-')
		b = strconv.AppendInt(b, r.minuteMs, 10)
		b = append(b, `",`...)
		b = append(b, fp.head...)
		b = append(b, `,"value":"`...)
		b = append(b, r.label...)
		b = append(b, `"}},"effectivePeriod":{"start":`...)
		b = appendTime(b, r.minuteMs)
		b = append(b, `,"end":`...)
		b = appendTime(b, r.minuteMs+60_000)
		b = append(b, `},"issued":`...)
		b = append(b, issued...)
		b = append(b, `,"valueQuantity":`...)
		quantity(r.value())
		b = append(b, `,"component":[{"code":{"coding":[{"system":"urn:rhd:statistic","code":"count"}],"text":"samples in the minute"},"valueInteger":`...)
		b = strconv.AppendInt(b, int64(r.n), 10)
		b = append(b, `},{"code":{"coding":[{"system":"urn:rhd:statistic","code":"minimum"}],"text":"smallest sample in the minute"},"valueQuantity":`...)
		quantity(r.min)
		b = append(b, `},{"code":{"coding":[{"system":"urn:rhd:statistic","code":"maximum"}],"text":"largest sample in the minute"},"valueQuantity":`...)
		quantity(r.max)
		b = append(b, "}]}\n"...)
		rows++
		_, err := bw.Write(b)
		return err
	})
	if err != nil {
		return rows, err
	}
	return rows, bw.Flush()
}

// omhParts are one metric's constant pieces of an Open mHealth data point.
type omhParts struct {
	schema []byte // ,"schema_id":{…},"acquisition_provenance":{…},"user_id":
	value  []byte // "body":{"<key>":  (then the value)
	after  []byte // after the value: unit and statistic
}

func newOMHParts(md *Metric) *omhParts {
	name, version, _ := strings.Cut(md.OMH, ":")
	p := &omhParts{}
	p.schema = append([]byte(`,"schema_id":`), mustJSON(map[string]string{"namespace": "omh", "name": name, "version": version})...)
	p.schema = append(p.schema, `,"acquisition_provenance":`...)
	p.schema = append(p.schema, mustJSON(map[string]string{"source_name": Publisher + " minute summary", "modality": "sensed"})...)
	p.schema = append(p.schema, `,"user_id":"`...)
	key := strings.ReplaceAll(name, "-", "_")
	if md.Summary == "sum" {
		p.value = []byte(`"body":{` + string(mustJSON(key)) + `:`)
		p.after = []byte(`,`)
	} else {
		p.value = []byte(`"body":{` + string(mustJSON(key)) + `:{"value":`)
		p.after = append(append([]byte(`,"unit":`), mustJSON(md.omhUnit)...), `},"descriptive_statistic":"average",`...)
	}
	return p
}

// writeOMH writes one Open mHealth data point per minute summary of every
// metric that has an Open mHealth schema.
func writeOMH(ctx context.Context, w io.Writer, in Input, ps []participant) (int64, error) {
	bw := bufio.NewWriterSize(w, 256<<10)
	parts := map[*Metric]*omhParts{}
	issued := appendTime(nil, in.Bundle.CreatedAt.UnixMilli())
	var rows int64
	var b []byte
	var id [36]byte
	err := eachRow(ctx, in, ps, func(m *Metric) bool { return m.OMH != "" }, func(r minuteRow) error {
		md := r.metric
		op := parts[md]
		if op == nil {
			op = newOMHParts(md)
			parts[md] = op
		}
		sum := sha256.Sum256([]byte(r.bundle + "|" + r.label + "|" + md.Name + "|" + strconv.FormatInt(r.minuteMs, 10)))
		sum[6], sum[8] = sum[6]&0x0f|0x50, sum[8]&0x3f|0x80 // a name-based UUID's version and variant bits
		hex.Encode(id[0:8], sum[0:4])
		hex.Encode(id[9:13], sum[4:6])
		hex.Encode(id[14:18], sum[6:8])
		hex.Encode(id[19:23], sum[8:10])
		hex.Encode(id[24:36], sum[10:16])
		id[8], id[13], id[18], id[23] = '-', '-', '-', '-'
		b = append(b[:0], `{"header":{"id":"`...)
		b = append(b, id[:]...)
		b = append(b, `","creation_date_time":`...)
		b = append(b, issued...)
		b = append(b, op.schema...)
		b = append(b, r.label...)
		b = append(b, `"},`...)
		b = append(b, op.value...)
		b = appendNumber(b, r.value())
		b = append(b, op.after...)
		b = append(b, `"effective_time_frame":{"time_interval":{"start_date_time":`...)
		b = appendTime(b, r.minuteMs)
		b = append(b, `,"end_date_time":`...)
		b = appendTime(b, r.minuteMs+60_000)
		b = append(b, "}}}}\n"...)
		rows++
		_, err := bw.Write(b)
		return err
	})
	if err != nil {
		return rows, err
	}
	return rows, bw.Flush()
}
