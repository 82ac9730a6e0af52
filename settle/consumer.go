package settle

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/kafka"
	"rhd.dev/ledger"
)

// SalesGroup is settlement's consumer group on the sales topic.
const SalesGroup = "rhd-settle"

// Metrics are settlement's Prometheus metrics.
type Metrics struct {
	// SalesRejected counts sale messages dead-lettered, by reason: "malformed"
	// (not exactly an announcement as Publish writes it), "unknown" (no paid
	// order in the ledger), "invalid" (the order cannot be paid as it
	// stands). No paid order stands behind any of them: alert on every one.
	SalesRejected *prometheus.CounterVec
	// OutboxAge is how long the oldest open payout epoch's current
	// transaction has waited since it was signed (0 when none is open).
	OutboxAge prometheus.Gauge
	// OpenEpochs is how many payout epochs are not yet confirmed.
	OpenEpochs prometheus.Gauge
	// FeeBumps counts payout transactions re-signed with higher fees.
	FeeBumps prometheus.Counter
	// Resigned counts payout transactions signed again under a new nonce, by why.
	Resigned *prometheus.CounterVec
	// Reorgs counts confirmed epochs found dropped from the chain.
	Reorgs prometheus.Counter
}

// count applies f to the metrics, if there are any.
func (s *Settler) count(f func(*Metrics)) {
	if s.Metrics != nil {
		f(s.Metrics)
	}
}

// observeOutbox sets the outbox gauges from the open epochs.
func (s *Settler) observeOutbox(open []ledger.Epoch) {
	s.count(func(m *Metrics) {
		m.OpenEpochs.Set(float64(len(open)))
		age := 0.0
		if len(open) > 0 && !open[0].SignedAt.IsZero() {
			age = time.Since(open[0].SignedAt).Seconds()
		}
		m.OutboxAge.Set(age)
	})
}

// NewMetrics registers settlement's metrics on reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{SalesRejected: prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "rhd_settle_sales_rejected_total",
		Help: "Sale messages sent to the dead-letter topic because no paid order in the ledger matches them, by reason.",
	}, []string{"reason"})}
	for _, r := range []string{"malformed", "unknown", "invalid"} {
		m.SalesRejected.WithLabelValues(r) // present at 0, so alerts see a series
	}
	m.OutboxAge = prometheus.NewGauge(prometheus.GaugeOpts{Name: "rhd_settle_outbox_age_seconds",
		Help: "How long the oldest open payout epoch's transaction has waited since it was signed; 0 when none is open."})
	m.OpenEpochs = prometheus.NewGauge(prometheus.GaugeOpts{Name: "rhd_settle_open_epochs", Help: "Payout epochs not yet confirmed on chain."})
	m.FeeBumps = prometheus.NewCounter(prometheus.CounterOpts{Name: "rhd_settle_fee_bumps_total", Help: "Payout transactions re-signed with higher fees because they were stuck."})
	m.Resigned = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "rhd_settle_resigned_total",
		Help: "Payout transactions signed again under a new nonce, by why (nonce taken by another transaction, reverted)."}, []string{"why"})
	m.Reorgs = prometheus.NewCounter(prometheus.CounterOpts{Name: "rhd_settle_reorgs_total", Help: "Times confirmed payout epochs were found dropped from the chain."})
	reg.MustRegister(m.SalesRejected, m.OutboxAge, m.OpenEpochs, m.FeeBumps, m.Resigned, m.Reorgs)
	return m
}

// Publish announces the sale of a paid order on the sales topic, keyed by
// its id, and returns once the broker has it.
func Publish(ctx context.Context, cl *kgo.Client, orderID string) error {
	v, err := json.Marshal(Sale{ID: orderID})
	if err != nil {
		return err
	}
	return cl.ProduceSync(ctx, &kgo.Record{Topic: kafka.SalesTopic, Key: []byte(orderID), Value: v}).FirstErr()
}

// decodeSale reads an announcement: exactly the JSON Publish writes, keyed
// by its sale id. Anything more (a price, a snapshot, …) is a message no
// announcer wrote.
func decodeSale(r *kgo.Record) (string, error) {
	dec := json.NewDecoder(bytes.NewReader(r.Value))
	dec.DisallowUnknownFields()
	var sale Sale
	if err := dec.Decode(&sale); err != nil {
		return "", fmt.Errorf("%w: %v", errMalformed, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return "", fmt.Errorf("%w: data after the announcement", errMalformed)
	}
	if sale.ID == "" || string(r.Key) != sale.ID {
		return "", fmt.Errorf("%w: sale id %q under key %q", errMalformed, sale.ID, r.Key)
	}
	return sale.ID, nil
}

// Consume processes sales from the topic until ctx ends, committing offsets
// after each poll is recorded in the ledger. A message that no paid order
// stands behind goes to the dead-letter topic and counts in
// rhd_settle_sales_rejected_total; a ledger outage is retried, never skipped.
func (s *Settler) Consume(ctx context.Context, brokers []string, opts ...kgo.Opt) error {
	cl, err := kgo.NewClient(append([]kgo.Opt{
		kgo.SeedBrokers(brokers...), kgo.ConsumerGroup(SalesGroup), kgo.ConsumeTopics(kafka.SalesTopic),
		kgo.DisableAutoCommit(), kgo.BlockRebalanceOnPoll(), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
	}, opts...)...)
	if err != nil {
		return err
	}
	defer func() { cl.AllowRebalance(); cl.Close() }()
	for {
		fs := cl.PollRecords(ctx, 500)
		if ctx.Err() != nil {
			return nil
		}
		for _, r := range fs.Records() {
			if err := s.consumeOne(ctx, cl, r); err != nil {
				return err
			}
		}
		if err := cl.CommitUncommittedOffsets(ctx); err != nil && ctx.Err() == nil {
			s.log().Warn("settle: offset commit failed", "err", err)
		}
		cl.AllowRebalance()
	}
}

func (s *Settler) consumeOne(ctx context.Context, cl *kgo.Client, r *kgo.Record) error {
	id, err := decodeSale(r)
	if err == nil {
		backoff := 100 * time.Millisecond
		for {
			_, err = s.Process(ctx, id)
			if err == nil || permanent(err) || ctx.Err() != nil {
				break
			}
			s.log().Error("settle: processing sale failed, retrying", "sale", id, "err", err)
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(backoff):
			}
			backoff = min(2*backoff, 10*time.Second)
		}
	}
	if err == nil || ctx.Err() != nil {
		return nil
	}
	reason := "invalid"
	switch {
	case errors.Is(err, errMalformed):
		reason = "malformed"
	case errors.Is(err, ledger.ErrNotFound):
		reason = "unknown"
	}
	s.log().Error("settle: sale rejected and dead-lettered", "key", string(r.Key), "reason", reason, "err", err)
	dl := &kgo.Record{Topic: kafka.SalesDLQTopic, Key: r.Key, Value: r.Value, Headers: []kgo.RecordHeader{{Key: "reason", Value: []byte(err.Error())}}}
	if err := cl.ProduceSync(ctx, dl).FirstErr(); err != nil {
		return fmt.Errorf("settle: dead-lettering a sale: %w", err)
	}
	if s.Metrics != nil {
		s.Metrics.SalesRejected.WithLabelValues(reason).Inc()
	}
	return nil
}

// permanent reports errors that retrying cannot fix.
func permanent(err error) bool {
	return errors.Is(err, errMalformed) || errors.Is(err, ledger.ErrNotFound) || errors.Is(err, errInvalidSale) ||
		errors.Is(err, ledger.ErrUnbalanced) || errors.Is(err, ledger.ErrLinesMismatch)
}

var (
	errMalformed   = errors.New("settle: not a sale announcement")
	errInvalidSale = errors.New("settle: the order cannot be paid")
)
