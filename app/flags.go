package app

import (
	"io"
	"time"

	"rhd.dev/app/settings"
)

// Settings binds every setting to its field of c, setting each field to
// its default, and the fields no setting names to theirs. The set is
// where each RHD_* variable, flag and docs/configuration.md come from.
func (c *Config) Settings() *settings.Set {
	c.ProgressEvery, c.IngestHTTP, c.AdminHTTP = time.Second, IngestLimits, AdminLimits
	set, err := settings.New(c.declare()...)
	if err != nil {
		panic(err) // a declaration bug, caught by every test
	}
	return set
}

// Commands that run the components, as settings name them.
var (
	policyCmds = []string{"dev", "cohorter", "serve", "run"}
	portalCmds = []string{"dev", "serve"}
	settleCmds = []string{"dev", "serve", "settle"}
)

// declare binds every setting to its field of c, with its default and help.
// A setting of no command is a flag of every command.
func (c *Config) declare() []*settings.Setting {
	return []*settings.Setting{
		settings.Var(&c.DataDir, "data-dir", "./data", "where embedded state lives").
			Describe("everything the embedded defaults keep: `kafka/`, `ledger.db`, `warehouse.duckdb`, `fleet/`; rhd creates every file in it 0600 and every directory 0700 (umask 077)", ""),
		settings.Var(&c.KafkaBrokers, "kafka-brokers", "", "comma-separated Kafka brokers; empty runs the embedded cluster"),
		settings.Var(&c.KafkaTLS, "kafka-tls", false, "connect to Kafka with TLS (implied by the files below)"),
		settings.Var(&c.KafkaTLSCA, "kafka-tls-ca", "", "PEM CA bundle to trust for Kafka; default: the system's"),
		settings.Var(&c.KafkaTLSCert, "kafka-tls-cert", "", "PEM client certificate for Kafka mutual TLS"),
		settings.Var(&c.KafkaTLSKey, "kafka-tls-key", "", "PEM key of --kafka-tls-cert"),
		settings.Var(&c.KafkaSASLMechanism, "kafka-sasl-mechanism", "", "Kafka SASL: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512"),
		settings.Var(&c.KafkaSASLUser, "kafka-sasl-user", "", "Kafka SASL user"),
		settings.Var(&c.KafkaSASLPassword, "kafka-sasl-password", "", "Kafka SASL password").Secret(),
		settings.Var(&c.KafkaAddr, "kafka-addr", "127.0.0.1:9092", "where the embedded Kafka cluster listens (rhd dev, rhd kafka), and the broker of the other commands when --kafka-brokers is empty").
			Alias("kafka", "addr"),
		settings.Var(&c.KafkaInstance, "kafka-instance", "", "makes this process's consumer-group members static").
			Describe("instance id `<value>-<role>`, e.g. `warehouse-stream-0`: a process restarted after a crash takes its members' places instead of waiting beside dead ones; give each process its own value (see docs/operations.md, split topology)", ""),
		settings.Var(&c.KafkaPartition, "kafka-partitions", 4, "partitions of rhd.frames.v1 when it is created").
			Alias("kafka", "partitions"),
		settings.Var(&c.KafkaRetention, "kafka-retention", 24*time.Hour, "how long the embedded cluster keeps the frames and dead-letter topics").On("dev", "kafka", "bench", "uploads").
			Describe("a buffer: the warehouse is the store of record; checked every minute", ""),
		settings.Var(&c.KafkaRetentionMB, "kafka-retention-mb", 1024, "how much per partition the embedded cluster keeps of them").On("dev", "kafka", "bench", "uploads"),
		settings.Var(&c.PostgresDSN, "postgres-dsn", "", "ledger in Postgres (postgres://…); empty: SQLite in the data dir"),
		settings.Var(&c.ClickHouseDSN, "clickhouse-dsn", "", "warehouse in ClickHouse (clickhouse://…); empty: DuckDB in the data dir"),
		settings.Var(&c.DuckDBMemory, "duckdb-memory", "1GB", "memory limit of the embedded DuckDB warehouse").
			Describe("its buffer cache would otherwise grow to 80% of RAM", ""),
		settings.Var(&c.IngestAddr, "ingest-addr", "127.0.0.1:7080", "device gateway listen address").On("dev", "ingest").
			Alias("ingest", "addr"),
		settings.Var(&c.MQTTAddr, "mqtt-addr", "127.0.0.1:1884", "the embedded MQTT broker for devices that speak MQTT (mqtt.md)").On("dev"),
		settings.Var(&c.MQTTBroker, "mqtt-broker", "", "an MQTT broker of your own (tcp://host:port) to bridge instead of the embedded one").On("dev", "ingest"),
		settings.Var(&c.AdminAddr, "admin-addr", "127.0.0.1:7070", "admin API, /metrics and /healthz").On("dev").
			Describe("`/v1/…` needs the admin token and a Host naming loopback or this address; `/metrics` and `/healthz` need no token", ""),
		settings.Var(&c.AdminToken, "admin-token", "", "admin API token (at least 32 characters) or a file holding it; arguments show in ps, prefer the variable or a file").
			Describe("by default rhd dev creates `admin.token` (0600) in the data dir on first start and the CLI reads it", "*(empty: `data/admin.token`)*"),
		settings.Var(&c.StreamWorkers, "stream-workers", 2, "stream consumer-group members per process").On("dev", "stream", "serve", "run").
			Alias("stream", "workers").Alias("serve", "workers").Alias("run", "workers"),
		settings.Var(&c.Devices, "devices", 300, "simulated contributors/devices to seed on an empty data dir").On("dev"),
		settings.Var(&c.Backfill, "sim-backfill", 14*24*time.Hour, "history a new simulated device starts with").On("dev").
			Alias("dev", "backfill"),
		settings.Var(&c.SimDetail, "sim-detail", 6*time.Hour, "the most recent part of that history sent at full resolution").On("dev").
			Describe("older minutes arrive as a wearable syncs stored history, one value per channel per minute", ""),
		settings.Var(&c.SimSpeed, "sim-speed", 120.0, "simulated minutes per real minute while catching up").On("dev"),
		settings.Var(&c.LogLevel, "log-level", "info", "debug, info, warn or error"),
		settings.Var(&c.K, "k", 20, "minimum contributors per cohort and per exported class, at least 5").On(policyCmds...),
		settings.Var(&c.CohortWindow, "cohort-window", 30*24*time.Hour, "data window of a snapshot").On(policyCmds...).
			Alias("cohorter", "window").Alias("dev", "window").Alias("serve", "window").Alias("run", "window"),
		settings.Var(&c.CohortStep, "cohort-step", 24*time.Hour, "least time between two versions of a cohort whose k and prices did not change and whose members changed by fewer than k; whatever changed, a cohort gets at most one version per quarter of it").On(policyCmds...).
			Alias("cohorter", "step").Alias("dev", "step").Alias("serve", "step").Alias("run", "step").
			Describe("each version spends privacy budget: privacy.md", ""),
		settings.Var(&c.CohortInterval, "cohorter-interval", 10*time.Minute, "how often the cohorter runs").On(policyCmds...).
			Alias("cohorter", "interval").Alias("dev", "interval").Alias("serve", "interval").Alias("run", "interval"),
		settings.Var(&c.PriceBase, "price-base-cents", int64(5000), "price of a snapshot: base …").On(policyCmds...),
		settings.Var(&c.PricePerDay, "price-per-day-cents", int64(10), "… plus this per contributor-day").On(policyCmds...),
		settings.Var(&c.EthRPC, "eth-rpc", "", "EVM JSON-RPC endpoint; empty: the embedded chain in data/chain"),
		settings.Var(&c.OperatorKey, "operator-key", "", "with --eth-rpc: hex private key, or a file holding it, that deploys the contracts; without the four duty keys below, they are derived from it and topped up from it to 0.1 ether each (at most an eighth of its balance each)").Secret(),
		settings.Var(&c.DutyKeys[0], "committer-key", "", "with --eth-rpc: hex key or key file that commits payout roots (the distributor's operator role)").Secret().
			Describe("", "*(derived from the operator key)*"),
		settings.Var(&c.DutyKeys[1], "claimer-key", "", "with --eth-rpc: hex key or key file that sends claims and redeems cash-outs (the distributor's redeemer role)").Secret().
			Describe("", "*(derived from the operator key)*"),
		settings.Var(&c.DutyKeys[2], "minter-key", "", "with --eth-rpc: hex key or key file that mints contribution records (the records' minter role)").Secret().
			Describe("", "*(derived from the operator key)*"),
		settings.Var(&c.DutyKeys[3], "relayer-key", "", "with --eth-rpc: hex key or key file that relays consent signatures (no role)").Secret().
			Describe("", "*(derived from the operator key)*"),
		settings.Var(&c.WalletKey, "wallet-key", "", "master key of custodial wallets (32 bytes hex/base64, or a file)").Secret().
			Describe("", "*(generated: `data/wallet.key`)*"),
		settings.Var(&c.FeeBps, "fee-bps", int64(1500), "platform fee in basis points").On("dev", "serve", "settle", "sales"),
		settings.Var(&c.Confirmations, "confirmations", uint64(0), "blocks after a payout epoch's own before it counts as confirmed").On(settleCmds...).
			Describe("unset, it is 0 on the embedded chain, which cannot reorganize, and 12 with --eth-rpc", "`0`, or `12` with `RHD_ETH_RPC`"),
		settings.Var(&c.ContractAdmin, "contract-admin", "", "address given the contracts' admin and pauser roles at first deployment (a multisig or timelock in production)").
			Describe("", "*(the operator's address)*"),
		settings.Var(&c.SettleEvery, "settle-interval", time.Minute, "how often sales are committed on chain and paid cash-outs redeemed").On(settleCmds...).
			Alias("settle", "interval"),
		settings.Var(&c.DemoSaleEvery, "demo-sale-every", 30*time.Second, "how often rhd dev's simulated researcher buys; 0 turns it off").On("dev"),
		settings.Var(&c.PortalAddr, "portal-addr", "127.0.0.1:7090", "web portal listen address").On(portalCmds...),
		settings.Var(&c.PortalURL, "portal-url", "", "public base URL of the portal (sign-in redirects; https:// turns on Secure cookies)").On(portalCmds...).
			Describe("", "`http://` + the portal's address"),
		settings.Var(&c.GoogleID, "google-client-id", "", "Google sign-in client; empty: the built-in development provider with demo accounts (rhd dev on loopback only)").On(portalCmds...),
		settings.Var(&c.GoogleSecret, "google-client-secret", "", "Google sign-in client secret").On(portalCmds...).Secret(),
		settings.Var(&c.DevSignInPostgres, "dev-signin-postgres", false, "let the development sign-in run against a Postgres ledger (by default only against the embedded SQLite one)").On(portalCmds...),
		settings.Var(&c.Admins, "admins", "", "comma-separated emails of operators who may open /admin").On(portalCmds...).
			Describe("without a Google client the demo operator is one too", ""),
	}
}

// DevProfile is what `rhd dev` changes from the defaults, for settings
// neither a variable nor a flag sets: locally, cohorts should appear and
// be paid for minutes after the first start.
func DevProfile() settings.Profile {
	return settings.Profile{Name: "dev", Defaults: map[string]string{
		"cohort-step":       "5m",
		"cohorter-interval": "1m",
		"settle-interval":   "5s",
	}}
}

// Derive applies the defaults that depend on other settings of set.
func (c *Config) Derive(set *settings.Set) error {
	if c.EthRPC != "" {
		// An external chain can reorganize; the embedded single node cannot.
		return set.Default("confirmations", "12")
	}
	return nil
}

// WriteConfigDoc writes docs/configuration.md from set.
func WriteConfigDoc(w io.Writer, set *settings.Set) error {
	if _, err := io.WriteString(w, configDocIntro); err != nil {
		return err
	}
	if err := set.Markdown(w, DevProfile()); err != nil {
		return err
	}
	_, err := io.WriteString(w, configDocOutro)
	return err
}

const configDocIntro = `# Configuration

<!-- Generated by ` + "`go generate ./cmd/rhd`" + ` (rhd config doc) from the settings declared in app/flags.go; do not edit: TestConfigurationDocIsCurrent fails when this file is stale. -->

Every setting is an environment variable, ` + "`RHD_`" + ` and its flag's name in upper snake case; the flag, where the setting's commands have it, overrides the variable. A value that does not parse stops rhd at start-up, naming the variable. Secrets have no flag: arguments show in ps.

` + "`rhd dev`" + ` is a profile: it changes the defaults shown with "(` + "`rhd dev`" + `: …)", for settings no variable or flag sets.

`

const configDocOutro = `
Tests only:

| variable | default | meaning |
|---|---|---|
| ` + "`RHD_TEST_POSTGRES`" + ` | local server | the Postgres the ledger suite uses |
| ` + "`RHD_GETH`" + ` | *(PATH)* | the ` + "`geth`" + ` binary for the JSON-RPC integration test and ` + "`TestChaosShort`" + ` (` + "`.ci/run`" + ` builds it; ` + "`rhd chaos`" + ` takes ` + "`--geth`" + `) |
| ` + "`RHD_CHAOS`" + `, ` + "`RHD_CHAOS_KINDS`" + ` | off, every kind | ` + "`TestChaosShort`" + `'s duration (` + "`make test`" + `: 3m) and the kinds of process it kills |
`
