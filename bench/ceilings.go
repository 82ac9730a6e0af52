package bench

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/firmware/frame"
	"rhd.dev/ingest"
	"rhd.dev/kafka"
	"rhd.dev/stream"
	"rhd.dev/stream/pseudo"
	"rhd.dev/warehouse"
)

// KafkaCeiling is the Kafka hop's ceiling: a raw franz-go producer (the
// gateway's settings: all-ISR acks, lz4) writes the given values in turn
// (real, distinct batches: identical ones would compress unrealistically
// well) to a fresh topic of the given partitions as fast as it can while a
// consumer in the same process reads them back. It returns records per
// second consumed over d.
func KafkaCeiling(ctx context.Context, brokers []string, partitions int32, values [][]byte, d time.Duration) (float64, error) {
	topic, drop, err := TempTopic(ctx, brokers, "ceiling", partitions)
	if err != nil {
		return 0, err
	}
	defer drop()
	// Round robin: one producer goroutine, so keys would pin one partition.
	prod, err := kgo.NewClient(append(ingest.ProducerOpts(brokers, topic), kgo.RecordPartitioner(kgo.RoundRobinPartitioner()))...)
	if err != nil {
		return 0, err
	}
	defer prod.Close()
	cons, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.ConsumeTopics(topic), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
		kgo.FetchMaxBytes(64<<20))
	if err != nil {
		return 0, err
	}
	defer cons.Close()

	runCtx, stop := context.WithTimeout(ctx, d)
	defer stop()
	go func() {
		for i := 0; runCtx.Err() == nil; i++ {
			prod.Produce(runCtx, &kgo.Record{Value: values[i%len(values)]}, nil) // blocks while the buffer is full
		}
	}()
	var consumed int64
	start := time.Now()
	for runCtx.Err() == nil {
		f := cons.PollFetches(runCtx)
		consumed += int64(f.NumRecords())
	}
	return float64(consumed) / time.Since(start).Seconds(), ctx.Err()
}

// AckedProducerCeiling is the raw franz-go producer used the way the
// gateway must use it: one sender per value (the same concurrency as the
// devices), each waiting for the broker's acknowledgement of its record
// before sending the next. It returns records per second over d: the
// figure the gateway, which answers a device only after the ack, is held to.
func AckedProducerCeiling(ctx context.Context, brokers []string, partitions int32, values [][]byte, d time.Duration) (float64, error) {
	topic, drop, err := TempTopic(ctx, brokers, "acked", partitions)
	if err != nil {
		return 0, err
	}
	defer drop()
	cl, err := kgo.NewClient(ingest.ProducerOpts(brokers, topic)...)
	if err != nil {
		return 0, err
	}
	defer cl.Close()
	runCtx, stop := context.WithTimeout(ctx, d)
	defer stop()
	var n atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for i, v := range values {
		wg.Add(1)
		go func() {
			defer wg.Done()
			key := []byte(fmt.Sprint(i))
			for runCtx.Err() == nil {
				if err := cl.ProduceSync(runCtx, &kgo.Record{Key: key, Value: v}).FirstErr(); err == nil {
					n.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	return float64(n.Load()) / time.Since(start).Seconds(), ctx.Err()
}

// TempTopic creates a topic of its own for one measurement and returns its
// name and a function that deletes it.
func TempTopic(ctx context.Context, brokers []string, purpose string, partitions int32) (string, func(), error) {
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...))
	if err != nil {
		return "", nil, err
	}
	adm := kadm.NewClient(cl)
	topic := fmt.Sprintf("rhd.bench.%s.%d", purpose, time.Now().UnixNano())
	res, err := adm.CreateTopic(ctx, partitions, -1, kafka.BufferConfigs(), topic) // as the frames topic
	if err == nil {
		err = res.Err
	}
	if err != nil {
		cl.Close()
		return "", nil, fmt.Errorf("bench: topic %s: %w", topic, err)
	}
	return topic, func() {
		adm.DeleteTopics(context.WithoutCancel(ctx), topic)
		cl.Close()
	}, nil
}

// HTTPCeiling is the HTTP hop's ceiling: the same client load (one
// closed-loop sender per body, each posting its own over a connection of
// its own, the load generator's client) against a net/http server, as the
// gateway's, whose handler reads the body and answers at once. It returns requests per second over d.
func HTTPCeiling(ctx context.Context, bodies [][]byte, d time.Duration) (float64, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, "{}\n")
	})}
	go srv.Serve(ln)
	defer srv.Close()
	runCtx, stop := context.WithTimeout(ctx, d)
	defer stop()
	var n atomic.Int64
	var wg sync.WaitGroup
	url := "http://" + ln.Addr().String() + "/v1/frames"
	start := time.Now()
	for _, body := range bodies {
		conn, err := newPoster(url, "application/x-rhd-frames")
		if err != nil {
			return 0, err
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer conn.close()
			for runCtx.Err() == nil {
				if a, err := conn.post(runCtx, body); err == nil && a.Status == http.StatusOK {
					n.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	return float64(n.Load()) / time.Since(start).Seconds(), ctx.Err()
}

// SignatureCeiling is what the gateway's signature check alone allows: one
// goroutine per core checks the batches (each against its device's key, as
// the gateway does) as fast as it can for d. No HTTP, no produce. It
// returns batches per second; every check must succeed.
func SignatureCeiling(ctx context.Context, batches [][]byte, keys []ed25519.PublicKey, d time.Duration) (float64, error) {
	if len(batches) == 0 || len(batches) != len(keys) {
		return 0, fmt.Errorf("signature ceiling: %d batches for %d keys", len(batches), len(keys))
	}
	parsed := make([]frame.Batch, len(batches))
	verifiers := make([]ingest.BatchVerifier, len(batches))
	for i, body := range batches {
		var err error
		if parsed[i], err = frame.Parse(body); err != nil {
			return 0, fmt.Errorf("signature ceiling: %w", err)
		}
		verifiers[i] = ingest.NewBatchVerifier(keys[i])
	}
	runCtx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var n, bad atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for w := range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; runCtx.Err() == nil; i++ {
				k := i % len(parsed)
				if !verifiers[k].Verify(parsed[k]) {
					bad.Add(1)
					return
				}
				n.Add(1)
			}
		}()
	}
	wg.Wait()
	if bad.Load() > 0 {
		return 0, fmt.Errorf("signature ceiling: a batch did not verify against its device's key")
	}
	return float64(n.Load()) / time.Since(start).Seconds(), ctx.Err()
}

// StorageCeiling is the storage hop's ceiling: writes of batchesPerWrite
// copies of batch (a device batch as the load sends it), turned into rows
// by the stream's own RowBuilder, into wh for d. Each copy is stored under a
// source of its own, so every write is new. It returns readings (samples)
// per second.
func StorageCeiling(ctx context.Context, wh warehouse.Warehouse, batch []byte, batchesPerWrite int, d time.Duration) (float64, error) {
	b, err := frame.Parse(batch)
	if err != nil {
		return 0, fmt.Errorf("storage ceiling: %w", err)
	}
	dev := pseudo.Device{PID: "0000000000000000000000000000000000000000000000000000000000bench", Source: 1 << 62, Type: "wristband"}
	var rows stream.RowBuilder
	var w warehouse.Write
	n := 0
	start := time.Now()
	for time.Since(start) < d {
		w.Reset()
		for range batchesPerWrite {
			dev.Source++
			rows.Append(&w, b, dev, start.UnixMilli())
		}
		if _, err := wh.Write(ctx, &w); err != nil {
			return 0, err
		}
		n += w.Readings.Len()
	}
	return float64(n) / time.Since(start).Seconds(), nil
}
