package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"rhd.dev/app"
)

// serveTargets are the components `rhd serve` can hold. With the embedded
// DuckDB warehouse, every component that reads or writes it must live in
// the one process that opens the file.
var serveTargets = []string{"stream", "cohorter", "settle", "portal"}

// parseTargets reads --targets: some of serveTargets.
func parseTargets(s string) ([]string, error) {
	all, some := app.Modules(&app.Config{}), app.Map{}
	for _, t := range serveTargets {
		some[t] = all[t]
	}
	ts, err := some.ParseTargets(s)
	if err != nil {
		return nil, fmt.Errorf("--targets: %w", err)
	}
	return ts, nil
}

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
			ts, err := parseTargets(targets)
			if err != nil {
				return err
			}
			return runServe(cmd.Context(), cfg, ts, addr)
		},
	}
	f := cmd.Flags()
	f.StringVar(&targets, "targets", targets, "comma-separated components to run: "+strings.Join(serveTargets, ","))
	f.StringVar(&addr, "addr", addr, "health and metrics listen address")
	return cmd
}

// runServe runs the targets beside the warehouse, with /metrics and
// /healthz on addr, until ctx ends or one fails; they stop in reverse
// order, stream last so it drains.
func runServe(ctx context.Context, cfg *config, targets []string, addr string) error {
	return runTargets(ctx, cfg, func(c *app.Config) { c.OpsAddr = addr }, append(append([]string{"warehouse"}, targets...), "ops")...)
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
			ts, err := app.Modules(cfg.app()).ParseTargets(targets)
			if err != nil {
				return fmt.Errorf("--target: %w", err)
			}
			if slices.Contains(ts, "console") || slices.Contains(ts, "seed") {
				cfg.DevMode = true
			}
			if addr != "" {
				ts = append(ts, "ops")
			}
			return runTargets(cmd.Context(), cfg, func(c *app.Config) { c.OpsAddr, c.Out = addr, cmd.OutOrStdout() }, ts...)
		},
	}
	f := cmd.Flags()
	f.StringVar(&targets, "target", "", "comma-separated modules to run")
	f.StringVar(&addr, "addr", "", "health and metrics listen address (none when empty)")
	cmd.MarkFlagRequired("target")
	return cmd
}
