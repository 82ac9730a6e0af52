package ledgertest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"rhd.dev/ledger"
)

// consentTests cover what contributors steer: purposes, the uses of their
// data, withdrawal notices to buyers and cash-outs.
var consentTests = map[string]func(*testing.T, *ledger.Store){
	"PurposesFilterBundles":     testPurposesFilterBundles,
	"UsesListEverySale":         testUsesListEverySale,
	"WithdrawalsNoticeBuyers":   testWithdrawalsNoticeBuyers,
	"WebhookDeliveriesBounded":  testWebhookDeliveries,
	"CashOutsBoundedAndOnce":    testCashOutsBoundedAndOnce,
	"CashOutsConcurrentOneWins": testCashOutsConcurrent,
	"CashOutsRedeemedOnce":      testCashOutsRedeemedOnce,
	"SeriesByDay":               testSeriesByDay,
}

func bundlePIDs(t *testing.T, s *ledger.Store, bundleID string) []string {
	t.Helper()
	ms, err := s.BundleMembers(context.Background(), bundleID)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range ms {
		out = append(out, m.PID)
	}
	return out
}

// orderFor credits the buyer and orders the current snapshot for purpose.
func orderFor(t *testing.T, m *Market, r ledger.Researcher, sn ledger.Snapshot, key, purpose string) (ledger.Order, error) {
	t.Helper()
	ctx := context.Background()
	if sn.PriceCents > 0 {
		if err := m.Store.GrantCredit(ctx, r.ID, sn.PriceCents, "test"); err != nil {
			t.Fatal(err)
		}
	}
	o, _, err := m.Store.PlaceOrderFor(ctx, r.ID, key, sn.ID, 0, purpose, "Acme Health Ltd")
	return o, err
}

func testPurposesFilterBundles(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	a, b, c := contributor(t, s, "pa@example.org"), contributor(t, s, "pb@example.org"), contributor(t, s, "pc@example.org")
	m := NewMarket(t, s, "purposes", a, b, c)
	pa, pb, pc := m.Members[0].PID, m.Members[1].PID, m.Members[2].PID
	// Never chose: the defaults (public-interest purposes yes, the rest no).
	got, err := s.PurposeChoices(ctx, a.ID)
	if err != nil || !got["academic"] || !got["public_health"] || got["commercial"] || got["ai_training"] {
		t.Fatalf("default choices %v %v", got, err)
	}
	if n, err := s.SetPurposes(ctx, a.ID, map[string]bool{"commercial": true, "academic": true}); err != nil || n != 2 {
		t.Fatalf("set purposes: %d %v (a first choice is recorded even when it equals the default)", n, err)
	}
	if n, _ := s.SetPurposes(ctx, a.ID, map[string]bool{"commercial": true}); n != 0 {
		t.Fatalf("an unchanged choice was recorded again (%d)", n)
	}
	if _, err := s.SetPurposes(ctx, c.ID, map[string]bool{"academic": false}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetPurposes(ctx, c.ID, map[string]bool{"marketing": true}); !errors.Is(err, ledger.ErrUnknownPurpose) {
		t.Fatalf("unknown purpose: %v", err)
	}
	sn := m.Publish(100, 1)
	if ok, err := s.OrderablePurposes(ctx, sn.ID); err != nil || !ok["academic"] || !ok["public_health"] || !ok["commercial"] || ok["ai_training"] {
		t.Fatalf("orderable purposes %v %v", ok, err)
	}
	academic, err := orderFor(t, m, m.Buyer, sn, "k-academic", "academic")
	if err != nil {
		t.Fatal(err)
	}
	if got := bundlePIDs(t, s, academic.BundleID); !slices.Equal(got, []string{pa, pb}) {
		t.Fatalf("academic bundle holds %v, want a and b (c stopped academic use)", got)
	}
	commercial, err := orderFor(t, m, m.Buyer, sn, "k-commercial", "commercial")
	if err != nil {
		t.Fatal(err)
	}
	if got := bundlePIDs(t, s, commercial.BundleID); !slices.Equal(got, []string{pa}) {
		t.Fatalf("commercial bundle holds %v, want only a (who opted in)", got)
	}
	if commercial.Purpose != "commercial" || commercial.Organization != "Acme Health Ltd" {
		t.Fatalf("order keeps %q for %q", commercial.Purpose, commercial.Organization)
	}
	// Nobody allows AI training: no bundle, no charge.
	r, _ := s.Researcher(ctx, m.Buyer.ID)
	if _, err := orderFor(t, m, m.Buyer, sn, "k-ai", "ai_training"); !errors.Is(err, ledger.ErrNotOrderable) {
		t.Fatalf("AI order with nobody allowing it: %v", err)
	}
	if after, _ := s.Researcher(ctx, m.Buyer.ID); after.CreditsCents != r.CreditsCents+sn.PriceCents {
		t.Fatalf("a refused order charged: credit %d, had %d + granted %d", after.CreditsCents, r.CreditsCents, sn.PriceCents)
	}
	for _, bad := range []struct{ purpose, org string }{{"marketing", "Acme"}, {"", "Acme"}, {"academic", " "}, {"academic", string(make([]byte, 201))}} {
		if _, _, err := s.PlaceOrderFor(ctx, m.Buyer.ID, "k-bad", sn.ID, 0, bad.purpose, bad.org); err == nil {
			t.Fatalf("order for %q by %q accepted", bad.purpose, bad.org)
		}
	}
	// A key reused for another purpose is refused, not answered with the first order.
	if _, _, err := s.PlaceOrderFor(ctx, m.Buyer.ID, "k-academic", sn.ID, 0, "commercial", "Acme"); !errors.Is(err, ledger.ErrKeyReused) {
		t.Fatalf("key reused for another purpose: %v", err)
	}
	// Changes apply to later sales only.
	if _, err := s.SetPurposes(ctx, b.ID, map[string]bool{"commercial": true}); err != nil {
		t.Fatal(err)
	}
	later, err := orderFor(t, m, m.Buyer, sn, "k-commercial-2", "commercial")
	if err != nil {
		t.Fatal(err)
	}
	if got := bundlePIDs(t, s, later.BundleID); !slices.Equal(got, []string{pa, pb}) {
		t.Fatalf("later commercial bundle holds %v, want a and b", got)
	}
	if got := bundlePIDs(t, s, commercial.BundleID); !slices.Equal(got, []string{pa}) {
		t.Fatalf("the earlier bundle changed: %v", got)
	}
	_ = pc
	// The history holds every choice, research and purposes, oldest first.
	h, err := s.Choices(ctx, a.ID)
	if err != nil || len(h) != 3 || h[0].Scope != ledger.ScopeResearch || h[1].Scope != "purpose:academic" || h[2].Scope != "purpose:commercial" || !h[2].Granted {
		t.Fatalf("history %+v %v", h, err)
	}
}

func testUsesListEverySale(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	m, a, b := payees(t, s)
	sn := m.Publish(100, 1)
	o, err := orderFor(t, m, m.Buyer, sn, "k-use", "public_health")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.RecordSale(ctx, o.ID, []ledger.PayoutLine{{ContributorID: a.ID, Account: "0xA", Cents: 70}, {ContributorID: b.ID, Account: "0xB", Cents: 30}}); err != nil {
		t.Fatal(err)
	}
	uses, err := s.UsesOf(ctx, b.ID)
	if err != nil || len(uses) != 1 {
		t.Fatalf("uses %+v %v", uses, err)
	}
	u := uses[0]
	if u.SaleID != o.ID || u.Organization != "Acme Health Ltd" || u.Purpose.ID != "public_health" || u.Cents != 30 || u.CohortID != "any.any.any" || u.Cohort == "" || u.Verified {
		t.Fatalf("use %+v", u)
	}
	if other, _ := s.UsesOf(ctx, "nobody"); len(other) != 0 {
		t.Fatalf("uses of nobody: %+v", other)
	}
}

func testWithdrawalsNoticeBuyers(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	a, b, c := contributor(t, s, "wa@example.org"), contributor(t, s, "wb@example.org"), contributor(t, s, "wc@example.org")
	m := NewMarket(t, s, "withdraw", a, b, c)
	for _, p := range []ledger.Contributor{a, b, c} {
		s.SetPurposes(ctx, p.ID, map[string]bool{"commercial": true})
	}
	other := researcher(t, s, "other@lab.example")
	sn := m.Publish(0, 1)
	academic, err := orderFor(t, m, m.Buyer, sn, "w-1", "academic")
	if err != nil {
		t.Fatal(err)
	}
	commercial, err := orderFor(t, m, other, sn, "w-2", "commercial")
	if err != nil {
		t.Fatal(err)
	}
	// Stopping commercial use tells only the commercial buyer.
	s.SetPurposes(ctx, a.ID, map[string]bool{"commercial": false})
	n1, _ := s.WithdrawalNotices(ctx, m.Buyer.ID, 100)
	n2, _ := s.WithdrawalNotices(ctx, other.ID, 100)
	if len(n1) != 0 || len(n2) != 1 || n2[0].BundleID != commercial.BundleID || n2[0].PID != m.Members[0].PID || n2[0].Reason != "no longer allows commercial product research" {
		t.Fatalf("after a stopped commercial use: %+v / %+v", n1, n2)
	}
	// Stopping research tells the academic buyer; the commercial buyer
	// already has the one notice its bundle needs.
	s.RecordConsent(ctx, a.ID, ledger.ScopeResearch, false, ledger.TermsVersion)
	n1, _ = s.WithdrawalNotices(ctx, m.Buyer.ID, 100)
	n2, _ = s.WithdrawalNotices(ctx, other.ID, 100)
	if len(n1) != 1 || n1[0].BundleID != academic.BundleID || n1[0].Reason != ledger.ReasonStopped || len(n2) != 1 {
		t.Fatalf("after a stopped sharing: %+v / %+v", n1, n2)
	}
	// Deleting the account tells both buyers of the bundles holding b.
	if err := s.EraseContributor(ctx, b.ID); err != nil {
		t.Fatal(err)
	}
	n1, _ = s.WithdrawalNotices(ctx, m.Buyer.ID, 100)
	n2, _ = s.WithdrawalNotices(ctx, other.ID, 100)
	if len(n1) != 2 || len(n2) != 2 || n1[0].Reason != ledger.ReasonDeleted || n1[0].PID != m.Members[1].PID {
		t.Fatalf("after a deletion: %+v / %+v", n1, n2)
	}
	if sent, _ := s.NoticesOf(ctx, a.ID); sent.Bundles != 2 || sent.Buyers != 2 || sent.Acknowledged != 0 {
		t.Fatalf("a sees %+v", sent)
	}
	// Only the buyer acknowledges its notice; twice keeps the first time.
	if err := s.AcknowledgeNotice(ctx, other.ID, n1[0].ID); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("another researcher acknowledged: %v", err)
	}
	if err := s.AcknowledgeNotice(ctx, m.Buyer.ID, n1[1].ID); err != nil {
		t.Fatal(err)
	}
	first, _ := s.WithdrawalNotices(ctx, m.Buyer.ID, 100)
	s.AcknowledgeNotice(ctx, m.Buyer.ID, n1[1].ID)
	again, _ := s.WithdrawalNotices(ctx, m.Buyer.ID, 100)
	if first[1].Acknowledged.IsZero() || !again[1].Acknowledged.Equal(first[1].Acknowledged) {
		t.Fatalf("acknowledged %v then %v", first[1].Acknowledged, again[1].Acknowledged)
	}
	if left, _ := s.UnacknowledgedNotices(ctx, m.Buyer.ID); left != 1 {
		t.Fatalf("%d unacknowledged, want 1", left)
	}
	if sent, _ := s.NoticesOf(ctx, a.ID); sent.Acknowledged != 1 {
		t.Fatalf("a sees %+v after the acknowledgement", sent)
	}
	// Revoking again, or a contributor in no sold bundle, notices nobody more.
	s.RecordConsent(ctx, a.ID, ledger.ScopeResearch, true, ledger.TermsVersion)
	s.RecordConsent(ctx, a.ID, ledger.ScopeResearch, false, ledger.TermsVersion)
	loner := contributor(t, s, "loner@example.org")
	s.RecordConsent(ctx, loner.ID, ledger.ScopeResearch, false, ledger.TermsVersion)
	if all, _ := s.WithdrawalNotices(ctx, m.Buyer.ID, 100); len(all) != 2 {
		t.Fatalf("%d notices after repeats, want 2", len(all))
	}
}

func testWebhookDeliveries(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	a, b := contributor(t, s, "ha@example.org"), contributor(t, s, "hb@example.org")
	m := NewMarket(t, s, "hooks", a, b)
	for _, bad := range []string{"", "ftp://x.example/h", "https://user:pw@x.example/h", "/relative", "https://" + string(make([]byte, 600))} {
		if _, err := s.SetWebhook(ctx, m.Buyer.ID, bad); err == nil {
			t.Fatalf("webhook %q accepted", bad)
		}
	}
	if _, err := s.SetWebhook(ctx, "r_nobody", "https://x.example/h"); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("webhook of nobody: %v", err)
	}
	sn := m.Publish(0, 1)
	if _, err := orderFor(t, m, m.Buyer, sn, "h-1", "academic"); err != nil {
		t.Fatal(err)
	}
	s.RecordConsent(ctx, a.ID, ledger.ScopeResearch, false, ledger.TermsVersion)
	now := time.Now().Add(time.Second)
	if due, _ := s.DueHookDeliveries(ctx, now, 10); len(due) != 0 {
		t.Fatalf("due without a webhook: %+v", due)
	}
	w, err := s.SetWebhook(ctx, m.Buyer.ID, "https://lab.example/notices")
	if err != nil || len(w.Secret) < 40 {
		t.Fatalf("webhook %+v %v", w, err)
	}
	// Setting the webhook queues the notices not delivered yet; new ones are queued as written.
	s.EraseContributor(ctx, b.ID)
	due, err := s.DueHookDeliveries(ctx, time.Now().Add(time.Second), 10)
	if err != nil || len(due) != 2 || due[0].Webhook.URL != "https://lab.example/notices" || due[0].Webhook.Secret != w.Secret {
		t.Fatalf("due %+v %v", due, err)
	}
	if one, _ := s.DueHookDeliveries(ctx, time.Now().Add(time.Second), 1); len(one) != 1 {
		t.Fatal("the limit is not kept")
	}
	s.HookFailed(ctx, due[0].Notice.ID, "503 Service Unavailable", time.Now().Add(time.Hour))
	s.HookDelivered(ctx, due[1].Notice.ID)
	if again, _ := s.DueHookDeliveries(ctx, time.Now().Add(time.Second), 10); len(again) != 0 {
		t.Fatalf("due again before the retry time: %+v", again)
	}
	later, _ := s.DueHookDeliveries(ctx, time.Now().Add(2*time.Hour), 10)
	if len(later) != 1 || later[0].Notice.HookAttempts != 1 || later[0].Notice.HookError != "503 Service Unavailable" {
		t.Fatalf("retry %+v", later)
	}
	s.HookFailed(ctx, later[0].Notice.ID, "gave up", time.Time{})
	if none, _ := s.DueHookDeliveries(ctx, time.Now().Add(48*time.Hour), 10); len(none) != 0 {
		t.Fatalf("a given-up notice is due: %+v", none)
	}
	// The notices stay readable in the portal and the API whatever the webhook did.
	if all, _ := s.WithdrawalNotices(ctx, m.Buyer.ID, 10); len(all) != 2 {
		t.Fatalf("%d notices", len(all))
	}
	if err := s.RemoveWebhook(ctx, m.Buyer.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WebhookOf(ctx, m.Buyer.ID); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("removed webhook: %v", err)
	}
}

// verifiedEarner returns a contributor with cents of earnings in a
// confirmed payout batch.
func verifiedEarner(t *testing.T, s *ledger.Store, cents int64) ledger.Contributor {
	t.Helper()
	ctx := context.Background()
	m, a, b := payees(t, s)
	o := m.Order(cents+1, 0)
	if _, err := s.RecordSale(ctx, o.ID, []ledger.PayoutLine{{ContributorID: a.ID, Account: "0xA", Cents: cents}, {ContributorID: b.ID, Account: "0xB", Cents: 1}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Withdrawable(ctx, a.ID, -1); got != 0 {
		t.Fatalf("withdrawable before the batch is confirmed: %d", got)
	}
	if _, _, err := s.OpenEpoch(ctx, 0, func(map[string]int64) ([]byte, error) { return []byte{1}, nil }); err != nil {
		t.Fatal(err)
	}
	s.SetEpochTx(ctx, 1, []byte{1}, "0x1")
	s.ConfirmEpoch(ctx, 1, 1)
	return a
}

var terms = ledger.CashOutTerms{MinCents: 500, FeeCents: 25}

func testCashOutsBoundedAndOnce(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	a := verifiedEarner(t, s, 2000)
	if got, _ := s.Withdrawable(ctx, a.ID, -1); got != 2000 {
		t.Fatalf("withdrawable %d, want 2000", got)
	}
	if _, _, err := s.RequestCashOut(ctx, a.ID, "c1", 1000, terms, -1); !errors.Is(err, ledger.ErrNoBankAccount) {
		t.Fatalf("without a bank account: %v", err)
	}
	for _, bad := range []struct{ holder, number string }{{"", "DE89370400440532013000"}, {"Ada", "12345"}, {"Ada", "DE89 3704 0044 0532 0130 00; DROP"}, {"Ada", "١٢٣٤٥٦٧"}} {
		if _, err := s.SetBankAccount(ctx, a.ID, bad.holder, bad.number); err == nil {
			t.Fatalf("bank account %q %q accepted", bad.holder, bad.number)
		}
	}
	acct, err := s.SetBankAccount(ctx, a.ID, "Ada Lovelace", "DE89 3704-0044 0532 0130 00")
	if err != nil || acct.Number != "DE89370400440532013000" || acct.Last4() != "3000" {
		t.Fatalf("account %+v %v", acct, err)
	}
	if _, _, err := s.RequestCashOut(ctx, a.ID, "c1", 499, terms, -1); !errors.Is(err, ledger.ErrBelowMinimum) {
		t.Fatalf("below minimum: %v", err)
	}
	if _, _, err := s.RequestCashOut(ctx, a.ID, "c1", 2001, terms, -1); !errors.Is(err, ledger.ErrNotEnoughFunds) {
		t.Fatalf("above the balance: %v", err)
	}
	// What the public record paid into the account bounds a cash-out too.
	if _, _, err := s.RequestCashOut(ctx, a.ID, "c0", 1600, terms, 1500); !errors.Is(err, ledger.ErrNotEnoughFunds) {
		t.Fatalf("beyond what was paid on chain: %v", err)
	}
	if got, _ := s.Withdrawable(ctx, a.ID, 1500); got != 1500 {
		t.Fatalf("withdrawable %d with 2000 verified and 1500 paid on chain", got)
	}
	co, created, err := s.RequestCashOut(ctx, a.ID, "c1", 1500, terms, -1)
	if err != nil || !created || co.NetCents() != 1475 || co.FeeCents != 25 || co.AccountLast4 != "3000" || co.Status != ledger.CashOutRequested {
		t.Fatalf("cash-out %+v %v %v", co, created, err)
	}
	again, created, err := s.RequestCashOut(ctx, a.ID, "c1", 1500, terms, -1)
	if err != nil || created || again.ID != co.ID {
		t.Fatalf("retry: %+v %v %v", again, created, err)
	}
	if _, _, err := s.RequestCashOut(ctx, a.ID, "c1", 600, terms, -1); !errors.Is(err, ledger.ErrKeyReused) {
		t.Fatalf("key reused for another amount: %v", err)
	}
	if got, _ := s.Withdrawable(ctx, a.ID, -1); got != 500 {
		t.Fatalf("withdrawable %d after reserving 1500 of 2000", got)
	}
	if _, _, err := s.RequestCashOut(ctx, a.ID, "c2", 600, terms, -1); !errors.Is(err, ledger.ErrNotEnoughFunds) {
		t.Fatalf("second cash-out beyond the rest: %v", err)
	}
	if open, _ := s.OpenCashOuts(ctx, 10); len(open) != 1 || open[0].ID != co.ID {
		t.Fatalf("open %+v", open)
	}
	// A failed transfer releases the amount; a settled cash-out keeps its first answer.
	s.SettleCashOut(ctx, co.ID, false, "")
	s.SettleCashOut(ctx, co.ID, true, "late")
	if got, _ := s.CashOut(ctx, co.ID); got.Status != ledger.CashOutFailed || got.ProviderRef != "" {
		t.Fatalf("settled twice: %+v", got)
	}
	if got, _ := s.Withdrawable(ctx, a.ID, -1); got != 2000 {
		t.Fatalf("withdrawable %d after a failed transfer", got)
	}
	paid, _, _ := s.RequestCashOut(ctx, a.ID, "c3", 2000, terms, -1)
	if err := s.SettleCashOut(ctx, paid.ID, true, "tr_1"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Withdrawable(ctx, a.ID, -1); got != 0 {
		t.Fatalf("withdrawable %d after cashing out everything", got)
	}
	// Two cash-outs in one millisecond may list in either order: find them by key.
	list, _ := s.CashOutsOf(ctx, a.ID)
	byKey := map[string]ledger.CashOut{}
	for _, c := range list {
		byKey[c.IdempotencyKey] = c
	}
	if len(list) != 2 || byKey["c3"].Status != ledger.CashOutPaid || byKey["c3"].ProviderRef != "tr_1" || byKey["c1"].Status != ledger.CashOutFailed {
		t.Fatalf("cash-outs %+v", list)
	}
	if err := s.SettleCashOut(ctx, "co_nobody", true, ""); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("settling nothing: %v", err)
	}
	if got, _ := s.Withdrawable(ctx, a.ID, 1500); got != 0 {
		t.Fatalf("withdrawable %d with 1500 paid on chain and 2000 cashed out, want 0", got)
	}
	// Deleting the account forgets the bank account.
	s.EraseContributor(ctx, a.ID)
	if _, err := s.BankAccountOf(ctx, a.ID); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("bank account after deletion: %v", err)
	}
}

func testCashOutsConcurrent(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	a := verifiedEarner(t, s, 1000)
	if _, err := s.SetBankAccount(ctx, a.ID, "Ada", "GB33BUKB20201555555555"); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	won := 0
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, created, err := s.RequestCashOut(ctx, a.ID, fmt.Sprint("race-", i), 800, terms, -1); err == nil && created {
				mu.Lock()
				won++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if won != 1 {
		t.Fatalf("%d of 8 concurrent cash-outs of 800 from 1000 went through, want 1", won)
	}
	if got, _ := s.Withdrawable(ctx, a.ID, -1); got != 200 {
		t.Fatalf("withdrawable %d, want 200", got)
	}
}

func testSeriesByDay(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	m, a, b := payees(t, s)
	o := m.Order(300, 1000)
	if _, err := s.RecordSale(ctx, o.ID, []ledger.PayoutLine{{ContributorID: a.ID, Account: "0xA", Cents: 200}, {ContributorID: b.ID, Account: "0xB", Cents: 70}}); err != nil {
		t.Fatal(err)
	}
	today := time.Now().UTC().Truncate(24 * time.Hour)
	if got, err := s.EarningsByDay(ctx, a.ID, today.AddDate(0, 0, -7)); err != nil || len(got) != 1 || got[0].Cents != 200 || !got[0].Day.Equal(today) {
		t.Fatalf("earnings by day %+v %v", got, err)
	}
	if got, _ := s.EarningsByDay(ctx, a.ID, today.Add(48*time.Hour)); len(got) != 0 {
		t.Fatalf("earnings after from: %+v", got)
	}
	if got, err := s.RevenueByDay(ctx, today.AddDate(0, 0, -7)); err != nil || len(got) != 1 || got[0].Cents != 300 {
		t.Fatalf("revenue by day %+v %v", got, err)
	}
	m.Publish(0, 1)
	m.Publish(0, 1)
	h, err := s.SnapshotHistory(ctx, m.Cohort, 2)
	if err != nil || len(h) != 2 || h[0].Version != 2 || h[1].Version != 3 {
		t.Fatalf("history %+v %v", h, err)
	}
}

// Only paid cash-outs wait for their on-chain redemption; a stored
// redemption is replaced only in place of the one the caller saw, and
// marking one redeemed twice counts it once.
func testCashOutsRedeemedOnce(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	a := verifiedEarner(t, s, 2000)
	if _, err := s.SetBankAccount(ctx, a.ID, "Ada Lovelace", "DE89370400440532013000"); err != nil {
		t.Fatal(err)
	}
	failed, _, _ := s.RequestCashOut(ctx, a.ID, "f", 600, terms, -1)
	s.SettleCashOut(ctx, failed.ID, false, "")
	waiting, _, _ := s.RequestCashOut(ctx, a.ID, "w", 500, terms, -1)
	paid, _, err := s.RequestCashOut(ctx, a.ID, "p", 700, terms, -1)
	if err != nil {
		t.Fatal(err)
	}
	s.SettleCashOut(ctx, paid.ID, true, "tr_1")
	open, err := s.UnredeemedCashOuts(ctx, 10)
	if err != nil || len(open) != 1 || open[0].ID != paid.ID || open[0].AmountCents != 700 || open[0].RawTx != nil {
		t.Fatalf("unredeemed %+v %v (failed %s, waiting %s)", open, err, failed.ID, waiting.ID)
	}
	if err := s.SetRedeemTx(ctx, paid.ID, "", []byte{1}, "0xa"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRedeemTx(ctx, paid.ID, "", []byte{2}, "0xb"); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("a second first signing: %v", err)
	}
	if err := s.SetRedeemTx(ctx, paid.ID, "0xa", []byte{3}, "0xc"); err != nil {
		t.Fatal(err)
	}
	if open, _ := s.UnredeemedCashOuts(ctx, 10); len(open) != 1 || open[0].TxHash != "0xc" || open[0].RawTx[0] != 3 {
		t.Fatalf("after signing again: %+v", open)
	}
	s.MarkRedeemed(ctx, paid.ID, "0xc")
	s.MarkRedeemed(ctx, paid.ID, "0xd")
	if open, _ := s.UnredeemedCashOuts(ctx, 10); len(open) != 0 {
		t.Fatalf("still unredeemed: %+v", open)
	}
	if got, _ := s.RedeemedCents(ctx, a.ID); got != 700 {
		t.Fatalf("redeemed %d cents, want 700", got)
	}
	if err := s.SetRedeemTx(ctx, paid.ID, "0xc", []byte{4}, "0xe"); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("signing a redeemed cash-out again: %v", err)
	}
}
