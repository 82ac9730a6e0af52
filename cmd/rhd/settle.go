package main

import (
	"github.com/spf13/cobra"

	"rhd.dev/app"
)

func settleCmd(cfg *config) *cobra.Command {
	addr := "127.0.0.1:7072"
	cmd := &cobra.Command{
		Use:   "settle",
		Short: "Announce and process sales, commit payouts on chain and claim them for contributors (/healthz and /metrics on --addr)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return app.RunSettle(cmd.Context(), cfg.app(), addr)
		},
	}
	cmd.Flags().StringVar(&addr, "addr", addr, "health and metrics listen address")
	return cmd
}

func salesCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{Use: "sales", Short: "Sales of cohort bundles"}
	var snapshot, researcher, purpose string
	simulate := &cobra.Command{
		Use:   "simulate",
		Short: "Buy the current snapshot of a cohort as a researcher, charging their credit, as the portal does",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return app.SimulateSale(cmd.Context(), &cfg.Config, snapshot, researcher, purpose, cmd.OutOrStdout())
		},
	}
	simulate.Flags().StringVar(&snapshot, "snapshot", "", "snapshot id (rhd cohorts ls)")
	simulate.Flags().StringVar(&researcher, "researcher", "", "email of the researcher who buys (rhd credits grant)")
	simulate.Flags().StringVar(&purpose, "purpose", "academic", "what the data is for: academic, public_health, commercial or ai_training")
	simulate.MarkFlagRequired("snapshot")
	simulate.MarkFlagRequired("researcher")
	ls := &cobra.Command{
		Use:   "ls",
		Short: "List sales, newest first",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return app.ListSales(cmd.Context(), &cfg.Config, cmd.OutOrStdout())
		},
	}
	cmd.AddCommand(simulate, ls)
	return cmd
}

func payoutsCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{Use: "payouts", Short: "Contributors' earnings on chain"}
	var account, sale string
	verify := &cobra.Command{
		Use:   "verify",
		Short: "Check a contributor's payout for a sale against the on-chain root",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return app.CheckPayout(cmd.Context(), &cfg.Config, account, sale, cmd.OutOrStdout())
		},
	}
	verify.Flags().StringVar(&account, "account", "", "contributor email or wallet address")
	verify.Flags().StringVar(&sale, "sale", "", "sale id (rhd sales ls)")
	verify.MarkFlagRequired("account")
	verify.MarkFlagRequired("sale")
	cmd.AddCommand(verify)
	return cmd
}

func walletsCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{Use: "wallets", Short: "Custodial wallets"}
	var contributor string
	create := &cobra.Command{
		Use:   "create",
		Short: "Create the custodial wallet of a contributor (idempotent; every contributor without one with --all)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return app.CreateWallets(cmd.Context(), &cfg.Config, contributor, cmd.OutOrStdout())
		},
	}
	create.Flags().StringVar(&contributor, "contributor", "all", "contributor email or id, or all")
	cmd.AddCommand(create)
	return cmd
}

func recordsCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{Use: "records", Short: "Contribution records (one per device per hour of data)"}
	var device, metric, minute string
	verify := &cobra.Command{
		Use:   "verify",
		Short: "Prove that a minute of a device's data belongs to its contribution record on chain",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return app.CheckRecord(cmd.Context(), &cfg.Config, device, metric, minute, cmd.OutOrStdout())
		},
	}
	verify.Flags().StringVar(&device, "device", "", "device id (rhd devices ls)")
	verify.Flags().StringVar(&metric, "metric", "heart_rate", "metric name")
	verify.Flags().StringVar(&minute, "minute", "", "the minute, RFC 3339 (UTC)")
	verify.MarkFlagRequired("device")
	verify.MarkFlagRequired("minute")
	cmd.AddCommand(verify)
	return cmd
}
