package main

import (
	"archive/zip"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"rhd.dev/app"
	"rhd.dev/cohorter"
	"rhd.dev/cohorter/bundle"
	"rhd.dev/demo"
	"rhd.dev/warehouse"
)

func bindPolicy(cmd *cobra.Command, cfg *config) {
	f := cmd.Flags()
	f.IntVar(&cfg.K, "k", cfg.K, "minimum contributors per cohort and per exported class, at least 5 (RHD_K)")
	f.DurationVar(&cfg.CohortWindow, "window", cfg.CohortWindow, "data window of a snapshot (RHD_COHORT_WINDOW)")
	f.DurationVar(&cfg.CohortStep, "step", cfg.CohortStep, "least time between versions of a cohort whose k and prices are unchanged and whose members changed by fewer than k (RHD_COHORT_STEP)")
	f.DurationVar(&cfg.CohortInterval, "interval", cfg.CohortInterval, "how often to run (RHD_COHORTER_INTERVAL)")
	f.Int64Var(&cfg.PriceBase, "price-base-cents", cfg.PriceBase, "price of every snapshot (RHD_PRICE_BASE_CENTS)")
	f.Int64Var(&cfg.PricePerDay, "price-per-day-cents", cfg.PricePerDay, "price per contributor-day (RHD_PRICE_PER_DAY_CENTS)")
}

func cohorterCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "cohorter",
		Short: "Publish k-anonymous cohort snapshots on an interval",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTargets(cmd.Context(), cfg, nil, "cohorter")
		},
	}
	bindPolicy(cmd, cfg)
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
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "COHORT\tSNAPSHOT\tCONTRIBUTORS\tCONTRIBUTOR-DAYS\tROWS\tPRICE\tDESCRIPTION")
			for _, e := range entries {
				fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%s\t%s\n", e.Cohort.ID, e.Snapshot.ID, e.Snapshot.Members, e.Snapshot.ContributorDays,
					e.Snapshot.Rows, dollars(e.Snapshot.PriceCents), e.Cohort.Description)
			}
			return tw.Flush()
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
			w := cmd.OutOrStdout()
			sn := e.Snapshot
			fmt.Fprintf(w, "%s — %s\nsnapshot %s (k = %d), created %s\nwindow %s … %s\ncontributors %d, contributor-days %d, rows %d, price %s\nmerkle root 0x%s\n\n",
				e.Cohort.ID, e.Cohort.Description, sn.ID, sn.K, sn.CreatedAt.UTC().Format(time.RFC3339),
				sn.WindowFrom.UTC().Format(time.RFC3339), sn.WindowTo.UTC().Format(time.RFC3339),
				sn.Members, sn.ContributorDays, sn.Rows, dollars(sn.PriceCents), hex.EncodeToString(sn.MerkleRoot))
			tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "METRIC\tPEOPLE~\tMEAN~\tP10~\tP50~\tP90~\tHISTOGRAM~\tEPSILON")
			for _, m := range e.Stats {
				fmt.Fprintf(tw, "%s\t%.0f\t%.1f\t%.1f\t%.1f\t%.1f\t%s\t%g\n", m.Metric, m.People, m.Mean, m.P10, m.P50, m.P90, sparkline(m.Histogram), m.Epsilon)
			}
			fmt.Fprintln(tw, "~ with differential-privacy noise (docs/privacy.md)")
			return tw.Flush()
		},
	}
	cmd.AddCommand(ls, show)
	return cmd
}

func dollars(cents int64) string { return demo.Dollars(cents) }

func sparkline(bins []warehouse.Bin) string {
	const bars = " ▁▂▃▄▅▆▇█"
	var top float64
	for _, b := range bins {
		top = max(top, b.People)
	}
	var s strings.Builder
	for _, b := range bins {
		i := 0
		if top > 0 {
			i = int(b.People * 8 / top)
		}
		s.WriteRune([]rune(bars)[i])
	}
	return s.String()
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
			if running, err := exportViaRunning(ctx, cfg, snapshot, formats, out, cmd.ErrOrStderr()); running || err != nil {
				return err
			}
			store, err := app.OpenLedger(ctx, &cfg.Config)
			if err != nil {
				return err
			}
			defer store.Close()
			sn, err := store.Snapshot(ctx, snapshot)
			if err != nil {
				return fmt.Errorf("snapshot %s: %w", snapshot, err)
			}
			wh, err := app.OpenWarehouse(ctx, &cfg.Config)
			if err != nil {
				return err
			}
			defer wh.Close()
			bar := newProgress(cmd.ErrOrStderr(), sn.Rows, "exporting rows", false)
			progress := bar.Set
			var sink bundle.Sink = bundle.Dir(out)
			var closeSink func() error
			if strings.HasSuffix(out, ".zip") {
				f, err := os.Create(out)
				if err != nil {
					return err
				}
				z := bundle.NewZip(f)
				sink, closeSink = z, func() error { z.Close(); return f.Close() }
			}
			man, err := bundle.ExportSnapshot(ctx, store, wh, snapshot, formats, sink, progress)
			if closeSink != nil {
				if cerr := closeSink(); err == nil {
					err = cerr
				}
			}
			if err != nil {
				return err
			}
			bar.Finish()
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

// exportViaRunning asks the running rhd (which owns the warehouse) for the
// bundle. It reports false when nothing runs on the data dir.
func exportViaRunning(ctx context.Context, cfg *config, snapshot string, formats []string, out string, progress io.Writer) (bool, error) {
	resp, running, err := adminClient(cfg).Get(ctx, "/v1/snapshots/"+url.PathEscape(snapshot)+"/bundle.zip?formats="+url.QueryEscape(strings.Join(formats, ",")))
	if !running || err != nil {
		return running, err
	}
	defer resp.Body.Close()
	bar := newProgress(progress, -1, "downloading bundle", true)
	target := out
	if !strings.HasSuffix(out, ".zip") {
		target = filepath.Join(os.TempDir(), fmt.Sprintf("rhd-bundle-%d.zip", time.Now().UnixNano()))
		defer os.Remove(target)
	}
	f, err := os.Create(target)
	if err != nil {
		return true, err
	}
	if _, err := io.Copy(io.MultiWriter(f, bar), resp.Body); err != nil {
		f.Close()
		return true, err
	}
	bar.Finish()
	if err := f.Close(); err != nil {
		return true, err
	}
	if target != out {
		return true, unzip(target, out)
	}
	return true, nil
}

// unzip extracts a bundle archive into dir, refusing paths that leave it.
func unzip(archive, dir string) error {
	zr, err := zip.OpenReader(archive)
	if err != nil {
		return fmt.Errorf("bundle archive: %w", err)
	}
	defer zr.Close()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range zr.File {
		name := filepath.FromSlash(f.Name)
		if !filepath.IsLocal(name) || strings.HasSuffix(f.Name, "/") || strings.Contains(f.Name, `\`) {
			return fmt.Errorf("bundle archive: unexpected entry %q", f.Name)
		}
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755); err != nil {
			return err
		}
		rc, err := f.Open()
		if err != nil {
			return err
		}
		out, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			rc.Close()
			return err
		}
		_, err = io.Copy(out, rc)
		rc.Close()
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}
