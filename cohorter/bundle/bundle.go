// Package bundle exports a cohort snapshot for one purchase: per-minute
// readings and participants as Parquet (streamed from the warehouse as Arrow
// record batches, bounded memory), optional FHIR and Open mHealth exports, a
// datasheet, a data dictionary, Frictionless metadata and BagIt-style
// checksums. Pseudonyms and per-participant time offsets come from the
// bundle's secret (one per snapshot), and a bundle holds a fixed share of
// each participant's days (see DefaultDayShare).
package bundle

import (
	"archive/zip"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/compute"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
	"github.com/klauspost/compress/flate"

	"rhd.dev/ledger"
	"rhd.dev/warehouse"
)

// SchemaVersion is the version of the bundle layout and Parquet schemas.
const SchemaVersion = "2"

// Publisher names the platform in citations and metadata.
const Publisher = "Remote Health Dashboard"

// License is the terms every bundle is delivered under.
const License = "RHD Research Data License 1.0: research use only; no attempt to re-identify participants; no redistribution."

// Terms are the data-use terms a researcher accepts with every purchase.
const Terms = "The buyer uses the data only for the research they described at sign-up; keeps it on access-controlled systems; " +
	"does not try to re-identify, contact or link any participant to other data about them; does not share the files beyond their team; " +
	"deletes a participant's rows when the platform asks; and cites the dataset as suggested."

// File names inside a bundle.
const (
	ReadingsFile     = "readings_minute.parquet"
	ParticipantsFile = "participants.parquet"
	FHIRFile         = "fhir/Observation.ndjson"
	OMHFile          = "omh/data-points.ndjson"
	DictionaryFile   = "dictionary.json"
	DataPackageFile  = "datapackage.json"
	ReadmeFile       = "README.md"
	ManifestFile     = "manifest.json"
	// ChecksumFile lists the SHA-256 of every other file, BagIt style
	// (RFC 8493): "<hex digest>  <path>" per line. It is written last.
	ChecksumFile = "manifest-sha256.txt"
)

// MaxOffsetDays bounds the per-participant time shift.
const MaxOffsetDays = 365

// DefaultDayShare is the share of each participant's days a bundle holds
// (Input.DayShare). Which days is fixed per person and true day (a hash of
// their warehouse pseudonym, which never leaves the platform, and the day),
// so every bundle of every version holds the same days of a person:
// someone who knows a person's readings on one day finds that day in no
// bundle with probability 1 − DayShare, however many bundles they buy.
const DefaultDayShare = 0.5

// keepsDay reports whether bundles with the given day share hold the
// person's true UTC day.
func keepsDay(pid string, day int64, share float64) bool {
	h := sha256.Sum256([]byte(fmt.Sprintf("bundle-day:%s:%d", pid, day)))
	return float64(binary.BigEndian.Uint64(h[:8])>>11)/(1<<53) < share
}

// Manifest describes a bundle; it is written after every other file but the
// checksum list, with those files' hashes.
type Manifest struct {
	SchemaVersion string `json:"schema_version"`
	// Identifier is the dataset's stable identifier: the snapshot it was cut
	// from and the bundle (one purchase's pseudonyms); Version is the
	// cohort's version number.
	Identifier   string            `json:"identifier"`
	Version      string            `json:"version"`
	Bundle       string            `json:"bundle"`
	Cohort       string            `json:"cohort"`
	Description  string            `json:"description"`
	Snapshot     string            `json:"snapshot"`
	Issued       string            `json:"issued"`
	K            int               `json:"k"`
	MerkleRoot   string            `json:"merkle_root"`
	Participants int               `json:"participants"`
	WindowDays   int               `json:"window_days"`
	Rows         map[string]int64  `json:"rows"`
	MetricRows   map[string]int64  `json:"metric_rows"`
	Formats      []string          `json:"formats"`
	SHA256       map[string]string `json:"sha256"`
	Bytes        map[string]int64  `json:"bytes"`
	License      string            `json:"license"`
	Terms        string            `json:"terms"`
	Citation     string            `json:"citation"`
	TimeNote     string            `json:"time_note"`
	files        []string          // in the order written
}

// Sink receives the bundle's files one after another.
type Sink interface {
	Create(name string) (io.WriteCloser, error)
}

// Dir writes the bundle's files into a directory.
type Dir string

func (d Dir) Create(name string) (io.WriteCloser, error) {
	path := filepath.Join(string(d), filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	return os.Create(path)
}

// Zip writes the bundle as one zip stream (no seeking: it can go straight to
// an HTTP response). Close the Zip after Export to finish the archive.
type Zip struct{ *zip.Writer }

// NewZip starts a zip stream on w. Deflate is klauspost/compress's, at
// level 5: the NDJSON exports are most of a zip's input, and the standard
// library's compressor took 38% of their export time.
func NewZip(w io.Writer) Zip {
	z := zip.NewWriter(w)
	z.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) { return flate.NewWriter(out, 5) })
	return Zip{z}
}

func (z Zip) Create(name string) (io.WriteCloser, error) {
	method := zip.Deflate
	if strings.HasSuffix(name, ".parquet") {
		method = zip.Store // already compressed
	}
	w, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: method, Modified: time.Unix(0, 0).UTC()})
	return nopCloser{w}, err
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// Input is everything one export needs.
type Input struct {
	Warehouse warehouse.Warehouse
	Cohort    ledger.Cohort
	Snapshot  ledger.Snapshot
	Members   []ledger.SnapshotMember
	Bundle    ledger.Bundle
	// Formats are the standard exports wanted beside Parquet (see ParseFormats).
	Formats []string
	// Progress, if set, is called with the readings rows written so far.
	Progress func(rows int64)
	// DayShare is the share of each participant's days exported, in (0, 1];
	// zero means DefaultDayShare.
	DayShare float64
}

// dayShare is the share of each participant's days the bundle holds.
func (in Input) dayShare() float64 {
	if in.DayShare == 0 {
		return DefaultDayShare
	}
	return in.DayShare
}

// participant is a member as the bundle shows it.
type participant struct {
	label    string
	offsetMs int64
	member   ledger.SnapshotMember
}

// participants derives the bundle's pseudonyms and offsets from its secret.
// They are ordered by pseudonym, which reveals nothing of the warehouse order.
func participants(secret []byte, members []ledger.SnapshotMember) []participant {
	out := make([]participant, len(members))
	for i, m := range members {
		mac := hmac.New(sha256.New, secret)
		mac.Write([]byte("participant:" + m.PID))
		sum := mac.Sum(nil)
		// Whole days keep time of day and every gap within a participant.
		days := int64(binary.BigEndian.Uint64(sum[16:24])%(2*MaxOffsetDays)) - MaxOffsetDays
		if days >= 0 {
			days++ // never zero: every timestamp moves
		}
		out[i] = participant{label: label(sum), offsetMs: days * 24 * 3600 * 1000, member: m}
	}
	slices.SortFunc(out, func(a, b participant) int { return strings.Compare(a.label, b.label) })
	return out
}

func label(sum []byte) string { return "p_" + hex.EncodeToString(sum[:8]) }

// Pseudonym is the participant label a bundle made with secret gives the
// warehouse pseudonym pid: what the platform (never a researcher) uses to
// tell whom a bundle row is about.
func Pseudonym(secret []byte, pid string) string {
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte("participant:" + pid))
	return label(mac.Sum(nil))
}

// Export writes the bundle to sink. The same bundle exported again with the
// same formats gives the same bytes.
func Export(ctx context.Context, in Input, sink Sink) (Manifest, error) {
	if len(in.Members) == 0 || len(in.Members) < in.Snapshot.K {
		return Manifest{}, fmt.Errorf("bundle: snapshot %s has %d members, fewer than k = %d", in.Snapshot.ID, len(in.Members), in.Snapshot.K)
	}
	if !(in.DayShare >= 0 && in.DayShare <= 1) {
		return Manifest{}, fmt.Errorf("bundle: day share %g is not in (0, 1]", in.DayShare)
	}
	if len(in.Bundle.Secret) < 16 {
		return Manifest{}, errors.New("bundle: the bundle has no secret")
	}
	formats, err := ParseFormats(strings.Join(in.Formats, ","))
	if err != nil {
		return Manifest{}, err
	}
	share := in.dayShare()
	ps := participants(in.Bundle.Secret, in.Members)
	man := Manifest{
		SchemaVersion: SchemaVersion, Identifier: Identifier(in.Snapshot.ID, in.Bundle.ID), Version: fmt.Sprintf("v%d", in.Snapshot.Version),
		Bundle: in.Bundle.ID, Cohort: in.Cohort.ID, Description: in.Cohort.Description,
		Snapshot: in.Snapshot.ID, Issued: in.Bundle.CreatedAt.UTC().Format(time.RFC3339), K: in.Snapshot.K, MerkleRoot: hex.EncodeToString(in.Snapshot.MerkleRoot),
		Participants: len(ps), WindowDays: int(in.Snapshot.WindowTo.Sub(in.Snapshot.WindowFrom).Hours() / 24),
		Rows: map[string]int64{}, MetricRows: map[string]int64{}, Formats: formats, SHA256: map[string]string{}, Bytes: map[string]int64{},
		License: License, Terms: Terms,
		TimeNote: "Each participant's timestamps are shifted by a whole number of days (kept secret, different per participant and per snapshot): times of day and gaps within a day are real, calendar dates and weekdays are not. " +
			"The bundle holds a fixed share of each participant's days (" + fmt.Sprintf("%.0f", share*100) + " %), the same days in every bundle of every version: coverage_days counts the days of the whole snapshot.",
	}
	man.Citation = citation(man, in.Bundle.CreatedAt.UTC().Year())
	rows, err := writeFile(sink, ReadingsFile, &man, func(w io.Writer) (int64, error) { return writeReadings(ctx, w, in, ps, man.MetricRows, share) })
	if err != nil {
		return man, err
	}
	man.Rows[ReadingsFile] = rows
	if rows, err = writeFile(sink, ParticipantsFile, &man, func(w io.Writer) (int64, error) { return writeParticipants(w, ps) }); err != nil {
		return man, err
	}
	man.Rows[ParticipantsFile] = rows
	for _, f := range formats {
		name, write := FHIRFile, writeFHIR
		if f == FormatOMH {
			name, write = OMHFile, writeOMH
		}
		if rows, err = writeFile(sink, name, &man, func(w io.Writer) (int64, error) { return write(ctx, w, in, ps) }); err != nil {
			return man, err
		}
		man.Rows[name] = rows
	}
	for _, doc := range []struct {
		name string
		body func() ([]byte, error)
	}{
		{DictionaryFile, func() ([]byte, error) { return jsonDoc(dictionary()) }},
		{DataPackageFile, func() ([]byte, error) { return jsonDoc(dataPackage(man)) }},
		{ReadmeFile, func() ([]byte, error) { return []byte(readme(man, in.Members)), nil }},
		{ManifestFile, func() ([]byte, error) { return jsonDoc(man) }},
	} {
		body, err := doc.body()
		if err != nil {
			return man, err
		}
		if _, err := writeFile(sink, doc.name, &man, func(w io.Writer) (int64, error) { _, err := w.Write(body); return 0, err }); err != nil {
			return man, err
		}
	}
	var list strings.Builder
	for _, name := range man.files {
		fmt.Fprintf(&list, "%s  %s\n", man.SHA256[name], name)
	}
	f, err := sink.Create(ChecksumFile)
	if err != nil {
		return man, err
	}
	if _, err := io.WriteString(f, list.String()); err != nil {
		f.Close()
		return man, err
	}
	return man, f.Close()
}

// Identifier is the stable identifier of the dataset a bundle holds.
func Identifier(snapshotID, bundleID string) string { return "rhd:" + snapshotID + "/" + bundleID }

func jsonDoc(v any) ([]byte, error) {
	b, err := json.MarshalIndent(v, "", "  ")
	return append(b, '\n'), err
}

// writeFile creates name in sink, lets write fill it and records its SHA-256
// and size.
func writeFile(sink Sink, name string, man *Manifest, write func(io.Writer) (int64, error)) (int64, error) {
	f, err := sink.Create(name)
	if err != nil {
		return 0, err
	}
	h := sha256.New()
	cw := &countWriter{}
	n, err := write(io.MultiWriter(f, h, cw))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return 0, fmt.Errorf("bundle: %s: %w", name, err)
	}
	man.SHA256[name], man.Bytes[name] = hexSum(h), cw.n
	man.files = append(man.files, name)
	return n, nil
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

func hexSum(h hash.Hash) string { return hex.EncodeToString(h.Sum(nil)) }

func writerProps() (*parquet.WriterProperties, pqarrow.ArrowWriterProperties) {
	return parquet.NewWriterProperties(
			parquet.WithCompression(compress.Codecs.Zstd),
			// Dictionaries where values repeat (pseudonyms, metric and
			// category names); plain encoding for measurements, where a
			// dictionary costs time and saves nothing.
			parquet.WithDictionaryDefault(false),
			parquet.WithDictionaryFor("participant", true),
			parquet.WithDictionaryFor("metric", true),
			parquet.WithDictionaryFor("age_band", true),
			parquet.WithDictionaryFor("activity_level", true),
			parquet.WithDictionaryFor("device_type", true),
			parquet.WithMaxRowGroupLength(512*1024),
			parquet.WithCreatedBy("rhd bundle "+SchemaVersion),
		),
		pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema())
}

// writeReadings streams the members' minute rows from the warehouse into
// Parquet one Arrow record batch at a time. Most output columns share the
// warehouse batch's buffers: participant numbers become dictionary indices
// into the bundle's pseudonyms, minute_ms becomes a UTC timestamp.
func writeReadings(ctx context.Context, w io.Writer, in Input, ps []participant, perMetric map[string]int64, share float64) (int64, error) {
	props, aprops := writerProps()
	fw, err := pqarrow.NewFileWriter(readingsSchema, w, props, aprops)
	if err != nil {
		return 0, err
	}
	members := make([]warehouse.ExportMember, len(ps))
	lb := array.NewStringBuilder(memory.DefaultAllocator)
	for i, p := range ps {
		members[i] = warehouse.ExportMember{PID: p.member.PID, Participant: int32(i), OffsetMs: p.offsetMs, Rows: p.member.Rows}
		lb.Append(p.label)
	}
	labels := lb.NewStringArray()
	lb.Release()
	defer labels.Release()
	scope := SnapshotScope(in.Snapshot)
	var counts []metricCount
	defer func() {
		for _, c := range counts {
			perMetric[c.name] = c.rows
		}
	}()
	var rows int64
	kept := map[[2]int64]bool{} // (participant, true day): keepsDay
	err = in.Warehouse.Export(ctx, scope, members, func(rec arrow.RecordBatch) error {
		rec, err := keptDays(ctx, rec, ps, share, kept)
		if err != nil {
			return err
		}
		defer rec.Release()
		out, err := readingsRecord(rec, labels)
		if err != nil {
			return err
		}
		defer out.Release()
		counts = countMetrics(rec.Column(2).(*array.String), counts)
		if err := fw.WriteBuffered(out); err != nil {
			return err
		}
		rows += rec.NumRows()
		if in.Progress != nil {
			in.Progress(rows)
		}
		return ctx.Err()
	})
	if cerr := fw.Close(); err == nil {
		err = cerr
	}
	return rows, err
}

type metricCount struct {
	name string
	rows int64
}

// countMetrics adds a batch's rows per metric to counts. A short slice
// searched in order beats a map here (a dozen metrics at most, two or three
// in most bundles). Names are views of the batch's memory, which is
// released: a new one is copied.
func countMetrics(names *array.String, counts []metricCount) []metricCount {
	last := 0
rows:
	for i := range names.Len() {
		name := names.Value(i)
		if last < len(counts) && counts[last].name == name {
			counts[last].rows++
			continue
		}
		for j := range counts {
			if counts[j].name == name {
				counts[j].rows++
				last = j
				continue rows
			}
		}
		counts = append(counts, metricCount{strings.Clone(name), 1})
		last = len(counts) - 1
	}
	return counts
}

// keptDays returns the rows of rec on the days bundles hold of each
// participant (see DayShare), as a new reference.
func keptDays(ctx context.Context, rec arrow.RecordBatch, ps []participant, share float64, kept map[[2]int64]bool) (arrow.RecordBatch, error) {
	part, ok1 := rec.Column(0).(*array.Int32)
	minute, ok2 := rec.Column(1).(*array.Int64)
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("bundle: export batch has participant %s and minute %s, want int32 and int64", rec.Column(0).DataType(), rec.Column(1).DataType())
	}
	mb := array.NewBooleanBuilder(memory.DefaultAllocator)
	defer mb.Release()
	mb.Reserve(int(rec.NumRows()))
	all := true
	last, keep := [2]int64{-1, 0}, false // rows come by participant and minute
	for i := 0; i < part.Len(); i++ {
		if int(part.Value(i)) >= len(ps) || part.Value(i) < 0 {
			return nil, fmt.Errorf("bundle: export row of participant %d of %d", part.Value(i), len(ps))
		}
		p := &ps[part.Value(i)]
		key := [2]int64{int64(part.Value(i)), floorDiv(minute.Value(i)-p.offsetMs, dayMs)}
		if key != last {
			var ok bool
			if keep, ok = kept[key]; !ok {
				keep = share >= 1 || keepsDay(p.member.PID, key[1], share)
				kept[key] = keep
			}
			last = key
		}
		all = all && keep
		mb.UnsafeAppend(keep)
	}
	if all {
		rec.Retain()
		return rec, nil
	}
	mask := mb.NewBooleanArray()
	defer mask.Release()
	return compute.FilterRecordBatch(ctx, rec, mask, compute.DefaultFilterOptions())
}

const dayMs = 24 * 3600 * 1000

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// readingsRecord turns a warehouse export batch into a readings_minute batch.
func readingsRecord(rec arrow.RecordBatch, labels *array.String) (arrow.RecordBatch, error) {
	n := int(rec.NumRows())
	// The new arrays share the warehouse batch's buffers. Every reference
	// taken here is released again: DuckDB's batches are imported C memory,
	// and one leaked reference keeps a whole batch (every column) alive.
	indices := retype(rec.Column(0).Data(), arrow.PrimitiveTypes.Int32)
	defer indices.Release()
	participant := array.NewDictionaryArray(readingsSchema.Field(0).Type, indices, labels)
	defer participant.Release()
	minute := retype(rec.Column(1).Data(), readingsSchema.Field(1).Type)
	defer minute.Release()
	samples := rec.Column(3).(*array.Int32)
	sum := rec.Column(4).(*array.Float64)
	mb := array.NewFloat64Builder(memory.DefaultAllocator)
	mb.Reserve(n)
	for i := 0; i < n; i++ {
		mb.UnsafeAppend(sum.Value(i) / float64(samples.Value(i)))
	}
	mean := mb.NewFloat64Array()
	mb.Release()
	defer mean.Release()
	cols := []arrow.Array{participant, minute, rec.Column(2), samples, mean, rec.Column(5), rec.Column(6), sum}
	return array.NewRecordBatch(readingsSchema, cols, int64(n)), nil
}

// retype views d's buffers as an array of type typ (same layout).
func retype(d arrow.ArrayData, typ arrow.DataType) arrow.Array {
	data := array.NewData(typ, d.Len(), d.Buffers(), nil, d.NullN(), d.Offset())
	defer data.Release()
	return array.MakeFromData(data)
}

func writeParticipants(w io.Writer, ps []participant) (int64, error) {
	props, aprops := writerProps()
	fw, err := pqarrow.NewFileWriter(participantsSchema, w, props, aprops)
	if err != nil {
		return 0, err
	}
	b := array.NewRecordBuilder(memory.DefaultAllocator, participantsSchema)
	defer b.Release()
	for _, p := range ps {
		b.Field(0).(*array.StringBuilder).Append(p.label)
		b.Field(1).(*array.StringBuilder).Append(p.member.AgeBand)
		b.Field(2).(*array.StringBuilder).Append(p.member.Activity)
		b.Field(3).(*array.StringBuilder).Append(p.member.DeviceType)
		b.Field(4).(*array.Int32Builder).Append(int32(p.member.CoverageDays))
	}
	rec := b.NewRecordBatch()
	defer rec.Release()
	if err := fw.Write(rec); err != nil {
		fw.Close()
		return 0, err
	}
	return int64(len(ps)), fw.Close()
}

// SnapshotScope is the warehouse rows a snapshot stands for: its window, up to
// the write it summarized (or, for snapshots made before writes were
// numbered, the rows received by its time).
func SnapshotScope(sn ledger.Snapshot) warehouse.Scope {
	sc := warehouse.Scope{From: sn.WindowFrom, To: sn.WindowTo, Through: sn.Through}
	if sn.Through == 0 {
		sc.ReceivedBefore = sn.ReceivedTo
	}
	return sc
}
