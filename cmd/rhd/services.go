package main

import (
	"github.com/spf13/cobra"
)

func ingestCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ingest",
		Short: "Run the device gateway (POST /v1/frames, /v1/pair, /healthz, /metrics)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			p := newProc(cfg, cmd.OutOrStdout())
			p.ingestMetrics = true
			targets := []string{"ingest"}
			if cfg.MQTTBroker != "" { // devices that speak MQTT, through a broker of your own
				targets = append(targets, "mqtt")
			}
			return p.run(cmd.Context(), targets...)
		},
	}
	cmd.Flags().StringVar(&cfg.IngestAddr, "addr", cfg.IngestAddr, "listen address (RHD_INGEST_ADDR)")
	cmd.Flags().StringVar(&cfg.MQTTBroker, "mqtt-broker", cfg.MQTTBroker, "also take devices' batches from this MQTT broker, tcp://host:port (RHD_MQTT_BROKER)")
	return cmd
}

func streamCmd(cfg *config) *cobra.Command {
	var addr string
	cmd := &cobra.Command{
		Use:   "stream",
		Short: "Run stream workers: frames topic to warehouse (/healthz and /metrics on --addr)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			// Only metrics and health here: the admin API (bundles, accounts,
			// consent) is rhd dev's, behind its token.
			p := newProc(cfg, cmd.OutOrStdout())
			p.opsAddr = addr
			return p.run(cmd.Context(), "stream", "ops")
		},
	}
	cmd.Flags().IntVar(&cfg.StreamWorkers, "workers", cfg.StreamWorkers, "consumer-group members in this process (RHD_STREAM_WORKERS)")
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:7071", "health and metrics listen address")
	return cmd
}
