package main

import (
	"github.com/spf13/cobra"

	"rhd.dev/app"
)

func ingestCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ingest",
		Short: "Run the device gateway (POST /v1/frames, /v1/pair, /healthz, /metrics)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return app.RunIngest(cmd.Context(), cfg.app())
		},
	}
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
			return runTargets(cmd.Context(), cfg, func(c *app.Config) { c.OpsAddr = addr }, "stream", "ops")
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:7071", "health and metrics listen address")
	return cmd
}
