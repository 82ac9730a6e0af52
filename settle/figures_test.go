package settle

import (
	"context"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

// The figures follow the ledger: a paid order waits to be announced, its
// sale waits for an epoch, the epoch is confirmed.
func TestSettlementFiguresFollowTheLedger(t *testing.T) {
	e := newEnv(t)
	reg := prometheus.NewRegistry()
	RegisterFigures(reg, e.store)
	get := func(name string) float64 {
		t.Helper()
		mfs, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		for _, mf := range mfs {
			if mf.GetName() == name {
				m := mf.GetMetric()[0]
				if m.GetCounter() != nil {
					return m.GetCounter().GetValue()
				}
				return m.GetGauge().GetValue()
			}
		}
		t.Fatalf("no %s", name)
		return 0
	}
	if n := testutil.CollectAndCount(reg); n != len(figureHelp) {
		t.Fatalf("%d series, want %d", n, len(figureHelp))
	}
	id := e.order(5000)
	if get("rhd_settle_unsent_sales") != 1 || get("rhd_settle_sales_total") != 0 {
		t.Fatalf("after an order: unsent %v, sales %v", get("rhd_settle_unsent_sales"), get("rhd_settle_sales_total"))
	}
	s := e.settler()
	if _, err := s.Process(context.Background(), id); err != nil {
		t.Fatal(err)
	}
	if get("rhd_settle_sales_total") != 1 || get("rhd_settle_sales_cents_total") != 5000 || get("rhd_settle_sales_not_on_chain") != 1 {
		t.Fatalf("after the sale: %v sales, %v cents, %v not on chain", get("rhd_settle_sales_total"), get("rhd_settle_sales_cents_total"), get("rhd_settle_sales_not_on_chain"))
	}
	e.commitUntilConfirmed(s)
	if get("rhd_settle_sales_not_on_chain") != 0 || get("rhd_settle_epochs_confirmed_total") != 1 || get("rhd_settle_epochs_waiting") != 0 {
		t.Fatalf("after the epoch: %v not on chain, %v confirmed, %v waiting", get("rhd_settle_sales_not_on_chain"), get("rhd_settle_epochs_confirmed_total"), get("rhd_settle_epochs_waiting"))
	}
}
