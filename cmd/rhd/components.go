package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/twmb/franz-go/pkg/kadm"
	"golang.org/x/net/netutil"

	"rhd.dev/ingest"
	"rhd.dev/kafka"
	"rhd.dev/ledger"
	"rhd.dev/stream"
	"rhd.dev/stream/pseudo"
	"rhd.dev/warehouse"
)

func newRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

func openLedger(ctx context.Context, cfg *config) (*ledger.Store, error) {
	s, err := ledger.Open(ctx, cfg.ledgerDSN())
	if err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	return s, nil
}

func openWarehouse(ctx context.Context, cfg *config) (warehouse.Warehouse, error) {
	if cfg.ClickHouseDSN != "" {
		return warehouse.OpenClickHouse(ctx, cfg.ClickHouseDSN)
	}
	// DuckDB would otherwise cache up to 80% of the machine's memory.
	w, err := warehouse.OpenDuckDB(ctx, cfg.path("warehouse.duckdb")+"?memory_limit="+url.QueryEscape(cfg.DuckDBMemory))
	if err != nil {
		return nil, fmt.Errorf("%w (DuckDB files belong to one process: is another rhd running on %s?)", err, cfg.DataDir)
	}
	return w, nil
}

// ingestService is a running device gateway.
type ingestService struct {
	gw     *ingest.Gateway
	srv    *http.Server
	addr   string
	cancel context.CancelFunc // stops the progress saver
	done   chan struct{}
}

// startIngest serves the gateway on addr; extra handlers (e.g. /metrics) are
// mounted beside it.
func startIngest(ctx context.Context, cfg *config, store *ledger.Store, reg prometheus.Registerer, addr string, extra map[string]http.Handler) (*ingestService, error) {
	rkey, err := recordKey(ctx, store)
	if err != nil {
		return nil, err
	}
	kopts, err := cfg.kafkaOpts("gateway", reg)
	if err != nil {
		return nil, err
	}
	gw, err := ingest.NewGateway(ingest.Config{
		Brokers:   cfg.brokers(),
		KafkaOpts: kopts,
		Registry:  ingest.LedgerRegistry{Store: store},
		RecordKey: rkey,
		Metrics:   ingest.NewMetrics(reg),
		// rhd bench's devices repeat minutes; real ones do not.
		RepeatedMinutes: cfg.benchLoad,
	})
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/", gw)
	for p, h := range extra {
		mux.Handle(p, h)
	}
	srv, ln, err := listenHTTP(addr, mux, cfg.ingestHTTP)
	if err != nil {
		gw.Close()
		return nil, fmt.Errorf("ingest: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	s := &ingestService{gw: gw, srv: srv, addr: ln.Addr().String(), cancel: cancel, done: make(chan struct{})}
	go s.srv.Serve(ln)
	go func() {
		defer close(s.done)
		gw.Run(ctx, cfg.progressEvery)
	}()
	return s, nil
}

// stop stops accepting requests, waits for in-flight ones (their batches are
// acknowledged by the broker or refused) and saves device progress.
func (s *ingestService) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s.srv.Shutdown(ctx)
	s.cancel()
	<-s.done // the saver's last save
	s.gw.Close()
}

// streamService is a set of running stream workers.
type streamService struct {
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	metrics *stream.Metrics
	errs    chan error
}

func startStream(ctx context.Context, cfg *config, store *ledger.Store, wh warehouse.Warehouse, reg prometheus.Registerer, workers int) (*streamService, error) {
	pepper, err := store.Pepper(ctx)
	if err != nil {
		return nil, err
	}
	dir, err := pseudo.NewDirectory(pepper, pseudo.FromLedger(store))
	if err != nil {
		return nil, err
	}
	rkey, err := recordKey(ctx, store)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	s := &streamService{cancel: cancel, metrics: stream.NewMetrics(reg), errs: make(chan error, workers)}
	for i := range max(workers, 1) {
		kopts, err := cfg.kafkaOpts("stream-"+strconv.Itoa(i), reg)
		if err != nil {
			cancel()
			s.wg.Wait()
			return nil, err
		}
		w, err := stream.NewWorker(stream.Config{Brokers: cfg.brokers(), KafkaOpts: kopts, Warehouse: wh, Devices: dir, RecordKey: rkey, Metrics: s.metrics,
			Logger: slog.Default().With("worker", i)})
		if err != nil {
			cancel()
			s.wg.Wait()
			return nil, err
		}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			if err := w.Run(ctx); err != nil {
				slog.Error("stream: worker stopped", "worker", i, "err", err)
				s.errs <- err
			}
		}()
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		s.watchLag(ctx, cfg)
	}()
	return s, nil
}

// watchLag keeps the consumer-lag gauge current.
func (s *streamService) watchLag(ctx context.Context, cfg *config) {
	cl, err := kafka.NewClient(cfg.kafka(), "")
	if err != nil {
		return
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		lctx, cancel := context.WithTimeout(ctx, 3*time.Second)
		if lag, err := consumerLag(lctx, adm); err == nil {
			s.metrics.ConsumerLag.Set(float64(lag))
		}
		cancel()
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (s *streamService) stop() {
	s.cancel()
	s.wg.Wait()
}

// metricsHandler serves the registry in Prometheus's text format.
func metricsHandler(reg *prometheus.Registry) http.Handler {
	return promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg})
}

// httpLimits bound what one client can hold on a server: a request must
// arrive within ReadHeader (headers) and Read (headers and body), its answer
// leave within Write, an idle keep-alive connection closes after Idle, and
// at most MaxConns connections are open at once (more wait in the kernel's
// accept queue until one closes).
type httpLimits struct {
	ReadHeader, Read, Write, Idle time.Duration
	MaxConns                      int
}

var (
	// ingestLimits: a device batch is at most 1 MiB (20 s: at least ~50 kB/s);
	// the answer waits for the broker's acknowledgement; live devices post
	// about once a minute, so keep-alive outlasts that.
	ingestLimits = httpLimits{ReadHeader: 5 * time.Second, Read: 20 * time.Second, Write: 30 * time.Second, Idle: 90 * time.Second, MaxConns: 4096}
	// adminLimits: the admin API and /metrics, /healthz are asked by the CLI
	// and scrapers; bundle downloads extend their own write deadline (see
	// streamingWrites).
	adminLimits = httpLimits{ReadHeader: 5 * time.Second, Read: 10 * time.Second, Write: 30 * time.Second, Idle: 60 * time.Second, MaxConns: 64}
)

// listenHTTP listens on addr and returns a server for h with limits applied.
func listenHTTP(addr string, h http.Handler, l httpLimits) (*http.Server, net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, nil, err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: l.ReadHeader, ReadTimeout: l.Read, WriteTimeout: l.Write, IdleTimeout: l.Idle,
		MaxHeaderBytes: 64 << 10}
	return srv, netutil.LimitListener(ln, l.MaxConns), nil
}

// serve runs an HTTP server on addr until ctx ends.
func serve(ctx context.Context, addr string, h http.Handler, l httpLimits) (string, error) {
	srv, ln, err := listenHTTP(addr, h, l)
	if err != nil {
		return "", err
	}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			slog.Error("http server stopped", "addr", addr, "err", err)
		}
	}()
	return ln.Addr().String(), nil
}
