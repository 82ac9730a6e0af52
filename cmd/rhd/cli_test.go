package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"rhd.dev/app"
	"rhd.dev/demo"
	"rhd.dev/firmware/fleet"
)

// run executes the rhd command line against cfg's data dir.
func run(t *testing.T, cfg *config, args ...string) string {
	t.Helper()
	root := &cobra.Command{Use: "rhd", SilenceUsage: true, SilenceErrors: true}
	cfg.bindGlobal(root)
	root.AddCommand(devicesCmd(cfg), statsCmd(cfg), seedCmd(cfg), cohortsCmd(cfg), bundlesCmd(cfg), salesCmd(cfg), payoutsCmd(cfg), walletsCmd(cfg), recordsCmd(cfg))
	var out, errOut bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		t.Fatalf("rhd %s: %v\n%s", strings.Join(args, " "), err, errOut.String())
	}
	return out.String()
}

// The contributor's way to add a device: a pairing code from the platform,
// then `rhd devices pair` (the firmware) registers its key through the gateway,
// and its frames are accepted from then on.
func TestPairingCodeThenPairThenStream(t *testing.T) {
	p := startPipeline(t)
	owner := p.contributor("pairing@example.org")
	code := strings.TrimSpace(run(t, p.cfg, "devices", "code", "--contributor", owner.Email, "--type", "ring"))
	if len(code) != 14 || code[4] != '-' || code[9] != '-' {
		t.Fatalf("pairing code %q", code)
	}
	dir := t.TempDir()
	out := run(t, p.cfg, "devices", "pair", "--code", code, "--type", "ring", "--gateway", "http://"+p.ingest.addr, "--fleet", dir)
	if !strings.Contains(out, "paired device") {
		t.Fatalf("pair said %q", out)
	}
	devs, _ := p.store.DevicesOf(context.Background(), owner.ID)
	if len(devs) != 1 || devs[0].Type != "ring" {
		t.Fatalf("ledger devices of the contributor: %+v", devs)
	}
	if ls := run(t, p.cfg, "devices", "ls"); !strings.Contains(ls, devs[0].ID) {
		t.Fatalf("devices ls lacks the device:\n%s", ls)
	}
	// A code pairs once.
	root := &cobra.Command{Use: "rhd", SilenceUsage: true, SilenceErrors: true}
	root.AddCommand(devicesCmd(p.cfg))
	root.SetArgs([]string{"devices", "pair", "--code", code, "--gateway", "http://" + p.ingest.addr, "--fleet", dir})
	root.SetOut(&bytes.Buffer{})
	if err := root.Execute(); err == nil || !strings.Contains(err.Error(), "pairing code") {
		t.Fatalf("reusing the code: %v", err)
	}

	f, err := fleet.Open(fleet.Config{Dir: dir, Gateway: "http://" + p.ingest.addr, Backfill: 30 * time.Minute, Speed: 6000, Tick: 20 * time.Millisecond})
	if err != nil || f.Len() != 1 {
		t.Fatalf("fleet of the paired device: %v (%d devices)", err, f.Len())
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go f.Run(ctx)
	p.waitBatches(3)
}

// `rhd seed` creates contributors with paired devices whose credentials the
// fleet can load, and the demo researchers with credit; seeding again adds
// people and never a second copy of a researcher.
func TestSeedCreatesContributorsDevicesAndResearchers(t *testing.T) {
	cfg := testConfig(t)
	out := run(t, cfg, "seed", "--contributors", "5")
	if !strings.Contains(out, "seeded 5 contributors") || !strings.Contains(out, "2 researchers") {
		t.Fatalf("seed says %q", out)
	}
	run(t, cfg, "seed", "--contributors", "2", "--seed", "9")
	store, err := app.OpenLedger(context.Background(), &cfg.Config)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	people, devices, _ := store.Counts(context.Background())
	researchers, _ := store.Researchers(context.Background())
	if people != 7 || devices != 7 || len(researchers) != 2 {
		t.Fatalf("%d contributors, %d devices, %d researchers; want 7, 7, 2", people, devices, len(researchers))
	}
	for _, r := range researchers {
		if r.CreditsCents != demo.Credits {
			t.Fatalf("researcher %s has %d cents", r.Email, r.CreditsCents)
		}
	}
	f, err := fleet.Open(fleet.Config{Dir: cfg.Path("fleet"), Gateway: "http://127.0.0.1:1"})
	if err != nil || f.Len() != 7 {
		t.Fatalf("fleet of the seeded devices: %v (%d)", err, f.Len())
	}
}
