package kafka

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
)

// EmbeddedConfig configures the in-process Kafka-protocol cluster.
type EmbeddedConfig struct {
	Addr           string // host:port; port 0 picks one
	DataDir        string // where acknowledged records persist across restarts
	Partitions     int    // of the frames topic
	Retention      time.Duration
	RetentionBytes int64
}

// retentionCheckEvery is how often the embedded cluster deletes what its
// topics' retention no longer keeps (kfake's default: hourly).
const retentionCheckEvery = time.Minute

// StartEmbedded runs the in-process cluster (kfake: the real Kafka
// protocol), creates the platform's topics and bounds its buffers. It
// returns the cluster and a Config that reaches it.
func StartEmbedded(cfg EmbeddedConfig) (*kfake.Cluster, Config, error) {
	host, portStr, err := net.SplitHostPort(cfg.Addr)
	if err != nil {
		return nil, Config{}, fmt.Errorf("kafka: address %q: %w", cfg.Addr, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return nil, Config{}, fmt.Errorf("kafka: address %q: %w", cfg.Addr, err)
	}
	c, err := kfake.NewCluster(
		kfake.Ports(port),
		// kfake binds 127.0.0.1 by default; honour the configured host.
		kfake.ListenFn(func(network, _ string) (net.Listener, error) {
			return net.Listen(network, net.JoinHostPort(host, strconv.Itoa(port)))
		}),
		kfake.DataDir(cfg.DataDir),
		kfake.ClusterID("rhd-embedded"),
		kfake.DefaultNumPartitions(cfg.Partitions),
		kfake.BrokerConfigs(map[string]string{"log.cleaner.backoff.ms": strconv.Itoa(int(retentionCheckEvery.Milliseconds()))}),
	)
	if err != nil {
		return nil, Config{}, fmt.Errorf("kafka: embedded cluster on %s: %w (is another rhd using the port?)", cfg.Addr, err)
	}
	kc := Config{Brokers: c.ListenAddrs()}
	if err := EnsureTopics(context.Background(), kc, cfg.Partitions); err != nil {
		c.Close()
		return nil, Config{}, err
	}
	if err := BoundBuffers(context.Background(), kc, cfg.Retention, cfg.RetentionBytes); err != nil {
		c.Close()
		return nil, Config{}, err
	}
	return c, kc, nil
}
