package main

import (
	"context"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/app"
	"rhd.dev/ingest"
	"rhd.dev/ledger"
	"rhd.dev/settle"
	"rhd.dev/stream"
	"rhd.dev/warehouse"
)

// The components as the end-to-end tests hold them: app's services with
// the parts the tests reach into.

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
	s, err := app.StartIngest(ctx, &cfg.Config, store, reg, addr, extra)
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
	s, err := app.StartStream(ctx, &cfg.Config, store, wh, reg, workers)
	if err != nil {
		return nil, err
	}
	return &streamService{s, s.Metrics, s.Errs}, nil
}

func startPortal(ctx context.Context, cfg *config, store *ledger.Store, settler *settle.Settler, wh warehouse.Warehouse, cl *kgo.Client, reg prometheus.Registerer, health func(context.Context) map[string]any) (string, error) {
	return app.StartPortal(ctx, &cfg.Config, store, settler, wh, cl, reg, health)
}
