// Command rhd is the remote-health-dashboard platform in one binary. Each
// subcommand runs one component (ingest, stream, kafka, devices, ...) for a
// distributed deployment; `rhd dev` runs all of them in one process on the
// embedded defaults. This package parses flags and dispatches subcommands;
// package app starts and stops the components.
package main

import (
	"fmt"
	"os"
	"syscall"

	"github.com/spf13/cobra"
	"rhd.dev/app"
)

func main() {
	if err := newRoot(defaultConfig()).Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "rhd:", err)
		os.Exit(1)
	}
}

// newRoot is the rhd command line over cfg.
func newRoot(cfg *config) *cobra.Command {
	root := &cobra.Command{
		Use:           "rhd",
		Short:         "remote-health-dashboard: wearable data in, anonymous research cohorts out",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		if err := cfg.start(cmd); err != nil {
			return err
		}
		ownerOnlyFiles()
		return app.SetupLogging(cfg.LogLevel)
	}
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
		serveCmd(cfg),
		runCmd(cfg),
		salesCmd(cfg),
		payoutsCmd(cfg),
		walletsCmd(cfg),
		recordsCmd(cfg),
		creditsCmd(cfg),
		uploadsCmd(cfg),
		configCmd(cfg),
		chaosCmd(),
	)
	cfg.bindGlobal(root)
	return root
}

// ownerOnlyFiles makes every file and directory rhd creates from now on
// readable by its user only (0600, 0700), whatever the caller's umask and
// the data dir's mode: the ledger holds the pepper and emails, Kafka's log
// and the warehouse hold health data, and the libraries that write them
// (SQLite, DuckDB, kfake, go-ethereum) create files 0644 and directories 0755.
func ownerOnlyFiles() { syscall.Umask(0o077) }
