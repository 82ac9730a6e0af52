package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"rhd.dev/app"
)

// docs/configuration.md is what `rhd config doc` prints.
func TestConfigurationDocIsCurrent(t *testing.T) {
	doc, err := os.ReadFile("../../docs/configuration.md")
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := app.WriteConfigDoc(&want, defaultsOnly().settings); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(doc, want.Bytes()) {
		t.Fatal("docs/configuration.md is stale: run `go generate ./cmd/rhd`")
	}
}

// The generated reference shows the defaults, not the environment's values.
func TestConfigDocIgnoresTheEnvironment(t *testing.T) {
	t.Setenv("RHD_K", "33")
	var out bytes.Buffer
	root := newRoot(defaultConfig())
	root.SetOut(&out)
	root.SetArgs([]string{"config", "doc"})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "| `RHD_K` | `--k` | `20` |") {
		t.Fatalf("RHD_K row:\n%s", out.String())
	}
}

// Error messages and help name only variables that exist.
func TestNamedVariablesAreSettings(t *testing.T) {
	declared := []string{"RHD_TEST_POSTGRES", "RHD_GETH", "RHD_CHAOS", "RHD_CHAOS_KINDS"} // the tests' own
	for _, s := range defaultsOnly().settings.All() {
		declared = append(declared, s.Env())
	}
	for _, dir := range []string{".", "../../portal", "../../settle"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range regexp.MustCompile(`RHD_[A-Z0-9_]*[A-Z0-9]`).FindAllString(string(b), -1) {
				if !slices.Contains(declared, name) {
					t.Errorf("%s names %s, which is no setting", f, name)
				}
			}
		}
	}
}
