package main

import (
	"github.com/spf13/cobra"
	"rhd.dev/app"
)

func seedCmd(cfg *config) *cobra.Command {
	var n int
	var seed uint64
	cmd := &cobra.Command{
		Use:   "seed",
		Short: "Create demo contributors with paired simulated devices, and demo researchers",
		Long: "Creates contributors in the ledger, each with one paired simulated device whose credentials go to the data dir's fleet/ folder,\n" +
			"and the demo researchers with prepaid demo credit. The devices catch up on RHD_SIM_BACKFILL of history when they run.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return app.Seed(cmd.Context(), &cfg.Config, n, seed, cmd.OutOrStdout())
		},
	}
	cmd.Flags().IntVar(&n, "contributors", 300, "how many contributors to create")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "random seed (same seed, same people)")
	return cmd
}
