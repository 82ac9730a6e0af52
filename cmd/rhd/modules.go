package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/admin"
	"rhd.dev/app"
	"rhd.dev/app/jobs"
	"rhd.dev/cohorter"
	"rhd.dev/cohorter/bundle"
	"rhd.dev/demo"
	"rhd.dev/firmware/fleet"
	"rhd.dev/kafka"
	"rhd.dev/ledger"
	"rhd.dev/settle"
	"rhd.dev/warehouse"
)

// process is one rhd process: what its modules share once started.
type process struct {
	cfg     *config
	out     io.Writer // rhd dev's console
	started time.Time
	reg     *prometheus.Registry
	js      *jobs.Registry
	// bg outlives the caller's context: each module stops its own work, in
	// reverse order, so shutdown drains in order.
	bg context.Context

	opsAddr       string // the ops target's /metrics and /healthz
	ingestMetrics bool   // rhd ingest: /metrics beside the gateway

	kafkaDesc string
	cl        *kgo.Client
	store     *ledger.Store
	wh        warehouse.Warehouse // nil unless the warehouse target runs
	settler   *settle.Settler
	streams   *streamService
	gw        *ingestService
	src       *admin.Source
	devices   *fleet.Fleet
	portalURL string
	adminAddr string
}

func newProc(cfg *config, out io.Writer) *process {
	reg := newRegistry()
	return &process{cfg: cfg, out: out, started: time.Now(), reg: reg, js: jobs.New(reg)}
}

// devTargets are what `rhd dev` runs: everything.
var devTargets = []string{"kafka", "ledger", "warehouse", "seed", "stream", "ingest", "mqtt", "admin", "cohorter", "portal", "settle", "demo", "console"}

// run runs targets (and what they depend on) until ctx ends or one fails.
func (p *process) run(ctx context.Context, targets ...string) error {
	bg, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	p.bg = bg
	return app.Run(ctx, p.modules(), targets...)
}

// modules is rhd's module map: each component and what it needs started
// before it.
func (p *process) modules() app.Map {
	cfg := p.cfg
	return app.Map{
		// The embedded cluster (unless RHD_KAFKA_BROKERS), the topics and
		// the process's shared client.
		"kafka": {Start: func(ctx context.Context) (app.Service, error) {
			stop := func() {}
			p.kafkaDesc = "external " + cfg.KafkaBrokers
			if cfg.KafkaBrokers == "" {
				c, err := startEmbeddedKafka(cfg)
				if err != nil {
					return app.Service{}, err
				}
				stop, p.kafkaDesc = c.Close, "embedded, "+cfg.KafkaAddr
				slog.Info("kafka: serving", "addr", cfg.KafkaAddr, "data", cfg.path("kafka"))
			} else if err := ensureTopics(ctx, cfg); err != nil {
				return app.Service{}, fmt.Errorf("at %v: %w", cfg.brokers(), err)
			}
			cl, err := kafka.NewClient(cfg.kafka(), "")
			if err != nil {
				stop()
				return app.Service{}, err
			}
			p.cl = cl
			return app.Service{Stop: func() { cl.Close(); stop() }}, nil
		}},
		"ledger": {Start: func(ctx context.Context) (app.Service, error) {
			s, err := openLedger(ctx, cfg)
			if err != nil {
				return app.Service{}, err
			}
			p.store = s
			return app.Service{Stop: func() { s.Close() }}, nil
		}},
		"warehouse": {Start: func(ctx context.Context) (app.Service, error) {
			wh, err := openWarehouse(ctx, cfg)
			if err != nil {
				return app.Service{}, err
			}
			p.wh = wh
			return app.Service{Stop: func() { wh.Close() }}, nil
		}},
		// The chain (embedded unless RHD_ETH_RPC, contracts deployed on
		// first use) and the custodial keyring.
		"chain": {Deps: []string{"ledger"}, Start: func(ctx context.Context) (app.Service, error) {
			kr, err := openKeyring(cfg)
			if err != nil {
				return app.Service{}, err
			}
			ch, closeChain, err := openChain(ctx, cfg)
			if err != nil {
				return app.Service{}, err
			}
			p.settler = &settle.Settler{Store: p.store, Keyring: kr, Chain: ch, Confirmations: cfg.Confirmations}
			return app.Service{Stop: closeChain}, nil
		}},
		// Simulated contributors on an empty data dir, and a custodial
		// wallet for everyone.
		"seed": {Deps: []string{"ledger", "chain"}, Start: func(ctx context.Context) (app.Service, error) {
			if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
				return app.Service{}, err
			}
			if seeded, err := demo.SeedIfEmpty(ctx, p.store, cfg.path("fleet"), cfg.Devices, seedProgress(cfg.Devices)); err != nil {
				return app.Service{}, err
			} else if seeded {
				slog.Info("seeded simulated contributors", "count", cfg.Devices)
			}
			people, err := p.store.Contributors(ctx)
			if err != nil {
				return app.Service{}, err
			}
			for _, c := range people {
				if _, err := p.settler.EnsureWallet(ctx, c.ID); err != nil {
					return app.Service{}, err
				}
			}
			return app.Service{}, nil
		}},
		"stream": {Deps: []string{"kafka", "ledger", "warehouse"}, Start: func(ctx context.Context) (app.Service, error) {
			s, err := startStream(p.bg, cfg, p.store, p.wh, p.reg, cfg.StreamWorkers)
			if err != nil {
				return app.Service{}, err
			}
			p.streams = s
			slog.Info("stream: running", "workers", cfg.StreamWorkers, "warehouse", p.wh.Backend())
			return app.Service{Run: func(ctx context.Context) error {
				select {
				case <-ctx.Done():
					return nil
				case err := <-s.errs:
					return err
				}
			}, Stop: s.stop}, nil
		}},
		"ingest": {Deps: []string{"kafka", "ledger"}, Start: func(ctx context.Context) (app.Service, error) {
			var extra map[string]http.Handler
			if p.ingestMetrics {
				extra = map[string]http.Handler{"GET /metrics": metricsHandler(p.reg)}
			}
			s, err := startIngest(p.bg, cfg, p.store, p.reg, cfg.IngestAddr, extra)
			if err != nil {
				return app.Service{}, err
			}
			p.gw = s
			slog.Info("ingest: serving", "addr", s.addr, "brokers", cfg.brokers(), "ledger", p.store.Backend())
			return app.Service{Stop: s.stop}, nil
		}},
		// Devices that speak MQTT: the embedded broker, or RHD_MQTT_BROKER.
		"mqtt": {Deps: []string{"ingest"}, Start: func(context.Context) (app.Service, error) {
			stop, err := startMQTT(cfg, p.gw.gw)
			return app.Service{Stop: stop}, err
		}},
		"cohorter": {Deps: []string{"ledger", "warehouse"}, Start: func(context.Context) (app.Service, error) {
			if err := cfg.policy().Validate(); err != nil {
				return app.Service{}, err
			}
			c := &cohorter.Cohorter{Store: p.store, Warehouse: p.wh, Policy: cfg.policy()}
			m := cohorter.NewMetrics(p.reg)
			return app.Service{Run: func(ctx context.Context) error {
				runCohorter(ctx, c, m, cfg.CohortInterval, p.js)
				return nil
			}}, nil
		}},
		// Settlement; it mints contribution records when the warehouse
		// target runs in this process.
		"settle": {Deps: []string{"chain", "kafka"}, Start: func(context.Context) (app.Service, error) {
			p.settler.Metrics = settle.NewMetrics(p.reg)
			settle.RegisterFigures(p.reg, p.store)
			return app.Service{Run: func(ctx context.Context) error {
				runSettlement(ctx, cfg, p.settler, p.wh, p.js)
				return nil
			}}, nil
		}},
		"portal": {Deps: []string{"ledger", "warehouse", "kafka", "chain"}, Start: func(context.Context) (app.Service, error) {
			if err := cfg.policy().Validate(); err != nil {
				return app.Service{}, err
			}
			pctx, cancel := context.WithCancel(p.bg)
			url, err := startPortal(pctx, cfg, p.store, p.settler, p.wh, p.cl, p.reg, p.portalHealth)
			if err != nil {
				cancel()
				return app.Service{}, err
			}
			p.portalURL = url
			slog.Info("portal: serving", "url", url)
			return app.Service{Stop: cancel}, nil
		}},
		// The admin API behind its token (stats, bundles, verification,
		// uploads) with /metrics and /healthz.
		"admin": {Deps: []string{"ledger", "warehouse", "kafka", "chain"}, Start: func(ctx context.Context) (app.Service, error) {
			p.src = &admin.Source{DataDir: cfg.DataDir, Brokers: cfg.brokers(), Store: p.store, WH: p.wh, Adm: kadm.NewClient(p.cl), Jobs: p.js, Started: p.started}
			if p.streams != nil {
				p.src.Metrics = p.streams.metrics
			}
			api := admin.API(p.src, bundle.Handler(p.store, p.wh), cfg.adminHTTP.Write)
			api.HandleFunc("GET /v1/payouts/verify", admin.VerifyPayout(p.settler))
			api.HandleFunc("GET /v1/records/verify", admin.VerifyRecord(p.settler, p.wh))
			api.HandleFunc("GET /v1/consent", admin.Consent(p.settler))
			if err := mountUploads(ctx, api, cfg, p.store, p.cl); err != nil { // rhd uploads add
				return app.Service{}, err
			}
			actx, cancel := context.WithCancel(p.bg)
			addr, err := startAdmin(actx, cfg, api, admin.Ops(p.reg, admin.WarehouseHealth(p.wh), p.js))
			if err != nil {
				cancel()
				return app.Service{}, err
			}
			p.adminAddr = addr
			return app.Service{Stop: func() { os.Remove(adminAddrFile(cfg)); cancel() }}, nil
		}},
		// /metrics and /healthz alone, for a process without the admin API.
		"ops": {Start: func(context.Context) (app.Service, error) {
			health := func(context.Context) error { return nil }
			if p.wh != nil {
				health = admin.WarehouseHealth(p.wh)
			}
			octx, cancel := context.WithCancel(p.bg)
			bound, err := serve(octx, p.opsAddr, admin.Ops(p.reg, health, p.js), cfg.adminHTTP)
			if err != nil {
				cancel()
				return app.Service{}, err
			}
			slog.Info("rhd: metrics", "url", "http://"+bound+"/metrics")
			return app.Service{Stop: cancel}, nil
		}},
		// The simulated devices and the simulated researcher who buys.
		"demo": {Deps: []string{"seed", "ingest", "settle"}, Start: func(context.Context) (app.Service, error) {
			devices, err := fleet.Open(fleet.Config{Dir: cfg.path("fleet"), Gateway: "http://" + p.gw.addr, Backfill: cfg.Backfill, DetailFor: cfg.SimDetail,
				Speed: cfg.SimSpeed, MaxFrames: simBatchFrames})
			if err != nil {
				return app.Service{}, err
			}
			p.devices = devices
			return app.Service{Run: func(ctx context.Context) error {
				bought := make(chan struct{})
				go func() { defer close(bought); demo.Buyer(ctx, p.store, cfg.FeeBps, cfg.DemoSaleEvery) }()
				devices.Run(ctx)
				<-bought
				return nil
			}}, nil
		}},
		// rhd dev's banner, milestones and live line.
		"console": {Deps: []string{"demo", "admin", "stream"}, Start: func(context.Context) (app.Service, error) {
			p.banner()
			return app.Service{Run: func(ctx context.Context) error {
				go demo.WatchMilestones(ctx, p.out, p.store, p.devices, p.started)
				demo.LiveLine(ctx, p.out, p.src, p.devices)
				fmt.Fprintln(p.out, "\nstopping: devices, gateway, stream (draining), stores")
				return nil
			}}, nil
		}},
	}
}

// portalHealth is what the portal's operators' page shows about the process.
func (p *process) portalHealth(ctx context.Context) map[string]any {
	if p.src == nil {
		return nil
	}
	st, err := p.src.Collect(ctx)
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
	for _, j := range p.js.Statuses() {
		h["job "+j.Name] = admin.JobLine(j)
	}
	if o, err := p.settler.Outbox(ctx); err == nil {
		h["payout outbox"] = o.String()
	}
	return h
}
