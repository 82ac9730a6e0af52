// Package kafka is rhd's one way to Kafka: the topics and their settings,
// the client every component builds (brokers, TLS, SASL, slog logging,
// Prometheus metrics), topic administration, consumer lag and the embedded
// cluster.
package kafka

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/sasl"
	"github.com/twmb/franz-go/pkg/sasl/plain"
	"github.com/twmb/franz-go/pkg/sasl/scram"
	"github.com/twmb/franz-go/plugin/kprom"
	"github.com/twmb/franz-go/plugin/kslog"
)

// The platform's topics.
const (
	FramesTopic    = "rhd.frames.v1"     // device batches the gateway accepted
	FramesDLQTopic = "rhd.frames.dlq.v1" // batches the stream could not store
	SalesTopic     = "rhd.sales.v1"      // sale announcements for settlement
	SalesDLQTopic  = "rhd.sales.dlq.v1"  // announcements no paid order stands behind
)

// SASL mechanisms Config.SASLMechanism accepts.
const (
	SASLPlain       = "PLAIN"
	SASLScramSHA256 = "SCRAM-SHA-256"
	SASLScramSHA512 = "SCRAM-SHA-512"
)

// Config says how to reach the cluster. Managed Kafka services need TLS
// and SASL; the embedded cluster needs neither.
type Config struct {
	Brokers []string

	TLS      bool   // connect with TLS (implied by any file below)
	CAFile   string // PEM CA bundle to trust; empty: the system's
	CertFile string // PEM client certificate (mutual TLS), with KeyFile
	KeyFile  string

	SASLMechanism string // "", PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512
	SASLUser      string
	SASLPassword  string

	Logger   *slog.Logger          // franz-go's own log, at warn and above; nil: none
	Registry prometheus.Registerer // franz-go's metrics (kprom); nil: none

	// Instance, when set, makes this process's consumer-group members
	// static (KIP-345): a member's instance id is Instance-role. A process
	// restarted after a crash takes its members' places at once instead of
	// joining beside dead ones until their sessions expire, so the group
	// needs no rebalance (each process needs its own Instance).
	Instance string
}

// ParseBrokers splits a comma-separated broker list, dropping blanks.
func ParseBrokers(s string) []string {
	var out []string
	for _, b := range strings.Split(s, ",") {
		if b = strings.TrimSpace(b); b != "" {
			out = append(out, b)
		}
	}
	return out
}

// Opts returns the client options for cfg. A client that lives as long as
// the process names its role ("gateway", "stream", …): its metrics carry the
// role as the label client; a short-lived one (topic admin, a lag query)
// passes "" and exports none, so its end does not take a long-lived
// client's series with it.
func (c Config) Opts(role string) ([]kgo.Opt, error) {
	if len(c.Brokers) == 0 {
		return nil, errors.New("kafka: no brokers")
	}
	opts := []kgo.Opt{kgo.SeedBrokers(c.Brokers...)}
	if role != "" {
		opts = append(opts, kgo.ClientID("rhd-"+role))
		if c.Instance != "" {
			opts = append(opts, kgo.InstanceID(c.Instance+"-"+role))
		}
	}
	useTLS := c.TLS || c.CAFile != "" || c.CertFile != "" || c.KeyFile != ""
	// PLAIN sends the password as it is: over plain TCP, to anyone on the path.
	if strings.EqualFold(c.SASLMechanism, SASLPlain) && !useTLS {
		return nil, errors.New("kafka: SASL PLAIN would send the password in clear: connect with TLS (RHD_KAFKA_TLS) or use SCRAM")
	}
	if useTLS {
		tc, err := c.tlsConfig()
		if err != nil {
			return nil, err
		}
		opts = append(opts, kgo.Dialer((&tls.Dialer{NetDialer: &net.Dialer{Timeout: 10 * time.Second}, Config: tc}).DialContext))
	}
	if c.SASLMechanism != "" {
		m, err := c.saslMechanism()
		if err != nil {
			return nil, err
		}
		opts = append(opts, kgo.SASL(m))
	}
	if c.Logger != nil {
		opts = append(opts, kgo.WithLogger(kslog.New(c.Logger.With("component", "kafka", "client", role))))
	}
	if c.Registry != nil && role != "" {
		m := kprom.NewMetrics("rhd_kafka", kprom.Registerer(c.Registry), kprom.WithStaticLabel(prometheus.Labels{"client": role}))
		opts = append(opts, kgo.WithHooks(m))
	}
	return opts, nil
}

// NewClient builds a client from cfg plus the caller's own options (which
// come last and win).
func NewClient(cfg Config, role string, opts ...kgo.Opt) (*kgo.Client, error) {
	base, err := cfg.Opts(role)
	if err != nil {
		return nil, err
	}
	cl, err := kgo.NewClient(append(base, opts...)...)
	if err != nil {
		return nil, fmt.Errorf("kafka: %w", err)
	}
	return cl, nil
}

func (c Config) tlsConfig() (*tls.Config, error) {
	tc := &tls.Config{MinVersion: tls.VersionTLS12}
	if c.CAFile != "" {
		pem, err := os.ReadFile(c.CAFile)
		if err != nil {
			return nil, fmt.Errorf("kafka: TLS CA: %w", err)
		}
		tc.RootCAs = x509.NewCertPool()
		if !tc.RootCAs.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("kafka: TLS CA %s holds no PEM certificate", c.CAFile)
		}
	}
	if (c.CertFile == "") != (c.KeyFile == "") {
		return nil, errors.New("kafka: a TLS client certificate needs both its certificate and its key file")
	}
	if c.CertFile != "" {
		cert, err := tls.LoadX509KeyPair(c.CertFile, c.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("kafka: TLS client certificate: %w", err)
		}
		tc.Certificates = []tls.Certificate{cert}
	}
	return tc, nil
}

func (c Config) saslMechanism() (sasl.Mechanism, error) {
	if c.SASLUser == "" || c.SASLPassword == "" {
		return nil, fmt.Errorf("kafka: SASL %s needs a user and a password", c.SASLMechanism)
	}
	switch strings.ToUpper(c.SASLMechanism) {
	case SASLPlain:
		return plain.Auth{User: c.SASLUser, Pass: c.SASLPassword}.AsMechanism(), nil
	case SASLScramSHA256:
		return scram.Auth{User: c.SASLUser, Pass: c.SASLPassword}.AsSha256Mechanism(), nil
	case SASLScramSHA512:
		return scram.Auth{User: c.SASLUser, Pass: c.SASLPassword}.AsSha512Mechanism(), nil
	}
	return nil, fmt.Errorf("kafka: SASL mechanism %q: want %s, %s or %s", c.SASLMechanism, SASLPlain, SASLScramSHA256, SASLScramSHA512)
}
