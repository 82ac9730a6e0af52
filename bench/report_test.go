package bench

import (
	"math"
	"strings"
	"testing"
)

func TestPercentileInterpolatesWithinTheBucket(t *testing.T) {
	b := []Bucket{{UpTo: 1, Count: 0}, {UpTo: 2, Count: 10}, {UpTo: 4, Count: 10}, {UpTo: math.Inf(1), Count: 0}}
	for q, want := range map[float64]float64{0.25: 1.5, 0.5: 2, 0.75: 3, 1: 4} {
		if got := Percentile(b, q); math.Abs(got-want) > 1e-9 {
			t.Errorf("p%.0f = %v, want %v", q*100, got, want)
		}
	}
	if got := Percentile([]Bucket{{UpTo: 1}, {UpTo: math.Inf(1), Count: 3}}, 0.5); got != 1 {
		t.Errorf("beyond the last bound: %v, want the bound 1", got)
	}
	if Percentile(nil, 0.5) != 0 {
		t.Error("empty histogram")
	}
}

func TestSlopeOfLag(t *testing.T) {
	ps := []Point{{T: 0, Lag: 10}, {T: 1, Lag: 20}, {T: 2, Lag: 30}}
	if s := slope(ps); math.Abs(s-10) > 1e-9 {
		t.Fatalf("slope %v, want 10 records/s", s)
	}
}

// A run whose backlog grew says so: its latency is queueing.
func TestFinishExplainsAGrowingBacklog(t *testing.T) {
	r := Result{Pipeline: []Pipeline{{Name: "saturated", AcceptedPerSec: 4e6, CommittedPerSec: 3e6, LagDriftPerMinute: 1e5},
		{Name: "paced", AcceptedPerSec: 1e6, CommittedPerSec: 1e6, LagDriftPerMinute: 50}}}
	r.Finish()
	if len(r.Notes) != 1 || !strings.Contains(r.Notes[0], "saturated") || !strings.Contains(r.Notes[0], "queueing") {
		t.Fatalf("notes %q", r.Notes)
	}
}

// HTTP and produce on the same cores add up per sample: two hops of 30 M
// and 60 M samples/s together manage 20 M.
func TestHTTPThenProduceAddsTheHopsTimes(t *testing.T) {
	c := Ceilings{HTTPSamplesPerSec: 30e6, AckedProducerSamplesPerSec: 60e6, GatewaySamplesPerSec: 15e6}
	if got := c.HTTPThenProduce(); math.Abs(got-20e6) > 1 {
		t.Fatalf("HTTP then produce = %v, want 20e6", got)
	}
	if (Ceilings{HTTPSamplesPerSec: 30e6}).HTTPThenProduce() != 0 {
		t.Fatal("a bound from a hop that was not measured")
	}
	r := Result{Ceilings: c}
	r.Finish()
	if got := r.Ratios["gateway_alone_vs_http_then_produce"]; math.Abs(got-0.75) > 1e-9 {
		t.Fatalf("gateway ÷ bound = %v, want 0.75", got)
	}
}

// --ceilings-only: a report without pipeline runs has the ceilings and the
// gateway's ratios, and no empty pipeline table or ratio column.
func TestCeilingsOnlyReport(t *testing.T) {
	r := Result{Mode: "quick", Ceilings: Ceilings{KafkaSamplesPerSec: 500e6, AckedProducerSamplesPerSec: 40e6, HTTPSamplesPerSec: 20e6, StorageSamplesPerSec: 3e6, GatewaySamplesPerSec: 8e6}}
	r.Finish()
	md := r.Markdown()
	for _, want := range []string{"| our gateway alone (HTTP + signature check + produce) | 8.00 M |\n", "(acknowledged): 0.20", "÷ empty-handler HTTP: 0.40", "(13.33 M, the most", "accept on these cores): 0.60"} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q:\n%s", want, md)
		}
	}
	for _, unwanted := range []string{"| figure |", "pipeline ÷ ceiling", "throughput.svg"} {
		if strings.Contains(md, unwanted) {
			t.Errorf("report without pipeline runs has %q", unwanted)
		}
	}
}

const goBenchOutput = `goos: linux
goarch: amd64
pkg: rhd.dev/ingest
cpu: Oxide Virtual Turin-like Processor
BenchmarkVerify/crypto-ed25519-2         	   53308	     45658 ns/op
BenchmarkVerify/precomputed-key-2        	   83534	     27729 ns/op
PASS
ok  	rhd.dev/ingest	4.790s
pkg: rhd.dev/contracts
BenchmarkGasPerRecord-2            	       3	  82946544 ns/op	     30448 gas/plain-erc721	     79469 gas/record	         2.610 ratio
ok  	rhd.dev/contracts	1.943s
`

func TestParseMicroKeepsEveryFigureWithItsPackage(t *testing.T) {
	ms, err := ParseMicro(strings.NewReader(goBenchOutput))
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 3 {
		t.Fatalf("%d results, want 3: %+v", len(ms), ms)
	}
	v := ms[1]
	if v.Package != "rhd.dev/ingest" || v.Name != "Verify/precomputed-key" || len(v.Figures) != 1 || v.Figures[0] != (Figure{27729, "ns/op"}) {
		t.Fatalf("second result %+v", v)
	}
	g := ms[2]
	if g.Package != "rhd.dev/contracts" || g.Name != "GasPerRecord" || len(g.Figures) != 4 || g.Figures[2] != (Figure{79469, "gas/record"}) {
		t.Fatalf("gas result %+v", g)
	}
	r := Result{Micro: ms}
	r.Finish()
	if md := r.Markdown(); !strings.Contains(md, "| contracts | GasPerRecord | 82946544 ns/op, 30448 gas/plain-erc721, 79469 gas/record, 2.61 ratio |") {
		t.Fatalf("report lacks the gas line:\n%s", md)
	}
}

func TestParseMicroRefusesABrokenLine(t *testing.T) {
	for _, bad := range []string{"BenchmarkX-2 10 fast ns/op", "BenchmarkX-2 10 123"} {
		if _, err := ParseMicro(strings.NewReader(bad)); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}

// The gateway's bound adds the times of its three unavoidable steps, and
// the report says how far below the acknowledged producer that bound is.
func TestGatewayBoundAddsHTTPSignatureAndProduce(t *testing.T) {
	c := Ceilings{HTTPSamplesPerSec: 30e6, SignatureSamplesPerSec: 60e6, AckedProducerSamplesPerSec: 60e6, GatewaySamplesPerSec: 9e6}
	if got := c.GatewayBound(); math.Abs(got-15e6) > 1 {
		t.Fatalf("bound = %v, want 15e6", got)
	}
	if (Ceilings{HTTPSamplesPerSec: 30e6, AckedProducerSamplesPerSec: 60e6}).GatewayBound() != 0 {
		t.Fatal("a bound without the signature check measured")
	}
	r := Result{Mode: "quick", Ceilings: c}
	r.Finish()
	md := r.Markdown()
	for _, want := range []string{"would accept at most 15.00 M on these cores", "0.25 of the acknowledged producer", "reaches 0.60 of that bound",
		"| signature check alone: the gateway's Ed25519 check of each batch, every core | 60.00 M |"} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q:\n%s", want, md)
		}
	}
}

func TestHistoryTableComparesTwoWeeksWithNinetyDays(t *testing.T) {
	ms, err := ParseMicro(strings.NewReader(`pkg: rhd.dev/cohorter
BenchmarkHistory/contributors=300/days=14/features-2         	       3	 100000000 ns/op	       190 peak-RSS-MiB
BenchmarkHistory/contributors=300/days=14/cohorter-run-2     	       3	 600000000 ns/op	       200 peak-RSS-MiB
BenchmarkHistory/contributors=300/days=14/export-2           	       3	4000000000 ns/op	       380 peak-RSS-MiB
BenchmarkHistory/contributors=300/days=90/cohorter-run-2     	       3	 900000000 ns/op	       300 peak-RSS-MiB
`))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	historyMarkdown(&b, ms)
	for _, want := range []string{"| contributors=300, days=14 | 100 ms, 190 MiB | 600 ms, 200 MiB | 4000 ms, 380 MiB |",
		"300 contributors, 90 days ÷ 2 weeks: time 1.50×, peak RSS 1.50×"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("history table lacks %q:\n%s", want, b.String())
		}
	}
}
