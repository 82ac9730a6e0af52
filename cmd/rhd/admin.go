package main

import (
	"github.com/spf13/cobra"

	"rhd.dev/app"
)

func statsCmd(cfg *config) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Rows per warehouse table, ledger counts and consumer lag",
		Long: "Asks the rhd running on the data dir (over its local admin API); when nothing runs,\n" +
			"opens the data dir's files directly.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return app.PrintStats(cmd.Context(), &cfg.Config, cmd.OutOrStdout(), asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
