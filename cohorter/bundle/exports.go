package bundle

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"

	"rhd.dev/warehouse"
)

// minuteRow is one row of the warehouse export, as the standard exports see it.
type minuteRow struct {
	label          string
	minuteMs       int64
	metric         *Metric
	n              int32
	sum, min, max  float64
	bundle, issued string
}

func (r minuteRow) value() float64 {
	if r.metric.Summary == "sum" {
		return r.sum
	}
	return r.sum / float64(r.n)
}

func (r minuteRow) period() (string, string) {
	start := time.UnixMilli(r.minuteMs).UTC()
	return start.Format(time.RFC3339), start.Add(time.Minute).Format(time.RFC3339)
}

// eachRow streams the bundle's minute rows from the warehouse in the order
// of readings_minute.parquet, skipping metrics that keep must refuse.
func eachRow(ctx context.Context, in Input, ps []participant, keep func(*Metric) bool, fn func(minuteRow) error) error {
	members := make([]warehouse.ExportMember, len(ps))
	for i, p := range ps {
		members[i] = warehouse.ExportMember{PID: p.member.PID, Participant: int32(i), OffsetMs: p.offsetMs, Rows: p.member.Rows}
	}
	issued := in.Bundle.CreatedAt.UTC().Format(time.RFC3339)
	return in.Warehouse.Export(ctx, SnapshotScope(in.Snapshot), members, func(rec arrow.RecordBatch) error {
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
				sum: sum.Value(i), min: lo.Value(i), max: hi.Value(i), bundle: in.Bundle.ID, issued: issued}
			if err := fn(row); err != nil {
				return err
			}
		}
		return ctx.Err()
	})
}

type coding struct {
	System  string `json:"system"`
	Code    string `json:"code"`
	Display string `json:"display,omitempty"`
}

type concept struct {
	Coding []coding `json:"coding"`
	Text   string   `json:"text,omitempty"`
}

type quantity struct {
	Value  float64 `json:"value"`
	Unit   string  `json:"unit"`
	System string  `json:"system"`
	Code   string  `json:"code"`
}

type component struct {
	Code          concept   `json:"code"`
	ValueQuantity *quantity `json:"valueQuantity,omitempty"`
	ValueInteger  *int32    `json:"valueInteger,omitempty"`
}

type observation struct {
	ResourceType string    `json:"resourceType"`
	ID           string    `json:"id"`
	Status       string    `json:"status"`
	Category     []concept `json:"category"`
	Code         concept   `json:"code"`
	Subject      struct {
		Identifier struct {
			System string `json:"system"`
			Value  string `json:"value"`
		} `json:"identifier"`
	} `json:"subject"`
	EffectivePeriod struct {
		Start string `json:"start"`
		End   string `json:"end"`
	} `json:"effectivePeriod"`
	Issued        string      `json:"issued"`
	ValueQuantity quantity    `json:"valueQuantity"`
	Component     []component `json:"component"`
}

const ucum = "http://unitsofmeasure.org"

func statistic(code, text string) concept {
	return concept{Coding: []coding{{System: "urn:rhd:statistic", Code: code}}, Text: text}
}

// writeFHIR writes one FHIR R4 Observation per minute summary as bulk-data
// NDJSON. Subjects are referenced by the bundle pseudonym only: there are no
// Patient resources.
func writeFHIR(ctx context.Context, w io.Writer, in Input, ps []participant) (int64, error) {
	bw := bufio.NewWriterSize(w, 256<<10)
	enc := json.NewEncoder(bw)
	var rows int64
	err := eachRow(ctx, in, ps, func(m *Metric) bool { return m.Category != "" }, func(r minuteRow) error {
		md := r.metric
		o := observation{ResourceType: "Observation", Status: "final", Issued: r.issued,
			ID:       fmt.Sprintf("%s-%s-%d", strings.TrimPrefix(r.label, "p_"), strings.ReplaceAll(md.Name, "_", "-"), r.minuteMs),
			Category: []concept{{Coding: []coding{{System: "http://terminology.hl7.org/CodeSystem/observation-category", Code: md.Category}}}},
		}
		if md.LOINC != "" {
			o.Code = concept{Coding: []coding{{System: "http://loinc.org", Code: md.LOINC, Display: md.LOINCDisplay}}, Text: md.Name}
		} else {
			o.Code = concept{Coding: []coding{{System: "urn:rhd:metric", Code: md.Name}}, Text: md.Meaning}
		}
		o.Subject.Identifier.System = "urn:rhd:bundle:" + r.bundle + ":participant"
		o.Subject.Identifier.Value = r.label
		o.EffectivePeriod.Start, o.EffectivePeriod.End = r.period()
		q := func(v float64) quantity { return quantity{Value: v, Unit: md.fhirUnit, System: ucum, Code: md.UCUM} }
		o.ValueQuantity = q(r.value())
		lo, hi, n := q(r.min), q(r.max), r.n
		o.Component = []component{
			{Code: statistic("count", "samples in the minute"), ValueInteger: &n},
			{Code: statistic("minimum", "smallest sample in the minute"), ValueQuantity: &lo},
			{Code: statistic("maximum", "largest sample in the minute"), ValueQuantity: &hi},
		}
		rows++
		return enc.Encode(o)
	})
	if err != nil {
		return rows, err
	}
	return rows, bw.Flush()
}

// writeOMH writes one Open mHealth data point per minute summary of every
// metric that has an Open mHealth schema.
func writeOMH(ctx context.Context, w io.Writer, in Input, ps []participant) (int64, error) {
	bw := bufio.NewWriterSize(w, 256<<10)
	enc := json.NewEncoder(bw)
	var rows int64
	err := eachRow(ctx, in, ps, func(m *Metric) bool { return m.OMH != "" }, func(r minuteRow) error {
		md := r.metric
		name, version, _ := strings.Cut(md.OMH, ":")
		key := strings.ReplaceAll(name, "-", "_")
		start, end := r.period()
		body := map[string]any{"effective_time_frame": map[string]any{"time_interval": map[string]string{"start_date_time": start, "end_date_time": end}}}
		if md.Summary == "sum" {
			body[key] = r.value()
		} else {
			body[key] = map[string]any{"value": r.value(), "unit": md.omhUnit}
			body["descriptive_statistic"] = "average"
		}
		sum := sha256.Sum256([]byte(r.bundle + "|" + r.label + "|" + md.Name + "|" + fmt.Sprint(r.minuteMs)))
		sum[6], sum[8] = sum[6]&0x0f|0x50, sum[8]&0x3f|0x80 // a name-based UUID's version and variant bits
		id := hex.EncodeToString(sum[:16])
		point := map[string]any{
			"header": map[string]any{
				"id":                     id[:8] + "-" + id[8:12] + "-" + id[12:16] + "-" + id[16:20] + "-" + id[20:32],
				"creation_date_time":     r.issued,
				"schema_id":              map[string]string{"namespace": "omh", "name": name, "version": version},
				"acquisition_provenance": map[string]string{"source_name": Publisher + " minute summary", "modality": "sensed"},
				"user_id":                r.label,
			},
			"body": body,
		}
		rows++
		return enc.Encode(point)
	})
	if err != nil {
		return rows, err
	}
	return rows, bw.Flush()
}
