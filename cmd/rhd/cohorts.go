package main

import (
	"github.com/spf13/cobra"

	"rhd.dev/app"
	"rhd.dev/cohorter"
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
			return app.ListCohorts(cmd.Context(), &cfg.Config, f, asJSON, cmd.OutOrStdout())
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
			return app.ShowCohort(cmd.Context(), &cfg.Config, args[0], cmd.OutOrStdout())
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
			return app.ExportBundleTo(cmd.Context(), &cfg.Config, snapshot, formatList, out, cmd.OutOrStdout(), cmd.ErrOrStderr())
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
