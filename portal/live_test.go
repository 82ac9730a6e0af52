package portal

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
)

func contributorID(t *testing.T, s *site, email string) string {
	all, _ := s.store.Contributors(context.Background())
	for _, c := range all {
		if c.Email == email {
			return c.ID
		}
	}
	t.Fatalf("no contributor %s", email)
	return ""
}

func TestLiveEarningsArriveOverServerSentEvents(t *testing.T) {
	PollEvery = 50 * time.Millisecond
	s := newSite(t, time.Hour)
	ada := s.onboard("ada")
	resp, err := ada.Get(s.url + "/events")
	if err != nil || resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("events: %v %v", resp, err)
	}
	defer resp.Body.Close()
	s.paySale(contributorID(t, s, "ada@example.org"), "0xA", 1234)
	found := make(chan bool)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "data:") && strings.Contains(sc.Text(), "$12.34") {
				found <- true
				return
			}
		}
		found <- false
	}()
	select {
	case ok := <-found:
		if !ok {
			t.Fatal("stream ended without the payout event")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no payout event within 10 s")
	}
	code, body, _ := s.page(ada, "/api/me/summary")
	if code != 200 || !strings.Contains(body, `"total":"$12.34"`) {
		t.Fatalf("summary %d %s", code, body)
	}
	if code, _, _ := s.page(client(), "/api/me/summary"); code != 302 {
		t.Fatalf("anonymous summary: %d", code)
	}
}

var codeOnPage = regexp.MustCompile(`id="code">([A-Z0-9-]+)<`)

func TestDevicesAddRenameRemove(t *testing.T) {
	s := newSite(t, time.Hour)
	ada, bob := s.onboard("ada"), s.onboard("bob")
	_, _, token := s.page(ada, "/dashboard")
	resp, _ := ada.PostForm(s.url+"/devices", url.Values{"csrf": {token}, "type": {"ring"}})
	page := body(resp)
	m := codeOnPage.FindStringSubmatch(page)
	if resp.StatusCode != 200 || m == nil {
		t.Fatalf("pairing code page %d:\n%s", resp.StatusCode, page)
	}
	pub := ed25519.NewKeyFromSeed(make([]byte, 32)).Public().(ed25519.PublicKey)
	d, err := s.store.PairDevice(context.Background(), m[1], "SN-PORTAL", pub)
	if err != nil || d.ContributorID != contributorID(t, s, "ada@example.org") {
		t.Fatalf("pairing with the portal's code: %+v %v", d, err)
	}
	_, _, bobToken := s.page(bob, "/dashboard")
	if code := s.post(bob, "/devices/"+d.ID+"/rename", url.Values{"csrf": {bobToken}, "name": {"mine now"}}); code != 404 {
		t.Fatalf("someone else renamed the device: %d", code)
	}
	if code := s.post(bob, "/devices/"+d.ID+"/remove", url.Values{"csrf": {bobToken}}); code != 404 {
		t.Fatalf("someone else removed the device: %d", code)
	}
	if code := s.post(ada, "/devices/"+d.ID+"/rename", url.Values{"csrf": {token}, "name": {"Night ring"}}); code != 303 {
		t.Fatalf("rename: %d", code)
	}
	if _, p, _ := s.page(ada, "/dashboard"); !strings.Contains(p, "Night ring") {
		t.Fatal("new name not shown")
	}
	if code := s.post(ada, "/devices/"+d.ID+"/remove", url.Values{"csrf": {token}}); code != 303 {
		t.Fatalf("remove: %d", code)
	}
	if got, _ := s.store.Device(context.Background(), d.ID); !got.Removed {
		t.Fatal("device not removed")
	}
	if code := s.post(ada, "/devices", url.Values{"csrf": {token}, "type": {"toaster"}}); code != 400 {
		t.Fatalf("unknown device type: %d", code)
	}
}

func TestCheckAPaymentInPlainWords(t *testing.T) {
	s := newSite(t, time.Hour)
	s.srv.market.VerifyPayout = func(ctx context.Context, account, sale string) (bool, map[string]string, error) {
		return account == "0xA", map[string]string{"root": "0xabc", "account": account}, nil
	}
	ada, bob := s.onboard("ada"), s.onboard("bob")
	sale := s.paySale(contributorID(t, s, "ada@example.org"), "0xA", 500)
	if _, p, _ := s.page(ada, "/dashboard"); !strings.Contains(p, `href="/verify/`+sale+`"`) {
		t.Fatal("no way to check the payment from the dashboard")
	}
	code, page, _ := s.page(ada, "/verify/"+sale)
	if code != 200 || !strings.Contains(page, "Verified") || !strings.Contains(page, "<details>") {
		t.Fatalf("check %d:\n%s", code, page)
	}
	if w := cryptoWords.FindString(disclosures.ReplaceAllString(page, "")); w != "" {
		t.Errorf("the check page says %q outside the disclosure", w)
	}
	if code, _, _ := s.page(bob, "/verify/"+sale); code != 404 {
		t.Fatalf("someone else checks Ada's payment: %d", code)
	}
}

// TestLiveStreamOutlivesWriteTimeout: the write timeout bounds each message,
// not the stream, which stays open for as long as the session holds.
func TestLiveStreamOutlivesWriteTimeout(t *testing.T) {
	PollEvery = 50 * time.Millisecond
	t.Cleanup(func() { PollEvery = 2 * time.Second })
	s := newSite(t, time.Hour, func(c *Config) { c.WriteTimeout = 300 * time.Millisecond })
	ada := s.onboard("ada")
	lines := s.streamLines(ada)
	time.Sleep(time.Second)
	s.pay("ada@example.org", "late", 4321)
	awaitLine(t, lines, "$43.21", "never")
}

// TestLiveStreamsShareOneLedgerPoll: however many pages are open, the ledger
// is read once per PollEvery.
func TestLiveStreamsShareOneLedgerPoll(t *testing.T) {
	PollEvery = 50 * time.Millisecond
	t.Cleanup(func() { PollEvery = 2 * time.Second })
	s := newSite(t, time.Hour)
	ada, bob := s.onboard("ada"), s.onboard("bob")
	adaLines, bobLines := s.streamLines(ada), s.streamLines(bob)
	s.streamLines(ada)
	s.streamLines(bob)
	before := s.srv.live.polls.Load()
	time.Sleep(time.Second)
	polls := s.srv.live.polls.Load() - before
	if polls > 25 { // one poll per 50 ms, not one per stream
		t.Fatalf("%d ledger reads in 1 s for 4 open streams", polls)
	}
	s.pay("ada@example.org", "shared", 555)
	s.pay("bob@example.org", "shared-bob", 666)
	awaitLine(t, adaLines, "$5.55", "$6.66")
	awaitLine(t, bobLines, "$6.66", "$5.55")
}

// awaitLine waits up to 5 s for a line containing want and fails on one
// containing never.
func awaitLine(t *testing.T, lines chan string, want, never string) {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case l, open := <-lines:
			if !open {
				t.Fatalf("the stream ended before a %s event", want)
			}
			if strings.Contains(l, never) {
				t.Fatalf("someone else's message: %s", l)
			}
			if strings.Contains(l, want) {
				return
			}
		case <-deadline:
			t.Fatalf("no %s event within 5 s", want)
		}
	}
}
