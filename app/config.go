package app

import (
	"io"
	"log/slog"
	"net/url"
	"path/filepath"
	"regexp"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/cohorter"
	"rhd.dev/kafka"
	"rhd.dev/settle"
)

// Config is what the modules read. Settings binds its fields to their
// RHD_* variables and flags (docs/configuration.md); the field comments
// name the variable a field comes from.
type Config struct {
	DataDir        string // RHD_DATA_DIR
	KafkaBrokers   string // RHD_KAFKA_BROKERS; empty: the embedded cluster
	KafkaAddr      string // RHD_KAFKA_ADDR; set to the bound address once the embedded cluster listens
	KafkaPartition int    // RHD_KAFKA_PARTITIONS
	// A managed cluster's TLS and SASL (kafka.Config).
	KafkaTLS                              bool
	KafkaTLSCA, KafkaTLSCert, KafkaTLSKey string
	KafkaSASLMechanism                    string
	KafkaSASLUser, KafkaSASLPassword      string
	KafkaInstance                         string
	KafkaRetention                        time.Duration // RHD_KAFKA_RETENTION
	KafkaRetentionMB                      int           // RHD_KAFKA_RETENTION_MB

	PostgresDSN   string // RHD_POSTGRES_DSN; empty: SQLite in the data dir
	ClickHouseDSN string // RHD_CLICKHOUSE_DSN; empty: DuckDB in the data dir
	DuckDBMemory  string // RHD_DUCKDB_MEMORY

	IngestAddr    string        // RHD_INGEST_ADDR
	MQTTAddr      string        // RHD_MQTT_ADDR; set to the bound address once the embedded broker listens
	MQTTBroker    string        // RHD_MQTT_BROKER
	AdminAddr     string        // RHD_ADMIN_ADDR
	AdminToken    string        // RHD_ADMIN_TOKEN
	StreamWorkers int           // RHD_STREAM_WORKERS
	Devices       int           // RHD_DEVICES
	Backfill      time.Duration // RHD_SIM_BACKFILL
	SimDetail     time.Duration // RHD_SIM_DETAIL
	SimSpeed      float64       // RHD_SIM_SPEED
	LogLevel      string        // RHD_LOG_LEVEL

	K              int           // RHD_K
	CohortWindow   time.Duration // RHD_COHORT_WINDOW
	CohortStep     time.Duration // RHD_COHORT_STEP
	CohortInterval time.Duration // RHD_COHORTER_INTERVAL
	PriceBase      int64         // RHD_PRICE_BASE_CENTS
	PricePerDay    int64         // RHD_PRICE_PER_DAY_CENTS

	EthRPC        string        // RHD_ETH_RPC
	OperatorKey   string        // RHD_OPERATOR_KEY
	ContractAdmin string        // RHD_CONTRACT_ADMIN
	WalletKey     string        // RHD_WALLET_KEY
	DutyKeys      [4]string     // RHD_COMMITTER_KEY, RHD_CLAIMER_KEY, RHD_MINTER_KEY, RHD_RELAYER_KEY
	FeeBps        int64         // RHD_FEE_BPS
	SettleEvery   time.Duration // RHD_SETTLE_INTERVAL
	Confirmations uint64        // RHD_CONFIRMATIONS
	DemoSaleEvery time.Duration // RHD_DEMO_SALE_EVERY

	PortalAddr        string // RHD_PORTAL_ADDR
	PortalURL         string // RHD_PORTAL_URL
	GoogleID          string // RHD_GOOGLE_CLIENT_ID
	GoogleSecret      string // RHD_GOOGLE_CLIENT_SECRET
	Admins            string // RHD_ADMINS
	DevSignInPostgres bool   // RHD_DEV_SIGNIN_POSTGRES

	ProgressEvery time.Duration // how often the gateway saves device progress
	// DevMode is set by rhd dev: only there may the development sign-in run.
	DevMode bool
	// BenchLoad is set by rhd bench, whose devices send the same minutes
	// many times a second (ingest.Config.RepeatedMinutes).
	BenchLoad bool
	// IngestHTTP and AdminHTTP bound what clients can hold on the gateway
	// and on the admin / metrics servers.
	IngestHTTP, AdminHTTP HTTPLimits

	// Out is rhd dev's console (the console module); nil: discarded.
	Out io.Writer
	// OpsAddr is where the ops module serves /metrics and /healthz.
	OpsAddr string
	// IngestMetrics serves /metrics beside the gateway (rhd ingest).
	IngestMetrics bool
	// SeedProgress, when set, reports seeding total contributors.
	SeedProgress func(total int) func(done int)
}

func (c *Config) seedProgress() func(int) {
	if c.SeedProgress == nil {
		return nil
	}
	return c.SeedProgress(c.Devices)
}

// Path is name inside the data dir.
func (c *Config) Path(name ...string) string {
	return filepath.Join(append([]string{c.DataDir}, name...)...)
}

// LedgerDSN is Postgres when configured, else the SQLite file in the data dir.
func (c *Config) LedgerDSN() string {
	if c.PostgresDSN != "" {
		return c.PostgresDSN
	}
	return c.Path("ledger.db")
}

// LedgerDesc is the ledger for the banner, password hidden.
func (c *Config) LedgerDesc() string { return redactDSN(c.LedgerDSN()) }

// ChainDesc is the chain for the banner, API keys hidden.
func (c *Config) ChainDesc() string {
	if c.EthRPC != "" {
		return redactEndpoint(c.EthRPC)
	}
	return "embedded (" + c.Path("chain") + ")"
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

// Brokers returns the external brokers, or the embedded cluster's address.
func (c *Config) Brokers() []string {
	if c.KafkaBrokers != "" {
		return kafka.ParseBrokers(c.KafkaBrokers)
	}
	return []string{c.KafkaAddr}
}

// Kafka is how this process reaches the cluster (role: see kafka.Config.Opts).
func (c *Config) Kafka() kafka.Config {
	return kafka.Config{Brokers: c.Brokers(), TLS: c.KafkaTLS, CAFile: c.KafkaTLSCA, CertFile: c.KafkaTLSCert, KeyFile: c.KafkaTLSKey,
		SASLMechanism: c.KafkaSASLMechanism, SASLUser: c.KafkaSASLUser, SASLPassword: c.KafkaSASLPassword, Logger: slog.Default(), Instance: c.KafkaInstance}
}

// KafkaOpts are the client options of a long-lived client of this process:
// its role names its franz-go metrics in reg (nil: none).
func (c *Config) KafkaOpts(role string, reg prometheus.Registerer) ([]kgo.Opt, error) {
	kc := c.Kafka()
	kc.Registry = reg
	return kc.Opts(role)
}

// Policy is the cohorter's and the portal's cohort policy.
func (c *Config) Policy() cohorter.Policy {
	p := cohorter.DefaultPolicy()
	p.K, p.Window, p.Step, p.BasePriceCents, p.PerDayCents = c.K, c.CohortWindow, c.CohortStep, c.PriceBase, c.PricePerDay
	return p
}

// ChainConfig is the view for settle.OpenChain and settle.OpenKeyring.
func (c *Config) ChainConfig() settle.ChainConfig {
	return settle.ChainConfig{RPC: c.EthRPC, OperatorKey: c.OperatorKey, ContractAdmin: c.ContractAdmin, WalletKey: c.WalletKey, DutyKeys: c.DutyKeys, DataDir: c.DataDir}
}
