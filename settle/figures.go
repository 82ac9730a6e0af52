package settle

import (
	"context"
	"log/slog"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"rhd.dev/ledger"
)

// figures exports the ledger's settlement figures at each scrape: what was
// sold, what is not on chain yet, and how long announcements and epochs
// have waited. They come from the ledger, so every settlement process (and
// a restart) reports the same numbers.
type figures struct {
	store *ledger.Store
	descs map[string]*prometheus.Desc
}

var figureHelp = map[string]string{
	"rhd_settle_sales_total":                "Sales recorded in the ledger.",
	"rhd_settle_sales_cents_total":          "Sum of the prices of recorded sales, in cents.",
	"rhd_settle_sales_not_on_chain":         "Recorded sales that no payout epoch commits yet.",
	"rhd_settle_epochs_confirmed_total":     "Payout epochs confirmed on chain.",
	"rhd_settle_epochs_waiting":             "Payout epochs stored but not yet confirmed on chain.",
	"rhd_settle_oldest_epoch_wait_seconds":  "Age of the oldest unconfirmed payout epoch (0: none).",
	"rhd_settle_unsent_sales":               "Paid orders whose sale announcement the broker has not acknowledged.",
	"rhd_settle_oldest_unsent_sale_seconds": "Age of the oldest unacknowledged sale announcement (0: none).",
	"rhd_settle_cash_outs_not_redeemed":     "Paid cash-outs whose cents are not yet burnt on chain.",
}

// RegisterFigures adds the ledger's settlement figures to reg.
func RegisterFigures(reg prometheus.Registerer, store *ledger.Store) {
	f := &figures{store: store, descs: map[string]*prometheus.Desc{}}
	for name, help := range figureHelp {
		f.descs[name] = prometheus.NewDesc(name, help, nil, nil)
	}
	reg.MustRegister(f)
}

func (f *figures) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range f.descs {
		ch <- d
	}
}

func (f *figures) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	v, err := f.store.SettlementFigures(ctx)
	if err != nil {
		slog.Warn("settle: figures for /metrics", "err", err)
		return
	}
	counter := func(name string, x float64) {
		ch <- prometheus.MustNewConstMetric(f.descs[name], prometheus.CounterValue, x)
	}
	gauge := func(name string, x float64) {
		ch <- prometheus.MustNewConstMetric(f.descs[name], prometheus.GaugeValue, x)
	}
	counter("rhd_settle_sales_total", float64(v.Sales))
	counter("rhd_settle_sales_cents_total", float64(v.SalesCents))
	gauge("rhd_settle_sales_not_on_chain", float64(v.SalesNotOnChain))
	counter("rhd_settle_epochs_confirmed_total", float64(v.EpochsConfirmed))
	gauge("rhd_settle_epochs_waiting", float64(v.EpochsWaiting))
	gauge("rhd_settle_oldest_epoch_wait_seconds", v.OldestEpochWait.Seconds())
	gauge("rhd_settle_unsent_sales", float64(v.UnsentSales))
	gauge("rhd_settle_oldest_unsent_sale_seconds", v.OldestUnsentWait.Seconds())
	gauge("rhd_settle_cash_outs_not_redeemed", float64(v.Unredeemed))
}
