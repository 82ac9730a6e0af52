package main

import (
	"context"
	"log/slog"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/spf13/cobra"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/kafka"
	"rhd.dev/stream"
)

// kafka is how this process reaches the cluster (role: see kafka.Config.Opts).
func (c *config) kafka() kafka.Config {
	return kafka.Config{Brokers: c.brokers(), TLS: c.KafkaTLS, CAFile: c.KafkaTLSCA, CertFile: c.KafkaTLSCert, KeyFile: c.KafkaTLSKey,
		SASLMechanism: c.KafkaSASLMechanism, SASLUser: c.KafkaSASLUser, SASLPassword: c.KafkaSASLPassword, Logger: slog.Default(), Instance: c.KafkaInstance}
}

// kafkaOpts are the client options of a long-lived client of this process:
// its role names its franz-go metrics in reg (nil: none).
func (c *config) kafkaOpts(role string, reg prometheus.Registerer) ([]kgo.Opt, error) {
	kc := c.kafka()
	kc.Registry = reg
	return kc.Opts(role)
}

// startEmbeddedKafka runs the in-process Kafka-protocol cluster, persisted in
// the data dir so a restart keeps every acknowledged record.
func startEmbeddedKafka(cfg *config) (*kfake.Cluster, error) {
	c, kc, err := kafka.StartEmbedded(kafka.EmbeddedConfig{Addr: cfg.KafkaAddr, DataDir: cfg.path("kafka"), Partitions: cfg.KafkaPartition,
		Retention: cfg.KafkaRetention, RetentionBytes: int64(cfg.KafkaRetentionMB) << 20})
	if err != nil {
		return nil, err
	}
	// With port 0 the cluster picked one: everything else must use that.
	cfg.KafkaAddr = kc.Brokers[0]
	return c, nil
}

// ensureTopics creates the platform's topics if they do not exist yet.
func ensureTopics(ctx context.Context, cfg *config) error {
	return kafka.EnsureTopics(ctx, cfg.kafka(), cfg.KafkaPartition)
}

// consumerLag returns the stream group's total lag on the frames topic.
func consumerLag(ctx context.Context, adm *kadm.Client) (int64, error) {
	return kafka.Lag(ctx, adm, stream.Group, kafka.FramesTopic)
}

func kafkaCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "kafka",
		Short: "Run the embedded Kafka-protocol cluster as its own process",
		Long: "Runs the same in-process Kafka-protocol cluster `rhd dev` embeds, persisted in the data dir,\n" +
			"so ingest and stream can run as separate processes against it (the distributed code path).",
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg.KafkaBrokers = "" // this process is the cluster
			return newProc(cfg, cmd.OutOrStdout()).run(cmd.Context(), "kafka")
		},
	}
	cmd.Flags().StringVar(&cfg.KafkaAddr, "addr", cfg.KafkaAddr, "listen address (RHD_KAFKA_ADDR)")
	cmd.Flags().IntVar(&cfg.KafkaPartition, "partitions", cfg.KafkaPartition, "partitions of the frames topic (RHD_KAFKA_PARTITIONS)")
	return cmd
}
