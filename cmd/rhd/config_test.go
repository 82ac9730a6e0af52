package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// A setting that does not parse stops rhd at start-up, naming the variable,
// instead of running it on the default (RHD_K=2O once ran with k=20).
func TestMalformedSettingFailsAtStartup(t *testing.T) {
	cases := map[string]string{"RHD_LOG_LEVEL": "verbose"}
	for _, s := range defaultsOnly().settings.All() {
		switch s.Type() {
		case "string":
		case "bool":
			cases[s.Env()] = "yes please"
		case "duration":
			cases[s.Env()] = "30 days"
		default:
			cases[s.Env()] = "2O"
		}
	}
	if len(cases) < 15 {
		t.Fatalf("only %d settings to check", len(cases))
	}
	for name, value := range cases {
		t.Run(name, func(t *testing.T) {
			t.Setenv(name, value)
			cfg := defaultConfig()
			cfg.DataDir = t.TempDir()
			root := newRoot(cfg)
			root.SetArgs([]string{"stats"})
			err := root.Execute()
			if err == nil {
				t.Fatalf("%s=%q: rhd started", name, value)
			}
			if !strings.Contains(err.Error(), name) {
				t.Fatalf("%s=%q: error %q does not name the variable", name, value, err)
			}
		})
	}
	t.Setenv("RHD_K", "25")
	if cfg := defaultConfig(); cfg.K != 25 || cfg.envErr != nil {
		t.Fatalf("RHD_K=25 read as %d, error %v", cfg.K, cfg.envErr)
	}
}

// Every variable rhd read before settings were declared once still works.
func TestEveryFormerVariableIsDeclared(t *testing.T) {
	former := []string{"RHD_DATA_DIR", "RHD_KAFKA_BROKERS", "RHD_KAFKA_TLS", "RHD_KAFKA_TLS_CA", "RHD_KAFKA_TLS_CERT",
		"RHD_KAFKA_TLS_KEY", "RHD_KAFKA_SASL_MECHANISM", "RHD_KAFKA_SASL_USER", "RHD_KAFKA_SASL_PASSWORD", "RHD_KAFKA_ADDR",
		"RHD_KAFKA_INSTANCE", "RHD_KAFKA_PARTITIONS", "RHD_KAFKA_RETENTION", "RHD_KAFKA_RETENTION_MB", "RHD_POSTGRES_DSN",
		"RHD_CLICKHOUSE_DSN", "RHD_DUCKDB_MEMORY", "RHD_INGEST_ADDR", "RHD_MQTT_ADDR", "RHD_MQTT_BROKER", "RHD_ADMIN_ADDR",
		"RHD_ADMIN_TOKEN", "RHD_STREAM_WORKERS", "RHD_DEVICES", "RHD_SIM_BACKFILL", "RHD_SIM_DETAIL", "RHD_SIM_SPEED",
		"RHD_LOG_LEVEL", "RHD_K", "RHD_COHORT_WINDOW", "RHD_COHORT_STEP", "RHD_COHORTER_INTERVAL", "RHD_PRICE_BASE_CENTS",
		"RHD_PRICE_PER_DAY_CENTS", "RHD_ETH_RPC", "RHD_OPERATOR_KEY", "RHD_WALLET_KEY", "RHD_FEE_BPS", "RHD_CONFIRMATIONS",
		"RHD_CONTRACT_ADMIN", "RHD_SETTLE_INTERVAL", "RHD_DEMO_SALE_EVERY", "RHD_PORTAL_ADDR", "RHD_PORTAL_URL",
		"RHD_GOOGLE_CLIENT_ID", "RHD_GOOGLE_CLIENT_SECRET", "RHD_DEV_SIGNIN_POSTGRES", "RHD_ADMINS"}
	var declared []string
	for _, s := range defaultsOnly().settings.All() {
		declared = append(declared, s.Env())
	}
	for _, name := range former {
		if !slices.Contains(declared, name) {
			t.Errorf("%s is no longer a setting", name)
		}
	}
}

// Each command a setting names exists and has the flag (a renamed command
// would otherwise silently lose its flags).
func TestSettingFlagsOnTheirCommands(t *testing.T) {
	root := newRoot(defaultConfig())
	for _, s := range defaultsOnly().settings.All() {
		cmds := s.Commands
		if len(cmds) == 0 {
			cmds = []string{"stats"}
		}
		for _, name := range cmds {
			c, _, err := root.Find([]string{name})
			if err != nil || c == root {
				t.Errorf("%s: no command %q", s.Name, name)
				continue
			}
			f := c.LocalFlags().Lookup(s.Name)
			if f == nil {
				f = c.InheritedFlags().Lookup(s.Name)
			}
			if (f == nil) != s.EnvOnly {
				t.Errorf("rhd %s: flag --%s: %v, secret %v", name, s.Name, f, s.EnvOnly)
			}
		}
	}
}

// A command's subcommands share its settings.
func TestSubcommandsShareTheirCommandsSettings(t *testing.T) {
	if cfg := runSettings(t, "uploads", "add", "--kafka-retention", "2h", "--contributor", "a@example.org", "batch.csv"); cfg.KafkaRetention != 2*time.Hour {
		t.Fatalf("uploads add --kafka-retention 2h: %v", cfg.KafkaRetention)
	}
}

// runSettings runs the rhd command line up to the command's start and
// returns the settings it would run with.
func runSettings(t *testing.T, args ...string) *config {
	t.Helper()
	cfg := defaultConfig()
	root := newRoot(cfg)
	c, _, err := root.Find(args)
	if err != nil {
		t.Fatal(err)
	}
	c.Run, c.RunE = nil, func(*cobra.Command, []string) error { return nil }
	root.SetErr(io.Discard) // former flags' deprecation notes
	root.SetArgs(append(args, "--data-dir", t.TempDir(), "--log-level", "error"))
	if err := root.Execute(); err != nil {
		t.Fatalf("rhd %v: %v", args, err)
	}
	return cfg
}

// A flag overrides the variable; the flag names of before the settings'
// declaration (the ones not matching their variable) still work.
func TestFlagsOverrideVariablesAndFormerFlagsWork(t *testing.T) {
	t.Setenv("RHD_K", "25")
	if cfg := runSettings(t, "cohorter"); cfg.K != 25 {
		t.Fatalf("RHD_K=25: k %d", cfg.K)
	}
	if cfg := runSettings(t, "cohorter", "--k", "30", "--cohort-window", "48h"); cfg.K != 30 || cfg.CohortWindow != 48*time.Hour {
		t.Fatalf("--k 30 --cohort-window 48h: k %d, window %v", cfg.K, cfg.CohortWindow)
	}
	cfg := runSettings(t, "dev", "--k", "5", "--step", "2s", "--interval", "1s", "--window", "1h", "--backfill", "3h")
	if cfg.K != 5 || cfg.CohortStep != 2*time.Second || cfg.CohortInterval != time.Second || cfg.CohortWindow != time.Hour || cfg.Backfill != 3*time.Hour {
		t.Fatalf("dev's former flags: %+v", cfg)
	}
	if cfg := runSettings(t, "kafka", "--addr", "127.0.0.1:1", "--partitions", "7"); cfg.KafkaAddr != "127.0.0.1:1" || cfg.KafkaPartition != 7 {
		t.Fatalf("kafka --addr --partitions: %q %d", cfg.KafkaAddr, cfg.KafkaPartition)
	}
	if cfg := runSettings(t, "ingest", "--addr", "127.0.0.1:2"); cfg.IngestAddr != "127.0.0.1:2" {
		t.Fatalf("ingest --addr: %q", cfg.IngestAddr)
	}
	if cfg := runSettings(t, "stream", "--workers", "3"); cfg.StreamWorkers != 3 {
		t.Fatalf("stream --workers: %d", cfg.StreamWorkers)
	}
	if cfg := runSettings(t, "serve", "--workers", "5", "--settle-interval", "9s"); cfg.StreamWorkers != 5 || cfg.SettleEvery != 9*time.Second {
		t.Fatalf("serve --workers --settle-interval: %d %v", cfg.StreamWorkers, cfg.SettleEvery)
	}
	if cfg := runSettings(t, "settle", "--interval", "7s"); cfg.SettleEvery != 7*time.Second {
		t.Fatalf("settle --interval: %v", cfg.SettleEvery)
	}
}

// rhd dev's shorter intervals are its own: building the command line once
// gave every command them (rhd cohorter ran every minute, with cohort
// versions 5 minutes apart). A variable or flag still overrides them.
func TestDevProfileIsDevsOnly(t *testing.T) {
	for _, name := range []string{"RHD_COHORT_STEP", "RHD_COHORTER_INTERVAL", "RHD_SETTLE_INTERVAL"} {
		t.Setenv(name, "") // restored after the test
		os.Unsetenv(name)
	}
	cfg := runSettings(t, "cohorter")
	if cfg.CohortStep != 24*time.Hour || cfg.CohortInterval != 10*time.Minute {
		t.Fatalf("rhd cohorter: step %v, interval %v", cfg.CohortStep, cfg.CohortInterval)
	}
	if cfg := runSettings(t, "settle"); cfg.SettleEvery != time.Minute {
		t.Fatalf("rhd settle: interval %v", cfg.SettleEvery)
	}
	cfg = runSettings(t, "dev")
	if cfg.CohortStep != 5*time.Minute || cfg.CohortInterval != time.Minute || cfg.SettleEvery != 5*time.Second {
		t.Fatalf("rhd dev: step %v, interval %v, settle %v", cfg.CohortStep, cfg.CohortInterval, cfg.SettleEvery)
	}
	t.Setenv("RHD_COHORT_STEP", "1h")
	cfg = runSettings(t, "dev", "--settle-interval", "9s")
	if cfg.CohortStep != time.Hour || cfg.CohortInterval != time.Minute || cfg.SettleEvery != 9*time.Second {
		t.Fatalf("rhd dev with RHD_COHORT_STEP=1h --settle-interval 9s: step %v, interval %v, settle %v", cfg.CohortStep, cfg.CohortInterval, cfg.SettleEvery)
	}
}

// Confirmations default to 0 on the embedded chain and 12 on an external
// one, however the endpoint is given; an explicit value wins, even 0.
func TestConfirmationsFollowTheChain(t *testing.T) {
	t.Setenv("RHD_ETH_RPC", "")
	t.Setenv("RHD_CONFIRMATIONS", "")
	if cfg := runSettings(t, "settle"); cfg.Confirmations != 0 {
		t.Fatalf("embedded chain: %d confirmations", cfg.Confirmations)
	}
	if cfg := runSettings(t, "settle", "--eth-rpc", "http://127.0.0.1:1"); cfg.Confirmations != 12 {
		t.Fatalf("--eth-rpc: %d confirmations", cfg.Confirmations)
	}
	if cfg := runSettings(t, "settle", "--eth-rpc", "http://127.0.0.1:1", "--confirmations", "2"); cfg.Confirmations != 2 {
		t.Fatalf("--eth-rpc --confirmations 2: %d confirmations", cfg.Confirmations)
	}
	t.Setenv("RHD_ETH_RPC", "http://127.0.0.1:1")
	if cfg := runSettings(t, "settle"); cfg.Confirmations != 12 {
		t.Fatalf("RHD_ETH_RPC: %d confirmations", cfg.Confirmations)
	}
	if cfg := defaultConfig(); cfg.Confirmations != 12 {
		t.Fatalf("RHD_ETH_RPC, before a command runs: %d confirmations", cfg.Confirmations)
	}
	t.Setenv("RHD_CONFIRMATIONS", "0")
	if cfg := runSettings(t, "settle"); cfg.Confirmations != 0 {
		t.Fatalf("RHD_ETH_RPC, RHD_CONFIRMATIONS=0: %d confirmations", cfg.Confirmations)
	}
}

// A command's own flag never declares a setting a second time: its value
// would bypass the setting's variable handling and the generated doc.
func TestNoCommandRedeclaresASetting(t *testing.T) {
	set := defaultsOnly().settings.All()
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.LocalFlags() // merges the persistent flags into c.Flags()
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if fmt.Sprintf("%T", f.Value) == "*settings.value" {
				return
			}
			for _, s := range set {
				on := len(s.Commands) == 0
				for p := c; p != nil; p = p.Parent() {
					on = on || slices.Contains(s.Commands, p.Name())
				}
				if on && f.Name == s.Name || f.Name == s.Aliases[c.Name()] {
					t.Errorf("%s declares --%s again (%s)", c.CommandPath(), f.Name, s.Env())
				}
			}
		})
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(newRoot(defaultConfig()))
	if cfg := runSettings(t, "run", "--target", "cohorter", "--k", "7", "--window", "48h"); cfg.K != 7 || cfg.CohortWindow != 48*time.Hour {
		t.Fatalf("run --k 7 --window 48h: k %d, window %v", cfg.K, cfg.CohortWindow)
	}
}
