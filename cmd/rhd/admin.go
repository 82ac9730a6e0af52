package main

import (
	"encoding/json"

	"github.com/spf13/cobra"

	"rhd.dev/admin"
	"rhd.dev/app"
)

// The admin API (package admin) over cfg's data dir and token.

func adminClient(cfg *config) admin.Client {
	return admin.Client{DataDir: cfg.DataDir, Token: cfg.AdminToken}
}

func statsCmd(cfg *config) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Rows per warehouse table, ledger counts and consumer lag",
		Long: "Asks the rhd running on the data dir (over its local admin API); when nothing runs,\n" +
			"opens the data dir's files directly.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			var st admin.Stats
			running, err := adminClient(cfg).Ask(ctx, "/v1/stats", &st)
			if err != nil {
				return err
			}
			if !running {
				if st, err = app.LocalStats(ctx, &cfg.Config); err != nil {
					return err
				}
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(st)
			}
			admin.PrintStats(cmd.OutOrStdout(), st)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
