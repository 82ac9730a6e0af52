package ledgertest

import (
	"context"
	"fmt"
	"testing"

	"rhd.dev/ledger"
)

// Market is a fixture for tests that move money the way the platform does:
// a cohort of consenting contributors, a researcher, and paid orders of the
// cohort's current snapshot.
type Market struct {
	t       *testing.T
	Store   *ledger.Store
	Cohort  string
	Members []ledger.SnapshotMember
	Buyer   ledger.Researcher
}

// NewMarket grants research consent to people and makes them the members of
// cohort (all in one class), with a researcher who has no credit yet.
func NewMarket(t *testing.T, s *ledger.Store, cohort string, people ...ledger.Contributor) *Market {
	t.Helper()
	ctx := context.Background()
	m := &Market{t: t, Store: s, Cohort: cohort}
	if err := s.PutCohort(ctx, ledger.Cohort{ID: cohort, AgeBand: "any", Activity: "any", DeviceType: "any", Description: "test cohort " + cohort}); err != nil {
		t.Fatal(err)
	}
	for i, p := range people {
		if _, err := s.RecordConsent(ctx, p.ID, ledger.ScopeResearch, true, ledger.TermsVersion); err != nil {
			t.Fatal(err)
		}
		m.Members = append(m.Members, ledger.SnapshotMember{ContributorID: p.ID, PID: fmt.Sprintf("%064x", i+1), Weight: int64(100 * (i + 1)),
			CoverageDays: 1, Rows: 10, Digest: []byte{byte(i)}, AgeBand: "any", Activity: "any", DeviceType: "any"})
	}
	r, err := s.CreateResearcher(ctx, ledger.Researcher{Email: "buyer-" + cohort + "@lab.example", Name: "Buyer", Organization: "Lab", IntendedUse: "tests"})
	if err != nil {
		t.Fatal(err)
	}
	m.Buyer = r
	return m
}

// Publish stores a new version of the cohort, with the market's members, at
// price and k; it becomes the cohort's current snapshot.
func (m *Market) Publish(price int64, k int) ledger.Snapshot {
	m.t.Helper()
	sn, err := m.Store.CreateSnapshot(context.Background(), ledger.Snapshot{CohortID: m.Cohort, K: k, Members: len(m.Members), PriceCents: price,
		MerkleRoot: []byte{1}, ContentHash: []byte{byte(price)}, StatsJSON: "[]"}, m.Members)
	if err != nil {
		m.t.Fatal(err)
	}
	return sn
}

// Order publishes a version at price (k = 1), credits the buyer with the
// price and orders it with a fee of feeBps.
func (m *Market) Order(price, feeBps int64) ledger.Order {
	m.t.Helper()
	ctx := context.Background()
	sn := m.Publish(price, 1)
	if price > 0 {
		if err := m.Store.GrantCredit(ctx, m.Buyer.ID, price, "test"); err != nil {
			m.t.Fatal(err)
		}
	}
	o, created, err := m.Store.PlaceOrder(ctx, m.Buyer.ID, "key-"+sn.ID, sn.ID, feeBps)
	if err != nil || !created {
		m.t.Fatalf("order of %s: created=%v %v", sn.ID, created, err)
	}
	return o
}
