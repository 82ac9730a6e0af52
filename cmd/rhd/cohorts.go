package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"rhd.dev/admin"
	"rhd.dev/app"
	"rhd.dev/cohorter"
	"rhd.dev/cohorter/bundle"
)

func cohorterCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "cohorter",
		Short: "Publish k-anonymous cohort snapshots on an interval",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTargets(cmd.Context(), cfg, nil, "cohorter")
		},
	}
	return cmd
}

func cohortsCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{Use: "cohorts", Short: "Browse the cohort catalog"}
	var f cohorter.Filter
	var asJSON bool
	ls := &cobra.Command{
		Use:   "ls",
		Short: "List published cohorts (latest snapshot of each)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, err := app.OpenLedger(cmd.Context(), &cfg.Config)
			if err != nil {
				return err
			}
			defer store.Close()
			entries, err := cohorter.Catalog{Store: store}.List(cmd.Context(), f)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(entries)
			}
			return admin.PrintCohorts(cmd.OutOrStdout(), entries)
		},
	}
	ls.Flags().StringVar(&f.AgeBand, "age", "", "age band, e.g. 40-49 or 90+")
	ls.Flags().StringVar(&f.Activity, "activity", "", "sedentary, moderate or active")
	ls.Flags().StringVar(&f.DeviceType, "device", "", "wristband, chest_strap or ring")
	ls.Flags().IntVar(&f.MinSize, "min-size", 0, "minimum number of contributors")
	ls.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	show := &cobra.Command{
		Use:   "show COHORT|SNAPSHOT",
		Short: "Show a cohort's latest snapshot with its statistics",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := app.OpenLedger(cmd.Context(), &cfg.Config)
			if err != nil {
				return err
			}
			defer store.Close()
			e, err := cohorter.Catalog{Store: store}.Show(cmd.Context(), args[0])
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			return admin.PrintCohort(cmd.OutOrStdout(), e)
		},
	}
	cmd.AddCommand(ls, show)
	return cmd
}

func bundlesCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{Use: "bundles", Short: "Export cohort snapshots as Parquet bundles"}
	var snapshot, out, formatList string
	export := &cobra.Command{
		Use:   "export",
		Short: "Export a snapshot as a new bundle: a .zip file, or a directory",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			formats, err := bundle.ParseFormats(formatList)
			if err != nil {
				return err
			}
			if running, err := adminClient(cfg).ExportBundle(ctx, snapshot, formats, out, cmd.ErrOrStderr()); running || err != nil {
				return err
			}
			man, err := app.ExportBundle(ctx, &cfg.Config, snapshot, formats, out, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "\nbundle %s: %d participants, %d rows → %s\n", man.Bundle, man.Participants, man.Rows[bundle.ReadingsFile], out)
			return nil
		},
	}
	export.Flags().StringVar(&snapshot, "snapshot", "", "snapshot id, e.g. any.any.any@v3 (rhd cohorts ls)")
	export.Flags().StringVar(&out, "out", "", "a path ending in .zip, or a directory")
	export.Flags().StringVar(&formatList, "formats", "", "standard exports to add beside the Parquet: fhir, omh or fhir,omh")
	export.MarkFlagRequired("snapshot")
	export.MarkFlagRequired("out")
	cmd.AddCommand(export)
	return cmd
}
