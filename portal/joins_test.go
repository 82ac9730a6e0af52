package portal

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strings"
	"testing"
	"time"

	"rhd.dev/ledger"
)

// joinMarket publishes 40-49.any.any (device generalized) and any.any.ring
// (age generalized) at k = 3 with two people in both: a researcher holding
// one cannot buy the other, since linking the two bundles would place those
// two in (40-49, ring), below k.
func (s *site) joinMarket(t *testing.T) (ages, rings ledger.Snapshot) {
	ctx := context.Background()
	var people []ledger.Contributor
	for i := range 6 {
		c, err := s.store.CreateContributor(ctx, ledger.Contributor{Email: fmt.Sprintf("j%d@example.org", i), DisplayName: "P", BirthYear: 1980})
		if err != nil {
			t.Fatal(err)
		}
		s.store.RecordConsent(ctx, c.ID, ledger.ScopeResearch, true, ledger.TermsVersion)
		people = append(people, c)
	}
	publish := func(cohort string, who []int, class [3]string) ledger.Snapshot {
		s.store.PutCohort(ctx, ledger.Cohort{ID: cohort, AgeBand: "any", Activity: "any", DeviceType: "any", Description: cohort})
		var ms []ledger.SnapshotMember
		for _, i := range who {
			ms = append(ms, ledger.SnapshotMember{ContributorID: people[i].ID, PID: fmt.Sprintf("%064d", i), Weight: 100, CoverageDays: 1, Rows: 10,
				Digest: []byte{byte(i)}, AgeBand: class[0], Activity: class[1], DeviceType: class[2]})
		}
		sn, err := s.store.CreateSnapshot(ctx, ledger.Snapshot{CohortID: cohort, K: 3, Members: len(ms), PriceCents: 100,
			MerkleRoot: []byte{1}, ContentHash: []byte(cohort), StatsJSON: "[]"}, ms)
		if err != nil {
			t.Fatal(err)
		}
		return sn
	}
	return publish("40-49.any.any", []int{0, 1, 2, 3}, [3]string{"40-49", "any", "any"}),
		publish("any.any.ring", []int{0, 1, 4, 5}, [3]string{"any", "any", "ring"})
}

// The web purchase of a bundle that would join into a class below k is
// refused with a page naming the earlier purchase and why; nothing charged.
func TestJoinRefusedWeb(t *testing.T) {
	s := newSite(t, time.Hour)
	ages, rings := s.joinMarket(t)
	lab := s.onboardResearcher("joiner")
	ctx := context.Background()
	r, _ := s.store.Researcher(ctx, "joiner@uni.example")
	s.store.GrantCredit(ctx, r.ID, 10_000, "test")
	_, _, token := s.page(lab, "/purchases")
	if code := s.post(lab, "/buy", url.Values{"csrf": {token}, "snapshot": {ages.ID}, "key": {"w1"}, "purpose": {"academic"}}); code != 303 {
		t.Fatalf("first purchase: %d", code)
	}
	first, _ := s.store.OrdersOf(ctx, r.ID)
	resp, err := lab.PostForm(s.url+"/buy", url.Values{"csrf": {token}, "snapshot": {rings.ID}, "key": {"w2"}, "purpose": {"academic"}})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	page := string(b)
	if resp.StatusCode != 409 || len(first) != 1 || !strings.Contains(page, first[0].ID) || !strings.Contains(page, "nothing charged") ||
		!strings.Contains(page, "age band 40-49, device type ring") || strings.Contains(page, "2 people") {
		t.Fatalf("second purchase: %d, want 409 naming %v:\n%s", resp.StatusCode, first, page)
	}
	if got, _ := s.store.Researcher(ctx, r.ID); got.CreditsCents != 10_000-100 {
		t.Errorf("credit %d after a refusal, want %d", got.CreditsCents, 10_000-100)
	}
}

// The API answers such an order 409 with a code and the earlier order.
func TestJoinRefusedAPI(t *testing.T) {
	s := newSite(t, time.Hour)
	ages, rings := s.joinMarket(t)
	ctx := context.Background()
	r, _ := s.store.CreateResearcher(ctx, ledger.Researcher{Email: "api@lab.org", Name: "API", Organization: "Lab", IntendedUse: "models"})
	s.store.GrantCredit(ctx, r.ID, 10_000, "test")
	tok, _ := s.store.CreateAPIToken(ctx, r.ID)
	code, b := s.api("POST", "/api/v1/orders", tok, "a1", map[string]string{"snapshot": ages.ID, "purpose": "academic"})
	if code != 201 {
		t.Fatalf("first order: %d %s", code, b)
	}
	var first apiOrder
	json.Unmarshal(b, &first)
	code, b = s.api("POST", "/api/v1/orders", tok, "a2", map[string]string{"snapshot": rings.ID, "purpose": "academic"})
	var raw map[string]any
	json.Unmarshal(b, &raw)
	if code != 409 || raw["code"] != "join_below_k" || raw["combines_with"] != first.ID || raw["k"] != 3.0 ||
		raw["people"] != nil || strings.Contains(fmt.Sprint(raw["error"]), "2 people") ||
		!strings.Contains(fmt.Sprint(raw["error"]), first.ID) {
		t.Fatalf("second order: %d %s, want 409 naming %s", code, b, first.ID)
	}
}
