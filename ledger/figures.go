package ledger

import (
	"context"
	"time"
)

// SettlementFigures are what an operator watches of the money flow: how much
// was sold, and how long announcements and payout epochs have been waiting.
type SettlementFigures struct {
	Sales            int64         // sales recorded
	SalesCents       int64         // their prices, in cents
	SalesNotOnChain  int64         // sales no payout epoch commits yet
	EpochsConfirmed  int64         // payout epochs confirmed on chain
	EpochsWaiting    int64         // payout epochs stored but not confirmed
	OldestEpochWait  time.Duration // age of the oldest unconfirmed epoch (0: none)
	UnsentSales      int64         // paid orders whose announcement the broker has not acknowledged
	OldestUnsentWait time.Duration // age of the oldest of them (0: none)
	Unredeemed       int64         // paid cash-outs whose cents are not yet burnt on chain
}

// SettlementFigures reads the figures with a few aggregate queries (no
// rows are loaded), so a metrics scrape can afford them.
func (s *Store) SettlementFigures(ctx context.Context) (SettlementFigures, error) {
	var f SettlementFigures
	now := s.nowMs()
	var oldestEpoch, oldestUnsent *int64
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(SUM(price_cents), 0), COALESCE(SUM(CASE WHEN epoch IS NULL THEN 1 ELSE 0 END), 0) FROM sales`).
		Scan(&f.Sales, &f.SalesCents, &f.SalesNotOnChain)
	if err != nil {
		return f, err
	}
	err = s.db.QueryRowContext(ctx, `SELECT COALESCE(SUM(CASE WHEN status = 'confirmed' THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN status <> 'confirmed' THEN 1 ELSE 0 END), 0),
		MIN(CASE WHEN status <> 'confirmed' THEN created_ms END) FROM payout_epochs`).
		Scan(&f.EpochsConfirmed, &f.EpochsWaiting, &oldestEpoch)
	if err != nil {
		return f, err
	}
	err = s.db.QueryRowContext(ctx, `SELECT COUNT(*), MIN(created_ms) FROM sale_outbox WHERE sent_ms IS NULL`).Scan(&f.UnsentSales, &oldestUnsent)
	if err != nil {
		return f, err
	}
	err = s.db.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM cash_outs WHERE status = ? AND redeem_status <> 'redeemed'`), CashOutPaid).Scan(&f.Unredeemed)
	if err != nil {
		return f, err
	}
	if oldestEpoch != nil {
		f.OldestEpochWait = time.Duration(max(now-*oldestEpoch, 0)) * time.Millisecond
	}
	if oldestUnsent != nil {
		f.OldestUnsentWait = time.Duration(max(now-*oldestUnsent, 0)) * time.Millisecond
	}
	return f, nil
}
