package portal

import (
	"context"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"rhd.dev/ledger"
)

// confirmAll commits every recorded sale in a confirmed payout batch.
func (s *site) confirmAll() {
	s.t.Helper()
	ctx := context.Background()
	e, opened, err := s.store.OpenEpoch(ctx, 0, func(map[string]int64) ([]byte, error) { return []byte{1}, nil })
	if err != nil || !opened {
		s.t.Fatalf("open epoch: %v %v", opened, err)
	}
	s.store.SetEpochTx(ctx, e.Epoch, []byte{1}, "0x1")
	s.store.ConfirmEpoch(ctx, e.Epoch, 1)
}

var cashOutKey = regexp.MustCompile(`name="key" value="([0-9a-f]+)"`)

func TestCashOutToTheBank(t *testing.T) {
	s := newSite(t, time.Hour)
	ctx := context.Background()
	ada := s.onboard("ada")
	adaID := contributorID(t, s, "ada@example.org")
	s.paySale(adaID, "0xA", 2500)
	// Not configured: the page says so and nothing is sent.
	_, page, tok := s.page(ada, "/cash-out")
	if !strings.Contains(page, "not available here yet") || !strings.Contains(page, "$25.00 more is being confirmed") {
		t.Fatalf("cash-out page without a provider:\n%s", page)
	}
	if code := s.post(ada, "/cash-out", url.Values{"csrf": {tok}, "amount": {"10"}, "key": {"k"}}); code != 501 {
		t.Fatalf("cash-out without a provider: %d", code)
	}
	bank := &DevPayouts{}
	s.srv.market.Payouts = bank
	if code := s.post(ada, "/cash-out/account", url.Values{"csrf": {tok}, "holder": {"Ada Lovelace"}, "number": {"12"}}); code != 422 {
		t.Fatalf("a short account number: %d", code)
	}
	if code := s.post(ada, "/cash-out/account", url.Values{"csrf": {tok}, "holder": {"Ada Lovelace"}, "number": {"GB33 BUKB 2020 1555 5555 55"}}); code != 303 {
		t.Fatalf("bank account: %d", code)
	}
	// Unconfirmed earnings cannot leave.
	if code := s.post(ada, "/cash-out", url.Values{"csrf": {tok}, "amount": {"10"}, "key": {"k0"}}); code != 422 {
		t.Fatalf("cash-out of unconfirmed earnings: %d", code)
	}
	s.confirmAll()
	_, page, tok = s.page(ada, "/cash-out")
	m := cashOutKey.FindStringSubmatch(page)
	if m == nil || !strings.Contains(page, `id="available">$25.00<`) || !strings.Contains(page, `id="fee">$0.25<`) || !strings.Contains(page, "account ending <strong>5555</strong>") {
		t.Fatalf("cash-out page:\n%s", page)
	}
	for amount, want := range map[string]int{"9.99": 422, "25.01": 422, "-10": 400, "1e3": 400, "10.001": 400, "": 400} {
		if code := s.post(ada, "/cash-out", url.Values{"csrf": {tok}, "amount": {amount}, "key": {m[1]}}); code != want {
			t.Fatalf("cash-out of %q: %d, want %d", amount, code, want)
		}
	}
	// A double click and a retry: one transfer.
	for i := 0; i < 3; i++ {
		if code := s.post(ada, "/cash-out", url.Values{"csrf": {tok}, "amount": {"20.5"}, "key": {m[1]}}); code != 303 {
			t.Fatalf("cash-out %d: %d", i, code)
		}
	}
	sent := bank.Transfers()
	if len(sent) != 1 || sent[0].Cents != 2025 || sent[0].Number != "GB33BUKB20201555555555" || sent[0].Holder != "Ada Lovelace" {
		t.Fatalf("transfers %+v, want one of $20.25 ($20.50 less the $0.25 fee)", sent)
	}
	if left, _ := s.store.Withdrawable(ctx, adaID, -1); left != 450 {
		t.Fatalf("balance %d after cashing out 2050 of 2500", left)
	}
	_, page, _ = s.page(ada, "/cash-out?done="+sent[0].ID)
	if !strings.Contains(page, "Sent: $20.25 is on its way to your account ending 5555") || !strings.Contains(page, "You can cash out from $10.00") {
		t.Fatalf("after the cash-out:\n%s", page)
	}
	if w := cryptoWords.FindString(disclosures.ReplaceAllString(stripCSRF(page), "")); w != "" {
		t.Errorf("/cash-out says %q", w)
	}
	// Another contributor's cash-outs are not shown to Ada, and hers not to Bob.
	bob := s.onboard("bob")
	if _, p, _ := s.page(bob, "/cash-out?done="+sent[0].ID); strings.Contains(p, "5555") || strings.Contains(p, "$20.25") {
		t.Fatalf("Bob sees Ada's cash-out:\n%s", p)
	}
}

// flakyBank fails every transfer without an answer until it is fixed.
type flakyBank struct {
	DevPayouts
	mu    sync.Mutex
	fixed bool
	tries int
}

func (f *flakyBank) Transfer(ctx context.Context, t Transfer) (string, error) {
	f.mu.Lock()
	f.tries++
	fixed := f.fixed
	f.mu.Unlock()
	if !fixed {
		return "", context.DeadlineExceeded
	}
	return f.DevPayouts.Transfer(ctx, t)
}

func TestCashOutUndecidedIsSentAgainAndRejectedIsReturned(t *testing.T) {
	s := newSite(t, time.Hour)
	ctx := context.Background()
	ada := s.onboard("ada")
	adaID := contributorID(t, s, "ada@example.org")
	s.paySale(adaID, "0xA", 5000)
	s.confirmAll()
	bank := &flakyBank{}
	s.srv.market.Payouts = bank
	_, _, tok := s.page(ada, "/cash-out")
	s.post(ada, "/cash-out/account", url.Values{"csrf": {tok}, "holder": {"Ada"}, "number": {"DE89370400440532013000"}})
	if code := s.post(ada, "/cash-out", url.Values{"csrf": {tok}, "amount": {"30"}, "key": {"a"}}); code != 303 {
		t.Fatalf("cash-out: %d", code)
	}
	// The provider timed out: the amount stays reserved, not paid, not lost.
	if open, _ := s.store.OpenCashOuts(ctx, 10); len(open) != 1 {
		t.Fatalf("open cash-outs %+v", open)
	}
	if left, _ := s.store.Withdrawable(ctx, adaID, -1); left != 2000 {
		t.Fatalf("balance %d while a cash-out of 3000 is undecided", left)
	}
	bank.fixed = true
	s.srv.ResumeCashOuts(ctx, 10)
	s.srv.ResumeCashOuts(ctx, 10)
	if got := bank.Transfers(); len(got) != 1 || got[0].Cents != 2975 {
		t.Fatalf("transfers after resuming %+v", got)
	}
	if open, _ := s.store.OpenCashOuts(ctx, 10); len(open) != 0 {
		t.Fatalf("still open %+v", open)
	}
	// A rejected transfer gives the amount back.
	s.post(ada, "/cash-out/account", url.Values{"csrf": {tok}, "holder": {"Ada"}, "number": {"REJECT123456"}})
	if code := s.post(ada, "/cash-out", url.Values{"csrf": {tok}, "amount": {"20"}, "key": {"b"}}); code != 303 {
		t.Fatalf("cash-out: %d", code)
	}
	var rejected ledger.CashOut
	list, _ := s.store.CashOutsOf(ctx, adaID)
	for _, c := range list { // two in one millisecond list in either order
		if c.IdempotencyKey == "b" {
			rejected = c
		}
	}
	if len(list) != 2 || rejected.Status != ledger.CashOutFailed {
		t.Fatalf("cash-outs %+v", list)
	}
	if left, _ := s.store.Withdrawable(ctx, adaID, -1); left != 2000 {
		t.Fatalf("balance %d after a rejected transfer", left)
	}
	if _, p, _ := s.page(ada, "/cash-out?done="+rejected.ID); !strings.Contains(p, "$20.00 is back in your balance") {
		t.Fatalf("after a rejection:\n%s", p)
	}
}

func TestParseDollars(t *testing.T) {
	for in, want := range map[string]int64{"0": 0, "12": 1200, "12.3": 1230, "12.34": 1234, "$5.05": 505, " 7 ": 700} {
		if got, err := parseDollars(in); err != nil || got != want {
			t.Errorf("%q: %d %v, want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", ".5", "1.234", "-1", "1e3", "1,000", "9999999999", "0x10", "1.-2"} {
		if got, err := parseDollars(in); err == nil {
			t.Errorf("%q parsed as %d", in, got)
		}
	}
}

func TestCashOutBoundedByWhatThePublicRecordPaid(t *testing.T) {
	s := newSite(t, time.Hour)
	ada := s.onboard("ada")
	adaID := contributorID(t, s, "ada@example.org")
	s.paySale(adaID, "0xA", 5000)
	s.confirmAll()
	s.srv.market.Payouts = &DevPayouts{}
	onChain, down := int64(1500), false
	s.srv.market.PaidOnChain = func(_ context.Context, id string) (int64, error) {
		if down {
			return 0, context.DeadlineExceeded
		}
		if id != adaID {
			return 0, nil
		}
		return onChain, nil
	}
	_, page, tok := s.page(ada, "/cash-out")
	if !strings.Contains(page, `id="available">$15.00<`) {
		t.Fatalf("available with $50.00 verified and $15.00 paid on the public record:\n%s", page)
	}
	s.post(ada, "/cash-out/account", url.Values{"csrf": {tok}, "holder": {"Ada"}, "number": {"DE89370400440532013000"}})
	if code := s.post(ada, "/cash-out", url.Values{"csrf": {tok}, "amount": {"20"}, "key": {"a"}}); code != 422 {
		t.Fatalf("cash-out beyond what was paid on the public record: %d", code)
	}
	down = true
	if code := s.post(ada, "/cash-out", url.Values{"csrf": {tok}, "amount": {"10"}, "key": {"b"}}); code != 503 {
		t.Fatalf("cash-out while the public record is unreachable: %d", code)
	}
	if _, page, _ := s.page(ada, "/cash-out"); !strings.Contains(page, "cannot be reached right now") || !strings.Contains(page, `id="available">$0.00<`) {
		t.Fatalf("page while unreachable:\n%s", page)
	}
	down = false
	if code := s.post(ada, "/cash-out", url.Values{"csrf": {tok}, "amount": {"15"}, "key": {"c"}}); code != 303 {
		t.Fatalf("cash-out within what was paid: %d", code)
	}
}
