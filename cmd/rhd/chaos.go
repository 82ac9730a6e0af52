package main

import (
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"rhd.dev/chaos"
)

// chaosCmd runs the fault injector (package chaos) against this binary.
func chaosCmd() *cobra.Command {
	var c chaos.Config
	var kinds string
	cmd := &cobra.Command{
		Use:   "chaos",
		Short: "Run the split topology as processes, kill them at random, check nothing was lost, duplicated or mispaid",
		Long: "Starts geth --dev, rhd kafka, two rhd ingest behind a load balancer, rhd serve (warehouse and portal)\n" +
			"and simulated devices as OS processes on 127.0.0.x, buys through the researcher API, SIGKILLs a random\n" +
			"process every 2-5 s for --duration, then drains and checks (docs/operations.md). Prints the report;\n" +
			"exits non-zero when a check fails, keeping the processes' logs.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return chaos.Command(c, kinds, cmd.OutOrStdout(), os.Stderr)
		},
	}
	f := cmd.Flags()
	f.DurationVar(&c.Duration, "duration", 3*time.Minute, "how long to inject faults")
	f.StringVar(&kinds, "kinds", "", "comma-separated kinds of process to kill (default all: "+strings.Join(chaos.AllKinds, ",")+")")
	f.StringVar(&c.Geth, "geth", "", "the geth binary (default: geth on PATH)")
	f.StringVar(&c.Postgres, "postgres", "", "Postgres server to create the run's database on (default postgres://postgres@127.0.0.1:5432)")
	return cmd
}
