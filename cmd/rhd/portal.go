package main

import (
	"github.com/spf13/cobra"
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
			return app.GrantCredit(cmd.Context(), &cfg.Config, researcher, cents, cmd.OutOrStdout())
		},
	}
	grant.Flags().StringVar(&researcher, "researcher", "", "researcher email or id")
	grant.Flags().Int64Var(&cents, "cents", 0, "amount in cents")
	grant.MarkFlagRequired("researcher")
	grant.MarkFlagRequired("cents")
	cmd.AddCommand(grant)
	return cmd
}
