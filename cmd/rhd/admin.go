package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/spf13/cobra"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/app/jobs"
	"rhd.dev/ledger"
	"rhd.dev/stream"
	"rhd.dev/stream/warehouse"
)

// stats is what `rhd stats` prints and the admin API's /v1/stats returns.
type stats struct {
	DataDir   string           `json:"data_dir"`
	Running   bool             `json:"running"` // answered by a running rhd
	Warehouse warehouse.Counts `json:"warehouse"`
	WBackend  string           `json:"warehouse_backend"`
	Ledger    struct {
		Backend      string `json:"backend"`
		Contributors int    `json:"contributors"`
		Devices      int    `json:"devices"`
	} `json:"ledger"`
	Kafka struct {
		Brokers []string `json:"brokers"`
		Lag     *int64   `json:"consumer_lag,omitempty"`
		LagErr  string   `json:"consumer_lag_error,omitempty"`
	} `json:"kafka"`
	Stream *struct {
		SamplesWritten float64 `json:"samples_written"`
		DeadLetters    float64 `json:"dead_letters"`
	} `json:"stream,omitempty"`
	Jobs   []jobs.Status `json:"jobs,omitempty"`
	Uptime string        `json:"uptime,omitempty"`
}

// statsSource gathers stats from live components.
type statsSource struct {
	cfg     *config
	store   *ledger.Store
	wh      warehouse.Warehouse
	adm     *kadm.Client // nil: lag unknown
	metrics *stream.Metrics
	jobs    *jobs.Registry // nil: no periodic jobs in this process
	started time.Time
}

// jobLine describes a job's state in a line, for operators.
func jobLine(j jobs.Status) string {
	last := "never"
	if !j.LastSuccess.IsZero() {
		last = j.LastSuccess.Format(time.RFC3339)
	}
	if !j.Failing() {
		return "ok, last success " + last
	}
	return fmt.Sprintf("FAILING (%d in a row, last success %s): %s", j.Failures, last, j.LastError)
}

func (s *statsSource) collect(ctx context.Context) (stats, error) {
	var st stats
	st.DataDir = s.cfg.DataDir
	var err error
	if st.Warehouse, err = s.wh.Counts(ctx); err != nil {
		return st, fmt.Errorf("warehouse: %w", err)
	}
	st.WBackend = s.wh.Backend()
	st.Ledger.Backend = s.store.Backend()
	if st.Ledger.Contributors, st.Ledger.Devices, err = s.store.Counts(ctx); err != nil {
		return st, fmt.Errorf("ledger: %w", err)
	}
	st.Kafka.Brokers = s.cfg.brokers()
	if s.adm != nil {
		lctx, cancel := context.WithTimeout(ctx, 3*time.Second)
		lag, err := consumerLag(lctx, s.adm)
		cancel()
		if err != nil {
			st.Kafka.LagErr = err.Error()
		} else {
			st.Kafka.Lag = &lag
		}
	}
	if s.metrics != nil {
		st.Stream = &struct {
			SamplesWritten float64 `json:"samples_written"`
			DeadLetters    float64 `json:"dead_letters"`
		}{testutil.ToFloat64(s.metrics.SamplesWritten), testutil.ToFloat64(s.metrics.DeadLetters)}
	}
	if s.jobs != nil {
		st.Jobs = s.jobs.Statuses()
	}
	if !s.started.IsZero() {
		st.Running = true
		st.Uptime = time.Since(s.started).Round(time.Second).String()
	}
	return st, nil
}

// adminHandler is the local admin API of a running rhd: CLI commands ask it,
// because the DuckDB file belongs to the process that opened it.
func adminHandler(src *statsSource, reg *prometheus.Registry) *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", metricsHandler(reg))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		if _, err := src.wh.Counts(r.Context()); err != nil {
			http.Error(w, "warehouse: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		// The process serves; a failing job is reported, not a reason to
		// restart it. Error texts stay on the operators' pages.
		status := "ok"
		var failing []string
		if src.jobs != nil {
			for _, j := range src.jobs.Statuses() {
				if j.Failing() {
					status = "degraded"
					failing = append(failing, fmt.Sprintf("job %s failing: %d in a row, last success %s", j.Name, j.Failures, j.LastSuccess.Format(time.RFC3339)))
				}
			}
		}
		io.WriteString(w, status+"\n")
		for _, f := range failing {
			io.WriteString(w, f+"\n")
		}
	})
	mux.Handle("GET /v1/snapshots/{snapshot}/bundle.zip", bundleHandler(src.store, src.wh))
	mux.HandleFunc("GET /v1/stats", func(w http.ResponseWriter, r *http.Request) {
		st, err := src.collect(r.Context())
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(st)
	})
	return mux
}

// adminAddrFile records where a running rhd's admin API listens.
func adminAddrFile(cfg *config) string { return cfg.path("admin.addr") }

// askRunning fetches path from the rhd running on the data dir, if any.
func askRunning(ctx context.Context, cfg *config, path string, out any) (bool, error) {
	b, err := os.ReadFile(adminAddrFile(cfg))
	if err != nil {
		return false, nil
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+strings.TrimSpace(string(b))+path, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false, nil // stale file: nothing runs there any more
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
		return true, fmt.Errorf("running rhd answered %s: %s", resp.Status, msg)
	}
	return true, json.NewDecoder(resp.Body).Decode(out)
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
			var st stats
			running, err := askRunning(ctx, cfg, "/v1/stats", &st)
			if err != nil {
				return err
			}
			if !running {
				if st, err = localStats(ctx, cfg); err != nil {
					return err
				}
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(st)
			}
			printStats(cmd.OutOrStdout(), st)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// localStats opens the data dir's stores when no rhd is running.
func localStats(ctx context.Context, cfg *config) (stats, error) {
	store, err := openLedger(ctx, cfg)
	if err != nil {
		return stats{}, err
	}
	defer store.Close()
	wh, err := openWarehouse(ctx, cfg)
	if err != nil {
		return stats{}, err
	}
	defer wh.Close()
	src := &statsSource{cfg: cfg, store: store, wh: wh}
	if cfg.KafkaBrokers != "" {
		if cl, err := kgo.NewClient(kgo.SeedBrokers(cfg.brokers()...)); err == nil {
			defer cl.Close()
			src.adm = kadm.NewClient(cl)
		}
	}
	st, err := src.collect(ctx)
	if err == nil && src.adm == nil {
		st.Kafka.LagErr = "unknown: the embedded Kafka runs only inside rhd dev"
	}
	return st, err
}

func printStats(w io.Writer, st stats) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	state := "not running (read from files)"
	if st.Running {
		state = "running, up " + st.Uptime
	}
	fmt.Fprintf(tw, "data dir\t%s (%s)\n", st.DataDir, state)
	fmt.Fprintf(tw, "warehouse (%s)\tbatches %d\treadings %d\trollups_minute %d\n", st.WBackend, st.Warehouse.Batches, st.Warehouse.Readings, st.Warehouse.Rollups)
	fmt.Fprintf(tw, "ledger (%s)\tcontributors %d\tdevices %d\n", st.Ledger.Backend, st.Ledger.Contributors, st.Ledger.Devices)
	lag := st.Kafka.LagErr
	if st.Kafka.Lag != nil {
		lag = fmt.Sprintf("%d records", *st.Kafka.Lag)
	}
	fmt.Fprintf(tw, "kafka\t%s\tconsumer lag %s\n", strings.Join(st.Kafka.Brokers, ","), lag)
	if st.Stream != nil {
		fmt.Fprintf(tw, "stream (this run)\tsamples written %.0f\tdead letters %.0f\n", st.Stream.SamplesWritten, st.Stream.DeadLetters)
	}
	for _, j := range st.Jobs {
		fmt.Fprintf(tw, "job %s\t%s\n", j.Name, jobLine(j))
	}
	tw.Flush()
}
