package kafka_test

import (
	"context"
	"crypto/rand"
	"strconv"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/firmware/frame"
	"rhd.dev/kafka"
	"rhd.dev/kafka/kafkatest"
)

// Topics made by an older rhd (or by hand) with the broker's default
// message limit are raised to take the largest device batch; new ones are
// created with it.
func TestEnsureTopicsLetsTheLargestBatchThrough(t *testing.T) {
	c := kafkatest.Cluster(t, kfake.SeedTopics(2, kafka.FramesTopic)) // an old frames topic, default limit
	cfg := kafka.Config{Brokers: c.ListenAddrs()}
	if err := kafka.EnsureTopics(context.Background(), cfg, 2); err != nil {
		t.Fatal(err)
	}
	cl, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	res, err := kadm.NewClient(cl).DescribeTopicConfigs(context.Background(), kafka.FramesTopic, kafka.FramesDLQTopic)
	if err != nil {
		t.Fatal(err)
	}
	for _, topic := range []string{kafka.FramesTopic, kafka.FramesDLQTopic} {
		rc, err := res.On(topic, nil)
		if err != nil {
			t.Fatal(err)
		}
		limit := 0
		for _, kv := range rc.Configs {
			if kv.Key == "max.message.bytes" {
				limit, _ = strconv.Atoi(kv.MaybeValue())
			}
		}
		if limit < 2*frame.MaxBatchSize {
			t.Errorf("%s takes messages of %d bytes, want at least %d", topic, limit, 2*frame.MaxBatchSize)
		}
	}
	// Running again (every start does) changes nothing and does not fail.
	if err := kafka.EnsureTopics(context.Background(), cfg, 2); err != nil {
		t.Fatal(err)
	}

	// A limit an operator set higher than rhd's is left alone.
	adm := kadm.NewClient(cl)
	higher := strconv.Itoa(16 << 20)
	if _, err := adm.AlterTopicConfigs(context.Background(), []kadm.AlterConfig{{Op: kadm.SetConfig, Name: "max.message.bytes", Value: &higher}}, kafka.FramesTopic); err != nil {
		t.Fatal(err)
	}
	if err := kafka.EnsureTopics(context.Background(), cfg, 2); err != nil {
		t.Fatal(err)
	}
	after, err := adm.DescribeTopicConfigs(context.Background(), kafka.FramesTopic)
	if err != nil {
		t.Fatal(err)
	}
	rc, _ := after.On(kafka.FramesTopic, nil)
	for _, kv := range rc.Configs {
		if kv.Key == "max.message.bytes" && kv.MaybeValue() != higher {
			t.Fatalf("operator's limit %s became %s", higher, kv.MaybeValue())
		}
	}
}

// The embedded cluster keeps the frames topic as a bounded buffer: past the
// configured size per partition the oldest batches are deleted (kfake keeps
// an index entry in memory for every batch it holds), checked every minute.
func TestEmbeddedKafkaBoundsTheFramesBuffer(t *testing.T) {
	ctx := context.Background()
	c, cfg, err := kafka.StartEmbedded(kafka.EmbeddedConfig{DataDir: t.TempDir(), Addr: "127.0.0.1:0", Partitions: 1, Retention: time.Hour, RetentionBytes: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	cl, err := kafka.NewClient(cfg, "", kgo.DefaultProduceTopic(kafka.FramesTopic))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	brokerCfg, err := adm.DescribeBrokerConfigs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	every := ""
	for _, rc := range brokerCfg {
		for _, kv := range rc.Configs {
			if kv.Key == "log.cleaner.backoff.ms" {
				every = kv.MaybeValue()
			}
		}
	}
	if every != "60000" {
		t.Fatalf("retention is applied every %q ms, want every minute", every)
	}
	value := make([]byte, 100<<10)
	for range 30 { // 3 MB that do not compress into a 1 MB buffer
		rand.Read(value)
		if err := cl.ProduceSync(ctx, &kgo.Record{Value: value}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	c.ApplyRetention() // what the minute's check does
	starts, err := adm.ListStartOffsets(ctx, kafka.FramesTopic)
	if err != nil {
		t.Fatal(err)
	}
	start, _ := starts.Lookup(kafka.FramesTopic, 0)
	ends, err := adm.ListEndOffsets(ctx, kafka.FramesTopic)
	if err != nil {
		t.Fatal(err)
	}
	end, _ := ends.Lookup(kafka.FramesTopic, 0)
	if kept := end.Offset - start.Offset; start.Offset == 0 || kept > 11 || end.Offset != 30 {
		t.Fatalf("offsets %d to %d kept of 30 records of 100 KiB in a 1 MiB buffer", start.Offset, end.Offset)
	}

	// A non-positive limit is refused rather than deleting everything or nothing.
	if err := kafka.BoundBuffers(ctx, cfg, time.Hour, 0); err == nil {
		t.Fatal("a retention of 0 MB was accepted")
	}
}
