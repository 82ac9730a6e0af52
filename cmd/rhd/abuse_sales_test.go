package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"rhd.dev/app"
	"rhd.dev/ledger"
	"rhd.dev/ledger/ledgertest"
)

// runErr executes the rhd command line and returns its output and error.
func runErr(cfg *config, args ...string) (string, error) {
	root := &cobra.Command{Use: "rhd", SilenceUsage: true, SilenceErrors: true}
	cfg.bindGlobal(root)
	root.AddCommand(salesCmd(cfg))
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	err := root.Execute()
	return out.String(), err
}

// `rhd sales simulate` announced a sale at any price for any snapshot
// without an order or a charge, and settlement paid it. Now it is a real
// purchase: a researcher's order at the catalog price, charged to their
// credit, and nothing else creates a sale.
func TestAbuseSalesSimulateMintsNoMoney(t *testing.T) {
	cfg := testConfig(t)
	ctx := context.Background()
	store, err := app.OpenLedger(ctx, &cfg.Config)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	var people []ledger.Contributor
	for _, e := range []string{"a@example.org", "b@example.org"} {
		c, _ := store.CreateContributor(ctx, ledger.Contributor{Email: e, BirthYear: 1990})
		people = append(people, c)
	}
	m := ledgertest.NewMarket(t, store, "30-39.any.any", people...)
	sn := m.Publish(5000, 2)

	if _, err := runErr(cfg, "sales", "simulate", "--snapshot", sn.ID, "--price-cents", "100000000"); err == nil {
		t.Fatal("a sale at a price of one's choosing was accepted")
	}
	if _, err := runErr(cfg, "sales", "simulate", "--snapshot", sn.ID, "--researcher", m.Buyer.Email); err == nil || !strings.Contains(err.Error(), "credit") {
		t.Fatalf("a sale without credit: %v", err)
	}
	if ids, _ := store.UnannouncedSales(ctx, 10); len(ids) != 0 {
		t.Fatalf("refused sales were queued: %v", ids)
	}
	store.GrantCredit(ctx, m.Buyer.ID, 6000, "test")
	out, err := runErr(cfg, "sales", "simulate", "--snapshot", sn.ID, "--researcher", m.Buyer.Email)
	if err != nil || !strings.Contains(out, "$50.00") {
		t.Fatalf("sales simulate: %q %v", out, err)
	}
	ids, _ := store.UnannouncedSales(ctx, 10)
	if len(ids) != 1 {
		t.Fatalf("%d sales queued, want 1", len(ids))
	}
	o, _ := store.Order(ctx, ids[0])
	if r, _ := store.Researcher(ctx, m.Buyer.ID); o.PriceCents != 5000 || o.ResearcherID != m.Buyer.ID || r.CreditsCents != 1000 {
		t.Fatalf("order %+v, credit left %d", o, r.CreditsCents)
	}
}
