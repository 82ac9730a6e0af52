package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/app"
	"rhd.dev/ingest/importer"
	"rhd.dev/ingest/upload"
	"rhd.dev/kafka"
	"rhd.dev/ledger"
	"rhd.dev/portal"
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
			ctx := cmd.Context()
			out := cmd.OutOrStdout()
			// Files of a format uploads do not take are refused before anything is sent.
			for _, f := range files {
				if _, err := detectFile(f); err != nil {
					return err
				}
			}
			var local *localImport
			defer func() {
				if local != nil {
					local.close()
				}
			}()
			failed := 0
			for _, f := range files {
				res, running, err := uploadViaRunning(ctx, cfg, email, f)
				if !running && err == nil {
					if local == nil {
						if local, err = openLocalImport(ctx, cfg); err != nil {
							return err
						}
					}
					res, err = local.add(ctx, email, f)
				}
				if err != nil {
					return fmt.Errorf("%s: %w", f, err)
				}
				printResult(out, res)
				if res.Failed {
					failed++
				}
			}
			if failed > 0 {
				return fmt.Errorf("%d of %d files refused", failed, len(files))
			}
			return nil
		},
	}
	add.Flags().StringVar(&email, "contributor", "", "contributor email or id")
	add.MarkFlagRequired("contributor")
	cmd.AddCommand(add)
	return cmd
}

// detectFile recognises a file's format from its name and first bytes.
func detectFile(path string) (upload.Format, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	return upload.Detect(filepath.Base(path), head[:n])
}

// uploadViaRunning posts the file to the running rhd's admin API.
func uploadViaRunning(ctx context.Context, cfg *config, email, path string) (importer.Result, bool, error) {
	var res importer.Result
	addr, err := os.ReadFile(adminAddrFile(cfg))
	if err != nil {
		return res, false, nil
	}
	token, err := adminToken(cfg, false)
	if err != nil {
		return res, true, err
	}
	f, err := os.Open(path)
	if err != nil {
		return res, true, err
	}
	defer f.Close()
	u := "http://" + strings.TrimSpace(string(addr)) + "/v1/uploads?" + url.Values{"contributor": {email}, "name": {filepath.Base(path)}}.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, f)
	if err != nil {
		return res, true, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/octet-stream")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return res, false, nil // stale file: nothing runs there any more
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusUnprocessableEntity {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
		return res, true, fmt.Errorf("running rhd answered %s: %s", resp.Status, strings.TrimSpace(string(msg)))
	}
	return res, true, json.NewDecoder(resp.Body).Decode(&res)
}

// localImport imports on the data dir's ledger and Kafka when no rhd runs:
// the embedded cluster is started on its data for the import, so the stream
// stores the batches when rhd next runs.
type localImport struct {
	store *ledger.Store
	cl    *kgo.Client
	stop  func()
	im    *importer.Importer
}

func openLocalImport(ctx context.Context, cfg *config) (*localImport, error) {
	store, err := app.OpenLedger(ctx, &cfg.Config)
	if err != nil {
		return nil, err
	}
	l := &localImport{store: store, stop: func() {}}
	if len(cfg.KafkaBrokers) == 0 {
		c, err := app.StartEmbeddedKafka(&cfg.Config)
		if err != nil {
			store.Close()
			return nil, err
		}
		l.stop = c.Close
	}
	if l.cl, err = kafka.NewClient(cfg.Kafka(), ""); err != nil {
		l.close()
		return nil, err
	}
	rkey, err := app.RecordKey(ctx, store)
	if err != nil {
		l.close()
		return nil, err
	}
	l.im = &importer.Importer{Store: store, Send: app.UploadFrames(l.cl, rkey), Reach: cfg.Policy().Window}
	return l, nil
}

func (l *localImport) add(ctx context.Context, email, path string) (importer.Result, error) {
	owner, err := importer.FindContributor(ctx, l.store, email)
	if err != nil {
		return importer.Result{}, err
	}
	f, err := os.Open(path)
	if err != nil {
		return importer.Result{}, err
	}
	defer f.Close()
	res, _, err := importer.ImportFile(ctx, l.im, owner.ID, filepath.Base(path), io.LimitReader(f, portal.MaxUpload+1))
	return res, err
}

func (l *localImport) close() {
	if l.cl != nil {
		l.cl.Close()
	}
	l.stop()
	l.store.Close()
}

// printResult prints what an import did with one file.
func printResult(w io.Writer, r importer.Result) {
	fmt.Fprintf(w, "%s (%s)\n", r.File, orDash(string(r.Format)))
	switch {
	case r.Duplicate:
		fmt.Fprintf(w, "  already uploaded: %s\n", r.Message)
		return
	case r.Failed:
		fmt.Fprintf(w, "  refused: %s\n", r.Message)
	}
	printCounts(w, "stored", r.AddedBy)
	printCounts(w, "left out", r.SkippedBy)
	if r.From != nil {
		fmt.Fprintf(w, "  time range: %s – %s\n", r.From.Format(time.RFC3339), r.To.Format(time.RFC3339))
	}
	for _, n := range r.Notes {
		fmt.Fprintf(w, "  note: %s\n", n)
	}
}

func printCounts(w io.Writer, what string, by map[string]int64) {
	if len(by) == 0 {
		return
	}
	keys := make([]string, 0, len(by))
	var total int64
	for k, n := range by {
		keys = append(keys, k)
		total += n
	}
	sort.Strings(keys)
	fmt.Fprintf(w, "  %s: %d\n", what, total)
	for _, k := range keys {
		fmt.Fprintf(w, "    %-28s %d\n", k, by[k])
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
