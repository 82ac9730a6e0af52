package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"rhd.dev/bench"
	"rhd.dev/ingest"
)

func benchCmd(cfg *config) *cobra.Command {
	o := bench.Options{}
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
			if err := res.Write(o.Out); err != nil {
				return err
			}
			fmt.Fprint(cmd.OutOrStdout(), res.Markdown())
			fmt.Fprintf(cmd.OutOrStdout(), "\nwritten to %s\n", o.Out)
			return nil
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.Full, "full", false, "longer runs (ceilings 20 s, pipeline 2 min)")
	f.IntVar(&o.Devices, "devices", 64, "simulated devices posting batches")
	f.IntVar(&o.MinutesPerBatch, "minutes-per-batch", 10, "one-minute frames per batch")
	f.Float64Var(&o.Rate, "rate", 1_000_000, "offered samples/s of the paced run, after the saturated one (0: saturated run only)")
	f.DurationVar(&o.Burst, "burst", 0, "send only in the first half of every such period (burstiness)")
	f.Float64Var(&o.BadRatio, "bad-ratio", 0, "malformed records sent to the frames topic per accepted batch (dead-letter path)")
	f.DurationVar(&o.Warmup, "warmup", 5*time.Second, "unmeasured start of the pipeline run")
	f.DurationVar(&o.Duration, "duration", 0, "measured pipeline run (default 30 s, 2 min with --full)")
	f.DurationVar(&o.Ceiling, "ceiling", 0, "each ceiling measurement (default 8 s, 20 s with --full)")
	f.DurationVar(&o.Soak, "soak", 0, "soak mode: a pipeline run this long, reporting memory growth and lag drift")
	f.StringVar(&o.Out, "out", filepath.Join("bench", "results"), "where to write the results")
	f.StringVar(&o.CPUProfile, "cpuprofile", "", "write a CPU profile of each pipeline run to this path prefix")
	f.StringVar(&o.Micro, "micro", "", "`go test -bench` output to include in the report (make bench runs the micro-benchmarks first)")
	f.BoolVar(&o.CeilingsOnly, "ceilings-only", false, "measure each hop alone and the gateway alone, without the pipeline runs")
	return cmd
}

// runBench runs `rhd bench` in a fresh data dir: Kafka (embedded unless
// RHD_KAFKA_BROKERS) and a ledger, with the gateway, MQTT and stream
// started as rhd ingest and rhd dev start them.
func runBench(ctx context.Context, cfg *config, o bench.Options, log io.Writer) (*bench.Result, error) {
	// The run cancels requests in flight when it ends; only errors matter here.
	defer slog.SetDefault(slog.Default())
	slog.SetDefault(slog.New(slog.NewTextHandler(log, &slog.HandlerOptions{Level: slog.LevelError})))
	dir, err := os.MkdirTemp("", "rhd-bench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	c := *cfg
	// rhd bench's devices send the same minutes many times a second.
	c.DataDir, c.IngestAddr, c.benchLoad = dir, "127.0.0.1:0", true
	kind := "external " + c.KafkaBrokers
	if c.KafkaBrokers == "" {
		kind, c.KafkaAddr = "embedded (kfake)", "127.0.0.1:0"
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
	rkey, err := recordKey(ctx, store)
	if err != nil {
		return nil, err
	}
	env := &bench.Env{Brokers: c.brokers(), Partitions: c.KafkaPartition, DataDir: dir, Store: store, RecordKey: rkey, KafkaKind: kind, Kafka: c.kafka(),
		ServeGateway: func(h http.Handler) (string, func(), error) {
			srv, ln, err := listenHTTP("127.0.0.1:0", h, c.ingestHTTP) // the limits rhd ingest serves with
			if err != nil {
				return "", nil, err
			}
			go srv.Serve(ln)
			return ln.Addr().String(), func() { srv.Close() }, nil
		},
		StartMQTT: func(gw *ingest.Gateway) (string, func(), error) {
			mc := c
			mc.MQTTAddr, mc.MQTTBroker = "127.0.0.1:0", ""
			stop, err := startMQTT(&mc, gw)
			return mc.MQTTAddr, stop, err
		},
		StartPipeline: func(ctx context.Context) (*bench.Running, error) {
			wh, err := openWarehouse(ctx, &c)
			if err != nil {
				return nil, err
			}
			bg, cancel := context.WithCancel(context.WithoutCancel(ctx))
			streams, err := startStream(bg, &c, store, wh, nil, c.StreamWorkers)
			if err != nil {
				cancel()
				wh.Close()
				return nil, err
			}
			gw, err := startIngest(bg, &c, store, nil, c.IngestAddr, nil)
			if err != nil {
				streams.stop()
				cancel()
				wh.Close()
				return nil, err
			}
			return &bench.Running{Gateway: gw.addr, Warehouse: wh.Backend(), Workers: c.StreamWorkers, Metrics: streams.metrics,
				Stop: func() { gw.stop(); streams.stop(); cancel(); wh.Close() }}, nil
		},
	}
	return bench.Run(ctx, env, o, log)
}
