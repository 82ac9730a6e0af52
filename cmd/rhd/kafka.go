package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/ingest"
	"rhd.dev/settle"
	"rhd.dev/stream"
)

// topics are created at start-up with these partition counts (0: the configured default).
var topics = map[string]int{stream.FramesTopic: 0, stream.DLQTopic: 1, settle.SalesTopic: 1, settle.SalesDLQTopic: 1}

// startEmbeddedKafka runs the in-process Kafka-protocol cluster, persisted in
// the data dir so a restart keeps every acknowledged record.
func startEmbeddedKafka(cfg *config) (*kfake.Cluster, error) {
	host, portStr, err := net.SplitHostPort(cfg.KafkaAddr)
	if err != nil {
		return nil, fmt.Errorf("RHD_KAFKA_ADDR %q: %w", cfg.KafkaAddr, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return nil, fmt.Errorf("RHD_KAFKA_ADDR %q: %w", cfg.KafkaAddr, err)
	}
	c, err := kfake.NewCluster(
		kfake.Ports(port),
		// kfake binds 127.0.0.1 by default; honour the configured host.
		kfake.ListenFn(func(network, _ string) (net.Listener, error) {
			return net.Listen(network, net.JoinHostPort(host, strconv.Itoa(port)))
		}),
		kfake.DataDir(cfg.path("kafka")),
		kfake.ClusterID("rhd-embedded"),
		kfake.DefaultNumPartitions(cfg.KafkaPartition),
		// Apply the topics' retention every minute (kfake's default: hourly).
		kfake.BrokerConfigs(map[string]string{"log.cleaner.backoff.ms": strconv.Itoa(int(retentionCheckEvery.Milliseconds()))}),
	)
	if err != nil {
		return nil, fmt.Errorf("embedded kafka on %s: %w (is another rhd using the port?)", cfg.KafkaAddr, err)
	}
	// With port 0 the cluster picked one: everything else must use that.
	cfg.KafkaAddr = c.ListenAddrs()[0]
	if err := ensureTopics(context.Background(), cfg); err != nil {
		c.Close()
		return nil, err
	}
	if err := boundBuffers(context.Background(), cfg); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// retentionCheckEvery is how often the embedded cluster deletes what its
// topics' retention no longer keeps.
const retentionCheckEvery = time.Minute

// boundBuffers gives the embedded cluster's frames and dead-letter topics
// the configured retention. Without one kfake deletes nothing, and it keeps
// an index entry in memory for every record batch it holds (~80 bytes): memory
// and disk grew for as long as rhd ran (at 1 M samples/s: ~0.12 MB/s of heap,
// ~3 MB/s of disk). The warehouse is the store of record; these topics are a buffer
// the stream drains within seconds. The sales topics are left alone: few
// records, and each is money.
func boundBuffers(ctx context.Context, cfg *config) error {
	if cfg.KafkaRetention <= 0 || cfg.KafkaRetentionMB <= 0 {
		return fmt.Errorf("RHD_KAFKA_RETENTION (%s) and RHD_KAFKA_RETENTION_MB (%d) must be positive", cfg.KafkaRetention, cfg.KafkaRetentionMB)
	}
	cl, err := kgo.NewClient(kgo.SeedBrokers(cfg.brokers()...))
	if err != nil {
		return err
	}
	defer cl.Close()
	ms := strconv.FormatInt(cfg.KafkaRetention.Milliseconds(), 10)
	bytes := strconv.FormatInt(int64(cfg.KafkaRetentionMB)<<20, 10)
	set := []kadm.AlterConfig{{Op: kadm.SetConfig, Name: "retention.ms", Value: &ms}, {Op: kadm.SetConfig, Name: "retention.bytes", Value: &bytes}}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	res, err := kadm.NewClient(cl).AlterTopicConfigs(ctx, set, stream.FramesTopic, stream.DLQTopic)
	if err != nil {
		return fmt.Errorf("kafka retention: %w", err)
	}
	for _, r := range res {
		if r.Err != nil {
			return fmt.Errorf("kafka retention of %s: %w", r.Name, r.Err)
		}
	}
	return nil
}

// ensureTopics creates the platform's topics if they do not exist yet.
func ensureTopics(ctx context.Context, cfg *config) error {
	cl, err := kgo.NewClient(kgo.SeedBrokers(cfg.brokers()...))
	if err != nil {
		return err
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for name, parts := range topics {
		if parts == 0 {
			parts = cfg.KafkaPartition
		}
		var configs map[string]*string
		if name == stream.FramesTopic || name == stream.DLQTopic { // device batches, up to 1 MiB each
			configs = ingest.TopicConfigs()
		}
		res, err := adm.CreateTopic(ctx, int32(parts), -1, configs, name)
		if err == nil {
			err = res.Err
		}
		switch {
		case errors.Is(err, kerr.TopicAlreadyExists) && configs != nil:
			// Created by an older rhd or by hand: make sure it takes the largest batches.
			if err := raiseTopicLimits(ctx, adm, name, configs); err != nil {
				return err
			}
		case err != nil && !errors.Is(err, kerr.TopicAlreadyExists):
			return fmt.Errorf("creating topic %s: %w", name, err)
		}
	}
	return nil
}

// raiseTopicLimits sets each numeric limit in configs on an existing topic
// where its current value is lower; a limit an operator set higher stays.
func raiseTopicLimits(ctx context.Context, adm *kadm.Client, topic string, configs map[string]*string) error {
	described, err := adm.DescribeTopicConfigs(ctx, topic)
	if err != nil {
		return fmt.Errorf("topic %s: reading its configuration: %w", topic, err)
	}
	rc, err := described.On(topic, nil)
	if err == nil {
		err = rc.Err
	}
	if err != nil {
		return fmt.Errorf("topic %s: reading its configuration: %w", topic, err)
	}
	current := map[string]string{}
	for _, c := range rc.Configs {
		current[c.Key] = c.MaybeValue()
	}
	var alter []kadm.AlterConfig
	for k, v := range configs {
		have, errHave := strconv.ParseInt(current[k], 10, 64)
		want, _ := strconv.ParseInt(*v, 10, 64)
		if errHave != nil || have < want {
			alter = append(alter, kadm.AlterConfig{Op: kadm.SetConfig, Name: k, Value: v})
		}
	}
	if len(alter) == 0 {
		return nil
	}
	res, err := adm.AlterTopicConfigs(ctx, alter, topic)
	if err == nil {
		var r kadm.AlterConfigsResponse
		if r, err = res.On(topic, nil); err == nil {
			err = r.Err
		}
	}
	if err != nil {
		return fmt.Errorf("topic %s: setting %v: %w", topic, alter, err)
	}
	return nil
}

// consumerLag returns the stream group's total lag on the frames topic.
func consumerLag(ctx context.Context, adm *kadm.Client) (int64, error) {
	lags, err := adm.Lag(ctx, stream.Group)
	if err != nil {
		return 0, err
	}
	var total int64
	var firstErr error
	lags.Each(func(l kadm.DescribedGroupLag) {
		if err := errors.Join(l.DescribeErr, l.FetchErr); err != nil && firstErr == nil {
			firstErr = err
		}
		for _, p := range l.Lag[stream.FramesTopic] {
			total += max(p.Lag, 0)
		}
	})
	return total, firstErr
}

func kafkaCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "kafka",
		Short: "Run the embedded Kafka-protocol cluster as its own process",
		Long: "Runs the same in-process Kafka-protocol cluster `rhd dev` embeds, persisted in the data dir,\n" +
			"so ingest and stream can run as separate processes against it (the distributed code path).",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			c, err := startEmbeddedKafka(cfg)
			if err != nil {
				return err
			}
			defer c.Close()
			slog.Info("kafka: serving", "addr", cfg.KafkaAddr, "data", cfg.path("kafka"))
			<-ctx.Done()
			return nil
		},
	}
	cmd.Flags().StringVar(&cfg.KafkaAddr, "addr", cfg.KafkaAddr, "listen address (RHD_KAFKA_ADDR)")
	cmd.Flags().IntVar(&cfg.KafkaPartition, "partitions", cfg.KafkaPartition, "partitions of the frames topic (RHD_KAFKA_PARTITIONS)")
	return cmd
}
