package demo

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"rhd.dev/cohorter"
	"rhd.dev/ledger"
)

// The buyer holds 40-49.any.any; any.any.ring would join two of its people
// into (40-49, ring), below k, so the ledger refuses it and the buyer takes
// another cohort instead of giving up the round.
func TestBuyerSkipsRefusedJoin(t *testing.T) {
	ctx := context.Background()
	store, err := ledger.Open(ctx, filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	var people []ledger.Contributor
	for i := range 6 {
		c, err := store.CreateContributor(ctx, ledger.Contributor{Email: fmt.Sprintf("j%d@example.org", i), DisplayName: "P", BirthYear: 1980})
		if err != nil {
			t.Fatal(err)
		}
		store.RecordConsent(ctx, c.ID, ledger.ScopeResearch, true, ledger.TermsVersion)
		people = append(people, c)
	}
	publish := func(cohort string, who []int, class [3]string) ledger.Snapshot {
		store.PutCohort(ctx, ledger.Cohort{ID: cohort, AgeBand: "any", Activity: "any", DeviceType: "any", Description: cohort})
		var ms []ledger.SnapshotMember
		for _, i := range who {
			ms = append(ms, ledger.SnapshotMember{ContributorID: people[i].ID, PID: fmt.Sprintf("%064d", i), Weight: 100, CoverageDays: 1, Rows: 10,
				Digest: []byte{byte(i)}, AgeBand: class[0], Activity: class[1], DeviceType: class[2]})
		}
		sn, err := store.CreateSnapshot(ctx, ledger.Snapshot{CohortID: cohort, K: 3, Members: len(ms), PriceCents: 100,
			MerkleRoot: []byte{1}, ContentHash: []byte(cohort), StatsJSON: "[]"}, ms)
		if err != nil {
			t.Fatal(err)
		}
		return sn
	}
	ages := publish("40-49.any.any", []int{0, 1, 2, 3}, [3]string{"40-49", "any", "any"})
	rings := publish("any.any.ring", []int{0, 1, 4, 5}, [3]string{"any", "any", "ring"})
	if err := purchase(ctx, store, 0, ages); err != nil {
		t.Fatal(err)
	}
	// Every order of rings is refused; each round still buys (ages again).
	entries := []cohorter.Entry{{Snapshot: rings}, {Snapshot: ages}}
	for range 5 {
		if err := buyOne(ctx, store, 0, entries); err != nil {
			t.Fatalf("a round with one refused cohort: %v", err)
		}
	}
	r, _ := Researcher(ctx, store, BuyerResearcher)
	orders, _ := store.OrdersOf(ctx, r.ID)
	if len(orders) != 6 {
		t.Fatalf("%d orders, want 6", len(orders))
	}
	for _, o := range orders {
		if o.SnapshotID != ages.ID {
			t.Errorf("bought %s, which joins below k", o.SnapshotID)
		}
	}
	if err := buyOne(ctx, store, 0, entries[:1]); !errors.Is(err, ledger.ErrJoinBelowK) {
		t.Errorf("a round with only refused cohorts: %v, want the refusal", err)
	}
}
