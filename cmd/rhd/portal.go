package main

import (
	"fmt"

	"github.com/spf13/cobra"
	"rhd.dev/admin"
	"rhd.dev/app"
)

func creditsCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{Use: "credits", Short: "Researchers' prepaid credit"}
	var researcher string
	var cents int64
	grant := &cobra.Command{
		Use:   "grant",
		Short: "Add prepaid credit to a researcher's account (an operator's grant)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, err := app.OpenLedger(cmd.Context(), &cfg.Config)
			if err != nil {
				return err
			}
			defer store.Close()
			r, err := store.Researcher(cmd.Context(), researcher)
			if err != nil {
				return fmt.Errorf("researcher %s: %w", researcher, err)
			}
			if err := store.GrantCredit(cmd.Context(), r.ID, cents, "operator grant"); err != nil {
				return err
			}
			r, _ = store.Researcher(cmd.Context(), r.ID)
			fmt.Fprintf(cmd.OutOrStdout(), "%s now has %s of credit\n", r.Email, admin.Dollars(r.CreditsCents))
			return nil
		},
	}
	grant.Flags().StringVar(&researcher, "researcher", "", "researcher email or id")
	grant.Flags().Int64Var(&cents, "cents", 0, "amount in cents")
	grant.MarkFlagRequired("researcher")
	grant.MarkFlagRequired("cents")
	cmd.AddCommand(grant)
	return cmd
}
