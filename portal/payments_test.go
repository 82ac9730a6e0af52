package portal

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"rhd.dev/portal/devoidc"
)

// signedCards stands in for a card processor, which cannot exist here: it
// signs its notifications with a shared secret, as real processors do.
type signedCards struct {
	secret    []byte
	checkouts []int64
}

func (p *signedCards) Checkout(_ context.Context, researcherID string, cents int64, returnURL string) (string, error) {
	p.checkouts = append(p.checkouts, cents)
	return "https://pay.example/checkout?r=" + url.QueryEscape(researcherID) + "&back=" + url.QueryEscape(returnURL), nil
}

func (p *signedCards) sign(body []byte) string {
	mac := hmac.New(sha256.New, p.secret)
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}

func (p *signedCards) Completed(_ context.Context, h http.Header, body []byte) (CardPayment, error) {
	if !hmac.Equal([]byte(h.Get("X-Signature")), []byte(p.sign(body))) {
		return CardPayment{}, errors.New("bad signature")
	}
	var n struct {
		Type, ID, Researcher string
		Cents                int64
	}
	if err := json.Unmarshal(body, &n); err != nil {
		return CardPayment{}, err
	}
	if n.Type != "payment.completed" {
		return CardPayment{}, ErrNotAPayment
	}
	return CardPayment{ID: n.ID, ResearcherID: n.Researcher, Cents: n.Cents}, nil
}

func TestCardPaymentsBuyCreditOnceAndAreOffWithoutAProvider(t *testing.T) {
	s := newSite(t, time.Hour)
	s.provider.Accounts = append(s.provider.Accounts, devoidc.Account{Subject: "lab", Email: "lab@uni.example", Name: "Dr Lab"})
	lab := client()
	s.signIn(lab, "lab", nil)
	_, _, token := s.page(lab, "/researcher/signup")
	if code := s.post(lab, "/researcher/signup", url.Values{"csrf": {token}, "organization": {"Uni"}, "intended_use": {"sleep"}}); code != 303 {
		t.Fatalf("sign-up: %d", code)
	}
	_, page, token := s.page(lab, "/purchases")
	// Without a provider: no card form, checkout is refused in plain words,
	// and notifications have nowhere to go.
	if strings.Contains(page, "/credits/checkout") || !strings.Contains(page, "operators") {
		t.Fatal("the purchases page offers card payments without a provider")
	}
	if code := s.post(lab, "/credits/checkout", url.Values{"csrf": {token}, "dollars": {"100"}}); code != http.StatusNotImplemented {
		t.Fatalf("checkout without a provider: %d", code)
	}
	notify := func(body, sig string) int {
		req, _ := http.NewRequest("POST", s.url+"/payments/notify", bytes.NewBufferString(body))
		req.Header.Set("X-Signature", sig)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := notify(`{}`, ""); code != 404 {
		t.Fatalf("notification without a provider: %d", code)
	}

	cards := &signedCards{secret: []byte("shared")}
	s.srv.market.Cards = cards
	_, page, token = s.page(lab, "/purchases")
	if !strings.Contains(page, `action="/credits/checkout"`) {
		t.Fatal("no card form with a provider")
	}
	for _, bad := range []string{"0", "5", "10001", "12.5", "lots"} {
		if code := s.post(lab, "/credits/checkout", url.Values{"csrf": {token}, "dollars": {bad}}); code != 400 {
			t.Fatalf("checkout of %q dollars: %d", bad, code)
		}
	}
	if code := s.post(lab, "/credits/checkout", url.Values{"dollars": {"100"}}); code != 403 {
		t.Fatalf("checkout without CSRF: %d", code)
	}
	if code := s.post(lab, "/credits/checkout", url.Values{"csrf": {token}, "dollars": {"100"}}); code != 303 || len(cards.checkouts) != 1 || cards.checkouts[0] != 10000 {
		t.Fatalf("checkout: %d %v", code, cards.checkouts)
	}

	rs, _ := s.store.Researchers(context.Background())
	r := rs[0]
	body := `{"Type":"payment.completed","ID":"pay_42","Researcher":"` + r.ID + `","Cents":10000}`
	if code := notify(body, "forged"); code != 400 {
		t.Fatalf("forged notification: %d", code)
	}
	for i := range 3 { // providers repeat notifications
		if code := notify(body, cards.sign([]byte(body))); code != 204 {
			t.Fatalf("notification %d: %d", i, code)
		}
	}
	other := `{"Type":"payment.refunded","ID":"pay_42"}`
	if code := notify(other, cards.sign([]byte(other))); code != 204 {
		t.Fatalf("other event: %d", code)
	}
	if got, _ := s.store.Researcher(context.Background(), r.ID); got.CreditsCents != 10000 {
		t.Fatalf("credit %d, want one $100.00 payment", got.CreditsCents)
	}
}
