package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"rhd.dev/admin"
)

func devCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dev",
		Short: "Run everything in one process on embedded defaults, with simulated devices streaming",
		Long: "Starts Kafka (embedded unless RHD_KAFKA_BROKERS), the ledger (SQLite unless RHD_POSTGRES_DSN),\n" +
			"the warehouse (DuckDB unless RHD_CLICKHOUSE_DSN), the ingest gateway and stream workers;\n" +
			"seeds simulated contributors on an empty data dir and streams their devices' frames.\n" +
			"Everything it keeps lives in the data dir; a restart loses nothing that was acknowledged.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runDev(cmd.Context(), cfg, cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.IntVar(&cfg.Devices, "devices", cfg.Devices, "simulated devices to seed on an empty data dir (RHD_DEVICES)")
	f.StringVar(&cfg.IngestAddr, "ingest-addr", cfg.IngestAddr, "device gateway listen address (RHD_INGEST_ADDR)")
	f.StringVar(&cfg.MQTTAddr, "mqtt-addr", cfg.MQTTAddr, "embedded MQTT broker listen address (RHD_MQTT_ADDR)")
	f.StringVar(&cfg.MQTTBroker, "mqtt-broker", cfg.MQTTBroker, "bridge this MQTT broker (tcp://host:port) instead of the embedded one (RHD_MQTT_BROKER)")
	f.StringVar(&cfg.AdminAddr, "admin-addr", cfg.AdminAddr, "admin API, /metrics and /healthz (RHD_ADMIN_ADDR)")
	f.StringVar(&cfg.PortalAddr, "portal-addr", cfg.PortalAddr, "web portal listen address (RHD_PORTAL_ADDR)")
	f.StringVar(&cfg.KafkaAddr, "kafka-addr", cfg.KafkaAddr, "embedded Kafka listen address (RHD_KAFKA_ADDR)")
	f.IntVar(&cfg.StreamWorkers, "stream-workers", cfg.StreamWorkers, "stream consumer-group members (RHD_STREAM_WORKERS)")
	f.DurationVar(&cfg.Backfill, "backfill", cfg.Backfill, "history new simulated devices start with (RHD_SIM_BACKFILL)")
	f.DurationVar(&cfg.SimDetail, "sim-detail", cfg.SimDetail, "the most recent part of the history sent at full resolution; older minutes as minute values (RHD_SIM_DETAIL)")
	f.Float64Var(&cfg.SimSpeed, "sim-speed", cfg.SimSpeed, "simulated minutes per real minute while catching up (RHD_SIM_SPEED)")
	// Locally, cohorts should appear minutes after the first start.
	if _, set := os.LookupEnv("RHD_COHORT_STEP"); !set {
		cfg.CohortStep = 5 * time.Minute
	}
	if _, set := os.LookupEnv("RHD_COHORTER_INTERVAL"); !set {
		cfg.CohortInterval = time.Minute
	}
	if _, set := os.LookupEnv("RHD_SETTLE_INTERVAL"); !set {
		cfg.SettleEvery = 5 * time.Second
	}
	bindPolicy(cmd, cfg)
	return cmd
}

// simBatchFrames is how many minutes a simulated device sends per batch while
// catching up on history (live, it sends each minute as it ends).
const simBatchFrames = 60

// runDev runs every module (devTargets) until ctx ends or one fails.
func runDev(ctx context.Context, cfg *config, out io.Writer) error {
	cfg.devMode = true
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return err
	}
	return newProc(cfg, out).run(ctx, devTargets...)
}

// banner tells what rhd dev runs and where.
func (p *process) banner() {
	cfg := p.cfg
	fmt.Fprintf(p.out, `rhd dev is running — data in %s
  kafka      %s   (topics rhd.frames.v1, rhd.frames.dlq.v1)
  ledger     %s
  warehouse  %s
  portal     %s   (sign in with a demo account)
  ingest     http://%s/v1/frames
  admin      http://%s/v1/stats (token in %s)   /metrics   /healthz
  devices    %d simulated, catching up on %s of history (the last %s in full) at %.0fx, then live
  cohorts    k = %d, checked every %s (a new version at most every %s unless members change)
  chain      %s, payout distributor %s; payouts committed every %s
  buyer      a simulated researcher buys a bundle every %s
  try        rhd stats · rhd cohorts ls · rhd bundles export --snapshot any.any.any@v1 --out b.zip
             (in another terminal)     Ctrl-C stops
`, cfg.DataDir, p.kafkaDesc, p.store.Backend()+" "+redactDSN(cfg.ledgerDSN()), p.wh.Backend(), p.portalURL, p.gw.addr, p.adminAddr, admin.TokenSource(cfg.DataDir, cfg.AdminToken), p.devices.Len(), cfg.Backfill, cfg.SimDetail, cfg.SimSpeed,
		cfg.K, cfg.CohortInterval, cfg.CohortStep, chainName(cfg), p.settler.Chain.Addresses.Distributor.Hex(), cfg.SettleEvery, cfg.DemoSaleEvery)
}

func chainName(cfg *config) string {
	if cfg.EthRPC != "" {
		return redactEndpoint(cfg.EthRPC)
	}
	return "embedded (" + cfg.path("chain") + ")"
}
