package main

import (
	"strings"
	"testing"
)

// A setting that does not parse stops rhd at start-up, naming the variable,
// instead of running it on the default (RHD_K=2O once ran with k=20).
func TestMalformedSettingFailsAtStartup(t *testing.T) {
	for name, value := range map[string]string{
		"RHD_K":                   "2O",
		"RHD_COHORT_WINDOW":       "30 days",
		"RHD_SIM_SPEED":           "fast",
		"RHD_DEV_SIGNIN_POSTGRES": "yes please",
		"RHD_LOG_LEVEL":           "verbose",
	} {
		t.Run(name, func(t *testing.T) {
			envErrs = nil
			t.Cleanup(func() { envErrs = nil })
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
	envErrs = nil
	t.Setenv("RHD_K", "25")
	if cfg := defaultConfig(); cfg.K != 25 || len(envErrs) != 0 {
		t.Fatalf("RHD_K=25 read as %d, errors %v", cfg.K, envErrs)
	}
}
