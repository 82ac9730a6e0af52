package main

import (
	"strings"

	"github.com/spf13/cobra"

	"rhd.dev/app"
)

func serveCmd(cfg *config) *cobra.Command {
	targets, addr := "stream,cohorter,settle", "127.0.0.1:7071"
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the warehouse process: the components that share the warehouse (stream, cohorter, settle, portal)",
		Long: "Runs the chosen components in one process against one warehouse, Kafka (RHD_KAFKA_BROKERS) and the\n" +
			"ledger, for a split topology beside `rhd kafka` and `rhd ingest` (docs/operations.md). The embedded\n" +
			"DuckDB file belongs to one process, so stream workers, the cohorter, record minting and bundle\n" +
			"export live together here; /healthz and /metrics are on --addr.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return app.RunServe(cmd.Context(), cfg.app(), targets, addr)
		},
	}
	f := cmd.Flags()
	f.StringVar(&targets, "targets", targets, "comma-separated components to run: "+strings.Join(app.ServeTargets, ","))
	f.StringVar(&addr, "addr", addr, "health and metrics listen address")
	return cmd
}

func runCmd(cfg *config) *cobra.Command {
	var targets, addr string
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Run any mix of modules in one process (--target ingest,stream)",
		Long: "Runs the named modules and the modules they need, started in dependency order and stopped in\n" +
			"reverse; the first to fail stops all. Modules: " + strings.Join(app.Modules(cfg.app()).Names(), ", ") + ".\n" +
			"With --addr, /healthz and /metrics are served there (the ops module).",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return app.RunModules(cmd.Context(), cfg.app(), targets, addr, cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&targets, "target", "", "comma-separated modules to run")
	f.StringVar(&addr, "addr", "", "health and metrics listen address (none when empty)")
	cmd.MarkFlagRequired("target")
	return cmd
}
