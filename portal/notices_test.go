package portal

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"rhd.dev/ledger"
	"rhd.dev/webhook"
)

// soldWith has researcherID buy, for academic research, a bundle of a new
// one-class cohort holding the given contributors; it returns the order.
func (s *site) soldWith(researcherID string, contributorIDs ...string) ledger.Order {
	s.t.Helper()
	ctx := context.Background()
	s.paid++
	cohort := fmt.Sprintf("sold%d.any.any", s.paid)
	s.store.PutCohort(ctx, ledger.Cohort{ID: cohort, AgeBand: "any", Activity: "any", DeviceType: "any", Description: "group " + cohort})
	var ms []ledger.SnapshotMember
	for i, id := range contributorIDs {
		ms = append(ms, ledger.SnapshotMember{ContributorID: id, PID: fmt.Sprintf("%02d%062x", s.paid, i+1), Weight: 1, CoverageDays: 1, Rows: 1, Digest: []byte{1},
			AgeBand: "any", Activity: "any", DeviceType: "any"})
	}
	sn, err := s.store.CreateSnapshot(ctx, ledger.Snapshot{CohortID: cohort, K: 1, Members: len(ms), MerkleRoot: []byte{1}, ContentHash: []byte{1}, StatsJSON: "[]"}, ms)
	if err != nil {
		s.t.Fatal(err)
	}
	o, _, err := s.store.PlaceOrderFor(ctx, researcherID, "k-"+cohort, sn.ID, 0, "academic", "Uni")
	if err != nil {
		s.t.Fatal(err)
	}
	return o
}

func TestWithdrawalNoticesReachBuyers(t *testing.T) {
	s := newSite(t, time.Hour)
	ctx := context.Background()
	ada, bob := s.onboard("ada"), s.onboard("bob")
	adaID, bobID := contributorID(t, s, "ada@example.org"), contributorID(t, s, "bob@example.org")
	lab := s.onboardResearcher("lab")
	labID := researcherOf(t, s, "lab@uni.example")
	tok, _, tokErr := s.store.IssueAPIToken(ctx, labID, ledger.TokenSpec{Name: "pipeline", Scopes: []string{ledger.ScopeRead}})
	if tokErr != nil {
		t.Fatal(tokErr)
	}
	_, otherTok := s.apiResearcher("other@lab.org")
	order := s.soldWith(labID, adaID, bobID)
	members, _ := s.store.BundleMembers(ctx, order.BundleID)

	// The buyer registers a webhook: a bad address is refused, a good one
	// shows its secret once.
	var mu sync.Mutex
	var got [][]byte
	var sigs []string
	recv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		got, sigs = append(got, b), append(sigs, r.Header.Get(webhook.SignatureHeader))
		mu.Unlock()
	}))
	defer recv.Close()
	_, _, labTok := s.page(lab, "/notices")
	if code := s.post(lab, "/webhook", url.Values{"csrf": {labTok}, "url": {"javascript:alert(1)"}}); code != 422 {
		t.Fatalf("bad webhook: %d", code)
	}
	resp, _ := lab.PostForm(s.url+"/webhook", url.Values{"csrf": {labTok}, "url": {recv.URL + "/hook"}})
	page := body(resp)
	secret := regexp.MustCompile(`id="hook-secret">(whsec_[0-9a-f]+)<`).FindStringSubmatch(page)
	if secret == nil {
		t.Fatalf("no secret shown:\n%s", page)
	}
	if _, p, _ := s.page(lab, "/notices"); strings.Contains(p, secret[1]) {
		t.Fatal("the secret is shown again")
	}

	// Ada stops sharing: the buyer is told, in the portal, the API and the webhook.
	_, _, adaTok := s.page(ada, "/dashboard")
	if code := s.post(ada, "/consent", url.Values{"csrf": {adaTok}, "share": {"no"}}); code != 303 {
		t.Fatalf("stop sharing: %d", code)
	}
	_, p, _ := s.page(lab, "/notices")
	if !strings.Contains(p, members[0].PID) || strings.Contains(p, members[1].PID) || !strings.Contains(p, "The member stopped sharing.") {
		t.Fatalf("notices page:\n%s", p)
	}
	code, b := s.api("GET", "/api/v1/notices", tok, "", nil)
	var ns []apiNotice
	json.Unmarshal(b, &ns)
	if code != 200 || len(ns) != 1 || ns[0].Pseudonyms[0] != members[0].PID || ns[0].Order != order.ID || ns[0].AcknowledgedAt != nil {
		t.Fatalf("API notices %d %s", code, b)
	}
	if code, b := s.api("GET", "/api/v1/notices", otherTok, "", nil); code != 200 || string(b) != "[]" {
		t.Fatalf("another researcher sees %d %s", code, b)
	}
	d := &webhook.Deliverer{Store: s.store, AllowPrivate: true, BaseURL: s.url}
	if n, _, err := d.Deliver(ctx); n != 1 || err != nil {
		t.Fatalf("webhook deliveries %d %v", n, err)
	}
	mu.Lock()
	if len(got) != 1 || webhook.Verify(secret[1], sigs[0], got[0], time.Now(), 5*time.Minute) != nil || !strings.Contains(string(got[0]), members[0].PID) {
		t.Fatalf("webhook got %q signed %q", got, sigs)
	}
	mu.Unlock()

	// Only the buyer acknowledges, once; Ada sees that notices went out and were confirmed.
	for _, path := range []string{fmt.Sprintf("/api/v1/notices/%d/ack", ns[0].ID), "/api/v1/notices/x/ack", "/api/v1/notices/999/ack"} {
		if code, _ := s.api("POST", path, otherTok, "", nil); code != 404 {
			t.Fatalf("another researcher acknowledges %s: %d", path, code)
		}
	}
	_, choices, _ := s.page(ada, "/choices")
	if !strings.Contains(choices, "1 research team was told to delete your data from 1 bundle; 0 have confirmed.") {
		t.Fatalf("Ada's choices page:\n%s", choices)
	}
	if code, _ := s.api("POST", fmt.Sprintf("/api/v1/notices/%d/ack", ns[0].ID), tok, "", nil); code != 204 {
		t.Fatalf("acknowledge: %d", code)
	}
	_, uses, _ := s.page(ada, "/uses")
	if !strings.Contains(uses, "1 has confirmed") {
		t.Fatalf("Ada's uses page:\n%s", uses)
	}

	// Bob deletes his account: the buyer is told, and he sees it on the way out.
	_, _, bobTok := s.page(bob, "/privacy")
	resp, _ = bob.PostForm(s.url+"/privacy/delete", url.Values{"csrf": {bobTok}, "confirm": {"delete"}})
	if bye := body(resp); !strings.Contains(bye, "We told 1 research team that bought your data to delete it from 1 bundle.") {
		t.Fatalf("deleted page:\n%s", bye)
	}
	_, p, labTok = s.page(lab, "/notices")
	if !strings.Contains(p, members[1].PID) || !strings.Contains(p, "The member deleted the account.") || !strings.Contains(p, "<strong>1</strong> notice waits") {
		t.Fatalf("notices page after the deletion:\n%s", p)
	}
	last, _ := s.store.WithdrawalNotices(ctx, labID, 1)
	if code := s.post(lab, fmt.Sprintf("/notices/%d/ack", last[0].ID), url.Values{"csrf": {labTok}}); code != 303 {
		t.Fatalf("acknowledge in the portal: %d", code)
	}
	if n, _ := s.store.UnacknowledgedNotices(ctx, labID); n != 0 {
		t.Fatalf("%d notices open", n)
	}
	if code := s.post(lab, "/webhook/remove", url.Values{"csrf": {labTok}}); code != 303 {
		t.Fatalf("remove webhook: %d", code)
	}
}
