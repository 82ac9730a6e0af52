package main

import (
	"fmt"

	"github.com/spf13/cobra"
	"rhd.dev/admin"
	"rhd.dev/app"
	"rhd.dev/demo"
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
			store, err := app.OpenLedger(cmd.Context(), &cfg.Config)
			if err != nil {
				return err
			}
			defer store.Close()
			if err := demo.Seed(cmd.Context(), store, cfg.Path("fleet"), n, seed, admin.SeedProgress(n)); err != nil {
				return err
			}
			for i := range demo.Researchers {
				if _, err := demo.Researcher(cmd.Context(), store, i); err != nil {
					return err
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "seeded %d contributors with devices (credentials in %s) and %d researchers with demo credit\n"+
				"their history streams in when the devices run (rhd dev, rhd devices sim): %s of it\n", n, cfg.Path("fleet"), len(demo.Researchers), cfg.Backfill)
			return nil
		},
	}
	cmd.Flags().IntVar(&n, "contributors", 300, "how many contributors to create")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "random seed (same seed, same people)")
	return cmd
}
