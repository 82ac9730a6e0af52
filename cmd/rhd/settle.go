package main

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"rhd.dev/admin"
	"rhd.dev/app"
	"rhd.dev/settle"
)

func settleCmd(cfg *config) *cobra.Command {
	addr := "127.0.0.1:7072"
	cmd := &cobra.Command{
		Use:   "settle",
		Short: "Announce and process sales, commit payouts on chain and claim them for contributors (/healthz and /metrics on --addr)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			// The embedded DuckDB file belongs to the stream process; records
			// are minted here only with a shared warehouse (ClickHouse).
			targets := []string{"settle", "ops"}
			if cfg.ClickHouseDSN != "" {
				targets = append([]string{"warehouse"}, targets...)
			}
			return runTargets(cmd.Context(), cfg, func(c *app.Config) { c.OpsAddr = addr }, targets...)
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
			ctx := cmd.Context()
			store, err := app.OpenLedger(ctx, &cfg.Config)
			if err != nil {
				return err
			}
			defer store.Close()
			r, err := store.Researcher(ctx, researcher)
			if err != nil {
				return fmt.Errorf("researcher %s: %w", researcher, err)
			}
			var key [8]byte
			rand.Read(key[:])
			o, _, err := store.PlaceOrderFor(ctx, r.ID, "cli-"+hex.EncodeToString(key[:]), snapshot, cfg.FeeBps, purpose, r.Organization)
			if err != nil {
				return fmt.Errorf("snapshot %s: %w", snapshot, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "sale %s of %s for %s placed; settlement announces and pays it\n", o.ID, o.SnapshotID, admin.Dollars(o.PriceCents))
			return nil
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
			store, err := app.OpenLedger(cmd.Context(), &cfg.Config)
			if err != nil {
				return err
			}
			defer store.Close()
			sales, err := store.Sales(cmd.Context())
			if err != nil {
				return err
			}
			return admin.PrintSales(cmd.OutOrStdout(), sales)
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
			ctx := cmd.Context()
			var r settle.Receipt
			path := "/v1/payouts/verify?" + url.Values{"account": {account}, "sale": {sale}}.Encode()
			running, err := adminClient(cfg).Ask(ctx, path, &r)
			if err != nil {
				return err
			}
			if !running {
				if r, err = app.VerifyPayout(ctx, &cfg.Config, account, sale); err != nil {
					return err
				}
			}
			return admin.PrintReceipt(cmd.OutOrStdout(), r)
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
			ctx := cmd.Context()
			return app.EnsureWallets(ctx, &cfg.Config, contributor, func(email string, addr common.Address) {
				fmt.Fprintf(cmd.OutOrStdout(), "%s\t%s\n", email, addr.Hex())
			})
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
			var r settle.ReadingReceipt
			q := "/v1/records/verify?" + url.Values{"device": {device}, "metric": {metric}, "minute": {minute}}.Encode()
			running, err := adminClient(cfg).Ask(cmd.Context(), q, &r)
			if err != nil {
				return err
			}
			if !running {
				return errors.New("records verify asks the running rhd (it owns the warehouse and the embedded chain): start rhd dev")
			}
			return admin.PrintReadingReceipt(cmd.OutOrStdout(), r, metric, device, minute)
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
