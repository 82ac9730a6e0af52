package bundle_test

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
	_ "github.com/duckdb/duckdb-go/v2"

	"rhd.dev/cohorter"
	"rhd.dev/cohorter/bundle"
	"rhd.dev/cohorter/internal/fixture"
	"rhd.dev/ledger"
)

type setup struct {
	e      *fixture.Env
	cohort ledger.Cohort
	snap   ledger.Snapshot
	share  float64 // bundle.Input.DayShare
}

func newSetup(t *testing.T, people int) *setup {
	e := fixture.New(t)
	for i := 0; i < people; i++ {
		e.Add(t, fixture.Spec{BirthYear: 1970 + i%10, DeviceType: []string{"ring", "wristband"}[i%2], Steps: 10, Days: 3, Minutes: 90, Consent: true})
	}
	p := cohorter.DefaultPolicy()
	p.K = 20
	c := &cohorter.Cohorter{Store: e.Store, Warehouse: e.Warehouse, Policy: p, Now: func() time.Time { return fixture.Now }}
	if _, err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	co, err := e.Store.Cohort(ctx, "any.any.any")
	if err != nil {
		t.Fatal(err)
	}
	snaps, _ := e.Store.LatestSnapshots(ctx)
	for _, sn := range snaps {
		if sn.CohortID == co.ID {
			return &setup{e: e, cohort: co, snap: sn}
		}
	}
	t.Fatal("no snapshot of everyone")
	return nil
}

// export sells the snapshot once more and writes the bundle into a directory.
func (s *setup) export(t *testing.T, snapshotID string) (string, bundle.Manifest, ledger.Bundle) {
	t.Helper()
	ctx := context.Background()
	b, err := s.e.Store.CreateBundle(ctx, snapshotID, "")
	if err != nil {
		t.Fatal(err)
	}
	return s.exportBundle(t, b)
}

func (s *setup) exportBundle(t *testing.T, b ledger.Bundle) (string, bundle.Manifest, ledger.Bundle) {
	ctx := context.Background()
	sn, _ := s.e.Store.Snapshot(ctx, b.SnapshotID)
	members, _ := s.e.Store.SnapshotMembers(ctx, sn.ID)
	dir := filepath.Join(t.TempDir(), b.ID)
	m, err := bundle.Export(ctx, bundle.Input{Warehouse: s.e.Warehouse, Cohort: s.cohort, Snapshot: sn, Members: members, Bundle: b, DayShare: s.share}, bundle.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	return dir, m, b
}

// table reads a Parquet file with arrow-go into rows of strings.
func table(t *testing.T, path string) (arrow.Table, func()) {
	t.Helper()
	f, err := file.OpenParquetFile(path, false)
	if err != nil {
		t.Fatal(err)
	}
	r, err := pqarrow.NewFileReader(f, pqarrow.ArrowReadProperties{BatchSize: 1 << 16}, memory.DefaultAllocator)
	if err != nil {
		t.Fatal(err)
	}
	tbl, err := r.ReadTable(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return tbl, func() { tbl.Release(); f.Close() }
}

// cells renders every value of every column as text.
func cells(tbl arrow.Table) []string {
	var out []string
	for c := 0; c < int(tbl.NumCols()); c++ {
		for _, chunk := range tbl.Column(c).Data().Chunks() {
			for i := 0; i < chunk.Len(); i++ {
				out = append(out, chunk.ValueStr(i))
			}
		}
	}
	return out
}

func column[T any](t *testing.T, tbl arrow.Table, name string, get func(arrow.Array, int) T) []T {
	idx := tbl.Schema().FieldIndices(name)
	if len(idx) != 1 {
		t.Fatalf("no column %s", name)
	}
	var out []T
	for _, chunk := range tbl.Column(idx[0]).Data().Chunks() {
		for i := 0; i < chunk.Len(); i++ {
			out = append(out, get(chunk, i))
		}
	}
	return out
}

func str(a arrow.Array, i int) string  { return a.ValueStr(i) }
func ts(a arrow.Array, i int) int64    { return int64(a.(*array.Timestamp).Value(i)) }
func f64(a arrow.Array, i int) float64 { return a.(*array.Float64).Value(i) }
func i32(a arrow.Array, i int) int32   { return a.(*array.Int32).Value(i) }

func TestNoIdentifierInAnyByteOfABundle(t *testing.T) {
	s := newSetup(t, 24)
	b, err := s.e.Store.CreateBundle(context.Background(), s.snap.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	members, _ := s.e.Store.SnapshotMembers(context.Background(), s.snap.ID)
	dir := t.TempDir()
	if _, err := bundle.Export(context.Background(), bundle.Input{Warehouse: s.e.Warehouse, Cohort: s.cohort, Snapshot: s.snap, Members: members, Bundle: b,
		Formats: []string{bundle.FormatFHIR, bundle.FormatOMH}}, bundle.Dir(dir)); err != nil {
		t.Fatal(err)
	}
	pepper, _ := s.e.Store.Pepper(context.Background())
	var needles []string
	for _, p := range s.e.People {
		needles = append(needles, p.Contributor.ID, p.Contributor.Email, p.Contributor.DisplayName, "Leaky", p.Device.ID, p.Device.Serial, "SERIAL-LEAK",
			p.PID, p.PID[:16], hex.EncodeToString(p.Device.PublicKey), base64.StdEncoding.EncodeToString(p.Device.PublicKey))
	}
	needles = append(needles, hex.EncodeToString(pepper), hex.EncodeToString(b.Secret))
	var haystack []string
	files := 0
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if d.IsDir() {
			return nil
		}
		files++
		raw, _ := os.ReadFile(path)
		haystack = append(haystack, string(raw))
		if strings.HasSuffix(path, ".parquet") {
			tbl, done := table(t, path)
			haystack = append(haystack, cells(tbl)...)
			haystack = append(haystack, tbl.Schema().String()) // field metadata too
			done()
		}
		return nil
	})
	if files != 9 || len(haystack) < 1000 {
		t.Fatalf("scanned %d files, %d values", files, len(haystack))
	}
	for _, h := range haystack {
		low := strings.ToLower(h)
		for _, n := range needles {
			if strings.Contains(low, strings.ToLower(n)) {
				t.Fatalf("identifier %q found in the bundle", n)
			}
		}
	}
}

// Two purchases of one snapshot are one bundle: putting them side by side
// links nobody anew.
func TestTwoPurchasesOfASnapshotAreOneBundle(t *testing.T) {
	s := newSetup(t, 22)
	_, manA, bA := s.export(t, s.snap.ID)
	_, manB, bB := s.export(t, s.snap.ID)
	if !bytes.Equal(bA.Secret, bB.Secret) || bA.ID == bB.ID {
		t.Fatal("two purchases of one snapshot have different secrets, or one id")
	}
	for _, f := range []string{bundle.ReadingsFile, bundle.ParticipantsFile} {
		if manA.SHA256[f] != manB.SHA256[f] {
			t.Fatalf("%s differs between two purchases of one snapshot", f)
		}
	}
}

// Bundles of two snapshots with the same people (everyone, and everyone
// sedentary) share no pseudonym and shift people differently.
func TestBundlesOfTwoSnapshotsHaveOwnPseudonymsAndOffsets(t *testing.T) {
	s := newSetup(t, 22)
	s.share = 1
	other, err := s.e.Store.LatestSnapshot(context.Background(), "any.sedentary.any")
	if err != nil || other.Members != 22 {
		t.Fatalf("no second snapshot of the same 22 people: %+v %v", other, err)
	}
	dirA, _, _ := s.export(t, s.snap.ID)
	dirB, _, _ := s.export(t, other.ID)
	// Per participant: their minutes, and their first heart-rate mean, which
	// identifies the generated person (every person has a distinct rate).
	load := func(dir string) (map[string][]int64, map[float64]string) {
		tbl, done := table(t, filepath.Join(dir, bundle.ReadingsFile))
		defer done()
		parts := column(t, tbl, "participant", str)
		mins := column(t, tbl, "minute", ts)
		metrics := column(t, tbl, "metric", str)
		means := column(t, tbl, "mean", f64)
		byP := map[string][]int64{}
		who := map[float64]string{}
		for i, p := range parts {
			if len(byP[p]) == 0 && metrics[i] == "heart_rate" {
				who[means[i]] = p
			}
			byP[p] = append(byP[p], mins[i])
		}
		return byP, who
	}
	a, whoA := load(dirA)
	b, whoB := load(dirB)
	if len(a) != 22 || len(b) != 22 || len(whoA) != 22 {
		t.Fatalf("participants %d and %d (%d distinct people), want 22", len(a), len(b), len(whoA))
	}
	for p := range a {
		if _, ok := b[p]; ok {
			t.Fatalf("pseudonym %s appears in both bundles", p)
		}
	}
	// The same person is shifted differently in the two bundles. Offsets are
	// random (1 in 730 to match by chance), so allow two coincidences.
	same := 0
	for hr, pa := range whoA {
		pb, ok := whoB[hr]
		if !ok {
			t.Fatalf("person with heart rate %g missing from bundle B", hr)
		}
		if a[pa][0] == b[pb][0] {
			same++
		}
	}
	if same > 2 {
		t.Fatalf("%d of 22 people have the same time offset in both bundles", same)
	}
	// Offsets keep gaps and time of day: within a participant, deltas are
	// multiples of a minute and every minute is 06:00-07:29 UTC as generated.
	for p, ms := range a {
		for _, m := range ms {
			tod := time.UnixMilli(m).UTC()
			if h := tod.Hour(); h < 6 || h > 7 {
				t.Fatalf("participant %s: time of day %v not kept", p, tod)
			}
		}
	}
}

func TestRoundTripDuckDBAndArrowMatchTheWarehouse(t *testing.T) {
	s := newSetup(t, 21)
	s.share = 1 // every day, to compare with the generated data
	dir, man, _ := s.export(t, s.snap.ID)
	// Manifest hashes.
	for name, sum := range man.SHA256 {
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if got := sha256.Sum256(raw); hex.EncodeToString(got[:]) != sum {
			t.Fatalf("%s: hash differs from the manifest", name)
		}
	}
	var onDisk bundle.Manifest
	raw, _ := os.ReadFile(filepath.Join(dir, bundle.ManifestFile))
	if err := json.Unmarshal(raw, &onDisk); err != nil || onDisk.K != 20 || onDisk.Participants != 21 || onDisk.MerkleRoot != hex.EncodeToString(s.snap.MerkleRoot) {
		t.Fatalf("manifest %+v %v", onDisk, err)
	}
	// Expected per-metric totals from the generated data.
	var wantRows int64
	wantSum := map[string]float64{}
	for _, p := range s.e.People {
		for d := 0; d < p.Days; d++ {
			for m := 0; m < p.Minutes; m++ {
				wantSum["heart_rate"] += 60 * (p.HR + float64(m%5))
				wantSum["steps"] += float64(p.Steps)
				wantRows += 2
			}
		}
	}
	members, _ := s.e.Store.SnapshotMembers(context.Background(), s.snap.ID)
	var memberRows int64
	for _, m := range members {
		memberRows += m.Rows
	}
	if man.Rows[bundle.ReadingsFile] != wantRows || memberRows != wantRows {
		t.Fatalf("rows: manifest %d, snapshot members %d, want %d", man.Rows[bundle.ReadingsFile], memberRows, wantRows)
	}
	// DuckDB reads it.
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(fmt.Sprintf(`SELECT metric, count(*), sum(sum), sum(samples) FROM read_parquet('%s') GROUP BY metric ORDER BY metric`, filepath.Join(dir, bundle.ReadingsFile)))
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	for rows.Next() {
		var metric string
		var c, samples int64
		var sum float64
		rows.Scan(&metric, &c, &sum, &samples)
		n += c
		if math.Abs(sum-wantSum[metric]) > 1e-6*wantSum[metric] {
			t.Errorf("DuckDB: %s sums to %g, warehouse data %g", metric, sum, wantSum[metric])
		}
	}
	rows.Close()
	if n != wantRows {
		t.Fatalf("DuckDB read %d rows, want %d", n, wantRows)
	}
	var parts int
	var bands string
	if err := db.QueryRow(fmt.Sprintf(`SELECT count(*), string_agg(DISTINCT age_band, ',') FROM read_parquet('%s')`, filepath.Join(dir, bundle.ParticipantsFile))).Scan(&parts, &bands); err != nil || parts != 21 {
		t.Fatalf("participants via DuckDB: %d %v", parts, err)
	}
	// arrow-go reads it, with natural types and units in the field metadata.
	tbl, done := table(t, filepath.Join(dir, bundle.ReadingsFile))
	defer done()
	if tbl.NumRows() != wantRows {
		t.Fatalf("arrow read %d rows", tbl.NumRows())
	}
	sch := tbl.Schema()
	minute, _ := sch.FieldsByName("minute")
	samples, _ := sch.FieldsByName("samples")
	if minute[0].Type.ID() != arrow.TIMESTAMP || samples[0].Type.ID() != arrow.INT32 {
		t.Fatalf("types: minute %s, samples %s", minute[0].Type, samples[0].Type)
	}
	if u, ok := minute[0].Metadata.GetValue("unit"); !ok || u != "UTC" {
		t.Fatalf("minute has no unit metadata: %v", minute[0].Metadata)
	}
	means := column(t, tbl, "mean", f64)
	ns := column(t, tbl, "samples", i32)
	if len(means) != len(ns) || ns[0] < 1 {
		t.Fatal("mean/samples columns")
	}
}

func TestRevocationAfterSaleKeepsTheSoldBundle(t *testing.T) {
	s := newSetup(t, 22)
	ctx := context.Background()
	dir1, man1, b := s.export(t, s.snap.ID)
	leaver := s.e.People[0]
	s.e.Store.RecordConsent(ctx, leaver.Contributor.ID, ledger.ScopeResearch, false, ledger.TermsVersion)
	p := cohorter.DefaultPolicy()
	c := &cohorter.Cohorter{Store: s.e.Store, Warehouse: s.e.Warehouse, Policy: p, Now: func() time.Time { return fixture.Now.Add(p.Step + time.Minute) }}
	if _, err := c.Run(ctx); err != nil {
		t.Fatal(err)
	}
	// The bundle already sold re-exports byte for byte, the leaver included.
	dir2, man2, _ := s.exportBundle(t, b)
	if man1.SHA256[bundle.ReadingsFile] != man2.SHA256[bundle.ReadingsFile] || man2.Participants != 22 {
		t.Fatalf("re-export of the sold bundle changed: %d participants", man2.Participants)
	}
	_, _ = dir1, dir2
	// A bundle of the newest snapshot does not contain them.
	snaps, _ := s.e.Store.LatestSnapshots(ctx)
	for _, sn := range snaps {
		if sn.CohortID == "any.any.any" {
			if sn.ID == s.snap.ID {
				t.Fatal("no new snapshot after the revocation")
			}
			_, man3, _ := s.export(t, sn.ID)
			if man3.Participants != 21 {
				t.Fatalf("new bundle has %d participants, want 21", man3.Participants)
			}
		}
	}
}

func TestZipStreamHoldsTheSameFiles(t *testing.T) {
	s := newSetup(t, 20)
	ctx := context.Background()
	b, _ := s.e.Store.CreateBundle(ctx, s.snap.ID, "")
	members, _ := s.e.Store.SnapshotMembers(ctx, s.snap.ID)
	var buf bytes.Buffer
	z := bundle.NewZip(&buf)
	man, err := bundle.Export(ctx, bundle.Input{Warehouse: s.e.Warehouse, Cohort: s.cohort, Snapshot: s.snap, Members: members, Bundle: b}, z)
	if err != nil {
		t.Fatal(err)
	}
	z.Close()
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, f := range zr.File {
		names[f.Name] = true
		if sum, ok := man.SHA256[f.Name]; ok {
			rc, _ := f.Open()
			h := sha256.New()
			io.Copy(h, rc)
			rc.Close()
			if hex.EncodeToString(h.Sum(nil)) != sum {
				t.Fatalf("%s in the zip differs from the manifest", f.Name)
			}
		}
	}
	for _, want := range []string{bundle.ReadingsFile, bundle.ParticipantsFile, bundle.ManifestFile, bundle.ReadmeFile} {
		if !names[want] {
			t.Fatalf("zip lacks %s", want)
		}
	}
}

func TestRefusesSnapshotsBelowK(t *testing.T) {
	s := newSetup(t, 20)
	members, _ := s.e.Store.SnapshotMembers(context.Background(), s.snap.ID)
	_, err := bundle.Export(context.Background(), bundle.Input{Warehouse: s.e.Warehouse, Cohort: s.cohort, Snapshot: s.snap, Members: members[:19],
		Bundle: ledger.Bundle{ID: "b", Secret: make([]byte, 32)}}, bundle.Dir(t.TempDir()))
	if err == nil {
		t.Fatal("exported 19 members of a k=20 snapshot")
	}
}

// TestBundleDescribesAndChecksItself is the research-grade bundle contract:
// every file is in the BagIt checksum list and matches it, datapackage.json
// reads with a generic JSON reader and agrees with the files, DuckDB loads
// the Parquet, and every column and metric in it is in the data dictionary.
func TestBundleDescribesAndChecksItself(t *testing.T) {
	s := newSetup(t, 20)
	ctx := context.Background()
	b, _ := s.e.Store.CreateBundle(ctx, s.snap.ID, "")
	members, _ := s.e.Store.SnapshotMembers(ctx, s.snap.ID)
	dir := t.TempDir()
	man, err := bundle.Export(ctx, bundle.Input{Warehouse: s.e.Warehouse, Cohort: s.cohort, Snapshot: s.snap, Members: members, Bundle: b,
		Formats: []string{"omh", "fhir"}}, bundle.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	// Checksums: every file but the list itself, each matching.
	list, err := os.ReadFile(filepath.Join(dir, bundle.ChecksumFile))
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(list)), "\n") {
		sum, name, ok := strings.Cut(line, "  ")
		if !ok || len(sum) != 64 {
			t.Fatalf("checksum line %q is not BagIt style", line)
		}
		raw, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if got := sha256.Sum256(raw); hex.EncodeToString(got[:]) != sum {
			t.Fatalf("%s does not match its checksum", name)
		}
		listed[name] = true
	}
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, path)
		if !d.IsDir() && rel != bundle.ChecksumFile && !listed[filepath.ToSlash(rel)] {
			t.Errorf("%s is not in %s", rel, bundle.ChecksumFile)
		}
		return nil
	})
	for _, want := range []string{bundle.ReadingsFile, bundle.ParticipantsFile, bundle.FHIRFile, bundle.OMHFile, bundle.DictionaryFile,
		bundle.DataPackageFile, bundle.ReadmeFile, bundle.ManifestFile} {
		if !listed[want] {
			t.Fatalf("%s missing from the bundle", want)
		}
	}
	// Metadata, read without the bundle package's types.
	var pkg map[string]any
	raw, _ := os.ReadFile(filepath.Join(dir, bundle.DataPackageFile))
	if err := json.Unmarshal(raw, &pkg); err != nil {
		t.Fatal(err)
	}
	if pkg["id"] != bundle.Identifier(s.snap.ID, b.ID) || pkg["version"] != fmt.Sprintf("v%d", s.snap.Version) ||
		!strings.Contains(fmt.Sprint(pkg["citation"]), b.ID) || !strings.Contains(fmt.Sprint(pkg["licenses"]), bundle.License) || pkg["terms"] != bundle.Terms {
		t.Fatalf("datapackage identity, citation, licence or terms: %v", pkg)
	}
	resources, _ := pkg["resources"].([]any)
	if len(resources) != 5 {
		t.Fatalf("%d resources in datapackage.json, want the 5 files written before it", len(resources))
	}
	for _, r := range resources {
		res := r.(map[string]any)
		raw, err := os.ReadFile(filepath.Join(dir, res["path"].(string)))
		sum := sha256.Sum256(raw)
		if err != nil || res["hash"] != "sha256:"+hex.EncodeToString(sum[:]) || res["bytes"] != float64(len(raw)) {
			t.Fatalf("resource %v does not describe its file (%v)", res["path"], err)
		}
	}
	// The dictionary, read generically.
	var dict struct {
		Files []struct {
			Name    string
			Columns []struct{ Name, Type, Unit, Meaning, Derivation string }
		}
		Metrics []struct{ Name, UCUM string }
	}
	raw, _ = os.ReadFile(filepath.Join(dir, bundle.DictionaryFile))
	if err := json.Unmarshal(raw, &dict); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tables := 0
	for _, f := range dict.Files {
		known := map[string]bool{}
		for _, c := range f.Columns {
			if c.Meaning == "" || c.Derivation == "" || c.Type == "" {
				t.Fatalf("%s.%s lacks a type, meaning or derivation", f.Name, c.Name)
			}
			known[c.Name] = true
		}
		rows, err := db.Query(fmt.Sprintf(`SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('%s'))`, filepath.Join(dir, f.Name)))
		if err != nil {
			t.Fatal(err)
		}
		cols := 0
		for rows.Next() {
			var name string
			rows.Scan(&name)
			cols++
			if !known[name] {
				t.Errorf("%s: column %s is not in the dictionary", f.Name, name)
			}
		}
		rows.Close()
		if cols != len(f.Columns) {
			t.Errorf("%s: DuckDB sees %d columns, the dictionary %d", f.Name, cols, len(f.Columns))
		}
		tables++
	}
	if tables != 2 {
		t.Fatalf("the dictionary describes %d Parquet files", tables)
	}
	units := map[string]string{}
	for _, m := range dict.Metrics {
		units[m.Name] = m.UCUM
	}
	var perMetric int64
	for name, n := range man.MetricRows {
		if units[name] == "" || n <= 0 {
			t.Errorf("manifest counts %d rows of metric %q", n, name)
		}
		perMetric += n
	}
	if perMetric != man.Rows[bundle.ReadingsFile] {
		t.Errorf("rows per metric add up to %d, the readings have %d", perMetric, man.Rows[bundle.ReadingsFile])
	}
	rows, err := db.Query(fmt.Sprintf(`SELECT DISTINCT metric FROM read_parquet('%s')`, filepath.Join(dir, bundle.ReadingsFile)))
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var m string
		rows.Scan(&m)
		if units[m] == "" {
			t.Errorf("metric %s has no dictionary entry with a UCUM unit", m)
		}
	}
	rows.Close()
	// The datasheet covers every section and says how to load the data.
	readme, _ := os.ReadFile(filepath.Join(dir, bundle.ReadmeFile))
	if os.Getenv("SHOW_README") != "" {
		t.Log(string(readme))
	}
	for _, want := range []string{"### Motivation", "### Composition", "### Collection process", "### Preprocessing and privacy protections",
		"### Uses", "### Distribution", "### Maintenance", "## Data dictionary", "read_parquet", "pl.read_parquet", "library(arrow)",
		"sha256sum -c", man.Citation, bundle.Terms, fmt.Sprintf("%d participants", man.Participants), "8867-4", fmt.Sprintf("| `heart_rate` | `/min` | %d |", man.MetricRows["heart_rate"])} {
		if !strings.Contains(string(readme), want) {
			t.Errorf("README lacks %q", want)
		}
	}
}

// TestStandardExports checks the FHIR and Open mHealth files against the
// Parquet they sit beside: one record per minute summary, values equal,
// subjects by bundle pseudonym only.
func TestStandardExports(t *testing.T) {
	s := newSetup(t, 20)
	ctx := context.Background()
	b, _ := s.e.Store.CreateBundle(ctx, s.snap.ID, "")
	members, _ := s.e.Store.SnapshotMembers(ctx, s.snap.ID)
	dir := t.TempDir()
	man, err := bundle.Export(ctx, bundle.Input{Warehouse: s.e.Warehouse, Cohort: s.cohort, Snapshot: s.snap, Members: members, Bundle: b,
		Formats: []string{"fhir", "omh"}}, bundle.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	tbl, done := table(t, filepath.Join(dir, bundle.ReadingsFile))
	defer done()
	parts, mins, metrics := column(t, tbl, "participant", str), column(t, tbl, "minute", ts), column(t, tbl, "metric", str)
	means, sums := column(t, tbl, "mean", f64), column(t, tbl, "sum", f64)
	type key struct {
		p, metric string
		start     string
	}
	want := map[key]float64{}
	for i := range parts {
		v := means[i]
		if metrics[i] == "steps" {
			v = sums[i]
		}
		want[key{parts[i], metrics[i], time.UnixMilli(mins[i]).UTC().Format(time.RFC3339)}] = v
	}
	lines := func(name string) []map[string]any {
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		var out []map[string]any
		for _, l := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
			var m map[string]any
			if err := json.Unmarshal([]byte(l), &m); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			out = append(out, m)
		}
		return out
	}
	loinc := map[string]string{"8867-4": "heart_rate", "55423-8": "steps"}
	fhir := lines(bundle.FHIRFile)
	if len(fhir) != len(want) || int64(len(fhir)) != man.Rows[bundle.FHIRFile] {
		t.Fatalf("%d Observations for %d minute rows", len(fhir), len(want))
	}
	ids := map[string]bool{}
	for _, o := range fhir {
		subj := o["subject"].(map[string]any)
		if o["resourceType"] != "Observation" || subj["reference"] != nil || ids[o["id"].(string)] {
			t.Fatalf("not a Patient-free Observation with a unique id: %v", o)
		}
		ids[o["id"].(string)] = true
		code := o["code"].(map[string]any)["coding"].([]any)[0].(map[string]any)
		k := key{subj["identifier"].(map[string]any)["value"].(string), loinc[code["code"].(string)], o["effectivePeriod"].(map[string]any)["start"].(string)}
		if v, ok := want[k]; !ok || math.Abs(o["valueQuantity"].(map[string]any)["value"].(float64)-v) > 1e-9 {
			t.Fatalf("Observation %v has no matching Parquet row", k)
		}
	}
	omh := lines(bundle.OMHFile)
	if len(omh) != len(want) {
		t.Fatalf("%d Open mHealth points for %d minute rows", len(omh), len(want))
	}
	for _, p := range omh {
		h, body := p["header"].(map[string]any), p["body"].(map[string]any)
		name := h["schema_id"].(map[string]any)["name"].(string)
		start := body["effective_time_frame"].(map[string]any)["time_interval"].(map[string]any)["start_date_time"].(string)
		var v float64
		metric := ""
		switch name {
		case "heart-rate":
			metric, v = "heart_rate", body["heart_rate"].(map[string]any)["value"].(float64)
		case "step-count":
			metric, v = "steps", body["step_count"].(float64)
		default:
			t.Fatalf("unexpected schema %s", name)
		}
		if w, ok := want[key{h["user_id"].(string), metric, start}]; !ok || math.Abs(w-v) > 1e-9 {
			t.Fatalf("data point %v has no matching Parquet row", p)
		}
	}
	// Unknown formats are refused before anything is written.
	empty := t.TempDir()
	if _, err := bundle.Export(ctx, bundle.Input{Warehouse: s.e.Warehouse, Cohort: s.cohort, Snapshot: s.snap, Members: members, Bundle: b,
		Formats: []string{"csv"}}, bundle.Dir(empty)); err == nil {
		t.Fatal("exported an unknown format")
	}
	if ents, _ := os.ReadDir(empty); len(ents) != 0 {
		t.Fatalf("a refused export wrote %d files", len(ents))
	}
}

func TestParseFormats(t *testing.T) {
	for in, want := range map[string]string{"": "", "parquet": "", "omh,fhir": "fhir,omh", " FHIR , fhir ": "fhir", "fhir,,omh,omh": "fhir,omh"} {
		got, err := bundle.ParseFormats(in)
		if err != nil || strings.Join(got, ",") != want {
			t.Errorf("ParseFormats(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, bad := range []string{"csv", "fhir,../x", strings.Repeat("fhir,", 20)} {
		if got, err := bundle.ParseFormats(bad); err == nil {
			t.Errorf("ParseFormats(%q) = %v, want an error", bad, got)
		}
	}
}

// A bundle holds whole days, about DefaultDayShare of each person's, and
// the same days in bundles of every snapshot.
func TestBundlesHoldTheSameShareOfWholeDays(t *testing.T) {
	e := fixture.New(t)
	for i := range 24 {
		e.Add(t, fixture.Spec{BirthYear: 1970 + i%10, DeviceType: "ring", Steps: 10, Days: 5, Minutes: 90, Consent: true})
	}
	c := &cohorter.Cohorter{Store: e.Store, Warehouse: e.Warehouse, Policy: cohorter.DefaultPolicy(), Now: func() time.Time { return fixture.Now }}
	if _, err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	s := &setup{e: e}
	// Rows per shifted day of each person (told apart by their generated
	// heart rate).
	days := func(snapshotID string) (map[float64]map[int64]int, int64) {
		dir, man, _ := s.export(t, snapshotID)
		tbl, done := table(t, filepath.Join(dir, bundle.ReadingsFile))
		defer done()
		parts := column(t, tbl, "participant", str)
		mins := column(t, tbl, "minute", ts)
		metrics := column(t, tbl, "metric", str)
		means := column(t, tbl, "mean", f64)
		first := map[string]float64{}
		for i, p := range parts {
			if _, ok := first[p]; !ok && metrics[i] == "heart_rate" {
				first[p] = means[i]
			}
		}
		out := map[float64]map[int64]int{}
		for i, p := range parts {
			hr := first[p]
			if out[hr] == nil {
				out[hr] = map[int64]int{}
			}
			out[hr][mins[i]/(24*3600*1000)]++
		}
		return out, man.Rows[bundle.ReadingsFile]
	}
	a, rows := days("any.any.any@v1")
	kept := 0
	for hr, ds := range a {
		for d, n := range ds {
			if n != 2*90 {
				t.Fatalf("person %g: day %d has %d rows, not a whole day (180)", hr, d, n)
			}
		}
		kept += len(ds)
	}
	share := float64(kept) / (24 * 5)
	t.Logf("bundle holds %d of 120 person-days (%.2f), %d minute rows", kept, share, rows)
	if share < 0.3 || share > 0.7 {
		t.Fatalf("bundle holds %.2f of person-days, want about %.2f", share, bundle.DefaultDayShare)
	}
	other, err := e.Store.LatestSnapshot(context.Background(), "any.any.ring")
	if err != nil {
		t.Fatal(err)
	}
	// Whole-day offsets keep the gaps between a person's days: the same
	// days have the same gaps.
	gaps := func(ds map[int64]int) string {
		var list []int64
		for d := range ds {
			list = append(list, d)
		}
		if len(list) == 0 {
			return "none"
		}
		slices.Sort(list)
		return fmt.Sprint(subtract(list, list[0]))
	}
	b, _ := days(other.ID)
	for hr, ds := range a {
		if gaps(b[hr]) != gaps(ds) {
			t.Fatalf("person %g: days %s in one bundle, %s in another", hr, gaps(ds), gaps(b[hr]))
		}
	}
}

func subtract(list []int64, v int64) []int64 {
	out := make([]int64, len(list))
	for i, x := range list {
		out[i] = x - v
	}
	return out
}

func TestDayShareOutsideZeroToOneIsRefused(t *testing.T) {
	s := newSetup(t, 20)
	ctx := context.Background()
	b, _ := s.e.Store.CreateBundle(ctx, s.snap.ID, "")
	members, _ := s.e.Store.SnapshotMembers(ctx, s.snap.ID)
	for _, share := range []float64{-0.5, 1.5, math.NaN()} {
		dir := filepath.Join(t.TempDir(), "x")
		if _, err := bundle.Export(ctx, bundle.Input{Warehouse: s.e.Warehouse, Cohort: s.cohort, Snapshot: s.snap, Members: members, Bundle: b, DayShare: share}, bundle.Dir(dir)); err == nil {
			t.Fatalf("day share %g accepted", share)
		}
		if _, err := os.Stat(dir); !os.IsNotExist(err) {
			t.Fatalf("day share %g wrote files", share)
		}
	}
}
