package portal

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"rhd.dev/ledger"
)

func TestCheckAReadingInTheBrowserOnlyForItsOwner(t *testing.T) {
	s := newSite(t, time.Hour)
	ada := s.onboard("ada")
	bob := s.onboard("bob")
	ctx := context.Background()
	adaID := contributorID(t, s, "ada@example.org")
	hour := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)
	minted := ledger.ContributionRecord{DeviceID: "d1", Hour: hour, ContributorID: adaID, Account: "0xA", Samples: 60, Root: []byte{1}, From: hour, To: hour.Add(time.Hour)}
	pending := minted
	pending.Hour, pending.From, pending.To = hour.Add(time.Hour), hour.Add(time.Hour), hour.Add(2*time.Hour)
	batch, err := s.store.AddRecords(ctx, []ledger.ContributionRecord{minted})
	if err != nil {
		t.Fatal(err)
	}
	s.store.ConfirmMint(ctx, batch, 7)
	s.store.AddRecords(ctx, []ledger.ContributionRecord{pending})

	type call struct {
		device, metric string
		minute         time.Time
	}
	var calls []call
	s.srv.market.VerifyReading = func(_ context.Context, device, metric string, minute time.Time) (bool, map[string]string, error) {
		calls = append(calls, call{device, metric, minute})
		if metric != "heart_rate" {
			return false, nil, errors.New("no such reading")
		}
		return true, map[string]string{"record (token)": "7"}, nil
	}
	_, privacy, _ := s.page(ada, "/privacy")
	link := fmt.Sprintf("/records/d1/%d/verify", hour.Unix())
	if !strings.Contains(privacy, link) {
		t.Fatalf("the privacy page has no check for the record")
	}
	minute := hour.Add(5 * time.Minute)
	q := fmt.Sprintf("?metric=heart_rate&minute=%d", minute.UnixMilli())
	code, page, _ := s.page(ada, link+q)
	if code != 200 || !strings.Contains(page, "✓ Verified") || !strings.Contains(page, "record (token)") {
		t.Fatalf("check %d:\n%s", code, page)
	}
	if len(calls) != 1 || calls[0] != (call{"d1", "heart_rate", minute}) {
		t.Fatalf("verified %+v", calls)
	}
	if code, page, _ := s.page(ada, link+fmt.Sprintf("?metric=spo2&minute=%d", minute.UnixMilli())); code != 404 || !strings.Contains(page, "no such reading") {
		t.Fatalf("a reading not held: %d", code)
	}
	// Not minted yet: said so, nothing asked of the chain.
	if code, page, _ := s.page(ada, fmt.Sprintf("/records/d1/%d/verify%s", pending.Hour.Unix(), q)); code != 200 || !strings.Contains(page, "still being made public") || len(calls) != 2 {
		t.Fatalf("pending record %d (%d calls)", code, len(calls))
	}
	// Nobody else's record, no made-up record.
	for who, path := range map[string]string{"bob": link + q, "ada, unknown hour": "/records/d1/123/verify", "ada, bad hour": "/records/d1/x/verify"} {
		c := ada
		if who == "bob" {
			c = bob
		}
		if code, _, _ := s.page(c, path); code != 404 {
			t.Fatalf("%s on %s: %d", who, path, code)
		}
	}
	if code, _, _ := s.page(client(), link); code != 302 {
		t.Fatalf("anonymous: %d", code)
	}
	if len(calls) != 2 {
		t.Fatalf("%d chain checks, want 2", len(calls))
	}
}
