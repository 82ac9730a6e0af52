package main

import (
	"github.com/spf13/cobra"

	"rhd.dev/app"
	"rhd.dev/ingest/upload"
)

// `rhd uploads add` imports files for a contributor through the portal's
// own upload path (importer.Importer): through the running rhd's admin API
// (POST /v1/uploads) when there is one, else on the data dir's ledger and
// Kafka directly.

func uploadsCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{Use: "uploads", Short: "Import contributors' files (what the portal's Upload page takes)"}
	var email string
	add := &cobra.Command{
		Use:   "add --contributor EMAIL FILE...",
		Short: "Import files for a contributor, as if they uploaded them on the portal",
		Long: "Imports each file through the portal's upload path and prints, per file, its format, the\n" +
			"readings stored per metric, the values left out and why, and the time range. Asks the rhd\n" +
			"running on the data dir (its admin API) when there is one, else uses the data dir's\n" +
			"ledger and Kafka directly. Takes " + upload.Formats + ".",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, files []string) error {
			return app.AddUploads(cmd.Context(), &cfg.Config, email, files, cmd.OutOrStdout())
		},
	}
	add.Flags().StringVar(&email, "contributor", "", "contributor email or id")
	add.MarkFlagRequired("contributor")
	cmd.AddCommand(add)
	return cmd
}
