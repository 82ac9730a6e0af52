package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"io"
	"math"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/admin"
	"rhd.dev/app"
	"rhd.dev/cohorter/bundle"
	"rhd.dev/demo"
	"rhd.dev/firmware/agent"
	"rhd.dev/firmware/fleet"
	"rhd.dev/firmware/frame"
	"rhd.dev/firmware/sim"
	"rhd.dev/kafka"
	"rhd.dev/ledger"
	"rhd.dev/settle"
	"rhd.dev/stream/pseudo"
	"rhd.dev/warehouse"
)

func testConfig(t *testing.T) *config {
	cfg := defaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.KafkaBrokers, cfg.PostgresDSN, cfg.ClickHouseDSN = "", "", ""
	cfg.KafkaAddr, cfg.IngestAddr, cfg.AdminAddr, cfg.PortalAddr = "127.0.0.1:0", "127.0.0.1:0", "127.0.0.1:0", "127.0.0.1:0"
	cfg.MQTTAddr = "127.0.0.1:0"
	cfg.StreamWorkers = 2
	return cfg
}

// pipeline is the spine wired as `rhd dev` wires it: embedded Kafka, SQLite
// ledger, DuckDB warehouse, stream workers and the gateway.
type pipeline struct {
	t      *testing.T
	cfg    *config
	store  *ledger.Store
	wh     warehouse.Warehouse
	stream *streamService
	ingest *ingestService
}

func startPipeline(t *testing.T) *pipeline {
	t.Helper()
	ctx := context.Background()
	p := &pipeline{t: t, cfg: testConfig(t)}
	c, err := app.StartEmbeddedKafka(&p.cfg.Config)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	if p.store, err = app.OpenLedger(ctx, &p.cfg.Config); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.store.Close() })
	if p.wh, err = app.OpenWarehouse(ctx, &p.cfg.Config); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.wh.Close() })
	if p.stream, err = startStream(ctx, p.cfg, p.store, p.wh, nil, p.cfg.StreamWorkers); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.stream.stop)
	if p.ingest, err = startIngest(ctx, p.cfg, p.store, nil, p.cfg.IngestAddr, nil); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.ingest.stop)
	return p
}

func (p *pipeline) contributor(email string) ledger.Contributor {
	c, err := p.store.CreateContributor(context.Background(), ledger.Contributor{Email: email, DisplayName: "Zed Quartermaine", BirthYear: 1979, Sex: "other"})
	if err != nil {
		p.t.Fatal(err)
	}
	return c
}

func (p *pipeline) waitBatches(n int64) warehouse.Counts {
	p.t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		c, err := p.wh.Counts(context.Background())
		if err != nil {
			p.t.Fatal(err)
		}
		if c.Batches >= n {
			return c
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("warehouse holds %d batches after 60 s, want %d", c.Batches, n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

var hourStart = time.Now().UTC().Truncate(time.Hour).Add(-2 * time.Hour)

// knownFrame is minute m of the known input: heart rate 60+(s%7) each second
// and 10+m steps.
func knownFrame(m int) (int64, []frame.Series) {
	hr := make([]uint16, 60)
	for s := range hr {
		hr[s] = uint16(60 + s%7)
	}
	return hourStart.Add(time.Duration(m) * time.Minute).UnixMilli(), []frame.Series{
		{Metric: frame.HeartRate, IntervalMs: 1000, Raw: hr},
		{Metric: frame.Steps, IntervalMs: 60000, Raw: []uint16{uint16(10 + m)}},
	}
}

func TestEndToEndKnownInputExactRowsAndRollups(t *testing.T) {
	p := startPipeline(t)
	ctx := context.Background()
	owner := p.contributor("known.input@example.org")
	cred, err := demo.PairSimulated(ctx, p.store, owner.ID, sim.ChestStrap, 1, p.cfg.Path("fleet"))
	if err != nil {
		t.Fatal(err)
	}
	id, _ := frame.ParseDeviceID(cred.ID)
	a, err := agent.New(agent.Config{Gateway: "http://" + p.ingest.addr, Device: id, Key: ed25519.PrivateKey(cred.Key),
		Spool: agent.NewMemorySpool(100), MaxFrames: 4})
	if err != nil {
		t.Fatal(err)
	}
	const minutes = 10 // batches of 4, 4 and 2 frames
	for m := range minutes {
		start, series := knownFrame(m)
		if err := a.Record(start, series...); err != nil {
			t.Fatal(err)
		}
	}
	a.Flush()
	actx, cancel := context.WithCancel(ctx)
	defer cancel()
	go a.Run(actx)

	c := p.waitBatches(3)
	if c.Batches != 3 || c.Readings != minutes*61 || c.Rollups != minutes*2 {
		t.Fatalf("warehouse %+v, want 3 batches, %d readings, %d rollups", c, minutes*61, minutes*2)
	}
	pepper, _ := p.store.Pepper(ctx)
	got, err := p.wh.Minutes(ctx, pseudo.PID(pepper, owner.ID), hourStart, hourStart.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	var wantSum float64
	for s := range 60 {
		wantSum += float64(60 + s%7)
	}
	if len(got) != 2*minutes {
		t.Fatalf("%d minute rollups, want %d", len(got), 2*minutes)
	}
	for _, m := range got {
		i := int(m.Minute.Sub(hourStart) / time.Minute)
		switch m.Metric {
		case "heart_rate":
			if m.N != 60 || math.Abs(m.Sum-wantSum) > 1e-9 || m.Min != 60 || m.Max != 66 {
				t.Errorf("heart rate minute %d: %+v, want n=60 sum=%g min=60 max=66", i, m, wantSum)
			}
		case "steps":
			if m.N != 1 || m.Sum != float64(10+i) {
				t.Errorf("steps minute %d: %+v, want %d", i, m, 10+i)
			}
		default:
			t.Errorf("unexpected metric %q", m.Metric)
		}
		if m.DeviceType != "chest_strap" {
			t.Errorf("device type %q", m.DeviceType)
		}
	}
}

func TestEndToEndFleetEverySampleLandsOnceAndNoIdentifierReachesTheWarehouse(t *testing.T) {
	p := startPipeline(t)
	ctx := context.Background()
	var people []ledger.Contributor
	var creds []fleet.Credentials
	for i, typ := range []sim.DeviceType{sim.Wristband, sim.Ring, sim.ChestStrap, sim.Wristband} {
		c := p.contributor("person" + string(rune('a'+i)) + "@example.org")
		cred, err := demo.PairSimulated(ctx, p.store, c.ID, typ, uint64(i+7), p.cfg.Path("fleet"))
		if err != nil {
			t.Fatal(err)
		}
		people, creds = append(people, c), append(creds, cred)
	}
	// Two hours of stored history (minute values) and the last hour in full.
	f, err := fleet.Open(fleet.Config{Dir: p.cfg.Path("fleet"), Gateway: "http://" + p.ingest.addr,
		Backfill: 3 * time.Hour, DetailFor: time.Hour, Speed: 6000, Tick: 50 * time.Millisecond, MaxFrames: 60})
	if err != nil {
		t.Fatal(err)
	}
	fctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { f.Run(fctx); close(done) }()
	// The backlog is simulated within a few ticks; then wait for delivery.
	deadline := time.Now().Add(60 * time.Second)
	var want uint64
	for {
		_, produced := f.Counts()
		c, _ := p.wh.Counts(ctx)
		if f.CaughtUp() && f.Pending() == 0 && uint64(c.Readings) == produced {
			stop()
			<-done
			_, want = f.Counts()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("produced %d samples, warehouse has %d readings, %d batches pending", produced, c.Readings, f.Pending())
		}
		time.Sleep(50 * time.Millisecond)
	}
	c := p.waitBatches(1)
	if uint64(c.Readings) != want {
		t.Fatalf("warehouse has %d readings, the fleet produced %d samples", c.Readings, want)
	}
	if testutil.ToFloat64(p.stream.metrics.DeadLetters) != 0 {
		t.Fatal("simulated frames were dead-lettered")
	}
	// The wristband's heart rate: one value a minute in its history, one a
	// second in the last hour.
	pepper, _ := p.store.Pepper(ctx)
	now := time.Now().UTC()
	mins, err := p.wh.Minutes(ctx, pseudo.PID(pepper, people[0].ID), now.Add(-4*time.Hour), now)
	if err != nil {
		t.Fatal(err)
	}
	var history, detail int
	for _, m := range mins {
		if m.Metric != "heart_rate" {
			continue
		}
		switch age := now.Sub(m.Minute); {
		case age > 65*time.Minute && m.N == 1:
			history++
		case age < 55*time.Minute && m.N == 60:
			detail++
		case age > 65*time.Minute || age < 55*time.Minute:
			t.Fatalf("heart rate minute %s (%v old) has %d samples", m.Minute, age, m.N)
		}
	}
	if history < 100 || detail < 50 {
		t.Fatalf("%d history minutes and %d detailed minutes of heart rate", history, detail)
	}

	// Privacy: no identifier of any person or device, in any encoding, in any cell.
	var needles []string
	for i, c := range people {
		needles = append(needles, c.ID, c.Email, c.DisplayName, "Quartermaine", creds[i].ID, creds[i].Serial,
			hex.EncodeToString(creds[i].Key[32:]), base64.StdEncoding.EncodeToString(creds[i].Key[32:]))
	}
	cells := 0
	err = p.wh.Cells(ctx, func(table, column, value string) error {
		cells++
		for _, n := range needles {
			if strings.Contains(strings.ToLower(value), strings.ToLower(n)) {
				t.Errorf("identifier %q found in %s.%s", n, table, column)
			}
		}
		return nil
	})
	if err != nil || cells < 1000 {
		t.Fatalf("scanned %d cells: %v", cells, err)
	}
}

// A batch the broker acknowledged but whose answer never reached the device
// (the gateway died first) is resent by the agent to a restarted gateway,
// reaches Kafka twice, and lands in the warehouse exactly once.
func TestIngestCrashBeforeAnswerLandsExactlyOnce(t *testing.T) {
	p := startPipeline(t)
	ctx := context.Background()
	owner := p.contributor("crash@example.org")
	cred, _ := demo.PairSimulated(ctx, p.store, owner.ID, sim.Ring, 3, p.cfg.Path("fleet"))
	id, _ := frame.ParseDeviceID(cred.ID)

	// Gateway 1 dies right after the broker's acknowledgement, before its
	// periodic save of device progress.
	p.cfg.ProgressEvery = time.Hour
	crashed := make(chan struct{}, 1)
	gw1, err := startIngestWith(ctx, p, func(w http.ResponseWriter) {
		conn, _, err := http.NewResponseController(w).Hijack()
		if err == nil {
			conn.Close()
		}
		crashed <- struct{}{}
	})
	if err != nil {
		t.Fatal(err)
	}
	spool := agent.NewMemorySpool(10)
	a, _ := agent.New(agent.Config{Gateway: "http://" + gw1.addr, Device: id, Key: ed25519.PrivateKey(cred.Key), Spool: spool,
		MaxFrames: 1, MinBackoff: 20 * time.Millisecond, MaxBackoff: 50 * time.Millisecond})
	start, series := knownFrame(0)
	a.Record(start, series...)
	actx, cancel := context.WithCancel(ctx)
	defer cancel()
	go a.Run(actx)
	<-crashed
	// The "crash": the process is gone before it saved the device's progress.
	gw1.srv.Close()
	addr := gw1.addr
	gw1.gw.Close()
	if spool.Len() != 1 {
		t.Fatalf("agent dropped the unacknowledged batch (spool holds %d)", spool.Len())
	}
	if d, _ := p.store.Device(ctx, cred.ID); d.LastSeq != 0 {
		t.Fatalf("progress was saved (seq %d); the test needs it lost", d.LastSeq)
	}
	// Gateway 2 comes up on the same address; the agent's retry gets through.
	p.cfg.IngestAddr = addr
	gw2, err := startIngestWith(ctx, p, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer gw2.stop()
	deadline := time.Now().Add(30 * time.Second)
	for spool.Len() > 0 {
		if time.Now().After(deadline) {
			t.Fatal("agent never delivered to the restarted gateway")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if n := countRecords(t, p.cfg.Brokers(), cred.ID); n != 2 {
		t.Fatalf("%d records of the device on the topic, want 2 (original and resend)", n)
	}
	// Let the stream see both records, then check the warehouse.
	deadline = time.Now().Add(30 * time.Second)
	for testutil.ToFloat64(p.stream.metrics.RecordsConsumed) < 2 {
		if time.Now().After(deadline) {
			t.Fatal("stream did not consume both records")
		}
		time.Sleep(10 * time.Millisecond)
	}
	c, _ := p.wh.Counts(ctx)
	if c.Batches != 1 || c.Readings != 61 {
		t.Fatalf("warehouse %+v, want the batch exactly once (1 batch, 61 readings)", c)
	}
}

func startIngestWith(ctx context.Context, p *pipeline, after func(http.ResponseWriter)) (*ingestService, error) {
	svc, err := startIngest(ctx, p.cfg, p.store, nil, p.cfg.IngestAddr, nil)
	if err != nil {
		return nil, err
	}
	svc.gw.SetAfterProduce(after)
	return svc, nil
}

func countRecords(t *testing.T, brokers []string, key string) int {
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.ConsumeTopics(kafka.FramesTopic), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	n := 0
	for ctx.Err() == nil {
		cl.PollFetches(ctx).EachRecord(func(r *kgo.Record) {
			if string(r.Key) == key {
				n++
			}
		})
	}
	return n
}

// kcat, a librdkafka client, lists and consumes the embedded cluster's topics.
func TestKcatListsAndConsumesTopics(t *testing.T) {
	kcat, err := exec.LookPath("kcat")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("kcat is not installed; .ci/run installs it")
		}
		t.Skip("kcat not installed (apt-get install kcat)")
	}
	p := startPipeline(t)
	ctx := context.Background()
	owner := p.contributor("kcat@example.org")
	cred, _ := demo.PairSimulated(ctx, p.store, owner.ID, sim.Wristband, 5, p.cfg.Path("fleet"))
	id, _ := frame.ParseDeviceID(cred.ID)
	a, _ := agent.New(agent.Config{Gateway: "http://" + p.ingest.addr, Device: id, Key: ed25519.PrivateKey(cred.Key), Spool: agent.NewMemorySpool(10), MaxFrames: 1})
	for m := range 3 {
		start, series := knownFrame(m)
		a.Record(start, series...)
	}
	actx, cancel := context.WithCancel(ctx)
	defer cancel()
	go a.Run(actx)
	p.waitBatches(3)

	broker := p.cfg.Brokers()[0]
	list, err := exec.Command(kcat, "-b", broker, "-L").CombinedOutput()
	if err != nil {
		t.Fatalf("kcat -L: %v\n%s", err, list)
	}
	for _, topic := range []string{kafka.FramesTopic, kafka.FramesDLQTopic} {
		if !strings.Contains(string(list), `topic "`+topic+`"`) {
			t.Errorf("kcat -L does not list %s:\n%s", topic, list)
		}
	}
	out, err := exec.Command(kcat, "-b", broker, "-C", "-t", kafka.FramesTopic, "-o", "beginning", "-e", "-q", "-f", "%k %S\n").CombinedOutput()
	if err != nil {
		t.Fatalf("kcat -C: %v\n%s", err, out)
	}
	lines := strings.Fields(strings.ReplaceAll(string(out), "\n", " "))
	keys := 0
	for i := 0; i+1 < len(lines); i += 2 {
		if lines[i] == cred.ID {
			keys++
		}
	}
	if keys != 3 {
		t.Fatalf("kcat consumed %d records keyed by the device, want 3:\n%s", keys, out)
	}
}

// `rhd dev` on a fresh data dir seeds, streams, answers `rhd stats` over the
// admin API while running, stops cleanly, and `rhd stats` then reads the files.
func TestDevRunsAndStatsWorksWhileRunningAndAfter(t *testing.T) {
	cfg := testConfig(t)
	cfg.Devices, cfg.Backfill, cfg.SimSpeed = 12, 3*time.Hour, 20000
	cfg.K, cfg.CohortStep, cfg.CohortInterval = 5, 2*time.Second, time.Second
	cfg.DemoSaleEvery, cfg.SettleEvery = 300*time.Millisecond, 300*time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	done := make(chan error)
	go func() { done <- runDev(ctx, cfg, &out) }()

	var live admin.Stats
	deadline := time.Now().Add(60 * time.Second)
	for {
		running, err := cfg.Admin().Ask(ctx, "/v1/stats", &live)
		if running && err == nil && live.Warehouse.Batches > 0 && live.Ledger.Devices == 12 && live.Kafka.Lag != nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("rhd dev did not report stored batches: running=%v err=%v stats=%+v", running, err, live)
		}
		time.Sleep(100 * time.Millisecond)
	}
	b, _ := os.ReadFile(admin.AddrFile(cfg.DataDir))
	if resp, err := http.Get("http://" + strings.TrimSpace(string(b)) + "/metrics"); err != nil || resp.StatusCode != 200 {
		t.Fatalf("/metrics: %v", err)
	} else {
		body := new(bytes.Buffer)
		body.ReadFrom(resp.Body)
		resp.Body.Close()
		for _, m := range []string{"rhd_ingest_batches_accepted_total", "rhd_stream_samples_written_total", "rhd_stream_dead_letters_total", "rhd_ingest_produce_seconds", "rhd_settle_sales_rejected_total"} {
			if !strings.Contains(body.String(), m) {
				t.Errorf("/metrics lacks %s", m)
			}
		}
	}
	// The cohorter publishes the everyone-cohort; a bundle of it exports
	// through the running process (which owns the warehouse).
	var snap string
	for deadline := time.Now().Add(60 * time.Second); snap == ""; {
		out := run(t, cfg, "cohorts", "ls")
		for _, line := range strings.Split(out, "\n") {
			if f := strings.Fields(line); len(f) > 1 && f[0] == "any.any.any" {
				snap = f[1]
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no cohort published:\n%s", out)
		}
		time.Sleep(200 * time.Millisecond)
	}
	bundleDir := filepath.Join(t.TempDir(), "bundle")
	run(t, cfg, "bundles", "export", "--snapshot", snap, "--out", bundleDir, "--formats", "fhir,omh")
	for _, f := range []string{"readings_minute.parquet", "participants.parquet", "manifest.json", "README.md", "dictionary.json", "datapackage.json", "manifest-sha256.txt",
		"fhir/Observation.ndjson", "omh/data-points.ndjson"} {
		if st, err := os.Stat(filepath.Join(bundleDir, f)); err != nil || st.Size() == 0 {
			t.Fatalf("exported bundle lacks %s: %v", f, err)
		}
	}
	// The simulated researcher buys; settlement commits the payouts on the
	// embedded chain; a contributor's payout verifies against the contract.
	store, err := app.OpenLedger(ctx, &cfg.Config)
	if err != nil {
		t.Fatal(err)
	}
	var paid ledger.Sale
	for deadline := time.Now().Add(60 * time.Second); paid.ID == ""; {
		sales, _ := store.Sales(ctx)
		for _, s := range sales {
			if e, ok, _ := store.LatestConfirmedEpoch(ctx); ok && s.Epoch > 0 && s.Epoch <= e.Epoch {
				paid = s
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no sale committed on chain; sales: %+v", sales)
		}
		time.Sleep(200 * time.Millisecond)
	}
	lines, _ := store.SaleLines(ctx, paid.ID)
	var sum int64
	for _, l := range lines {
		sum += l.Cents
	}
	if sum+paid.FeeCents != paid.PriceCents || len(lines) < cfg.K {
		t.Fatalf("sale %s: %d lines summing to %d + fee %d, price %d", paid.ID, len(lines), sum, paid.FeeCents, paid.PriceCents)
	}
	// The simulated researcher bought as a demo researcher, through orders:
	// its purchases page has them.
	buyer, err := store.Researcher(ctx, "researcher2@demo.rhd.dev")
	if err != nil || paid.Buyer != buyer.ID {
		t.Fatalf("sale bought by %q, want the demo researcher %q (%v)", paid.Buyer, buyer.ID, err)
	}
	if orders, _ := store.OrdersOf(ctx, buyer.ID); len(orders) == 0 || buyer.CreditsCents >= demo.Credits {
		t.Fatalf("demo researcher: %d orders, credit %d", len(orders), buyer.CreditsCents)
	}
	// Closed hours of the devices' data became contribution records on chain.
	var rec ledger.ContributionRecord
	for deadline := time.Now().Add(60 * time.Second); rec.TokenID == 0; {
		for _, l := range lines {
			if rs, _ := store.RecordsOf(ctx, l.ContributorID); len(rs) > 0 && rs[len(rs)-1].TokenID > 0 {
				rec = rs[len(rs)-1]
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("no contribution record minted")
		}
		time.Sleep(200 * time.Millisecond)
	}
	// Every contributor the sale paid can verify it on chain.
	for _, l := range lines {
		var r settle.Receipt
		if _, err := cfg.Admin().Ask(ctx, "/v1/payouts/verify?account="+l.Account+"&sale="+paid.ID, &r); err != nil || !r.Verified || r.SaleCents != l.Cents {
			t.Fatalf("payout of %s: %+v %v", l.Account, r, err)
		}
	}
	// A revocation reaches the chain.
	leaver := lines[0].ContributorID
	if _, err := store.RecordConsent(ctx, leaver, ledger.ScopeResearch, false, ledger.TermsVersion); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(60 * time.Second); ; {
		var st settle.ConsentOnChain
		if _, err := cfg.Admin().Ask(ctx, "/v1/consent?contributor="+leaver, &st); err == nil && st.Changes >= 2 && !st.Granted && st.Relaying == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the revocation never reached the chain")
		}
		time.Sleep(200 * time.Millisecond)
	}
	store.Close()
	proved := run(t, cfg, "records", "verify", "--device", rec.DeviceID, "--metric", "heart_rate", "--minute", rec.From.UTC().Format(time.RFC3339))
	if !strings.Contains(proved, "verified") {
		t.Fatalf("reading does not verify against its record:\n%s", proved)
	}
	signInDemo(t, out.String())
	verified := run(t, cfg, "payouts", "verify", "--account", lines[0].Account, "--sale", paid.ID)
	if !strings.Contains(verified, "verified") {
		t.Fatalf("payout does not verify:\n%s", verified)
	}
	// Every component reports on the one /metrics: franz-go's clients by
	// role, the cohorter's runs, the money flow from the ledger, the portal's
	// requests by route pattern (never a raw path).
	if resp, err := http.Get("http://" + strings.TrimSpace(string(b)) + "/metrics"); err != nil || resp.StatusCode != 200 {
		t.Fatalf("/metrics: %v", err)
	} else {
		body := new(bytes.Buffer)
		body.ReadFrom(resp.Body)
		resp.Body.Close()
		for _, m := range []string{`rhd_kafka_produce_bytes_total{client="gateway"`, `rhd_job_runs_total{job="cohorter"}`, "rhd_cohorter_snapshots_published_total",
			"rhd_settle_sales_total", "rhd_settle_epochs_confirmed_total", `rhd_portal_requests_total{method="GET",route="/login"`, "rhd_portal_signins_total"} {
			if !strings.Contains(body.String(), m) {
				t.Errorf("/metrics lacks %s", m)
			}
		}
		if strings.Contains(body.String(), `route="/verify/sale_`) {
			t.Error("a raw path became a metrics label")
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(admin.AddrFile(cfg.DataDir)); !os.IsNotExist(err) {
		t.Fatal("admin.addr left behind after a clean stop")
	}
	after, err := app.LocalStats(context.Background(), &cfg.Config)
	if err != nil {
		t.Fatal(err)
	}
	if after.Running || after.Warehouse.Batches < live.Warehouse.Batches {
		t.Fatalf("after stop: %+v (had %d batches while running)", after, live.Warehouse.Batches)
	}
	if !strings.Contains(out.String(), "rhd dev is running") {
		t.Fatalf("banner missing:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "portal     http://127.0.0.1:") {
		t.Fatalf("banner does not say where the portal is:\n%s", out.String())
	}
	// With nothing running, the CLI exports from the files itself.
	zipPath := filepath.Join(t.TempDir(), "b.zip")
	run(t, cfg, "bundles", "export", "--snapshot", snap, "--out", zipPath)
	if err := bundle.Unzip(zipPath, filepath.Join(t.TempDir(), "x")); err != nil {
		t.Fatalf("local export is not a valid bundle archive: %v", err)
	}
	// The embedded Kafka kept its data in the data dir.
	if ents, _ := os.ReadDir(filepath.Join(cfg.DataDir, "kafka")); len(ents) == 0 {
		t.Fatal("embedded Kafka persisted nothing")
	}
}

// signInDemo signs in to the running portal as the first demo contributor
// through the built-in provider and opens the dashboard.
func signInDemo(t *testing.T, banner string) {
	t.Helper()
	m := regexp.MustCompile(`portal +(http://\S+)`).FindStringSubmatch(banner)
	if m == nil {
		t.Fatalf("no portal address in the banner:\n%s", banner)
	}
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	resp, err := c.Get(m[1] + "/login") // follows to the provider's account picker
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("sign-in page: %v %v", resp, err)
	}
	resp.Body.Close()
	form := url.Values{"subject": {"demo-contributor-1"}}
	for k, v := range resp.Request.URL.Query() {
		form.Set(k, v[0])
	}
	resp, err = c.PostForm(resp.Request.URL.String(), form) // follows back to the portal
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), "Earnings") || resp.Request.URL.Path != "/dashboard" {
		t.Fatalf("demo sign-in ends at %s (%d):\n%s", resp.Request.URL, resp.StatusCode, b)
	}
}
