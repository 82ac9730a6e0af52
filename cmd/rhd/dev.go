package main

import (
	"os"
	"time"

	"github.com/spf13/cobra"
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
