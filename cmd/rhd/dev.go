package main

import (
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
	return cmd
}
