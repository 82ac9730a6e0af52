package main

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/spf13/cobra"

	"rhd.dev/admin"
	"rhd.dev/app"
	"rhd.dev/app/jobs"
)

// The admin API (package admin) over cfg's data dir and token.

type stats = admin.Stats

func adminTokenFile(cfg *config) string { return admin.TokenFile(cfg.DataDir) }

func adminToken(cfg *config, create bool) (string, error) {
	return admin.Token(cfg.DataDir, cfg.AdminToken, create)
}

func adminAddrFile(cfg *config) string { return admin.AddrFile(cfg.DataDir) }

func adminClient(cfg *config) admin.Client {
	return admin.Client{DataDir: cfg.DataDir, Token: cfg.AdminToken}
}

// askRunning fetches path as JSON from the rhd running on the data dir, if any.
func askRunning(ctx context.Context, cfg *config, path string, out any) (bool, error) {
	return adminClient(cfg).Ask(ctx, path, out)
}

func opsHandler(reg *prometheus.Registry, health func(context.Context) error, js *jobs.Registry) *http.ServeMux {
	return admin.Ops(reg, health, js)
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
			running, err := askRunning(ctx, cfg, "/v1/stats", &st)
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
