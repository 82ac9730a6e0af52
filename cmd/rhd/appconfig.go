package main

import (
	"context"
	"io"
	"net"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/app"
	"rhd.dev/cohorter"
	"rhd.dev/ingest"
	"rhd.dev/ingest/recordauth"
	"rhd.dev/kafka"
	"rhd.dev/ledger"
	"rhd.dev/settle"
	"rhd.dev/settle/wallet"
	"rhd.dev/stream"
	"rhd.dev/warehouse"
)

// runTargets runs targets (and what they need) on cfg; set, when given,
// adjusts the app config first (ops address, console).
func runTargets(ctx context.Context, cfg *config, set func(*app.Config), targets ...string) error {
	ac := cfg.app()
	if set != nil {
		set(ac)
	}
	return app.Run(ctx, ac, targets...)
}

// The components' start functions under the names the CLI and the
// end-to-end tests use.

type httpLimits = app.HTTPLimits

var ingestLimits, adminLimits = app.IngestLimits, app.AdminLimits

func (c *config) kafka() kafka.Config { return c.app().Kafka() }

func (c *config) kafkaOpts(role string, reg prometheus.Registerer) ([]kgo.Opt, error) {
	return c.app().KafkaOpts(role, reg)
}

func (c *config) policy() cohorter.Policy { return c.app().Policy() }

func newRegistry() *prometheus.Registry { return app.NewRegistry() }

func openLedger(ctx context.Context, cfg *config) (*ledger.Store, error) {
	return app.OpenLedger(ctx, cfg.app())
}

func openWarehouse(ctx context.Context, cfg *config) (warehouse.Warehouse, error) {
	return app.OpenWarehouse(ctx, cfg.app())
}

func openKeyring(cfg *config) (*wallet.Keyring, error) { return app.OpenKeyring(cfg.app()) }

func openChain(ctx context.Context, cfg *config) (*settle.Chain, func(), error) {
	return app.OpenChain(ctx, cfg.app())
}

func startEmbeddedKafka(cfg *config) (*kfake.Cluster, error) {
	ac := cfg.app()
	c, err := app.StartEmbeddedKafka(ac)
	cfg.KafkaAddr = ac.KafkaAddr // with port 0 the cluster picked one
	return c, err
}

func ensureTopics(ctx context.Context, cfg *config) error { return app.EnsureTopics(ctx, cfg.app()) }

func consumerLag(ctx context.Context, adm *kadm.Client) (int64, error) {
	return app.ConsumerLag(ctx, adm)
}

func startMQTT(cfg *config, gw *ingest.Gateway) (func(), error) {
	ac := cfg.app()
	stop, err := app.StartMQTT(ac, gw)
	cfg.MQTTAddr = ac.MQTTAddr // with port 0 the broker picked one
	return stop, err
}

func recordKey(ctx context.Context, store *ledger.Store) (*recordauth.Key, error) {
	return app.RecordKey(ctx, store)
}

func uploadFrames(cl *kgo.Client, key *recordauth.Key) func(ctx context.Context, device, batch []byte) error {
	return app.UploadFrames(cl, key)
}

func metricsHandler(reg *prometheus.Registry) http.Handler { return app.MetricsHandler(reg) }

func listenHTTP(addr string, h http.Handler, l httpLimits) (*http.Server, net.Listener, error) {
	return app.ListenHTTP(addr, h, l)
}

func serve(ctx context.Context, addr string, h http.Handler, l httpLimits) (string, error) {
	return app.Serve(ctx, addr, h, l)
}

// ingestService is a running gateway (app.IngestService).
type ingestService struct {
	*app.IngestService
	gw   *ingest.Gateway
	addr string
	srv  aborter // Close: a crash
}

type aborter struct{ s *app.IngestService }

func (a aborter) Close() error { return a.s.Abort() }

func (s *ingestService) stop() { s.Stop() }

func startIngest(ctx context.Context, cfg *config, store *ledger.Store, reg prometheus.Registerer, addr string, extra map[string]http.Handler) (*ingestService, error) {
	s, err := app.StartIngest(ctx, cfg.app(), store, reg, addr, extra)
	if err != nil {
		return nil, err
	}
	return &ingestService{s, s.Gateway, s.Addr, aborter{s}}, nil
}

// streamService is running stream workers (app.StreamService).
type streamService struct {
	*app.StreamService
	metrics *stream.Metrics
	errs    chan error
}

func (s *streamService) stop() { s.Stop() }

func startStream(ctx context.Context, cfg *config, store *ledger.Store, wh warehouse.Warehouse, reg prometheus.Registerer, workers int) (*streamService, error) {
	s, err := app.StartStream(ctx, cfg.app(), store, wh, reg, workers)
	if err != nil {
		return nil, err
	}
	return &streamService{s, s.Metrics, s.Errs}, nil
}

func startPortal(ctx context.Context, cfg *config, store *ledger.Store, settler *settle.Settler, wh warehouse.Warehouse, cl *kgo.Client, reg prometheus.Registerer, health func(context.Context) map[string]any) (string, error) {
	return app.StartPortal(ctx, cfg.app(), store, settler, wh, cl, reg, health)
}

// runDev runs every module (app.DevTargets) until ctx ends or one fails.
func runDev(ctx context.Context, cfg *config, out io.Writer) error {
	cfg.DevMode = true
	return runTargets(ctx, cfg, func(c *app.Config) { c.Out = out }, app.DevTargets...)
}
