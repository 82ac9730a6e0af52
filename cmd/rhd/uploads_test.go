package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"rhd.dev/admin"
	"rhd.dev/app"
)

// runUploads runs `rhd uploads …` and returns its output and error.
func runUploads(cfg *config, args ...string) (string, error) {
	root := &cobra.Command{Use: "rhd", SilenceUsage: true, SilenceErrors: true}
	cfg.bindGlobal(root)
	root.AddCommand(uploadsCmd(cfg))
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(append([]string{"uploads"}, args...))
	err := root.Execute()
	return out.String(), err
}

// `rhd uploads add` imports through the running rhd dev's admin API with the
// portal's path: it prints per file the format, readings stored per metric,
// what was left out and why, and the time range; the file is recorded as
// the contributor's upload; the same file again is recognised; a file of a
// format uploads do not take is refused, naming the formats, before
// anything is sent.
func TestUploadsAddThroughRunningDev(t *testing.T) {
	cfg := testConfig(t)
	cfg.Devices, cfg.Backfill, cfg.SimSpeed = 2, time.Hour, 100
	cfg.DemoSaleEvery = 0
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var devOut bytes.Buffer
	go func() { done <- runDev(ctx, cfg, &devOut) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("rhd dev: %v", err)
		}
	}()
	var live admin.Stats
	for deadline := time.Now().Add(90 * time.Second); ; {
		if running, err := cfg.Admin().Ask(ctx, "/v1/stats", &live); running && err == nil && live.Ledger.Devices >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("rhd dev did not start:\n%s", devOut.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	store, err := app.OpenLedger(ctx, &cfg.Config)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	people, err := store.Contributors(ctx)
	if err != nil || len(people) == 0 {
		t.Fatal(err)
	}
	owner := people[0]

	dir := t.TempDir()
	at := time.Now().UTC().Add(-3 * time.Hour).Truncate(time.Minute)
	var csv strings.Builder
	csv.WriteString("time,metric,value\n")
	for i := range 30 {
		fmt.Fprintf(&csv, "%s,heart_rate,%d\n", at.Add(time.Duration(i)*time.Minute).Format(time.RFC3339), 60+i)
	}
	fmt.Fprintf(&csv, "%s,heart_rate,900\n", at.Format(time.RFC3339))
	csvPath := filepath.Join(dir, "watch.csv")
	os.WriteFile(csvPath, []byte(csv.String()), 0o600)
	omh := fmt.Sprintf(`[{"header":{"schema_id":{"namespace":"omh","name":"step-count","version":"2.0"}},"body":{"step_count":{"value":300,"unit":"steps"},
		"effective_time_frame":{"time_interval":{"start_date_time":%q,"end_date_time":%q}}}},
		{"body_temperature":{"value":98.6,"unit":"F"},"effective_time_frame":{"date_time":%q}}]`,
		at.Format(time.RFC3339), at.Add(5*time.Minute).Format(time.RFC3339), at.Format(time.RFC3339))
	omhPath := filepath.Join(dir, "points.json")
	os.WriteFile(omhPath, []byte(omh), 0o600)

	out, err := runUploads(cfg, "add", "--contributor", owner.Email, csvPath, omhPath)
	if err != nil {
		t.Fatalf("uploads add: %v\n%s", err, out)
	}
	t.Logf("rhd uploads add:\n%s", out)
	for _, want := range []string{"watch.csv (csv)", "stored: 30", "heart_rate", "left out: 1", "implausible",
		"points.json (open-mhealth)", "stored: 6", "steps", "body_temp", "time range: " + at.Format(time.RFC3339)} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	up, err := store.FindUpload(ctx, owner.ID, sha(t, csvPath))
	if err != nil || up.Readings != 30 || up.FileName != "watch.csv" {
		t.Fatalf("the import is the contributor's upload: %+v %v", up, err)
	}
	// The same file again counts nothing.
	if out, err := runUploads(cfg, "add", "--contributor", owner.Email, csvPath); err != nil || !strings.Contains(out, "already uploaded") {
		t.Fatalf("again: %v\n%s", err, out)
	}
	// An unsupported file is refused before anything is sent, naming what uploads take.
	txt := filepath.Join(dir, "notes.txt")
	os.WriteFile(txt, []byte("went for a run"), 0o600)
	out, err = runUploads(cfg, "add", "--contributor", owner.Email, csvPath, txt)
	if err == nil || !strings.Contains(err.Error(), "Open mHealth") || !strings.Contains(err.Error(), "FHIR") || strings.Contains(out, "watch.csv") {
		t.Fatalf("unsupported file: %v\n%s", err, out)
	}
	// A file whose content is refused says why, and the command fails.
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("time,metric,value\nyesterday,heart_rate,61\n"), 0o600)
	if out, err := runUploads(cfg, "add", "--contributor", owner.Email, bad); err == nil || !strings.Contains(out, "refused: This file could not be read at line 2") {
		t.Fatalf("broken file: %v\n%s", err, out)
	}
	if _, err := runUploads(cfg, "add", "--contributor", "nobody@example.org", omhPath); err == nil || !strings.Contains(err.Error(), "no contributor") {
		t.Fatalf("unknown contributor: %v", err)
	}
}

func sha(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%x", sha256.Sum256(b))
}
