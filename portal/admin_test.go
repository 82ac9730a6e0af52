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
}
