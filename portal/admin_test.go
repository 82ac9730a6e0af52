package portal

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"rhd.dev/ledger"
	"rhd.dev/portal/devoidc"
)

func TestOperatorsPageAndCreditGrants(t *testing.T) {
	s := newSite(t, time.Hour)
	s.srv.cfg.Admins = []string{"ops@example.org"}
	s.provider.Accounts = append(s.provider.Accounts, devoidc.Account{Subject: "ops", Email: "ops@example.org", Name: "Ops"})
	r, _ := s.store.CreateResearcher(context.Background(), ledger.Researcher{Email: "r@lab.org", Name: "R", Organization: "Lab", IntendedUse: "x"})
	ops := client()
	s.signIn(ops, "ops", nil)
	code, page, token := s.page(ops, "/admin")
	if code != 200 || !strings.Contains(page, "r@lab.org") {
		t.Fatalf("operators' page %d", code)
	}
	if code := s.post(ops, "/admin/credit", url.Values{"csrf": {token}, "researcher": {r.ID}, "cents": {"2500"}}); code != 303 {
		t.Fatalf("grant: %d", code)
	}
	if got, _ := s.store.Researcher(context.Background(), r.ID); got.CreditsCents != 2500 {
		t.Fatalf("credit %d", got.CreditsCents)
	}
	ada := s.onboard("ada")
	_, _, adaToken := s.page(ada, "/dashboard")
	if code, _, _ := s.page(ada, "/admin"); code != 403 {
		t.Fatalf("a contributor on the operators' page: %d", code)
	}
	if code := s.post(ada, "/admin/credit", url.Values{"csrf": {adaToken}, "researcher": {r.ID}, "cents": {"1"}}); code != 403 {
		t.Fatalf("a contributor granted credit: %d", code)
	}
	if code, _, _ := s.page(client(), "/admin"); code != 302 {
		t.Fatalf("anonymous on the operators' page: %d", code)
	}

	// The contributors list shows Ada with her consent.
	_, page, token = s.page(ops, "/admin")
	if !strings.Contains(page, "ada@example.org") {
		t.Fatal("the contributors list misses Ada")
	}

	// Cohort policy: a valid change is stored with who made it; a k below 5
	// or a negative price changes nothing; contributors cannot change it.
	policy := func(k, base, perDay string) url.Values {
		return url.Values{"csrf": {token}, "k": {k}, "base_cents": {base}, "per_day_cents": {perDay}}
	}
	if code := s.post(ops, "/admin/policy", policy("25", "9900", "7")); code != 303 {
		t.Fatalf("policy change: %d", code)
	}
	ch, ok, _ := s.store.CohortPolicy(context.Background())
	if !ok || ch.K != 25 || ch.BasePriceCents != 9900 || ch.PerDayCents != 7 || ch.ChangedBy != "ops@example.org" {
		t.Fatalf("stored policy %+v", ch)
	}
	for _, bad := range []url.Values{policy("4", "9900", "7"), policy("25", "-1", "7"), policy("x", "1", "1")} {
		if code := s.post(ops, "/admin/policy", bad); code != 400 {
			t.Fatalf("policy %v: %d, want 400", bad, code)
		}
	}
	if code := s.post(ada, "/admin/policy", url.Values{"csrf": {adaToken}, "k": {"5"}, "base_cents": {"0"}, "per_day_cents": {"0"}}); code != 403 {
		t.Fatalf("a contributor changed the policy: %d", code)
	}
	if ch2, _, _ := s.store.CohortPolicy(context.Background()); ch2 != ch {
		t.Fatalf("refused changes changed the policy: %+v", ch2)
	}
	if _, page, _ = s.page(ops, "/admin"); !strings.Contains(page, `value="25"`) || !strings.Contains(page, "Last changed by ops@example.org") {
		t.Fatal("the operators' page does not show the policy in force")
	}
}
