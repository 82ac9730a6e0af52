package settle

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/ledger"
)

// Topics and group of the sales flow.
const (
	SalesTopic    = "rhd.sales.v1"
	SalesDLQTopic = "rhd.sales.dlq.v1"
	SalesGroup    = "rhd-settle"
)

// Publish announces a sale on the sales topic (the portal's side), keyed by
// sale id, and returns once the broker has it.
func Publish(ctx context.Context, cl *kgo.Client, sale Sale) error {
	v, err := json.Marshal(sale)
	if err != nil {
		return err
	}
	return cl.ProduceSync(ctx, &kgo.Record{Topic: SalesTopic, Key: []byte(sale.ID), Value: v}).FirstErr()
}

// Consume processes sales from the topic until ctx ends, committing offsets
// after each poll is recorded in the ledger. A sale that can never be
// processed (malformed, unknown snapshot) goes to the dead-letter topic; a
// ledger outage is retried, never skipped.
func (s *Settler) Consume(ctx context.Context, brokers []string, opts ...kgo.Opt) error {
	cl, err := kgo.NewClient(append([]kgo.Opt{
		kgo.SeedBrokers(brokers...), kgo.ConsumerGroup(SalesGroup), kgo.ConsumeTopics(SalesTopic),
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
	var sale Sale
	err := json.Unmarshal(r.Value, &sale)
	if err == nil {
		backoff := 100 * time.Millisecond
		for {
			_, err = s.Process(ctx, sale)
			if err == nil || permanent(err) || ctx.Err() != nil {
				break
			}
			s.log().Error("settle: processing sale failed, retrying", "sale", sale.ID, "err", err)
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
	s.log().Error("settle: sale dead-lettered", "key", string(r.Key), "err", err)
	dl := &kgo.Record{Topic: SalesDLQTopic, Key: r.Key, Value: r.Value, Headers: []kgo.RecordHeader{{Key: "reason", Value: []byte(err.Error())}}}
	if err := cl.ProduceSync(ctx, dl).FirstErr(); err != nil {
		return fmt.Errorf("settle: dead-lettering a sale: %w", err)
	}
	return nil
}

// permanent reports errors that retrying cannot fix.
func permanent(err error) bool {
	var syntax *json.SyntaxError
	return errors.Is(err, ledger.ErrNotFound) || errors.Is(err, ledger.ErrUnbalanced) || errors.As(err, &syntax) ||
		errors.Is(err, errInvalidSale)
}

var errInvalidSale = errors.New("settle: invalid sale")
