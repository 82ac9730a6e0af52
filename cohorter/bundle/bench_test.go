package bundle_test

import (
	"context"

	"database/sql"
	"fmt"
	"github.com/apache/arrow-go/v18/arrow"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"rhd.dev/cohorter/bundle"
	"rhd.dev/ledger"
	"rhd.dev/warehouse"
)

// benchWarehouse holds `people` contributors × `minutes` minutes × 2 metrics
// of minute rollups, written in large transactions.
func benchWarehouse(b *testing.B, people, minutes int) (*warehouse.DuckDB, []ledger.SnapshotMember, ledger.Snapshot) {
	b.Helper()
	ctx := context.Background()
	wh, err := warehouse.OpenDuckDB(ctx, filepath.Join(b.TempDir(), "wh.duckdb"))
	if err != nil {
		b.Fatal(err)
	}
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var members []ledger.SnapshotMember
	var w warehouse.Write
	seq := uint64(0)
	for p := 0; p < people; p++ {
		pid := fmt.Sprintf("%064x", p+1)
		members = append(members, ledger.SnapshotMember{PID: pid, AgeBand: "40-49", Activity: "moderate", DeviceType: "ring", CoverageDays: minutes / 1440, Rows: int64(2 * minutes)})
		for m := 0; m < minutes; m += 1440 {
			seq++
			w.Batches = append(w.Batches, warehouse.Batch{Source: uint64(p), Seq: seq, PID: pid, DeviceType: "ring", Frames: 1, Samples: 1, ReceivedMs: start.UnixMilli()})
			for j := m; j < min(m+1440, minutes); j++ {
				ms := start.Add(time.Duration(j) * time.Minute).UnixMilli()
				w.Rollups.Append(uint64(p), seq, pid, "ring", "heart_rate", ms, 60, 3900, 60, 70)
				w.Rollups.Append(uint64(p), seq, pid, "ring", "steps", ms, 1, 12, 12, 12)
			}
		}
		if w.Rollups.Len() > 2_000_000 || p == people-1 {
			if _, err := wh.Write(ctx, &w); err != nil {
				b.Fatal(err)
			}
			w.Reset()
		}
	}
	sn := ledger.Snapshot{ID: "bench@v1", CohortID: "bench", K: 20, WindowFrom: start, WindowTo: start.Add(time.Duration(minutes+1) * time.Minute),
		ReceivedTo: start.Add(time.Hour), MerkleRoot: make([]byte, 32), Members: people}
	return wh, members, sn
}

func peakRSS() string {
	raw, _ := os.ReadFile("/proc/self/status")
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "VmHWM:"))
		}
	}
	return "?"
}

func rssMiB() float64 {
	f := strings.Fields(peakRSS())
	if len(f) == 0 {
		return 0
	}
	kb, _ := strconv.ParseFloat(f[0], 64)
	return kb / 1024
}

// BenchmarkExport exports 100 contributors × 5 days of minutes (1.44 M rows)
// and, in the same run, lets DuckDB COPY the same rows to Parquet: the
// baseline. It reports both rates and their ratio.
func BenchmarkExport(b *testing.B) { benchExport(b, 100, 5*1440) }

// BenchmarkExport10M is the memory bound: a 10-million-row bundle (500
// contributors × 7 days × 2 metrics) exported by a fresh process, whose peak
// resident memory (warehouse engine included) is reported; the goal is under
// 512 MiB. Run: go test -tags duckdb_arrow -run '^$' -bench Export10M -benchtime 1x rhd.dev/cohorter/bundle
func BenchmarkExport10M(b *testing.B) {
	const people, minutes = 500, 7 * 1440
	dir := b.TempDir()
	path := filepath.Join(dir, "wh.duckdb")
	wh, err := warehouse.OpenDuckDB(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	// Generated inside DuckDB: this process's memory is not the one measured.
	for _, q := range []string{
		fmt.Sprintf(`INSERT INTO batches SELECT p, 1, printf('%%064x', p + 1), 'ring', 1, 1, TIMESTAMP '2026-01-01' FROM range(%d) t(p)`, people),
		fmt.Sprintf(`INSERT INTO rollups_minute SELECT p, 1, v.id, TIMESTAMP '2026-01-01' + to_minutes(i::BIGINT), 60, 3900, 60, 70
			FROM range(%d) t(p), range(%d) u(i), (SELECT id FROM metrics WHERE name IN ('heart_rate', 'steps')) v`, people, minutes),
	} {
		if _, err := wh.DB().Exec(q); err != nil {
			b.Fatal(err)
		}
	}
	wh.Close()
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestExportChild$")
		cmd.Env = append(os.Environ(), "RHD_EXPORT_CHILD="+path,
			"RHD_EXPORT_CHILD_SCAN_ONLY="+os.Getenv("RHD_EXPORT_CHILD_SCAN_ONLY"), fmt.Sprintf("RHD_EXPORT_CHILD_SHAPE=%d,%d", people, minutes),
			"RHD_EXPORT_CHILD_DSN="+os.Getenv("RHD_EXPORT_CHILD_DSN"))
		out, err := cmd.CombinedOutput()
		if err != nil {
			b.Fatalf("child: %v\n%s", err, out)
		}
		var rows int64
		var rss, secs float64
		for _, line := range strings.Split(string(out), "\n") {
			if strings.HasPrefix(line, "export ") {
				fmt.Sscanf(line, "export rows=%d seconds=%g peak_rss_mib=%g", &rows, &secs, &rss)
			}
		}
		if rows != int64(people*minutes*2) {
			b.Fatalf("child exported %d rows:\n%s", rows, out)
		}
		b.ReportMetric(rss, "peak-rss-MiB")
		b.ReportMetric(float64(rows)/secs, "rows/s")
	}
}

// TestExportChild is the process BenchmarkExport10M measures; it does
// nothing in a normal test run.
func TestExportChild(t *testing.T) {
	path := os.Getenv("RHD_EXPORT_CHILD")
	if path == "" {
		t.Skip("only runs as BenchmarkExport10M's child")
	}
	var people, minutes int
	fmt.Sscanf(os.Getenv("RHD_EXPORT_CHILD_SHAPE"), "%d,%d", &people, &minutes)
	wh, err := warehouse.OpenDuckDB(context.Background(), path+os.Getenv("RHD_EXPORT_CHILD_DSN"))
	if err != nil {
		t.Fatal(err)
	}
	defer wh.Close()
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var members []ledger.SnapshotMember
	for p := 0; p < people; p++ {
		members = append(members, ledger.SnapshotMember{PID: fmt.Sprintf("%064x", p+1), AgeBand: "40-49", Activity: "moderate", DeviceType: "ring", Rows: int64(2 * minutes)})
	}
	sn := ledger.Snapshot{ID: "bench@v1", K: 20, WindowFrom: start, WindowTo: start.Add(time.Duration(minutes+1) * time.Minute), ReceivedTo: start.Add(time.Hour)}
	t0 := time.Now()
	if os.Getenv("RHD_EXPORT_CHILD_SCAN_ONLY") != "" {
		var ems []warehouse.ExportMember
		for i, m := range members {
			ems = append(ems, warehouse.ExportMember{PID: m.PID, Participant: int32(i), Rows: m.Rows})
		}
		var rows int64
		err := wh.Export(context.Background(), bundle.SnapshotScope(sn), ems,
			func(rec arrow.RecordBatch) error { rows += rec.NumRows(); return nil })
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("export rows=%d seconds=%g peak_rss_mib=%g\n", rows, time.Since(t0).Seconds(), rssMiB())
		return
	}
	m, err := bundle.Export(context.Background(), bundle.Input{Warehouse: wh, Cohort: ledger.Cohort{ID: "bench"}, Snapshot: sn, Members: members,
		Bundle: ledger.Bundle{ID: "b", Secret: make([]byte, 32)}, DayShare: 1}, bundle.Dir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("export rows=%d seconds=%g peak_rss_mib=%g\n", m.Rows[bundle.ReadingsFile], time.Since(t0).Seconds(), rssMiB())
}

func benchExport(b *testing.B, people, minutes int) {
	wh, members, sn := benchWarehouse(b, people, minutes)
	defer wh.Close()
	ctx := context.Background()
	dir := b.TempDir()
	rowsPer := int64(people * minutes * 2)

	// Baseline: DuckDB's own COPY of the same merged, shifted rows.
	var copySec float64
	for i := 0; i < 2; i++ {
		t0 := time.Now()
		_, err := wh.DB().ExecContext(ctx, fmt.Sprintf(`COPY (
			SELECT pid AS participant, epoch_ms(minute) + 86400000 AS minute, metric, sum(n)::INTEGER AS samples, sum(sum)/sum(n) AS mean, min(min) AS min, max(max) AS max, sum(sum) AS sum
			FROM rollups_named GROUP BY pid, metric, minute ORDER BY participant, minute, metric
		) TO '%s' (FORMAT parquet, COMPRESSION zstd)`, filepath.Join(dir, "baseline.parquet")))
		if err != nil {
			b.Fatal(err)
		}
		copySec = time.Since(t0).Seconds()
	}
	base := float64(rowsPer) / copySec

	b.ResetTimer()
	var rows int64
	for i := 0; i < b.N; i++ {
		out := filepath.Join(dir, fmt.Sprint(i))
		m, err := bundle.Export(ctx, bundle.Input{Warehouse: wh, Cohort: ledger.Cohort{ID: "bench"}, Snapshot: sn, Members: members,
			Bundle: ledger.Bundle{ID: "b", Secret: make([]byte, 32)}, DayShare: 1}, bundle.Dir(out))
		if err != nil {
			b.Fatal(err)
		}
		rows += m.Rows[bundle.ReadingsFile]
		os.RemoveAll(out)
	}
	rate := float64(rows) / b.Elapsed().Seconds()
	b.ReportMetric(rate, "rows/s")
	b.ReportMetric(base, "duckdb-copy-rows/s")
	b.ReportMetric(rate/base, "ratio")
	b.ReportMetric(rssMiB(), "peak-rss-MiB")
	_ = sql.ErrNoRows
}

// BenchmarkExportStandardFormats exports 20 contributors × 2 days of minutes
// (115,200 rows) with the FHIR and Open mHealth files into a zip, and
// reports the rate in minute rows per second and the zip's bytes per row.
func BenchmarkExportStandardFormats(b *testing.B) {
	const people, minutes = 20, 2 * 1440
	wh, members, sn := benchWarehouse(b, people, minutes)
	defer wh.Close()
	ctx := context.Background()
	b.ResetTimer()
	var rows, size int64
	for i := 0; i < b.N; i++ {
		cw := &countingWriter{}
		z := bundle.NewZip(cw)
		m, err := bundle.Export(ctx, bundle.Input{Warehouse: wh, Cohort: ledger.Cohort{ID: "bench"}, Snapshot: sn, Members: members,
			Bundle: ledger.Bundle{ID: "b", Secret: make([]byte, 32)}, Formats: []string{bundle.FormatFHIR, bundle.FormatOMH}}, z)
		if err != nil {
			b.Fatal(err)
		}
		z.Close()
		rows += m.Rows[bundle.ReadingsFile]
		size = cw.n
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
	b.ReportMetric(float64(size)/float64(people*minutes*2), "zip-bytes/row")
}

type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }
