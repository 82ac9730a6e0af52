// Command rhd is the remote-health-dashboard platform in one binary. Each
// subcommand runs one component (ingest, stream, kafka, devices, ...) for a
// distributed deployment; `rhd dev` runs all of them in one process on the
// embedded defaults. This package only wires components together.
package main

import (
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

func main() {
	root := &cobra.Command{
		Use:           "rhd",
		Short:         "remote-health-dashboard: wearable data in, anonymous research cohorts out",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	cfg := defaultConfig()
	cfg.bindGlobal(root)
	root.PersistentPreRun = func(*cobra.Command, []string) { setupLogging(cfg.LogLevel) }
	root.AddCommand(
		devCmd(cfg),
		kafkaCmd(cfg),
		ingestCmd(cfg),
		streamCmd(cfg),
		devicesCmd(cfg),
		seedCmd(cfg),
		benchCmd(cfg),
		statsCmd(cfg),
		cohorterCmd(cfg),
		cohortsCmd(cfg),
		bundlesCmd(cfg),
		settleCmd(cfg),
		salesCmd(cfg),
		payoutsCmd(cfg),
		walletsCmd(cfg),
		recordsCmd(cfg),
		creditsCmd(cfg),
	)
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "rhd:", err)
		os.Exit(1)
	}
}

func setupLogging(level string) {
	var l slog.Level
	switch strings.ToLower(level) {
	case "debug":
		l = slog.LevelDebug
	case "warn":
		l = slog.LevelWarn
	case "error":
		l = slog.LevelError
	default:
		l = slog.LevelInfo
	}
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: l})))
}
