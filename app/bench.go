package app

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"os"

	"rhd.dev/bench"
	"rhd.dev/ingest"
)

// Bench runs `rhd bench` in a fresh data dir: Kafka (embedded unless
// RHD_KAFKA_BROKERS) and a ledger, with the gateway, MQTT and stream
// started as rhd ingest and rhd dev start them.
func Bench(ctx context.Context, cfg *Config, o bench.Options, log io.Writer) (*bench.Result, error) {
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
	c.DataDir, c.IngestAddr, c.BenchLoad = dir, "127.0.0.1:0", true
	kind := "external " + c.KafkaBrokers
	if c.KafkaBrokers == "" {
		kind, c.KafkaAddr = "embedded (kfake)", "127.0.0.1:0"
		k, err := StartEmbeddedKafka(&c)
		if err != nil {
			return nil, err
		}
		defer k.Close()
	} else if err := EnsureTopics(ctx, &c); err != nil {
		return nil, err
	}
	store, err := OpenLedger(ctx, &c)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	rkey, err := RecordKey(ctx, store)
	if err != nil {
		return nil, err
	}
	env := &bench.Env{Brokers: c.Brokers(), Partitions: c.KafkaPartition, DataDir: dir, Store: store, RecordKey: rkey, KafkaKind: kind, Kafka: c.Kafka(),
		ServeGateway: func(h http.Handler) (string, func(), error) {
			srv, ln, err := ListenHTTP("127.0.0.1:0", h, c.IngestHTTP) // the limits rhd ingest serves with
			if err != nil {
				return "", nil, err
			}
			go srv.Serve(ln)
			return ln.Addr().String(), func() { srv.Close() }, nil
		},
		StartMQTT: func(gw *ingest.Gateway) (string, func(), error) {
			mc := c
			mc.MQTTAddr, mc.MQTTBroker = "127.0.0.1:0", ""
			stop, err := StartMQTT(&mc, gw)
			return mc.MQTTAddr, stop, err
		},
		StartPipeline: func(ctx context.Context) (*bench.Running, error) {
			wh, err := OpenWarehouse(ctx, &c)
			if err != nil {
				return nil, err
			}
			bg, cancel := context.WithCancel(context.WithoutCancel(ctx))
			streams, err := StartStream(bg, &c, store, wh, nil, c.StreamWorkers)
			if err != nil {
				cancel()
				wh.Close()
				return nil, err
			}
			gw, err := StartIngest(bg, &c, store, nil, c.IngestAddr, nil)
			if err != nil {
				streams.Stop()
				cancel()
				wh.Close()
				return nil, err
			}
			return &bench.Running{Gateway: gw.Addr, Warehouse: wh.Backend(), Workers: c.StreamWorkers, Metrics: streams.Metrics,
				Stop: func() { gw.Stop(); streams.Stop(); cancel(); wh.Close() }}, nil
		},
	}
	return bench.Run(ctx, env, o, log)
}
