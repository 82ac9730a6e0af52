package main

import (
	"context"
	"strconv"
	"testing"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/firmware/frame"
	"rhd.dev/stream"
)

// Topics made by an older rhd (or by hand) with the broker's default
// message limit are raised to take the largest device batch; new ones are
// created with it.
func TestEnsureTopicsLetsTheLargestBatchThrough(t *testing.T) {
	c, err := kfake.NewCluster(kfake.SeedTopics(2, stream.FramesTopic)) // an old frames topic, default limit
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	cfg := &config{KafkaBrokers: c.ListenAddrs()[0], KafkaPartition: 2}
	if err := ensureTopics(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	cl, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	res, err := kadm.NewClient(cl).DescribeTopicConfigs(context.Background(), stream.FramesTopic, stream.DLQTopic)
	if err != nil {
		t.Fatal(err)
	}
	for _, topic := range []string{stream.FramesTopic, stream.DLQTopic} {
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
	if err := ensureTopics(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}

	// A limit an operator set higher than rhd's is left alone.
	adm := kadm.NewClient(cl)
	higher := strconv.Itoa(16 << 20)
	if _, err := adm.AlterTopicConfigs(context.Background(), []kadm.AlterConfig{{Op: kadm.SetConfig, Name: "max.message.bytes", Value: &higher}}, stream.FramesTopic); err != nil {
		t.Fatal(err)
	}
	if err := ensureTopics(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	after, err := adm.DescribeTopicConfigs(context.Background(), stream.FramesTopic)
	if err != nil {
		t.Fatal(err)
	}
	rc, _ := after.On(stream.FramesTopic, nil)
	for _, kv := range rc.Configs {
		if kv.Key == "max.message.bytes" && kv.MaybeValue() != higher {
			t.Fatalf("operator's limit %s became %s", higher, kv.MaybeValue())
		}
	}
}
