package ledger_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"rhd.dev/ledger"
	"rhd.dev/ledger/ledgertest"
)

// people creates n contributors with wallets (0x0, 0x1, …).
func people(t *testing.T, s *ledger.Store, n int) []ledger.Contributor {
	t.Helper()
	ctx := context.Background()
	var out []ledger.Contributor
	for i := range n {
		c, err := s.CreateContributor(ctx, ledger.Contributor{Email: fmt.Sprintf("p%d@example.org", i), BirthYear: 1980})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.CreateWallet(ctx, ledger.Wallet{ContributorID: c.ID, Address: fmt.Sprintf("0x%d", i), KeyCiphertext: []byte{1}}); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

// A contributor revoked consent, the cohorter published @v2 without them,
// and a researcher orders @v1 by its predictable id: refused, nothing charged.
func TestAbuseOrderOldSnapshotAfterRevocation(t *testing.T) {
	onEveryBackend(t, func(t *testing.T, s *ledger.Store) {
		ctx := context.Background()
		ps := people(t, s, 3)
		m := ledgertest.NewMarket(t, s, "20-29.any.any", ps...)
		v1 := m.Publish(5000, 2)
		s.RecordConsent(ctx, ps[2].ID, ledger.ScopeResearch, false, ledger.TermsVersion)
		m.Members = m.Members[:2]
		m.Publish(5000, 2)
		s.GrantCredit(ctx, m.Buyer.ID, 10_000, "test")
		if _, _, err := s.PlaceOrder(ctx, m.Buyer.ID, "k", v1.ID, 1500); !errors.Is(err, ledger.ErrNotOrderable) {
			t.Fatalf("order of the superseded %s: %v, want ErrNotOrderable", v1.ID, err)
		}
		if r, _ := s.Researcher(ctx, m.Buyer.ID); r.CreditsCents != 10_000 {
			t.Fatalf("credit %d after a refused order", r.CreditsCents)
		}
		if ids, _ := s.UnannouncedSales(ctx, 10); len(ids) != 0 {
			t.Fatalf("a refused order queued sales %v", ids)
		}
	})
}

// A contributor revokes consent (or deletes the account, which revokes it)
// after the current snapshot was published: a bundle bought before the next
// version leaves them out, and its sale cannot pay them.
func TestAbuseOrderRevokedMemberIsNeitherBundledNorPaid(t *testing.T) {
	onEveryBackend(t, func(t *testing.T, s *ledger.Store) {
		ctx := context.Background()
		ps := people(t, s, 3)
		m := ledgertest.NewMarket(t, s, "any.any.any", ps...)
		sn := m.Publish(1000, 2)
		s.RecordConsent(ctx, ps[1].ID, ledger.ScopeResearch, false, ledger.TermsVersion)
		s.GrantCredit(ctx, m.Buyer.ID, 1000, "test")
		o, _, err := s.PlaceOrder(ctx, m.Buyer.ID, "k", sn.ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		mem, _ := s.BundleMembers(ctx, o.BundleID)
		if len(mem) != 2 || mem[0].ContributorID == ps[1].ID || mem[1].ContributorID == ps[1].ID {
			t.Fatalf("bundle members %+v include the revoked contributor %s", mem, ps[1].ID)
		}
		everyone := []ledger.PayoutLine{{ContributorID: ps[0].ID, Account: "0x0", Cents: 300}, {ContributorID: ps[1].ID, Account: "0x1", Cents: 300},
			{ContributorID: ps[2].ID, Account: "0x2", Cents: 400}}
		if _, err := s.RecordSale(ctx, o.ID, everyone); !errors.Is(err, ledger.ErrLinesMismatch) {
			t.Fatalf("a sale paying the revoked contributor: %v", err)
		}
		if _, err := s.RecordSale(ctx, o.ID, []ledger.PayoutLine{{ContributorID: ps[0].ID, Account: "0x0", Cents: 500}, {ContributorID: ps[2].ID, Account: "0x2", Cents: 500}}); err != nil {
			t.Fatal(err)
		}
	})
}

// Revocations after publication can leave a class of the exported
// quasi-identifiers below k: such a bundle is refused until the next version.
func TestAbuseOrderAfterRevocationsBreakAClass(t *testing.T) {
	onEveryBackend(t, func(t *testing.T, s *ledger.Store) {
		ctx := context.Background()
		ps := people(t, s, 4)
		m := ledgertest.NewMarket(t, s, "any.any.any", ps...)
		m.Members[2].AgeBand, m.Members[3].AgeBand = "50-59", "50-59"
		sn := m.Publish(0, 2)
		s.RecordConsent(ctx, ps[3].ID, ledger.ScopeResearch, false, ledger.TermsVersion)
		if _, _, err := s.PlaceOrder(ctx, m.Buyer.ID, "k", sn.ID, 0); !errors.Is(err, ledger.ErrNotOrderable) {
			t.Fatalf("a bundle whose 50-59 class holds 1 < k = 2: %v", err)
		}
	})
}

// An idempotency key sent again with another snapshot must not return (and
// hand out) the first order as if it were the second.
func TestAbuseIdempotencyKeyReusedForAnotherSnapshot(t *testing.T) {
	onEveryBackend(t, func(t *testing.T, s *ledger.Store) {
		ctx := context.Background()
		ps := people(t, s, 2)
		a := ledgertest.NewMarket(t, s, "20-29.any.any", ps...)
		b := ledgertest.NewMarket(t, s, "30-39.any.any", ps...)
		first := a.Order(100, 0)
		other := b.Publish(100, 1)
		s.GrantCredit(ctx, a.Buyer.ID, 100, "test")
		if _, _, err := s.PlaceOrder(ctx, a.Buyer.ID, first.IdempotencyKey, other.ID, 0); !errors.Is(err, ledger.ErrKeyReused) {
			t.Fatalf("key of %s reused for %s: %v", first.SnapshotID, other.ID, err)
		}
		if _, _, err := s.PlaceOrder(ctx, b.Buyer.ID, first.IdempotencyKey, first.SnapshotID, 0); !errors.Is(err, ledger.ErrKeyReused) {
			t.Fatalf("another researcher's key: %v", err)
		}
		if r, _ := s.Researcher(ctx, a.Buyer.ID); r.CreditsCents != 100 {
			t.Fatalf("credit %d, want 100 untouched", r.CreditsCents)
		}
	})
}

// The forged sale of the report, straight into the ledger: no order, no sale.
func TestAbuseForgedSaleWithoutOrder(t *testing.T) {
	onEveryBackend(t, func(t *testing.T, s *ledger.Store) {
		ctx := context.Background()
		ps := people(t, s, 1)
		ledgertest.NewMarket(t, s, "20-29.any.any", ps...).Publish(100_000_000, 1)
		lines := []ledger.PayoutLine{{ContributorID: ps[0].ID, Account: "0x0", Cents: 100_000_000}}
		if _, err := s.RecordSale(ctx, "sale_forged_1", lines); !errors.Is(err, ledger.ErrNotFound) {
			t.Fatalf("forged sale: %v", err)
		}
		if sales, _ := s.Sales(ctx); len(sales) != 0 {
			t.Fatalf("sales %+v", sales)
		}
	})
}

// Orders paid before the outbox existed whose sale was never announced (the
// topic was down) are announced after the upgrade; their bundles keep every
// member of the snapshot they were sold with.
func TestAbuseSaleLostBeforeTheOutboxIsAnnouncedAfterUpgrade(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ledger.db")
	s, err := ledger.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	ps := people(t, s, 2)
	m := ledgertest.NewMarket(t, s, "any.any.any", ps...)
	lost, paid := m.Order(100, 0), m.Order(200, 0)
	if _, err := s.RecordSale(ctx, paid.ID, []ledger.PayoutLine{{ContributorID: ps[0].ID, Account: "0x0", Cents: 67}, {ContributorID: ps[1].ID, Account: "0x1", Cents: 133}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	// Back to the schema before migration 12.
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DROP TABLE sale_outbox`, `DROP TABLE bundle_members`, `DELETE FROM schema_migrations WHERE version IN (12, 13)`} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	if s, err = ledger.Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if ids, _ := s.UnannouncedSales(ctx, 10); len(ids) != 1 || ids[0] != lost.ID {
		t.Fatalf("unannounced after the upgrade %v, want only %s", ids, lost.ID)
	}
	if mem, _ := s.BundleMembers(ctx, lost.BundleID); len(mem) != 2 {
		t.Fatalf("members of an earlier bundle: %+v", mem)
	}
}
