package main

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"time"

	"github.com/spf13/cobra"
	"rhd.dev/kafka"
)

// config is every setting, read from RHD_* environment variables with flags
// overriding them. docs/configuration.md lists the same names.
type config struct {
	DataDir        string // RHD_DATA_DIR
	KafkaBrokers   string // RHD_KAFKA_BROKERS; empty: embedded cluster
	KafkaAddr      string // RHD_KAFKA_ADDR: where the embedded cluster listens
	KafkaPartition int    // RHD_KAFKA_PARTITIONS
	// A managed cluster's TLS and SASL (kafka.Config).
	KafkaTLS                              bool   // RHD_KAFKA_TLS
	KafkaTLSCA, KafkaTLSCert, KafkaTLSKey string // RHD_KAFKA_TLS_CA, _CERT, _KEY: PEM files
	KafkaSASLMechanism                    string // RHD_KAFKA_SASL_MECHANISM: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512
	KafkaSASLUser, KafkaSASLPassword      string // RHD_KAFKA_SASL_USER, RHD_KAFKA_SASL_PASSWORD
	KafkaInstance                         string // RHD_KAFKA_INSTANCE: static consumer-group membership (kafka.Config.Instance)
	PostgresDSN                           string // RHD_POSTGRES_DSN; empty: SQLite in the data dir
	ClickHouseDSN                         string // RHD_CLICKHOUSE_DSN; empty: DuckDB in the data dir
	DuckDBMemory                          string // RHD_DUCKDB_MEMORY: the embedded warehouse's memory limit (DuckDB's memory_limit)
	// RHD_KAFKA_RETENTION, RHD_KAFKA_RETENTION_MB: how long and how much (per
	// partition) the embedded cluster keeps of the frames and dead-letter topics.
	KafkaRetention   time.Duration
	KafkaRetentionMB int
	IngestAddr       string        // RHD_INGEST_ADDR
	MQTTAddr         string        // RHD_MQTT_ADDR: the embedded MQTT broker (rhd dev)
	MQTTBroker       string        // RHD_MQTT_BROKER: an MQTT broker to bridge instead (tcp://host:port)
	AdminAddr        string        // RHD_ADMIN_ADDR
	AdminToken       string        // RHD_ADMIN_TOKEN: the admin API's token, or a file holding it; empty: data/admin.token
	StreamWorkers    int           // RHD_STREAM_WORKERS
	Devices          int           // RHD_DEVICES: simulated devices seeded by `rhd dev`
	Backfill         time.Duration // RHD_SIM_BACKFILL: history a new simulated device starts with
	SimDetail        time.Duration // RHD_SIM_DETAIL: how much of it is full-resolution (older: one value per minute)
	SimSpeed         float64       // RHD_SIM_SPEED: simulated minutes per real minute while catching up
	LogLevel         string        // RHD_LOG_LEVEL
	K                int           // RHD_K: minimum cohort size and exported class size
	CohortWindow     time.Duration // RHD_COHORT_WINDOW
	CohortStep       time.Duration // RHD_COHORT_STEP: least time between versions of an unchanged cohort
	CohortInterval   time.Duration // RHD_COHORTER_INTERVAL: how often the cohorter runs
	PriceBase        int64         // RHD_PRICE_BASE_CENTS
	PricePerDay      int64         // RHD_PRICE_PER_DAY_CENTS: per contributor-day
	EthRPC           string        // RHD_ETH_RPC; empty: the embedded chain in the data dir
	OperatorKey      string        // RHD_OPERATOR_KEY: hex key or key file (with RHD_ETH_RPC)
	ContractAdmin    string        // RHD_CONTRACT_ADMIN: address given the contracts' admin and pauser roles at deployment (default: the operator)
	WalletKey        string        // RHD_WALLET_KEY: custodial master key, hex/base64 or file; dev: generated
	FeeBps           int64         // RHD_FEE_BPS: platform fee in basis points
	SettleEvery      time.Duration // RHD_SETTLE_INTERVAL: how often payouts are committed on chain
	Confirmations    uint64        // RHD_CONFIRMATIONS: blocks after a payout epoch's own (default 0 embedded, 12 over RHD_ETH_RPC)
	DemoSaleEvery    time.Duration // RHD_DEMO_SALE_EVERY: rhd dev's simulated researcher (0: off)
	PortalAddr       string        // RHD_PORTAL_ADDR
	PortalURL        string        // RHD_PORTAL_URL: public base URL (default http://RHD_PORTAL_ADDR)
	GoogleID         string        // RHD_GOOGLE_CLIENT_ID; empty: the built-in development provider
	GoogleSecret     string        // RHD_GOOGLE_CLIENT_SECRET
	Admins           string        // RHD_ADMINS: comma-separated operator emails
	// RHD_DEV_SIGNIN_POSTGRES: let rhd dev's development sign-in run against
	// a Postgres ledger (by default only against the embedded SQLite one).
	DevSignInPostgres bool

	progressEvery time.Duration // how often the gateway saves device progress
	// devMode is set by rhd dev: only there may the development sign-in run.
	devMode bool
	// benchLoad is set by rhd bench, whose devices send the same minutes
	// many times a second (ingest.Config.RepeatedMinutes).
	benchLoad bool
	// ingestHTTP and adminHTTP bound what clients can hold on the gateway and
	// on the admin / metrics servers.
	ingestHTTP, adminHTTP httpLimits
}

func defaultConfig() *config {
	return &config{
		DataDir:            env("RHD_DATA_DIR", "./data"),
		KafkaBrokers:       env("RHD_KAFKA_BROKERS", ""),
		KafkaAddr:          env("RHD_KAFKA_ADDR", "127.0.0.1:9092"),
		KafkaPartition:     envInt("RHD_KAFKA_PARTITIONS", 4),
		KafkaTLS:           envBool("RHD_KAFKA_TLS"),
		KafkaTLSCA:         env("RHD_KAFKA_TLS_CA", ""),
		KafkaTLSCert:       env("RHD_KAFKA_TLS_CERT", ""),
		KafkaTLSKey:        env("RHD_KAFKA_TLS_KEY", ""),
		KafkaSASLMechanism: env("RHD_KAFKA_SASL_MECHANISM", ""),
		KafkaSASLUser:      env("RHD_KAFKA_SASL_USER", ""),
		KafkaSASLPassword:  env("RHD_KAFKA_SASL_PASSWORD", ""),
		KafkaInstance:      env("RHD_KAFKA_INSTANCE", ""),
		PostgresDSN:        env("RHD_POSTGRES_DSN", ""),
		ClickHouseDSN:      env("RHD_CLICKHOUSE_DSN", ""),
		DuckDBMemory:       env("RHD_DUCKDB_MEMORY", "1GB"),
		KafkaRetention:     envDuration("RHD_KAFKA_RETENTION", 24*time.Hour),
		KafkaRetentionMB:   envInt("RHD_KAFKA_RETENTION_MB", 1024),
		IngestAddr:         env("RHD_INGEST_ADDR", "127.0.0.1:7080"),
		MQTTAddr:           env("RHD_MQTT_ADDR", "127.0.0.1:1884"),
		MQTTBroker:         env("RHD_MQTT_BROKER", ""),
		AdminAddr:          env("RHD_ADMIN_ADDR", "127.0.0.1:7070"),
		AdminToken:         env("RHD_ADMIN_TOKEN", ""),
		StreamWorkers:      envInt("RHD_STREAM_WORKERS", 2),
		Devices:            envInt("RHD_DEVICES", 300),
		Backfill:           envDuration("RHD_SIM_BACKFILL", 14*24*time.Hour),
		SimDetail:          envDuration("RHD_SIM_DETAIL", 6*time.Hour),
		SimSpeed:           envFloat("RHD_SIM_SPEED", 120),
		LogLevel:           env("RHD_LOG_LEVEL", "info"),
		K:                  envInt("RHD_K", 20),
		CohortWindow:       envDuration("RHD_COHORT_WINDOW", 30*24*time.Hour),
		CohortStep:         envDuration("RHD_COHORT_STEP", 24*time.Hour),
		CohortInterval:     envDuration("RHD_COHORTER_INTERVAL", 10*time.Minute),
		PriceBase:          int64(envInt("RHD_PRICE_BASE_CENTS", 5000)),
		PricePerDay:        int64(envInt("RHD_PRICE_PER_DAY_CENTS", 10)),
		EthRPC:             env("RHD_ETH_RPC", ""),
		OperatorKey:        env("RHD_OPERATOR_KEY", ""),
		WalletKey:          env("RHD_WALLET_KEY", ""),
		FeeBps:             int64(envInt("RHD_FEE_BPS", 1500)),
		SettleEvery:        envDuration("RHD_SETTLE_INTERVAL", time.Minute),
		DemoSaleEvery:      envDuration("RHD_DEMO_SALE_EVERY", 30*time.Second),
		PortalAddr:         env("RHD_PORTAL_ADDR", "127.0.0.1:7090"),
		PortalURL:          env("RHD_PORTAL_URL", ""),
		GoogleID:           env("RHD_GOOGLE_CLIENT_ID", ""),
		GoogleSecret:       env("RHD_GOOGLE_CLIENT_SECRET", ""),
		Admins:             env("RHD_ADMINS", ""),
		progressEvery:      time.Second,
		ContractAdmin:      env("RHD_CONTRACT_ADMIN", ""),
		Confirmations:      uint64(max(0, envInt("RHD_CONFIRMATIONS", defaultConfirmations()))),

		DevSignInPostgres: envBool("RHD_DEV_SIGNIN_POSTGRES"),
		ingestHTTP:        ingestLimits,
		adminHTTP:         adminLimits,
	}
}

// bindGlobal registers the flags every subcommand shares.
func (c *config) bindGlobal(cmd *cobra.Command) {
	f := cmd.PersistentFlags()
	f.StringVar(&c.DataDir, "data-dir", c.DataDir, "where embedded state lives (RHD_DATA_DIR)")
	f.StringVar(&c.KafkaBrokers, "kafka-brokers", c.KafkaBrokers, "comma-separated Kafka brokers; empty runs the embedded cluster (RHD_KAFKA_BROKERS)")
	f.BoolVar(&c.KafkaTLS, "kafka-tls", c.KafkaTLS, "connect to Kafka with TLS (RHD_KAFKA_TLS; implied by the files below)")
	f.StringVar(&c.KafkaTLSCA, "kafka-tls-ca", c.KafkaTLSCA, "PEM CA bundle to trust for Kafka; default: the system's (RHD_KAFKA_TLS_CA)")
	f.StringVar(&c.KafkaTLSCert, "kafka-tls-cert", c.KafkaTLSCert, "PEM client certificate for Kafka mutual TLS (RHD_KAFKA_TLS_CERT)")
	f.StringVar(&c.KafkaTLSKey, "kafka-tls-key", c.KafkaTLSKey, "PEM key of --kafka-tls-cert (RHD_KAFKA_TLS_KEY)")
	f.StringVar(&c.KafkaSASLMechanism, "kafka-sasl-mechanism", c.KafkaSASLMechanism, "PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 (RHD_KAFKA_SASL_MECHANISM)")
	f.StringVar(&c.KafkaSASLUser, "kafka-sasl-user", c.KafkaSASLUser, "Kafka SASL user (RHD_KAFKA_SASL_USER)")
	f.StringVar(&c.PostgresDSN, "postgres-dsn", c.PostgresDSN, "ledger in Postgres instead of SQLite (RHD_POSTGRES_DSN)")
	f.StringVar(&c.ClickHouseDSN, "clickhouse-dsn", c.ClickHouseDSN, "warehouse in ClickHouse instead of DuckDB (RHD_CLICKHOUSE_DSN)")
	f.StringVar(&c.LogLevel, "log-level", c.LogLevel, "debug, info, warn or error (RHD_LOG_LEVEL)")
	f.StringVar(&c.AdminToken, "admin-token", c.AdminToken, "admin API token or a file holding it; default: the data dir's admin.token (RHD_ADMIN_TOKEN; arguments show in ps, prefer the variable or a file)")
}

func (c *config) path(name ...string) string {
	return filepath.Join(append([]string{c.DataDir}, name...)...)
}

// ledgerDSN is Postgres when configured, else the SQLite file in the data dir.
func (c *config) ledgerDSN() string {
	if c.PostgresDSN != "" {
		return c.PostgresDSN
	}
	return c.path("ledger.db")
}

// brokers returns the external brokers, or the embedded cluster's address.
func (c *config) brokers() []string {
	if c.KafkaBrokers != "" {
		return kafka.ParseBrokers(c.KafkaBrokers)
	}
	return []string{c.KafkaAddr}
}

// dsnPassword matches a password in a key=value DSN or a URL's query.
var dsnPassword = regexp.MustCompile(`(?i)(password=)[^&\s]*`)

// redactDSN hides the password of a database DSN or URL, for printing.
func redactDSN(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.Scheme != "" {
		dsn = u.Redacted()
	}
	return dsnPassword.ReplaceAllString(dsn, "${1}xxxxx")
}

// redactEndpoint shows only an endpoint URL's scheme and host: JSON-RPC
// providers put API keys in the path or the query.
func redactEndpoint(endpoint string) string {
	u, err := url.Parse(endpoint)
	if err != nil || u.Host == "" {
		return "(endpoint not shown)"
	}
	out := u.Scheme + "://" + u.Host
	if u.Path != "" && u.Path != "/" || u.RawQuery != "" {
		out += "/…"
	}
	return out
}

// envErrs collects the RHD_* variables whose value does not parse: a
// typo (RHD_K=2O) must stop rhd at start-up, not run it on the default.
var envErrs []error

func envErr(name, value string, err error) {
	envErrs = append(envErrs, fmt.Errorf("%s=%q: %w", name, value, errors.Unwrap(err)))
}

func env(name, def string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return def
}

// defaultConfirmations is 0 on the embedded single-node chain, which cannot
// reorganize, and 12 blocks on an external one.
func defaultConfirmations() int {
	if os.Getenv("RHD_ETH_RPC") != "" {
		return 12
	}
	return 0
}

func envInt(name string, def int) int {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		envErr(name, v, err)
		return def
	}
	return n
}

func envBool(name string) bool {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		return false
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		envErr(name, v, err)
	}
	return b
}

func envFloat(name string, def float64) float64 {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		return def
	}
	n, err := strconv.ParseFloat(v, 64)
	if err != nil {
		envErr(name, v, err)
		return def
	}
	return n
}

func envDuration(name string, def time.Duration) time.Duration {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		envErrs = append(envErrs, fmt.Errorf("%s=%q: %w", name, v, err))
		return def
	}
	return d
}
