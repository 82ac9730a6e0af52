package main

import (
	"fmt"
	"log/slog"
	"net/http"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

func ingestCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ingest",
		Short: "Run the device gateway (POST /v1/frames, /v1/pair, /healthz, /metrics)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			if err := ensureTopics(ctx, cfg); err != nil {
				return fmt.Errorf("kafka at %v: %w", cfg.brokers(), err)
			}
			store, err := openLedger(ctx, cfg)
			if err != nil {
				return err
			}
			defer store.Close()
			reg := newRegistry()
			svc, err := startIngest(ctx, cfg, store, reg, cfg.IngestAddr, map[string]http.Handler{"GET /metrics": metricsHandler(reg)})
			if err != nil {
				return err
			}
			stopMQTT := func() {}
			if cfg.MQTTBroker != "" { // devices that speak MQTT, through a broker of your own
				if stopMQTT, err = startMQTT(cfg, svc.gw); err != nil {
					svc.stop()
					return err
				}
			}
			slog.Info("ingest: serving", "addr", svc.addr, "brokers", cfg.brokers(), "ledger", store.Backend())
			<-ctx.Done()
			stopMQTT()
			svc.stop()
			return nil
		},
	}
	return cmd
}

func streamCmd(cfg *config) *cobra.Command {
	var addr string
	cmd := &cobra.Command{
		Use:   "stream",
		Short: "Run stream workers: frames topic to warehouse (/healthz and /metrics on --addr)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
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
			svc, err := startStream(ctx, cfg, store, wh, reg, cfg.StreamWorkers)
			if err != nil {
				return err
			}
			// Only metrics and health here: the admin API (bundles, accounts,
			// consent) is rhd dev's, behind its token.
			bound, err := serve(ctx, addr, opsHandler(reg, warehouseHealth(wh), nil), cfg.adminHTTP)
			if err != nil {
				return err
			}
			slog.Info("stream: running", "workers", cfg.StreamWorkers, "warehouse", wh.Backend(), "metrics", "http://"+bound+"/metrics")
			select {
			case <-ctx.Done():
			case err = <-svc.errs:
			}
			svc.stop()
			return err
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:7071", "health and metrics listen address")
	return cmd
}
