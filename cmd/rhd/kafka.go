package main

import (
	"github.com/spf13/cobra"
)

func kafkaCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "kafka",
		Short: "Run the embedded Kafka-protocol cluster as its own process",
		Long: "Runs the same in-process Kafka-protocol cluster `rhd dev` embeds, persisted in the data dir,\n" +
			"so ingest and stream can run as separate processes against it (the distributed code path).",
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg.KafkaBrokers = "" // this process is the cluster
			return runTargets(cmd.Context(), cfg, nil, "kafka")
		},
	}
	return cmd
}
