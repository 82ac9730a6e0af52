package settings

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
)

type conf struct {
	K      int
	Window time.Duration
	Addr   string
	Secret string
	On     bool
}

func declare(c *conf) *Set {
	set, err := New(
		Var(&c.K, "k", 20, "minimum cohort size"),
		Var(&c.Window, "cohort-window", time.Hour, "window").On("run").Alias("run", "window"),
		Var(&c.Addr, "ingest-addr", "127.0.0.1:1", "listen address").On("run").Describe("more", ""),
		Var(&c.Secret, "wallet-key", "", "key").Secret(),
		Var(&c.On, "dev-signin", false, "switch"),
	)
	if err != nil {
		panic(err)
	}
	return set
}

func env(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

func TestEnvNameDerivesFromTheFlag(t *testing.T) {
	for flag, want := range map[string]string{"k": "RHD_K", "kafka-retention-mb": "RHD_KAFKA_RETENTION_MB", "dev-signin-postgres": "RHD_DEV_SIGNIN_POSTGRES"} {
		if got := Env(flag); got != want {
			t.Errorf("Env(%q) = %q, want %q", flag, got, want)
		}
	}
}

func TestLoadEnvNamesEveryMalformedVariable(t *testing.T) {
	var c conf
	set := declare(&c)
	err := set.LoadEnv(env(map[string]string{"RHD_K": "2O", "RHD_COHORT_WINDOW": "30 days", "RHD_DEV_SIGNIN": "yes", "RHD_INGEST_ADDR": ":9"}))
	if err == nil {
		t.Fatal("no error")
	}
	for _, name := range []string{"RHD_K", "RHD_COHORT_WINDOW", "RHD_DEV_SIGNIN"} {
		if !strings.Contains(err.Error(), name) {
			t.Errorf("error %q does not name %s", err, name)
		}
	}
	if c.K != 20 || c.Addr != ":9" {
		t.Fatalf("k %d, addr %q", c.K, c.Addr)
	}
}

func TestEmptyVariableKeepsANonStringDefault(t *testing.T) {
	var c conf
	set := declare(&c)
	if err := set.LoadEnv(env(map[string]string{"RHD_K": "", "RHD_INGEST_ADDR": ""})); err != nil {
		t.Fatal(err)
	}
	if c.K != 20 || c.Addr != "" || set.Explicit("k") || !set.Explicit("ingest-addr") {
		t.Fatalf("k %d, addr %q", c.K, c.Addr)
	}
}

func run(t *testing.T, set *Set, lookup map[string]string, args ...string) (missing []string, stderr string) {
	t.Helper()
	if err := set.LoadEnv(env(lookup)); err != nil {
		t.Fatal(err)
	}
	root := &cobra.Command{Use: "x"}
	root.AddCommand(&cobra.Command{Use: "run", RunE: func(*cobra.Command, []string) error { return nil }})
	missing = set.Bind(root)
	var errOut bytes.Buffer
	root.SetErr(&errOut)
	root.SetOut(&errOut)
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	return missing, errOut.String()
}

func TestFlagOverridesVariableAndDefaultYieldsToBoth(t *testing.T) {
	var c conf
	set := declare(&c)
	if _, _ = run(t, set, map[string]string{"RHD_K": "25"}, "run", "--k", "30", "--dev-signin"); c.K != 30 || !c.On {
		t.Fatalf("k %d, on %v", c.K, c.On)
	}
	if err := set.Default("k", "5"); err != nil || c.K != 30 {
		t.Fatalf("a profile overrode --k: %d %v", c.K, err)
	}
	if err := set.Default("cohort-window", "5m"); err != nil || c.Window != 5*time.Minute {
		t.Fatalf("profile not applied: %v %v", c.Window, err)
	}
	if err := set.Default("nope", "1"); err == nil {
		t.Fatal("no error for an unknown setting")
	}
}

func TestHelpShowsTheProfilesDefault(t *testing.T) {
	var c conf
	set := declare(&c)
	root := &cobra.Command{Use: "x"}
	run := &cobra.Command{Use: "run"}
	root.AddCommand(run)
	set.Bind(root, Profile{Name: "run", Defaults: map[string]string{"cohort-window": "5m"}})
	if f := run.PersistentFlags().Lookup("cohort-window"); f.DefValue != "5m" {
		t.Fatalf("rhd run --help shows default %q", f.DefValue)
	}
}

func TestFormerFlagNameStillWorks(t *testing.T) {
	var c conf
	_, stderr := run(t, declare(&c), nil, "run", "--window", "2h")
	if c.Window != 2*time.Hour || !strings.Contains(stderr, "--cohort-window") {
		t.Fatalf("window %v, stderr %q", c.Window, stderr)
	}
}

func TestSecretsHaveNoFlagAndMissingCommandsAreReported(t *testing.T) {
	var c conf
	set, _ := New(Var(&c.Secret, "wallet-key", "", "key").Secret(), Var(&c.K, "k", 1, "k").On("run", "gone"))
	root := &cobra.Command{Use: "x"}
	root.AddCommand(&cobra.Command{Use: "run"})
	if missing := set.Bind(root); len(missing) != 1 || missing[0] != "gone" {
		t.Fatalf("missing %v", missing)
	}
	if root.PersistentFlags().Lookup("wallet-key") != nil {
		t.Fatal("a secret became a flag")
	}
}

func TestDuplicateDeclarationIsAnError(t *testing.T) {
	var a, b int
	if _, err := New(Var(&a, "k", 1, ""), Var(&b, "k", 2, "")); err == nil {
		t.Fatal("no error")
	}
}

func TestMarkdown(t *testing.T) {
	var c conf
	var b bytes.Buffer
	if err := declare(&c).Markdown(&b, Profile{Name: "dev", Defaults: map[string]string{"cohort-window": "5m"}}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| `RHD_K` | `--k` | `20` | all | minimum cohort size |",
		"| `RHD_COHORT_WINDOW` | `--cohort-window` (formerly `--window` of `run`, still accepted) | `1h` (`rhd dev`: `5m`) | `run` | window |",
		"| `RHD_INGEST_ADDR` | `--ingest-addr` | `127.0.0.1:1` | `run` | listen address; more |",
		"| `RHD_WALLET_KEY` | *(variable only: a secret)* | *(empty)* | all | key |",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("no row %s in\n%s", want, b.String())
		}
	}
}
