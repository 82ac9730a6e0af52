package main

import (
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"rhd.dev/app"
	"rhd.dev/bench"
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
			return app.RunBench(cmd.Context(), cfg.app(), o, cmd.OutOrStdout(), cmd.ErrOrStderr())
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
