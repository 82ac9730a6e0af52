package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os/signal"
	"slices"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"rhd.dev/app/jobs"
	"rhd.dev/cohorter"
	"rhd.dev/kafka"
	"rhd.dev/settle"
)

// serveTargets are the components `rhd serve` can hold. With the embedded
// DuckDB warehouse, every component that reads or writes it must live in
// the one process that opens the file.
var serveTargets = []string{"stream", "cohorter", "settle", "portal"}

// parseTargets splits a comma-separated target list, refusing unknown names.
func parseTargets(s string) ([]string, error) {
	var out []string
	for _, t := range strings.Split(s, ",") {
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		if !slices.Contains(serveTargets, t) {
			return nil, fmt.Errorf("--targets: unknown target %q (want some of %s)", t, strings.Join(serveTargets, ","))
		}
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("--targets: name at least one of " + strings.Join(serveTargets, ","))
	}
	return out, nil
}

func serveCmd(cfg *config) *cobra.Command {
	targets, addr := "stream,cohorter,settle", "127.0.0.1:7071"
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the warehouse process: the components that share the warehouse (stream, cohorter, settle, portal)",
		Long: "Runs the chosen components in one process against one warehouse, Kafka (RHD_KAFKA_BROKERS) and the\n" +
			"ledger, for a split topology beside `rhd kafka` and `rhd ingest` (docs/operations.md). The embedded\n" +
			"DuckDB file belongs to one process, so stream workers, the cohorter, record minting and bundle\n" +
			"export live together here; /healthz and /metrics are on --addr.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			ts, err := parseTargets(targets)
			if err != nil {
				return err
			}
			return runServe(ctx, cfg, ts, addr)
		},
	}
	f := cmd.Flags()
	f.StringVar(&targets, "targets", targets, "comma-separated components to run: "+strings.Join(serveTargets, ","))
	f.StringVar(&addr, "addr", addr, "health and metrics listen address")
	return cmd
}

// runServe starts the targets and waits until ctx ends or a stream worker
// stops; it stops them in reverse order, stream last so it drains.
func runServe(ctx context.Context, cfg *config, targets []string, addr string) error {
	has := func(t string) bool { return slices.Contains(targets, t) }
	if has("cohorter") || has("portal") {
		if err := cfg.policy().Validate(); err != nil {
			return err
		}
	}
	if err := ensureTopics(ctx, cfg); err != nil {
		return fmt.Errorf("kafka at %v: %w", cfg.brokers(), err)
	}
	store, err := openLedger(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	wh, err := openWarehouse(ctx, cfg)
	if err != nil {
		return err
	}
	defer wh.Close()
	reg := newRegistry()
	js := jobs.New(reg)
	// Components run until stopped explicitly, so shutdown drains in order.
	bg, cancelBg := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelBg()
	var stops []func()
	defer func() {
		for i := len(stops) - 1; i >= 0; i-- {
			stops[i]()
		}
	}()
	background := func(run func(context.Context)) {
		c, cancel := context.WithCancel(bg)
		done := make(chan struct{})
		go func() { defer close(done); run(c) }()
		stops = append(stops, func() { cancel(); <-done })
	}

	var streamErrs chan error
	if has("stream") {
		streams, err := startStream(bg, cfg, store, wh, reg, cfg.StreamWorkers)
		if err != nil {
			return err
		}
		stops = append(stops, streams.stop)
		streamErrs = streams.errs
	}
	if has("cohorter") {
		c := &cohorter.Cohorter{Store: store, Warehouse: wh, Policy: cfg.policy()}
		m := cohorter.NewMetrics(reg)
		background(func(ctx context.Context) { runCohorter(ctx, c, m, cfg.CohortInterval, js) })
	}
	var settler *settle.Settler
	if has("settle") || has("portal") {
		kr, err := openKeyring(cfg)
		if err != nil {
			return err
		}
		ch, closeChain, err := openChain(ctx, cfg)
		if err != nil {
			return err
		}
		stops = append(stops, closeChain)
		settler = &settle.Settler{Store: store, Keyring: kr, Chain: ch}
	}
	if has("settle") {
		settler.Metrics = settle.NewMetrics(reg)
		settle.RegisterFigures(reg, store)
		background(func(ctx context.Context) { runSettlement(ctx, cfg, settler, wh, js) })
	}
	if has("portal") {
		cl, err := kafka.NewClient(cfg.kafka(), "")
		if err != nil {
			return err
		}
		stops = append(stops, cl.Close)
		url, err := startPortal(bg, cfg, store, settler, wh, cl, reg, func(context.Context) map[string]any { return nil })
		if err != nil {
			return err
		}
		slog.Info("serve: portal", "url", url)
	}
	bound, err := serve(bg, addr, opsHandler(reg, warehouseHealth(wh), js), cfg.adminHTTP)
	if err != nil {
		return err
	}
	slog.Info("serve: running", "targets", strings.Join(targets, ","), "warehouse", wh.Backend(), "ledger", store.Backend(),
		"metrics", "http://"+bound+"/metrics")
	select {
	case <-ctx.Done():
		return nil
	case err := <-streamErrs: // nil channel without stream: never
		return err
	}
}
