// Package stream turns the frames topic into warehouse rows: consumer-group
// workers check that each record is a batch the platform accepted, decode and
// validate it, replace identities with pseudonyms, build per-minute rollups,
// write to the warehouse in batches and commit offsets only after the write.
// Records that cannot be stored go to a dead-letter topic with the reason, so
// one bad record never blocks a partition.
package stream

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/firmware/frame"
	"rhd.dev/ingest/recordauth"
	"rhd.dev/kafka"
	"rhd.dev/stream/pseudo"
	"rhd.dev/warehouse"
)

// Group is the stream workers' consumer group.
const Group = "rhd-stream"

// Config configures a Worker.
type Config struct {
	Brokers   []string
	Topic     string // default kafka.FramesTopic
	DLQTopic  string // default kafka.FramesDLQTopic
	Group     string // default Group
	Warehouse warehouse.Warehouse
	Devices   *pseudo.Directory
	// RecordKey checks that a record is a batch the gateway or the upload
	// path accepted (ingest/recordauth); anything else is dead-lettered.
	RecordKey *recordauth.Key
	Metrics   *Metrics // default: unregistered metrics
	Logger    *slog.Logger
	// MaxPollRecords bounds one warehouse write; default 2000 records.
	MaxPollRecords int
	// AfterWrite, if set, runs after a warehouse write and before the offset
	// commit. Crash tests use it to kill the process at that exact point.
	AfterWrite func()
	// KafkaOpts are extra franz-go options (TLS, SASL, tuning).
	KafkaOpts []kgo.Opt
}

// Worker is one member of the stream consumer group.
type Worker struct {
	cfg     Config
	cl      *kgo.Client
	write   warehouse.Write
	newest  []int64 // newest sample time of each batch in write
	rollups rollupBuf
	dlq     []*kgo.Record
	forged  int // records of dlq that the platform did not accept
}

// NewWorker connects to Kafka and joins the consumer group.
func NewWorker(cfg Config) (*Worker, error) {
	if cfg.Topic == "" {
		cfg.Topic = kafka.FramesTopic
	}
	if cfg.DLQTopic == "" {
		cfg.DLQTopic = kafka.FramesDLQTopic
	}
	if cfg.Group == "" {
		cfg.Group = Group
	}
	if cfg.MaxPollRecords <= 0 {
		cfg.MaxPollRecords = 2000
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Metrics == nil {
		cfg.Metrics = NewMetrics(nil)
	}
	if cfg.Warehouse == nil || cfg.Devices == nil || cfg.RecordKey == nil || len(cfg.Brokers) == 0 {
		return nil, errors.New("stream: brokers, warehouse, device directory and record key are required")
	}
	opts := append([]kgo.Opt{
		kgo.SeedBrokers(cfg.Brokers...),
		kgo.ConsumerGroup(cfg.Group),
		kgo.ConsumeTopics(cfg.Topic),
		kgo.DisableAutoCommit(),
		// Partitions are not taken away between a poll and its commit, so a
		// write is always committed by the worker that made it.
		kgo.BlockRebalanceOnPoll(),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
		kgo.FetchMaxBytes(64 << 20),
		kgo.FetchMaxWait(200 * time.Millisecond),
		kgo.DefaultProduceTopic(cfg.DLQTopic),
		// A dead letter carries its record whole, up to a 1 MiB batch plus
		// headers; franz-go's default (just under 1 MB) would refuse it and
		// stop the partition. The dead-letter topic accepts as much as the
		// frames topic (rhd creates both with ingest.TopicConfigs).
		kgo.ProducerBatchMaxBytes(2 * frame.MaxBatchSize),
		kgo.RequiredAcks(kgo.AllISRAcks()),
	}, cfg.KafkaOpts...)
	cl, err := kgo.NewClient(opts...)
	if err != nil {
		return nil, fmt.Errorf("stream: kafka client: %w", err)
	}
	return &Worker{cfg: cfg, cl: cl}, nil
}

// Run consumes until ctx is done. It returns nil on cancellation.
func (w *Worker) Run(ctx context.Context) error {
	defer func() {
		// With BlockRebalanceOnPoll, leaving the group waits for this.
		w.cl.AllowRebalance()
		w.cl.Close()
	}()
	for {
		fetches := w.cl.PollRecords(ctx, w.cfg.MaxPollRecords)
		if ctx.Err() != nil {
			return nil
		}
		if errs := fetches.Errors(); len(errs) > 0 {
			for _, e := range errs {
				w.cfg.Logger.Warn("stream: fetch error", "topic", e.Topic, "partition", e.Partition, "err", e.Err)
			}
		}
		recs := fetches.Records()
		if len(recs) == 0 {
			w.cl.AllowRebalance()
			continue
		}
		recs = w.topUp(ctx, recs)
		if err := w.handle(ctx, recs); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		w.cl.AllowRebalance()
	}
}

// topUpWait bounds how long a small poll waits for more records.
const topUpWait = 50 * time.Millisecond

// topUp polls again, for at most topUpWait, while recs fill less than half
// a write: a warehouse write has a fixed cost, so under load a few more
// records per write are worth a few milliseconds (small fetches from many
// producers otherwise make many small writes).
func (w *Worker) topUp(ctx context.Context, recs []*kgo.Record) []*kgo.Record {
	deadline := time.Now().Add(topUpWait)
	for len(recs) < w.cfg.MaxPollRecords/2 && time.Now().Before(deadline) {
		pctx, cancel := context.WithDeadline(ctx, deadline)
		more := w.cl.PollRecords(pctx, w.cfg.MaxPollRecords-len(recs))
		cancel()
		recs = append(recs, more.Records()...)
	}
	return recs
}

// handle stores one poll's records and commits their offsets. It retries the
// warehouse until it succeeds or ctx ends: skipping would lose data.
func (w *Worker) handle(ctx context.Context, recs []*kgo.Record) error {
	w.build(ctx, recs)
	// Dead letters go out while the good records are written (bad input
	// must not slow the good path) and are durable before any offset is
	// committed.
	dlqDone := make(chan error, 1)
	if len(w.dlq) > 0 {
		go func() { dlqDone <- w.cl.ProduceSync(ctx, w.dlq...).FirstErr() }()
	} else {
		dlqDone <- nil
	}
	if err := w.store(ctx); err != nil {
		<-dlqDone
		return err
	}
	if err := <-dlqDone; err != nil {
		return fmt.Errorf("stream: producing dead letters: %w", err)
	}
	w.cfg.Metrics.DeadLetters.Add(float64(len(w.dlq)))
	w.cfg.Metrics.Unauthenticated.Add(float64(w.forged))
	if w.cfg.AfterWrite != nil {
		w.cfg.AfterWrite()
	}
	now := time.Now().UnixMilli()
	for _, ms := range w.newest {
		w.cfg.Metrics.SampleAge.Observe(float64(now-ms) / 1000)
	}
	if err := w.cl.CommitRecords(ctx, recs...); err != nil {
		// Not fatal: the records come again and the warehouse skips them.
		w.cfg.Logger.Warn("stream: offset commit failed", "err", err)
	}
	w.cfg.Metrics.RecordsConsumed.Add(float64(len(recs)))
	return nil
}

// store writes w.write to the warehouse, retrying until it succeeds or ctx
// ends: skipping would lose data.
func (w *Worker) store(ctx context.Context) error {
	backoff := 100 * time.Millisecond
	for {
		start := time.Now()
		n, err := w.cfg.Warehouse.Write(ctx, &w.write)
		if err == nil {
			m := w.cfg.Metrics
			m.WriteSeconds.Observe(time.Since(start).Seconds())
			m.InsertBatchRows.Observe(float64(w.write.Readings.Len()))
			m.BatchesWritten.Add(float64(n))
			m.BatchesDuplicate.Add(float64(len(w.write.Batches) - n))
			if n == len(w.write.Batches) {
				m.SamplesWritten.Add(float64(w.write.Readings.Len()))
			}
			break
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		w.cfg.Metrics.WriteErrors.Inc()
		w.cfg.Logger.Error("stream: warehouse write failed, retrying", "err", err, "in", backoff)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 10*time.Second)
	}
	return nil
}

// build decodes recs into w.write and w.dlq.
func (w *Worker) build(ctx context.Context, recs []*kgo.Record) {
	w.write.Reset()
	w.newest = w.newest[:0]
	w.dlq, w.forged = w.dlq[:0], 0
	seen := make(map[[2]uint64]struct{}, len(recs))
	for _, r := range recs {
		b, dev, accepted, err := w.check(ctx, r)
		if err != nil {
			if errors.Is(err, recordauth.ErrUnauthenticated) {
				w.forged++
			}
			w.dlq = append(w.dlq, deadLetter(r, err))
			continue
		}
		key := [2]uint64{dev.Source, b.Seq()}
		if _, dup := seen[key]; dup {
			w.cfg.Metrics.BatchesDuplicate.Inc() // redelivered within this poll
			continue
		}
		seen[key] = struct{}{}
		w.newest = append(w.newest, w.rollups.appendBatch(&w.write, b, dev, accepted.UnixMilli()))
	}
}

// check authenticates, decodes and validates one record and returns when it
// was accepted. Anyone who can reach the brokers can write to the topic, so
// only records tagged by the gateway (which checked the device's signature,
// that it is paired and not removed, and its sequence) or by the upload path
// are stored; the tag, not the device's key or state now, decides, so a batch
// accepted before its device was removed or re-keyed still lands. Structure
// and ranges are checked again, against the time of acceptance.
func (w *Worker) check(ctx context.Context, r *kgo.Record) (frame.Batch, pseudo.Device, time.Time, error) {
	accepted, err := w.cfg.RecordKey.Open(r)
	if err != nil {
		return frame.Batch{}, pseudo.Device{}, accepted, err
	}
	b, err := frame.Parse(r.Value)
	if err != nil {
		return b, pseudo.Device{}, accepted, err
	}
	if string(r.Key) != b.Device().String() {
		return b, pseudo.Device{}, accepted, fmt.Errorf("record key %q does not match the batch's device %s", r.Key, b.Device())
	}
	lo, hi := frame.AcceptWindow(accepted.UnixMilli())
	if err := b.Validate(lo, hi); err != nil {
		return b, pseudo.Device{}, accepted, err
	}
	dev, err := w.device(ctx, b.Device().String())
	if err != nil {
		return b, dev, accepted, fmt.Errorf("device %s: %w", b.Device(), err)
	}
	return b, dev, accepted, nil
}

// device looks a device up, retrying while the ledger fails for any reason
// but not knowing the device, until ctx ends: a batch the platform accepted
// must not be set aside because the ledger was briefly unreachable.
func (w *Worker) device(ctx context.Context, id string) (pseudo.Device, error) {
	backoff := 100 * time.Millisecond
	for {
		dev, err := w.cfg.Devices.Device(ctx, id)
		if err == nil || errors.Is(err, pseudo.ErrUnknownDevice) || ctx.Err() != nil {
			return dev, err
		}
		w.cfg.Logger.Error("stream: device lookup failed, retrying", "device", id, "err", err, "in", backoff)
		select {
		case <-ctx.Done():
			return dev, ctx.Err()
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 10*time.Second)
	}
}

// deadLetter wraps a record that cannot be stored, keeping its bytes, why,
// and its acceptance tag if it had one, so that a record set aside for a
// passing reason can be put back on the frames topic as it was.
func deadLetter(r *kgo.Record, reason error) *kgo.Record {
	d := &kgo.Record{
		Key:   r.Key,
		Value: r.Value,
		Headers: []kgo.RecordHeader{
			{Key: "reason", Value: []byte(reason.Error())},
			{Key: "source.topic", Value: []byte(r.Topic)},
			{Key: "source.partition", Value: []byte(strconv.Itoa(int(r.Partition)))},
			{Key: "source.offset", Value: []byte(strconv.FormatInt(r.Offset, 10))},
		},
	}
	for _, h := range r.Headers {
		if h.Key == recordauth.Header {
			d.Headers = append(d.Headers, h)
		}
	}
	return d
}
