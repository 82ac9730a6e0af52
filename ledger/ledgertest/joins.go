package ledgertest

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"rhd.dev/ledger"
)

var joinTests = map[string]func(*testing.T, *ledger.Store){
	"JoinsKeepK":                     testJoinsKeepK,
	"JoinsKeepKAcrossAnOrganisation": testJoinsKeepKAcrossAnOrganisation,
}

// publishClasses stores a version of cohort whose members are people[i]
// exported in classes[i] (age band, activity, device type), at k.
func publishClasses(t *testing.T, s *ledger.Store, cohort string, k int, people []ledger.Contributor, classes [][3]string) ledger.Snapshot {
	t.Helper()
	ctx := context.Background()
	if err := s.PutCohort(ctx, ledger.Cohort{ID: cohort, AgeBand: "any", Activity: "any", DeviceType: "any", Description: "test cohort " + cohort}); err != nil {
		t.Fatal(err)
	}
	var ms []ledger.SnapshotMember
	for i, p := range people {
		ms = append(ms, ledger.SnapshotMember{ContributorID: p.ID, PID: fmt.Sprintf("%064s", p.ID), Weight: 100, CoverageDays: 1, Rows: 10,
			Digest: []byte{byte(i)}, AgeBand: classes[i][0], Activity: classes[i][1], DeviceType: classes[i][2]})
	}
	sn, err := s.CreateSnapshot(ctx, ledger.Snapshot{CohortID: cohort, K: k, Members: len(ms), PriceCents: 100,
		MerkleRoot: []byte{1}, ContentHash: []byte(cohort + fmt.Sprint(len(ms))), StatsJSON: "[]"}, ms)
	if err != nil {
		t.Fatal(err)
	}
	return sn
}

// testJoinsKeepK: a researcher holding a bundle that keeps age band cannot
// buy one that keeps device type for the same people when the join makes a
// class below k; re-buying, a later version generalized the same way, and
// a join whose classes stay at k or more are sold.
func testJoinsKeepK(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	var people []ledger.Contributor
	for i := range 8 {
		p := contributor(t, s, fmt.Sprintf("j%d@example.org", i))
		if _, err := s.RecordConsent(ctx, p.ID, ledger.ScopeResearch, true, ledger.TermsVersion); err != nil {
			t.Fatal(err)
		}
		people = append(people, p)
	}
	age := [3]string{"40-49", "any", "any"}
	ring := [3]string{"any", "any", "ring"}
	const k = 3
	ages := publishClasses(t, s, "40-49.any.any", k, people[:4], [][3]string{age, age, age, age})
	// people 0 and 1 are in both: (40-49, ring) would hold 2 < k.
	rings := publishClasses(t, s, "any.any.ring", k, []ledger.Contributor{people[0], people[1], people[4], people[5]}, [][3]string{ring, ring, ring, ring})
	r := researcher(t, s, "joiner@lab.example")
	if err := s.GrantCredit(ctx, r.ID, 10_000, "test"); err != nil {
		t.Fatal(err)
	}
	first, _, err := s.PlaceOrder(ctx, r.ID, "j1", ages.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = s.PlaceOrder(ctx, r.ID, "j2", rings.ID, 0)
	var je *ledger.JoinError
	if !errors.As(err, &je) || !errors.Is(err, ledger.ErrJoinBelowK) || !errors.Is(err, ledger.ErrNotOrderable) {
		t.Fatalf("order joining into a class of 2 < k: %v, want a *JoinError", err)
	}
	if je.OrderID != first.ID || je.OrderSnapshotID != ages.ID || je.People != 2 || je.K != k || je.Class != "age band 40-49, device type ring" {
		t.Errorf("refusal: %+v", je)
	}
	if got, _ := s.Researcher(ctx, r.ID); got.CreditsCents != 10_000-100 {
		t.Errorf("credit after a refusal: %d, want %d", got.CreditsCents, 10_000-100)
	}
	if os, _ := s.OrdersOf(ctx, r.ID); len(os) != 1 {
		t.Errorf("%d orders, want 1", len(os))
	}
	if _, _, err := s.PlaceOrder(ctx, r.ID, "j3", ages.ID, 0); err != nil {
		t.Errorf("re-buying %s: %v", ages.ID, err)
	}
	ages2 := publishClasses(t, s, "40-49.any.any", k, people[:5], [][3]string{age, age, age, age, age})
	if _, _, err := s.PlaceOrder(ctx, r.ID, "j4", ages2.ID, 0); err != nil {
		t.Errorf("buying %s after v1: %v", ages2.ID, err)
	}
	// A version where people 0-2 share a ring: (40-49, ring) holds 3 = k.
	rings2 := publishClasses(t, s, "any.any.ring", k, []ledger.Contributor{people[0], people[1], people[2], people[6]}, [][3]string{ring, ring, ring, ring})
	if _, _, err := s.PlaceOrder(ctx, r.ID, "j5", rings2.ID, 0); err != nil {
		t.Errorf("a join whose classes hold k: %v", err)
	}
	// A cohort that keeps activity, whose next version (another window)
	// moves one person from moderate to active: the same generalization,
	// sold; the change of value is not counted as a class of its own.
	mod, act := [3]string{"any", "moderate", "any"}, [3]string{"any", "active", "any"}
	r2 := researcherOf(t, s, "versions@lab2.example", "Lab Two")
	if err := s.GrantCredit(ctx, r2.ID, 10_000, "test"); err != nil {
		t.Fatal(err)
	}
	acts := publishClasses(t, s, "any.any.any", k, people[:6], [][3]string{mod, mod, mod, act, act, act})
	if _, _, err := s.PlaceOrder(ctx, r2.ID, "j7", acts.ID, 0); err != nil {
		t.Fatalf("buying %s: %v", acts.ID, err)
	}
	acts2 := publishClasses(t, s, "any.any.any", k, people[:7], [][3]string{mod, mod, act, act, act, act, mod})
	if _, _, err := s.PlaceOrder(ctx, r2.ID, "j8", acts2.ID, 0); err != nil {
		t.Errorf("buying %s after v1: %v", acts2.ID, err)
	}
	// A researcher of another organisation holds nothing and may buy anything.
	other := researcherOf(t, s, "fresh@lab3.example", "Lab Three")
	if err := s.GrantCredit(ctx, other.ID, 10_000, "test"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.PlaceOrder(ctx, other.ID, "j6", rings2.ID, 0); err != nil {
		t.Errorf("first order of another researcher: %v", err)
	}
}

// testJoinsKeepKAcrossAnOrganisation: colleagues pool bundles as easily as
// one account holds them, so a second account of the same organisation,
// or any account ordering for that organisation, is refused the join the
// first account was refused; another organisation is sold it.
func testJoinsKeepKAcrossAnOrganisation(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	var people []ledger.Contributor
	for i := range 6 {
		p := contributor(t, s, fmt.Sprintf("org%d@example.org", i))
		if _, err := s.RecordConsent(ctx, p.ID, ledger.ScopeResearch, true, ledger.TermsVersion); err != nil {
			t.Fatal(err)
		}
		people = append(people, p)
	}
	age, ring := [3]string{"40-49", "any", "any"}, [3]string{"any", "any", "ring"}
	ages := publishClasses(t, s, "40-49.any.any", 3, people[:4], [][3]string{age, age, age, age})
	rings := publishClasses(t, s, "any.any.ring", 3, []ledger.Contributor{people[0], people[1], people[4], people[5]}, [][3]string{ring, ring, ring, ring})
	account := func(email, org string) ledger.Researcher {
		r := researcherOf(t, s, email, org)
		if err := s.GrantCredit(ctx, r.ID, 10_000, "test"); err != nil {
			t.Fatal(err)
		}
		return r
	}
	alice, bob := account("alice@sleep.example", "Sleep Lab"), account("bob@sleep.example", " sleep lab ")
	carol, dan := account("carol@other.example", "Other Institute"), account("dan@other2.example", "Another Institute")
	if _, _, err := s.PlaceOrderFor(ctx, alice.ID, "alice-ages", ages.ID, 0, "academic", "Sleep Lab"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.PlaceOrderFor(ctx, bob.ID, "bob-rings", rings.ID, 0, "academic", "Sleep Lab"); !errors.Is(err, ledger.ErrJoinBelowK) {
		t.Fatalf("a colleague's account bought the join its organisation holds half of: %v", err)
	}
	// An account of another organisation ordering for the one that holds the first bundle.
	if _, _, err := s.PlaceOrderFor(ctx, carol.ID, "carol-rings", rings.ID, 0, "academic", "SLEEP LAB"); !errors.Is(err, ledger.ErrJoinBelowK) {
		t.Fatalf("an order for the organisation holding the first bundle was sold the join: %v", err)
	}
	if _, _, err := s.PlaceOrderFor(ctx, dan.ID, "dan-rings", rings.ID, 0, "academic", "Another Institute"); err != nil {
		t.Fatalf("an organisation holding nothing was refused: %v", err)
	}
	if c, _ := s.Researcher(ctx, bob.ID); c.CreditsCents != 10_000 {
		t.Fatalf("a refused order charged %d cents", 10_000-c.CreditsCents)
	}
}
