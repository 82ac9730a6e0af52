package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/spf13/cobra"
	"github.com/twmb/franz-go/pkg/kadm"

	"rhd.dev/app/jobs"
	"rhd.dev/cohorter"
	"rhd.dev/demo"
	"rhd.dev/firmware/fleet"
	"rhd.dev/kafka"
	"rhd.dev/settle"
)

func devCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dev",
		Short: "Run everything in one process on embedded defaults, with simulated devices streaming",
		Long: "Starts Kafka (embedded unless RHD_KAFKA_BROKERS), the ledger (SQLite unless RHD_POSTGRES_DSN),\n" +
			"the warehouse (DuckDB unless RHD_CLICKHOUSE_DSN), the ingest gateway and stream workers;\n" +
			"seeds simulated contributors on an empty data dir and streams their devices' frames.\n" +
			"Everything it keeps lives in the data dir; a restart loses nothing that was acknowledged.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			return runDev(ctx, cfg, cmd.OutOrStdout())
		},
	}
	return cmd
}

// simBatchFrames is how many minutes a simulated device sends per batch while
// catching up on history (live, it sends each minute as it ends).
const simBatchFrames = 60

// dev is everything `rhd dev` runs, in start order; stop reverses it.
type dev struct {
	cfg     *config
	closers []func()
}

func (d *dev) onStop(f func()) { d.closers = append(d.closers, f) }

func (d *dev) stop() {
	for i := len(d.closers) - 1; i >= 0; i-- {
		d.closers[i]()
	}
}

func runDev(ctx context.Context, cfg *config, out io.Writer) error {
	started := time.Now()
	cfg.devMode = true
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return err
	}
	d := &dev{cfg: cfg}
	defer d.stop()

	kafkaDesc := "external " + cfg.KafkaBrokers
	if cfg.KafkaBrokers == "" {
		c, err := startEmbeddedKafka(cfg)
		if err != nil {
			return err
		}
		d.onStop(c.Close)
		kafkaDesc = "embedded, " + cfg.KafkaAddr
	} else if err := ensureTopics(ctx, cfg); err != nil {
		return err
	}
	store, err := openLedger(ctx, cfg)
	if err != nil {
		return err
	}
	d.onStop(func() { store.Close() })
	wh, err := openWarehouse(ctx, cfg)
	if err != nil {
		return err
	}
	d.onStop(func() { wh.Close() })

	fleetDir := cfg.path("fleet")
	if seeded, err := demo.SeedIfEmpty(ctx, store, fleetDir, cfg.Devices, seedProgress(cfg.Devices)); err != nil {
		return fmt.Errorf("seeding: %w", err)
	} else if seeded {
		slog.Info("seeded simulated contributors", "count", cfg.Devices)
	}

	// Money: custodial wallets for everyone, the chain, settlement.
	keyring, err := openKeyring(cfg)
	if err != nil {
		return err
	}
	chain, closeChain, err := openChain(ctx, cfg)
	if err != nil {
		return err
	}
	d.onStop(closeChain)
	settler := &settle.Settler{Store: store, Keyring: keyring, Chain: chain, Confirmations: cfg.Confirmations}
	people, err := store.Contributors(ctx)
	if err != nil {
		return err
	}
	for _, p := range people {
		if _, err := settler.EnsureWallet(ctx, p.ID); err != nil {
			return err
		}
	}

	reg := newRegistry()
	js := jobs.New(reg)
	settler.Metrics = settle.NewMetrics(reg)
	settle.RegisterFigures(reg, store)
	// Runs until stopped explicitly, so shutdown can drain in order.
	bg, cancelBg := context.WithCancel(context.WithoutCancel(ctx))
	d.onStop(cancelBg)

	streams, err := startStream(bg, cfg, store, wh, reg, cfg.StreamWorkers)
	if err != nil {
		return err
	}
	d.onStop(streams.stop)
	gw, err := startIngest(bg, cfg, store, reg, cfg.IngestAddr, nil)
	if err != nil {
		return err
	}
	d.onStop(gw.stop)
	stopMQTT, err := startMQTT(cfg, gw.gw) // devices that speak MQTT
	if err != nil {
		return err
	}
	d.onStop(stopMQTT)

	cl, err := kafka.NewClient(cfg.kafka(), "")
	if err != nil {
		return err
	}
	d.onStop(cl.Close)
	src := &statsSource{cfg: cfg, store: store, wh: wh, adm: kadm.NewClient(cl), metrics: streams.metrics, jobs: js, started: started}
	api := adminAPI(src)
	api.HandleFunc("GET /v1/payouts/verify", verifyHandler(settler))
	api.HandleFunc("GET /v1/records/verify", recordsVerifyHandler(settler, wh))
	api.HandleFunc("GET /v1/consent", consentHandler(settler))
	if err := mountUploads(ctx, api, cfg, store, cl); err != nil { // rhd uploads add
		return err
	}
	adminAddr, err := startAdmin(bg, cfg, api, opsHandler(reg, warehouseHealth(wh), js))
	if err != nil {
		return err
	}
	d.onStop(func() { os.Remove(adminAddrFile(cfg)) })

	devices, err := fleet.Open(fleet.Config{Dir: fleetDir, Gateway: "http://" + gw.addr, Backfill: cfg.Backfill, DetailFor: cfg.SimDetail,
		Speed: cfg.SimSpeed, MaxFrames: simBatchFrames})
	if err != nil {
		return err
	}
	if err := cfg.policy().Validate(); err != nil {
		return err
	}
	cohorts := &cohorter.Cohorter{Store: store, Warehouse: wh, Policy: cfg.policy()}
	cohortCtx, stopCohorts := context.WithCancel(bg)
	cohortsDone := make(chan struct{})
	go func() {
		defer close(cohortsDone)
		runCohorter(cohortCtx, cohorts, cohorter.NewMetrics(reg), cfg.CohortInterval, js)
	}()
	d.onStop(func() { stopCohorts(); <-cohortsDone })

	portalURL, err := startPortal(bg, cfg, store, settler, wh, cl, reg, func(ctx context.Context) map[string]any {
		st, err := src.collect(ctx)
		if err != nil {
			return map[string]any{"error": err.Error()}
		}
		h := map[string]any{"warehouse readings": st.Warehouse.Readings, "warehouse batches": st.Warehouse.Batches, "devices": st.Ledger.Devices}
		if st.Kafka.Lag != nil {
			h["consumer lag (records)"] = *st.Kafka.Lag
		}
		if st.Stream != nil {
			h["samples written (this run)"], h["dead letters (this run)"] = st.Stream.SamplesWritten, st.Stream.DeadLetters
		}
		for _, j := range js.Statuses() {
			h["job "+j.Name] = jobLine(j)
		}
		if o, err := settler.Outbox(ctx); err == nil {
			h["payout outbox"] = o.String()
		}
		return h
	})
	if err != nil {
		return err
	}

	settleCtx, stopSettle := context.WithCancel(bg)
	settleDone := make(chan struct{}, 2)
	go func() { runSettlement(settleCtx, cfg, settler, wh, js); settleDone <- struct{}{} }()
	go func() { demo.Buyer(settleCtx, store, cfg.FeeBps, cfg.DemoSaleEvery); settleDone <- struct{}{} }()
	d.onStop(func() { stopSettle(); <-settleDone; <-settleDone })

	fleetCtx, stopFleet := context.WithCancel(bg)
	fleetDone := make(chan struct{})
	go func() {
		defer close(fleetDone)
		devices.Run(fleetCtx)
	}()
	// Devices stop first, so the gateway drains before it closes.
	d.onStop(func() { stopFleet(); <-fleetDone })

	fmt.Fprintf(out, `rhd dev is running — data in %s
  kafka      %s   (topics rhd.frames.v1, rhd.frames.dlq.v1)
  ledger     %s
  warehouse  %s
  portal     %s   (sign in with a demo account)
  ingest     http://%s/v1/frames
  admin      http://%s/v1/stats (token in %s)   /metrics   /healthz
  devices    %d simulated, catching up on %s of history (the last %s in full) at %.0fx, then live
  cohorts    k = %d, checked every %s (a new version at most every %s unless members change)
  chain      %s, payout distributor %s; payouts committed every %s
  buyer      a simulated researcher buys a bundle every %s
  try        rhd stats · rhd cohorts ls · rhd bundles export --snapshot any.any.any@v1 --out b.zip
             (in another terminal)     Ctrl-C stops
`, cfg.DataDir, kafkaDesc, store.Backend()+" "+redactDSN(cfg.ledgerDSN()), wh.Backend(), portalURL, gw.addr, adminAddr, adminTokenSource(cfg), devices.Len(), cfg.Backfill, cfg.SimDetail, cfg.SimSpeed,
		cfg.K, cfg.CohortInterval, cfg.CohortStep, chainName(cfg), chain.Addresses.Distributor.Hex(), cfg.SettleEvery, cfg.DemoSaleEvery)

	go watchMilestones(bg, out, store, devices, started)
	liveLine(ctx, out, src, devices, streams)
	fmt.Fprintln(out, "\nstopping: devices, gateway, stream (draining), stores")
	return nil
}

// liveLine prints throughput until ctx ends: redrawn every 5 s on a
// terminal, a line a minute otherwise (a log file gets no redraws).
func liveLine(ctx context.Context, out io.Writer, src *statsSource, devices *fleet.Fleet, streams *streamService) {
	every, start, end := 5*time.Second, "\r", "  "
	if !isTerminal(out) {
		every, start, end = time.Minute, "", "\n"
	}
	t := time.NewTicker(every)
	defer t.Stop()
	last, lastAt := testutil.ToFloat64(streams.metrics.SamplesWritten), time.Now()
	for {
		select {
		case <-ctx.Done():
			return
		case err := <-streams.errs:
			slog.Error("a stream worker stopped; stopping", "err", err)
			return
		case <-t.C:
		}
		now := testutil.ToFloat64(streams.metrics.SamplesWritten)
		rate := (now - last) / time.Since(lastAt).Seconds()
		last, lastAt = now, time.Now()
		lctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		lag, err := consumerLag(lctx, src.adm)
		cancel()
		lagText := fmt.Sprint(lag)
		if err != nil {
			lagText = "?"
		}
		c, _ := src.wh.Counts(ctx)
		history := ""
		if behind := devices.Behind(); behind > 0 {
			history = fmt.Sprintf("   history: %.0fh of simulated time to catch up", behind.Hours())
		}
		fmt.Fprintf(out, "%s%s  %8.0f samples/s committed   %d readings, %d batches in warehouse   lag %s   %d batches queued on devices%s%s",
			start, time.Now().Format("15:04:05"), rate, c.Readings, c.Batches, lagText, devices.Pending(), history, end)
	}
}

func chainName(cfg *config) string {
	if cfg.EthRPC != "" {
		return redactEndpoint(cfg.EthRPC)
	}
	return "embedded (" + cfg.path("chain") + ")"
}
