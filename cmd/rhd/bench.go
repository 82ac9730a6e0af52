package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/spf13/cobra"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/bench"
	"rhd.dev/firmware/frame"
	"rhd.dev/firmware/sim"
	"rhd.dev/ingest"
	"rhd.dev/kafka"
	"rhd.dev/ledger"
	"rhd.dev/warehouse"
)

// benchOptions are `rhd bench`'s flags.
type benchOptions struct {
	full            bool
	devices         int
	minutesPerBatch int
	rate            float64
	burst           time.Duration
	badRatio        float64
	warmup          time.Duration
	duration        time.Duration
	ceiling         time.Duration
	soak            time.Duration
	out             string
	cpuprofile      string
	ceilingsOnly    bool
	micro           string
}

func benchCmd(cfg *config) *cobra.Command {
	o := benchOptions{}
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure the pipeline end to end and the ceiling of each hop, in one run",
		Long: "Starts the pipeline with embedded defaults in a temporary data dir (or against RHD_KAFKA_BROKERS /\n" +
			"RHD_CLICKHOUSE_DSN when set), measures each hop alone (raw franz-go producer → consumer, warehouse\n" +
			"batch insert, an empty HTTP handler under the same client load), then runs simulated devices posting\n" +
			"signed batches through gateway → Kafka → stream → warehouse, and writes result.json, result.md and\n" +
			"SVG charts. Quick mode takes under 3 minutes; --full runs longer; --soak 10m reports memory growth and lag drift.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			res, err := runBench(ctx, cfg, o, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			if err := res.Write(o.out); err != nil {
				return err
			}
			fmt.Fprint(cmd.OutOrStdout(), res.Markdown())
			fmt.Fprintf(cmd.OutOrStdout(), "\nwritten to %s\n", o.out)
			return nil
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.full, "full", false, "longer runs (ceilings 20 s, pipeline 2 min)")
	f.IntVar(&o.devices, "devices", 64, "simulated devices posting batches")
	f.IntVar(&o.minutesPerBatch, "minutes-per-batch", 10, "one-minute frames per batch")
	f.Float64Var(&o.rate, "rate", 1_000_000, "offered samples/s of the paced run, after the saturated one (0: saturated run only)")
	f.DurationVar(&o.burst, "burst", 0, "send only in the first half of every such period (burstiness)")
	f.Float64Var(&o.badRatio, "bad-ratio", 0, "malformed records sent to the frames topic per accepted batch (dead-letter path)")
	f.DurationVar(&o.warmup, "warmup", 5*time.Second, "unmeasured start of the pipeline run")
	f.DurationVar(&o.duration, "duration", 0, "measured pipeline run (default 30 s, 2 min with --full)")
	f.DurationVar(&o.ceiling, "ceiling", 0, "each ceiling measurement (default 8 s, 20 s with --full)")
	f.DurationVar(&o.soak, "soak", 0, "soak mode: a pipeline run this long, reporting memory growth and lag drift")
	f.StringVar(&o.out, "out", filepath.Join("bench", "results"), "where to write the results")
	f.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile of each pipeline run to this path prefix")
	f.StringVar(&o.micro, "micro", "", "`go test -bench` output to include in the report (make bench runs the micro-benchmarks first)")
	f.BoolVar(&o.ceilingsOnly, "ceilings-only", false, "measure each hop alone and the gateway alone, without the pipeline runs")
	return cmd
}

func runBench(ctx context.Context, cfg *config, o benchOptions, log io.Writer) (*bench.Result, error) {
	mode := "quick"
	if o.duration == 0 {
		o.duration = 30 * time.Second
		if o.full {
			o.duration = 2 * time.Minute
		}
	}
	if o.ceiling == 0 {
		o.ceiling = 8 * time.Second
		if o.full {
			o.ceiling = 20 * time.Second
		}
	}
	if o.full {
		mode = "full"
	}
	if o.soak > 0 {
		mode, o.duration = "soak", o.soak
	}
	// The run cancels requests in flight when it ends; only errors matter here.
	defer slog.SetDefault(slog.Default())
	slog.SetDefault(slog.New(slog.NewTextHandler(log, &slog.HandlerOptions{Level: slog.LevelError})))
	dir, err := os.MkdirTemp("", "rhd-bench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	c := *cfg
	c.DataDir, c.IngestAddr, c.benchLoad = dir, "127.0.0.1:0", true
	if c.KafkaBrokers == "" {
		c.KafkaAddr = "127.0.0.1:0"
		k, err := startEmbeddedKafka(&c)
		if err != nil {
			return nil, err
		}
		defer k.Close()
	} else if err := ensureTopics(ctx, &c); err != nil {
		return nil, err
	}
	store, err := openLedger(ctx, &c)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	devices, err := benchDevices(ctx, store, o.devices)
	if err != nil {
		return nil, err
	}
	res := &bench.Result{Date: time.Now().UTC(), Machine: bench.Machine(), Mode: mode}
	if o.micro != "" { // read first: a bad file should not cost a whole run
		f, err := os.Open(o.micro)
		if err != nil {
			return nil, err
		}
		res.Micro, err = bench.ParseMicro(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", o.micro, err)
		}
	}
	shape := bench.Shape{MinutesPerBatch: o.minutesPerBatch, BurstPeriod: o.burst}
	if res.Ceilings, err = measureCeilings(ctx, &c, store, devices, shape, o, log); err != nil {
		return nil, err
	}
	if !o.ceilingsOnly {
		if err := runPipelines(ctx, &c, store, devices, shape, o, res, log); err != nil {
			return nil, err
		}
	}
	res.Finish()
	return res, nil
}

// measureCeilings measures each hop alone with this run's batches (one per
// device), then our gateway alone.
func measureCeilings(ctx context.Context, c *config, store *ledger.Store, devices []bench.Device, shape bench.Shape, o benchOptions, log io.Writer) (bench.Ceilings, error) {
	var out bench.Ceilings
	batches := make([][]byte, len(devices))
	keys := make([]ed25519.PublicKey, len(devices))
	for i, d := range devices {
		keys[i] = d.Key.Public().(ed25519.PublicKey)
		var err error
		if batches[i], err = bench.SampleBatch(d, o.minutesPerBatch); err != nil {
			return out, err
		}
	}
	perBatch := float64(shape.SamplesPerBatch(sim.Wristband))
	parts := int32(c.KafkaPartition)
	steps := []struct {
		what    string
		measure func() (float64, error)
		into    *float64
		scale   float64
	}{
		{fmt.Sprintf("Kafka, flat out (%d-byte records)", len(batches[0])),
			func() (float64, error) { return bench.KafkaCeiling(ctx, c.brokers(), parts, batches, o.ceiling) }, &out.KafkaSamplesPerSec, perBatch},
		{"Kafka, acknowledged records at the devices' concurrency",
			func() (float64, error) {
				return bench.AckedProducerCeiling(ctx, c.brokers(), parts, batches, o.ceiling)
			}, &out.AckedProducerSamplesPerSec, perBatch},
		{"HTTP, empty handler", func() (float64, error) { return bench.HTTPCeiling(ctx, batches, o.ceiling) }, &out.HTTPSamplesPerSec, perBatch},
		{"signature check alone, every core", func() (float64, error) { return bench.SignatureCeiling(ctx, batches, keys, o.ceiling) },
			&out.SignatureSamplesPerSec, perBatch},
		{"warehouse insert", func() (float64, error) {
			return storageCeiling(ctx, filepath.Join(c.DataDir, "ceiling.duckdb"), o, batches[0], int(perBatch))
		}, &out.StorageSamplesPerSec, 1},
		{"gateway alone (HTTP, signature check, produce; nothing consuming)", func() (float64, error) {
			stop := startProfile(o.cpuprofile, "gateway alone", log)
			defer stop()
			return gatewayAlone(ctx, c, store, devices, shape, len(batches[0]), o.ceiling)
		}, &out.GatewaySamplesPerSec, 1},
		{"gateway over MQTT alone (embedded broker, bridge, signature check, produce; nothing consuming)", func() (float64, error) {
			return mqttGatewayAlone(ctx, c, store, devices, shape, len(batches[0]), o.ceiling)
		}, &out.MQTTGatewaySamplesPerSec, 1},
	}
	for _, st := range steps {
		fmt.Fprintf(log, "ceiling: %s…\n", st.what)
		v, err := st.measure()
		if err != nil {
			return out, fmt.Errorf("%s: %w", st.what, err)
		}
		*st.into = v * st.scale
	}
	return out, nil
}

// runPipelines starts the pipeline as rhd dev wires it and runs the
// configured runs on it (benchRuns), appending their results to res.
func runPipelines(ctx context.Context, c *config, store *ledger.Store, devices []bench.Device, shape bench.Shape, o benchOptions, res *bench.Result, log io.Writer) error {
	wh, err := openWarehouse(ctx, c)
	if err != nil {
		return err
	}
	defer wh.Close()
	bg, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	streams, err := startStream(bg, c, store, wh, nil, c.StreamWorkers)
	if err != nil {
		return err
	}
	defer streams.stop()
	gw, err := startIngest(bg, c, store, nil, c.IngestAddr, nil)
	if err != nil {
		return err
	}
	defer gw.stop()
	cl, err := kafka.NewClient(c.kafka(), "", kgo.DefaultProduceTopic(kafka.FramesTopic))
	if err != nil {
		return err
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	m := streams.metrics
	probe := bench.Probe{
		Committed:      func() float64 { return counterValue(m.SamplesWritten) },
		BatchesWritten: func() float64 { return counterValue(m.BatchesWritten) },
		DeadLetters:    func() float64 { return counterValue(m.DeadLetters) },
		Lag:            func(ctx context.Context) (int64, error) { return consumerLag(ctx, adm) },
		Latency:        func() []bench.Bucket { return histogramBuckets(m.SampleAge) },
	}
	for _, run := range benchRuns(o) {
		shape.Rate = run.rate
		fmt.Fprintf(log, "pipeline, %s: %d devices, %s warm-up, %s measured…\n", run.name, len(devices), o.warmup, o.duration)
		stopProfile := startProfile(o.cpuprofile, run.name, log)
		p, err := bench.RunPipeline(ctx, bench.PipelineConfig{
			Load:   &bench.Load{Gateway: "http://" + gw.addr, Devices: devices, Shape: shape},
			Warmup: o.warmup, Duration: o.duration, BadRatio: o.badRatio, Bad: cl, Probe: probe,
			Progress: func(pt bench.Point) {
				fmt.Fprintf(log, "  %5.0fs  %9.0f samples/s accepted  %9.0f committed  lag %d  rss %.0f MiB\n", pt.T, pt.Accepted, pt.Committed, pt.Lag, pt.RSSMiB)
			},
		})
		stopProfile()
		if err != nil {
			return err
		}
		p.Name, p.OfferedPerSec = run.name, run.rate
		res.Pipeline = append(res.Pipeline, p)
		// Let the stream drain before the next run so it starts clean.
		for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
			if lag, err := consumerLag(ctx, adm); err == nil && lag == 0 {
				break
			}
		}
	}
	res.Notes = append(res.Notes, fmt.Sprintf("Warehouse: %s; Kafka: %s; stream workers: %d; %d partitions.", wh.Backend(), kafkaKind(c), c.StreamWorkers, c.KafkaPartition),
		"All figures come from one process on one machine: load generator, gateway, broker, stream and warehouse share its cores.")
	return nil
}

// benchRun is one pipeline run: a name and the offered rate (0: saturate).
type benchRun struct {
	name string
	rate float64
}

// benchRuns are the pipeline runs of a bench: saturated, then paced at the
// offered rate; only the saturated run without a rate; a soak is one long
// paced run.
func benchRuns(o benchOptions) []benchRun {
	runs := []benchRun{{"saturated", 0}, {"paced at " + siRate(o.rate), o.rate}}
	switch {
	case o.rate <= 0:
		return runs[:1]
	case o.soak > 0:
		return runs[1:]
	}
	return runs
}

// startProfile profiles the CPU into prefix-name.pprof until the returned
// function is called (nothing without a prefix).
func startProfile(prefix, name string, log io.Writer) func() {
	if prefix == "" {
		return func() {}
	}
	// "paced at 1 M samples/s" -> "paced-at-1-M-samples-s": no separators in the file name.
	file := prefix + "-" + strings.Trim(profileName.ReplaceAllString(name, "-"), "-") + ".pprof"
	f, err := os.Create(file)
	if err == nil {
		if err = pprof.StartCPUProfile(f); err != nil {
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprintf(log, "  no CPU profile of %s: %v\n", name, err)
		return func() {}
	}
	fmt.Fprintf(log, "  CPU profile of %s: %s\n", name, file)
	return func() { pprof.StopCPUProfile(); f.Close() }
}

var profileName = regexp.MustCompile(`[^A-Za-z0-9]+`)

func siRate(v float64) string {
	if v >= 1e6 {
		return fmt.Sprintf("%g M samples/s", v/1e6)
	}
	return fmt.Sprintf("%g k samples/s", v/1e3)
}

func kafkaKind(c *config) string {
	if c.KafkaBrokers != "" {
		return "external " + c.KafkaBrokers
	}
	return "embedded (kfake)"
}

// benchDevices creates n contributors each with a paired simulated device.
func benchDevices(ctx context.Context, store *ledger.Store, n int) ([]bench.Device, error) {
	out := make([]bench.Device, 0, n)
	for i := range n {
		c, err := store.CreateContributor(ctx, ledger.Contributor{Email: fmt.Sprintf("bench-%d@bench.rhd.dev", i), DisplayName: "Bench", BirthYear: 1980 + i%40})
		if err != nil {
			return nil, err
		}
		pub, priv, _ := ed25519.GenerateKey(rand.Reader)
		code, err := store.CreatePairingCode(ctx, c.ID, string(sim.Wristband))
		if err != nil {
			return nil, err
		}
		d, err := store.PairDevice(ctx, code, fmt.Sprintf("BENCH-%06d", i), pub)
		if err != nil {
			return nil, err
		}
		id, err := frame.ParseDeviceID(d.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, bench.NewDevice(id, priv, sim.Wristband, uint64(i+1)))
	}
	return out, nil
}

// benchGateway is a gateway producing to a temporary topic of its own
// (the pipeline's stream never sees these batches); done closes it and
// drops the topic.
func benchGateway(ctx context.Context, c *config, store *ledger.Store, name string) (*ingest.Gateway, func(), error) {
	topic, drop, err := bench.TempTopic(ctx, c.brokers(), name, int32(c.KafkaPartition))
	if err != nil {
		return nil, nil, err
	}
	rkey, err := recordKey(ctx, store)
	if err == nil {
		var gw *ingest.Gateway
		if gw, err = ingest.NewGateway(ingest.Config{Brokers: c.brokers(), Topic: topic, Registry: ingest.LedgerRegistry{Store: store}, RecordKey: rkey,
			RepeatedMinutes: true}); err == nil {
			return gw, func() { gw.Close(); drop() }, nil
		}
	}
	drop()
	return nil, nil, err
}

// gatewayAlone serves a gateway producing to a topic of its own (the
// pipeline's stream never sees these batches) and returns the samples per
// second it accepts from the saturating load over d. The devices' batches
// are signed beforehand, as the other ceilings' bodies are built beforehand.
func gatewayAlone(ctx context.Context, c *config, store *ledger.Store, devices []bench.Device, shape bench.Shape, batchBytes int, d time.Duration) (float64, error) {
	gw, done, err := benchGateway(ctx, c, store, "gateway")
	if err != nil {
		return 0, err
	}
	defer done()
	srv, ln, err := listenHTTP("127.0.0.1:0", gw, c.ingestHTTP) // the limits rhd ingest serves with
	if err != nil {
		return 0, err
	}
	go srv.Serve(ln)
	defer srv.Close()
	shape.Rate = 0
	load := &bench.Load{Gateway: "http://" + ln.Addr().String(), Devices: devices, Shape: shape}
	if err := load.Presign(presignedPerDevice(len(devices), batchBytes, d)); err != nil {
		return 0, err
	}
	runCtx, stop := context.WithTimeout(ctx, d)
	defer stop()
	start := time.Now()
	if err := load.Run(runCtx); err != nil {
		return 0, err
	}
	return float64(load.Samples.Load()) / time.Since(start).Seconds(), nil
}

// mqttGatewayAlone is gatewayAlone with the devices publishing over MQTT:
// an embedded broker, the bridge and a gateway producing to a topic of its
// own; each device waits for a batch's answer before the next, as the
// agent's MQTT uplink does.
func mqttGatewayAlone(ctx context.Context, c *config, store *ledger.Store, devices []bench.Device, shape bench.Shape, batchBytes int, d time.Duration) (float64, error) {
	gw, done, err := benchGateway(ctx, c, store, "mqtt-gateway")
	if err != nil {
		return 0, err
	}
	defer done()
	mc := *c
	mc.MQTTAddr, mc.MQTTBroker = "127.0.0.1:0", ""
	stop, err := startMQTT(&mc, gw)
	if err != nil {
		return 0, err
	}
	defer stop()
	shape.Rate = 0
	load := &bench.MQTTLoad{Broker: "tcp://" + mc.MQTTAddr, Devices: devices, Shape: shape}
	if err := load.Presign(presignedPerDevice(len(devices), batchBytes, d)); err != nil {
		return 0, err
	}
	runCtx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	start := time.Now()
	if err := load.Run(runCtx); err != nil {
		return 0, err
	}
	return float64(load.Samples.Load()) / time.Since(start).Seconds(), nil
}

// presignedPerDevice is how many batches each device signs before the
// gateway-alone measurement: enough for 40,000 batches/s over d (well above
// what the gateway does here), within 512 MiB.
func presignedPerDevice(devices, batchBytes int, d time.Duration) int {
	want := int(40_000*d.Seconds()) / devices
	return min(want, (512<<20)/max(batchBytes, 1)/devices)
}

// storageCeiling writes the stream's rows of batch, as many per write as the
// stream writes under full load, into a warehouse of its own.
func storageCeiling(ctx context.Context, path string, o benchOptions, batch []byte, perBatch int) (float64, error) {
	wh, err := warehouse.OpenDuckDB(ctx, path)
	if err != nil {
		return 0, err
	}
	defer wh.Close()
	// One poll of up to 2,000 records, bounded to about a million rows.
	batches := min(2000, max(1, 1_000_000/perBatch))
	return bench.StorageCeiling(ctx, wh, batch, batches, o.ceiling)
}

func counterValue(c prometheus.Counter) float64 {
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		return 0
	}
	return m.GetCounter().GetValue()
}

// histogramBuckets turns a Prometheus histogram's cumulative buckets into
// per-bucket counts.
func histogramBuckets(h prometheus.Histogram) []bench.Bucket {
	var m dto.Metric
	if err := h.Write(&m); err != nil {
		return nil
	}
	var out []bench.Bucket
	var prev uint64
	for _, b := range m.GetHistogram().GetBucket() {
		out = append(out, bench.Bucket{UpTo: b.GetUpperBound(), Count: b.GetCumulativeCount() - prev})
		prev = b.GetCumulativeCount()
	}
	return append(out, bench.Bucket{UpTo: math.Inf(1), Count: m.GetHistogram().GetSampleCount() - prev})
}
