package app

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
	"rhd.dev/cohorter"
	"rhd.dev/cohorter/bundle"
	"rhd.dev/demo"
	"rhd.dev/firmware/fleet"
	"rhd.dev/jobs"
	"rhd.dev/kafka"
	"rhd.dev/ledger"
	"rhd.dev/settle"
	"rhd.dev/warehouse"
)

// process is one rhd process: what its modules share once started.
type process struct {
	cfg     *Config
	started time.Time
	reg     *prometheus.Registry
	js      *jobs.Registry
	// bg outlives the caller's context: each module stops its own work, in
	// reverse order, so shutdown drains in order.
	bg context.Context

	kafkaDesc string
	cl        *kgo.Client
	store     *ledger.Store
	wh        warehouse.Warehouse // nil unless the warehouse target runs
	settler   *settle.Settler
	streams   *StreamService
	gw        *IngestService
	src       *admin.Source
	devices   *fleet.Fleet
	portalURL string
	adminAddr string
}

func newProcess(cfg *Config) *process {
	reg := NewRegistry()
	return &process{cfg: cfg, started: time.Now(), reg: reg, js: jobs.New(reg)}
}

// DevTargets are what `rhd dev` runs: everything.
var DevTargets = []string{"kafka", "ledger", "warehouse", "seed", "stream", "ingest", "mqtt", "admin", "cohorter", "portal", "settle", "demo", "console"}

// Run runs targets and the modules they depend on until ctx ends, the
// process gets SIGINT or SIGTERM, or a module fails (see Map.Run).
func Run(ctx context.Context, cfg *Config, targets ...string) error {
	p := newProcess(cfg)
	bg, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	p.bg = bg
	return p.modules().Run(ctx, targets...)
}

// Modules is rhd's module map over cfg (for its names and targets).
func Modules(cfg *Config) Map { return newProcess(cfg).modules() }

// modules is rhd's module map: each component and what it needs started
// before it.
func (p *process) modules() Map {
	cfg := p.cfg
	return Map{
		// The embedded cluster (unless RHD_KAFKA_BROKERS), the topics and
		// the process's shared client.
		"kafka": {Start: func(ctx context.Context) (Service, error) {
			stop := func() {}
			p.kafkaDesc = "external " + cfg.KafkaBrokers
			if cfg.KafkaBrokers == "" {
				c, err := StartEmbeddedKafka(cfg)
				if err != nil {
					return Service{}, err
				}
				stop, p.kafkaDesc = c.Close, "embedded, "+cfg.KafkaAddr
				slog.Info("kafka: serving", "addr", cfg.KafkaAddr, "data", cfg.Path("kafka"))
			} else if err := EnsureTopics(ctx, cfg); err != nil {
				return Service{}, fmt.Errorf("at %v: %w", cfg.Brokers(), err)
			}
			cl, err := kafka.NewClient(cfg.Kafka(), "")
			if err != nil {
				stop()
				return Service{}, err
			}
			p.cl = cl
			return Service{Stop: func() { cl.Close(); stop() }}, nil
		}},
		"ledger": {Start: func(ctx context.Context) (Service, error) {
			s, err := OpenLedger(ctx, cfg)
			if err != nil {
				return Service{}, err
			}
			p.store = s
			return Service{Stop: func() { s.Close() }}, nil
		}},
		"warehouse": {Start: func(ctx context.Context) (Service, error) {
			wh, err := OpenWarehouse(ctx, cfg)
			if err != nil {
				return Service{}, err
			}
			p.wh = wh
			return Service{Stop: func() { wh.Close() }}, nil
		}},
		// The chain (embedded unless RHD_ETH_RPC, contracts deployed on
		// first use) and the custodial keyring.
		"chain": {Deps: []string{"ledger"}, Start: func(ctx context.Context) (Service, error) {
			kr, err := OpenKeyring(cfg)
			if err != nil {
				return Service{}, err
			}
			ch, closeChain, err := OpenChain(ctx, cfg)
			if err != nil {
				return Service{}, err
			}
			p.settler = &settle.Settler{Store: p.store, Keyring: kr, Chain: ch, Confirmations: cfg.Confirmations}
			return Service{Stop: closeChain}, nil
		}},
		// Simulated contributors on an empty data dir, and a custodial
		// wallet for everyone.
		"seed": {Deps: []string{"ledger", "chain"}, Start: func(ctx context.Context) (Service, error) {
			if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
				return Service{}, err
			}
			if seeded, err := demo.SeedIfEmpty(ctx, p.store, cfg.Path("fleet"), cfg.Devices, cfg.seedProgress()); err != nil {
				return Service{}, err
			} else if seeded {
				slog.Info("seeded simulated contributors", "count", cfg.Devices)
			}
			people, err := p.store.Contributors(ctx)
			if err != nil {
				return Service{}, err
			}
			for _, c := range people {
				if _, err := p.settler.EnsureWallet(ctx, c.ID); err != nil {
					return Service{}, err
				}
			}
			return Service{}, nil
		}},
		"stream": {Deps: []string{"kafka", "ledger", "warehouse"}, Start: func(ctx context.Context) (Service, error) {
			s, err := StartStream(p.bg, cfg, p.store, p.wh, p.reg, cfg.StreamWorkers)
			if err != nil {
				return Service{}, err
			}
			p.streams = s
			slog.Info("stream: running", "workers", cfg.StreamWorkers, "warehouse", p.wh.Backend())
			return Service{Run: func(ctx context.Context) error {
				select {
				case <-ctx.Done():
					return nil
				case err := <-s.Errs:
					return err
				}
			}, Stop: s.Stop}, nil
		}},
		"ingest": {Deps: []string{"kafka", "ledger"}, Start: func(ctx context.Context) (Service, error) {
			var extra map[string]http.Handler
			if cfg.IngestMetrics {
				extra = map[string]http.Handler{"GET /metrics": MetricsHandler(p.reg)}
			}
			s, err := StartIngest(p.bg, cfg, p.store, p.reg, cfg.IngestAddr, extra)
			if err != nil {
				return Service{}, err
			}
			p.gw = s
			slog.Info("ingest: serving", "addr", s.Addr, "brokers", cfg.Brokers(), "ledger", p.store.Backend())
			return Service{Stop: s.Stop}, nil
		}},
		// Devices that speak MQTT: the embedded broker, or RHD_MQTT_BROKER.
		"mqtt": {Deps: []string{"ingest"}, Start: func(context.Context) (Service, error) {
			stop, err := StartMQTT(cfg, p.gw.Gateway)
			return Service{Stop: stop}, err
		}},
		"cohorter": {Deps: []string{"ledger", "warehouse"}, Start: func(context.Context) (Service, error) {
			if err := cfg.Policy().Validate(); err != nil {
				return Service{}, err
			}
			c := &cohorter.Cohorter{Store: p.store, Warehouse: p.wh, Policy: cfg.Policy()}
			m := cohorter.NewMetrics(p.reg)
			return Service{Run: func(ctx context.Context) error {
				runCohorter(ctx, c, m, cfg.CohortInterval, p.js)
				return nil
			}}, nil
		}},
		// Settlement; it mints contribution records when the warehouse
		// target runs in this process.
		"settle": {Deps: []string{"chain", "kafka"}, Start: func(context.Context) (Service, error) {
			p.settler.Metrics = settle.NewMetrics(p.reg)
			settle.RegisterFigures(p.reg, p.store)
			return Service{Run: func(ctx context.Context) error {
				runSettlement(ctx, cfg, p.settler, p.wh, p.js)
				return nil
			}}, nil
		}},
		"portal": {Deps: []string{"ledger", "warehouse", "kafka", "chain"}, Start: func(context.Context) (Service, error) {
			if err := cfg.Policy().Validate(); err != nil {
				return Service{}, err
			}
			pctx, cancel := context.WithCancel(p.bg)
			url, err := StartPortal(pctx, cfg, p.store, p.settler, p.wh, p.cl, p.reg, p.portalHealth)
			if err != nil {
				cancel()
				return Service{}, err
			}
			p.portalURL = url
			slog.Info("portal: serving", "url", url)
			return Service{Stop: cancel}, nil
		}},
		// The admin API behind its token (stats, bundles, verification,
		// uploads) with /metrics and /healthz.
		"admin": {Deps: []string{"ledger", "warehouse", "kafka", "chain"}, Start: func(ctx context.Context) (Service, error) {
			p.src = &admin.Source{DataDir: cfg.DataDir, Brokers: cfg.Brokers(), Store: p.store, WH: p.wh, Adm: kadm.NewClient(p.cl), Jobs: p.js, Started: p.started}
			if p.streams != nil {
				p.src.Metrics = p.streams.Metrics
			}
			api := admin.API(p.src, bundle.Handler(p.store, p.wh), cfg.AdminHTTP.Write)
			api.HandleFunc("GET /v1/payouts/verify", admin.VerifyPayout(p.settler))
			api.HandleFunc("GET /v1/records/verify", admin.VerifyRecord(p.settler, p.wh))
			api.HandleFunc("GET /v1/consent", admin.Consent(p.settler))
			if err := mountUploads(ctx, api, cfg, p.store, p.cl); err != nil { // rhd uploads add
				return Service{}, err
			}
			actx, cancel := context.WithCancel(p.bg)
			addr, err := startAdmin(actx, cfg, api, admin.Ops(p.reg, admin.WarehouseHealth(p.wh), p.js))
			if err != nil {
				cancel()
				return Service{}, err
			}
			p.adminAddr = addr
			return Service{Stop: func() { os.Remove(admin.AddrFile(cfg.DataDir)); cancel() }}, nil
		}},
		// /metrics and /healthz alone, for a process without the admin API.
		"ops": {Start: func(context.Context) (Service, error) {
			health := func(context.Context) error { return nil }
			if p.wh != nil {
				health = admin.WarehouseHealth(p.wh)
			}
			octx, cancel := context.WithCancel(p.bg)
			bound, err := Serve(octx, cfg.OpsAddr, admin.Ops(p.reg, health, p.js), cfg.AdminHTTP)
			if err != nil {
				cancel()
				return Service{}, err
			}
			slog.Info("rhd: metrics", "url", "http://"+bound+"/metrics")
			return Service{Stop: cancel}, nil
		}},
		// The simulated devices and the simulated researcher who buys.
		"demo": {Deps: []string{"seed", "ingest", "settle"}, Start: func(context.Context) (Service, error) {
			devices, err := fleet.Open(fleet.Config{Dir: cfg.Path("fleet"), Gateway: "http://" + p.gw.Addr, Backfill: cfg.Backfill, DetailFor: cfg.SimDetail,
				Speed: cfg.SimSpeed, MaxFrames: simBatchFrames})
			if err != nil {
				return Service{}, err
			}
			p.devices = devices
			return Service{Run: func(ctx context.Context) error {
				bought := make(chan struct{})
				go func() { defer close(bought); demo.Buyer(ctx, p.store, cfg.FeeBps, cfg.DemoSaleEvery) }()
				devices.Run(ctx)
				<-bought
				return nil
			}}, nil
		}},
		// rhd dev's banner, milestones and live line.
		"console": {Deps: []string{"demo", "admin", "stream"}, Start: func(context.Context) (Service, error) {
			out := cfg.Out
			if out == nil {
				out = io.Discard
			}
			p.banner(out)
			return Service{Run: func(ctx context.Context) error {
				go demo.WatchMilestones(ctx, out, p.store, p.devices, p.started)
				demo.LiveLine(ctx, out, p.src, p.devices)
				fmt.Fprintln(out, "\nstopping: devices, gateway, stream (draining), stores")
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

// simBatchFrames is how many minutes a simulated device sends per batch while
// catching up on history (live, it sends each minute as it ends).
const simBatchFrames = 60

// banner tells what rhd dev runs and where.
func (p *process) banner(out io.Writer) {
	cfg := p.cfg
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
`, cfg.DataDir, p.kafkaDesc, p.store.Backend()+" "+cfg.LedgerDesc(), p.wh.Backend(), p.portalURL, p.gw.Addr, p.adminAddr, admin.TokenSource(cfg.DataDir, cfg.AdminToken), p.devices.Len(), cfg.Backfill, cfg.SimDetail, cfg.SimSpeed,
		cfg.K, cfg.CohortInterval, cfg.CohortStep, cfg.ChainDesc(), p.settler.Chain.Addresses.Distributor.Hex(), cfg.SettleEvery, cfg.DemoSaleEvery)
}
