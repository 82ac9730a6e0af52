// Package kafkatest starts the real Kafka protocol in-process (kfake) with
// the platform's topics, the one way tests get a cluster.
package kafkatest

import (
	"context"
	"testing"

	"github.com/twmb/franz-go/pkg/kfake"

	"rhd.dev/kafka"
)

// Start runs a cluster with the platform's topics (frames with partitions
// partitions) and closes it when the test ends. opts go to kfake (TLS,
// SASL, ports); a cluster with SASL or TLS needs the matching fields set on
// the returned Config before Start can create the topics, so such tests
// pass them in as auth.
func Start(t testing.TB, partitions int, auth kafka.Config, opts ...kfake.Opt) (*kfake.Cluster, kafka.Config) {
	t.Helper()
	c := Cluster(t, opts...)
	auth.Brokers = c.ListenAddrs()
	if err := kafka.EnsureTopics(context.Background(), auth, partitions); err != nil {
		t.Fatal(err)
	}
	return c, auth
}

// Cluster runs a cluster without the platform's topics (for tests of how
// they are created, or of a client refused before it connects) and closes
// it when the test ends.
func Cluster(t testing.TB, opts ...kfake.Opt) *kfake.Cluster {
	t.Helper()
	c, err := kfake.NewCluster(opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}
