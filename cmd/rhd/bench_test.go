package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rhd.dev/app"
	"rhd.dev/bench"
)

// The harness works end to end in a tiny run: every ceiling and both
// pipeline runs measure something, the paced run commits about what it
// offers, and the report files are written. (Speed is a benchmark's
// business, never a test's: nothing here asserts a rate goal.)
func TestBenchHarnessTinyRun(t *testing.T) {
	cfg := testConfig(t)
	out := t.TempDir()
	var log bytes.Buffer
	micro := filepath.Join(t.TempDir(), "micro.txt") // as make bench writes it before rhd bench
	os.WriteFile(micro, []byte("pkg: rhd.dev/contracts\nBenchmarkGasPerSale/1000-2  3  29824274 ns/op  83880 gas/sale\n"), 0o644)
	res, err := app.Bench(context.Background(), cfg.app(), bench.Options{Devices: 4, MinutesPerBatch: 5, Rate: 20_000, BadRatio: 0.5,
		Warmup: time.Second, Duration: 3 * time.Second, Ceiling: time.Second, Out: out, CPUProfile: filepath.Join(out, "cpu"), Micro: micro}, &log)
	if err != nil {
		t.Fatalf("%v\n%s", err, log.String())
	}
	if err := res.Write(out); err != nil {
		t.Fatal(err)
	}
	// The bench runs in a fresh data dir of its own: the configured one's
	// ledger is never touched.
	if _, err := os.Stat(filepath.Join(cfg.DataDir, "ledger.db")); !os.IsNotExist(err) {
		t.Fatalf("the bench opened the configured data dir's ledger: %v", err)
	}
	c := res.Ceilings
	if c.KafkaSamplesPerSec <= 0 || c.AckedProducerSamplesPerSec <= 0 || c.HTTPSamplesPerSec <= 0 || c.SignatureSamplesPerSec <= 0 || c.StorageSamplesPerSec <= 0 || c.GatewaySamplesPerSec <= 0 ||
		c.MQTTGatewaySamplesPerSec <= 0 { // MQTT devices sign in with their keys
		t.Fatalf("ceilings %+v", c)
	}
	if len(res.Pipeline) != 2 {
		t.Fatalf("%d pipeline runs, want saturated and paced", len(res.Pipeline))
	}
	sat, paced := res.Pipeline[0], res.Pipeline[1]
	if sat.CommittedPerSec <= 0 || sat.AcceptedPerSec <= 0 || len(sat.Series) == 0 {
		t.Fatalf("saturated run measured nothing: %+v", sat)
	}
	if sat.Rejected != 0 || paced.Rejected != 0 {
		t.Fatalf("the gateway refused %d + %d batches (replayed sequence numbers?)", sat.Rejected, paced.Rejected)
	}
	if paced.CommittedPerSec < 10_000 || paced.CommittedPerSec > 30_000 {
		t.Fatalf("paced at 20k samples/s, committed %.0f", paced.CommittedPerSec)
	}
	if paced.LatencyP50 <= 0 || paced.LatencyP99 < paced.LatencyP50 {
		t.Fatalf("latency p50 %.3f p99 %.3f", paced.LatencyP50, paced.LatencyP99)
	}
	if sat.BadRecords == 0 || sat.DeadLetters == 0 {
		t.Fatalf("bad records %d, dead letters %d: the dead-letter path was not exercised", sat.BadRecords, sat.DeadLetters)
	}
	if res.Ratios["pipeline_vs_storage"] <= 0 {
		t.Fatalf("ratios %v", res.Ratios)
	}
	raw, err := os.ReadFile(filepath.Join(out, "result.json"))
	if err != nil {
		t.Fatal(err)
	}
	var back bench.Result
	if err := json.Unmarshal(raw, &back); err != nil || len(back.Pipeline) != 2 || back.Pipeline[1].LatencyP99 != paced.LatencyP99 {
		t.Fatalf("result.json does not read back: %v", err)
	}
	if last := back.Pipeline[1].Latency[len(back.Pipeline[1].Latency)-1]; !math.IsInf(last.UpTo, 1) {
		t.Fatalf("open bucket read back as %v", last.UpTo)
	}
	for _, f := range []string{"result.md", "throughput.svg", "latency.svg"} {
		b, err := os.ReadFile(filepath.Join(out, f))
		if err != nil || len(b) == 0 {
			t.Fatalf("%s: %v", f, err)
		}
	}
	// One CPU profile per profiled phase, named after it ("paced at 20 k
	// samples/s" once made a path with a slash and no profile).
	for _, phase := range []string{"gateway-alone", "saturated", "paced-at-20-k-samples-s"} {
		if st, err := os.Stat(filepath.Join(out, "cpu-"+phase+".pprof")); err != nil || st.Size() == 0 {
			t.Errorf("CPU profile of %s: %v\n%s", phase, err, log.String())
		}
	}
	if md, _ := os.ReadFile(filepath.Join(out, "result.md")); !strings.Contains(string(md), "samples/s committed to the warehouse") ||
		!strings.Contains(string(md), "| contracts | GasPerSale/1000 | 29824274 ns/op, 83880 gas/sale |") {
		t.Fatalf("result.md:\n%s", md)
	}
}
