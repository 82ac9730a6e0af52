package portal

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"rhd.dev/cohorter"
	"rhd.dev/cohorter/bundle"
	"rhd.dev/ledger"
	"rhd.dev/portal/devoidc"
)

// apiResearcher is a researcher with credit and an API token.
func (s *site) apiResearcher(email string) (ledger.Researcher, string) {
	s.t.Helper()
	ctx := context.Background()
	r, err := s.store.CreateResearcher(ctx, ledger.Researcher{Email: email, Name: "R", Organization: "Lab", IntendedUse: "models"})
	if err != nil {
		s.t.Fatal(err)
	}
	s.store.GrantCredit(ctx, r.ID, 1_000_000, "test")
	tok, _ := s.store.CreateAPIToken(ctx, r.ID)
	return r, tok
}

// onboardResearcher signs a new person in and signs them up as a researcher
// (email subject@uni.example).
func (s *site) onboardResearcher(subject string) *http.Client {
	s.t.Helper()
	s.provider.Accounts = append(s.provider.Accounts, devoidc.Account{Subject: subject, Email: subject + "@uni.example", Name: "Dr " + subject})
	c := client()
	s.signIn(c, subject, nil)
	_, _, tok := s.page(c, "/researcher/signup")
	if code := s.post(c, "/researcher/signup", url.Values{"csrf": {tok}, "organization": {"Uni"}, "intended_use": {"sleep research"}}); code != 303 {
		s.t.Fatalf("researcher sign-up: %d", code)
	}
	return c
}

// members is the contributors of a snapshot.
func (s *site) members(snapshotID string) []ledger.SnapshotMember {
	s.t.Helper()
	ms, err := s.store.SnapshotMembers(context.Background(), snapshotID)
	if err != nil || len(ms) == 0 {
		s.t.Fatalf("members of %s: %v", snapshotID, err)
	}
	return ms
}

// manifestOf downloads an order's bundle over the API and reads its manifest.
func (s *site) manifestOf(tok string, o apiOrder) bundle.Manifest {
	s.t.Helper()
	code, b := s.api("GET", o.Download, tok, "", nil)
	if code != 200 {
		s.t.Fatalf("download: %d %s", code, b)
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		s.t.Fatal(err)
	}
	f, err := zr.Open(bundle.ManifestFile)
	if err != nil {
		s.t.Fatal(err)
	}
	defer f.Close()
	var m bundle.Manifest
	if err := json.NewDecoder(f).Decode(&m); err != nil {
		s.t.Fatal(err)
	}
	return m
}

// The report's attack: after a contributor revoked consent, the catalog shows
// only @v2, but the API ordered @v1 by its predictable id (201) and its
// bundle held, and its sale paid, the revoked contributor.
func TestAbuseOrderOldSnapshotOverTheAPI(t *testing.T) {
	s := newSite(t, time.Hour)
	s.market(t)
	ctx := context.Background()
	r, tok := s.apiResearcher("api@lab.org")
	v1 := "any.any.any@v1"
	leaver := s.members(v1)[0].ContributorID
	s.store.RecordConsent(ctx, leaver, ledger.ScopeResearch, false, ledger.TermsVersion)
	p := cohorter.DefaultPolicy()
	p.K = 5
	// One leaver makes a new version only once the step has passed.
	later := func() time.Time { return time.Now().Add(p.Step + time.Minute) }
	if _, err := (&cohorter.Cohorter{Store: s.store, Warehouse: s.srv.market.Warehouse, Policy: p, Now: later}).Run(ctx); err != nil {
		t.Fatal(err)
	}
	if cur, _ := s.store.LatestSnapshot(ctx, "any.any.any"); cur.ID == v1 {
		t.Fatal("the cohorter published no new version after the revocation")
	}
	code, b := s.api("POST", "/api/v1/orders", tok, "old", map[string]string{"snapshot": v1, "purpose": "academic"})
	if code != 409 {
		t.Fatalf("order of the superseded %s: %d %s, want 409", v1, code, b)
	}
	if got, _ := s.store.Researcher(ctx, r.ID); got.CreditsCents != 1_000_000 {
		t.Fatalf("charged %d for a refused order", 1_000_000-got.CreditsCents)
	}
	if orders, _ := s.store.OrdersOf(ctx, r.ID); len(orders) != 0 {
		t.Fatalf("orders %+v", orders)
	}
}

// A contributor revokes consent after the current version was published and
// before the cohorter's next run: a bundle bought meanwhile leaves them out,
// and so does its sale's split (it pays the bundle's members only).
func TestAbuseBundleBoughtAfterRevocationLeavesThemOut(t *testing.T) {
	s := newSite(t, time.Hour)
	s.market(t)
	ctx := context.Background()
	_, tok := s.apiResearcher("api@lab.org")
	cur, _ := s.store.LatestSnapshot(ctx, "any.any.any")
	members := s.members(cur.ID)
	leaver := members[0].ContributorID
	s.store.RecordConsent(ctx, leaver, ledger.ScopeResearch, false, ledger.TermsVersion)
	code, b := s.api("POST", "/api/v1/orders", tok, "k", map[string]string{"snapshot": cur.ID, "purpose": "academic"})
	var o apiOrder
	json.Unmarshal(b, &o)
	if code != 201 {
		t.Fatalf("order of the current version: %d %s", code, b)
	}
	if m := s.manifestOf(tok, o); m.Participants != len(members)-1 {
		t.Fatalf("bundle holds %d participants, want %d (all but the one who revoked)", m.Participants, len(members)-1)
	}
	order, _ := s.store.Order(ctx, o.ID)
	in, _ := s.store.BundleMembers(ctx, order.BundleID)
	for _, m := range in {
		if m.ContributorID == leaver {
			t.Fatal("the revoked contributor is a member of the bundle its sale pays")
		}
	}
}

// The same Idempotency-Key sent again with another body returned the first
// order as if it were the second.
func TestAbuseIdempotencyKeyReusedWithAnotherBody(t *testing.T) {
	s := newSite(t, time.Hour)
	s.market(t)
	ctx := context.Background()
	r, tok := s.apiResearcher("api@lab.org")
	entries, _ := cohorter.Catalog{Store: s.store}.List(ctx, cohorter.Filter{})
	if len(entries) < 2 {
		t.Fatalf("the market has %d cohorts, the test needs two", len(entries))
	}
	a, b := entries[0].Snapshot.ID, entries[1].Snapshot.ID
	if code, body := s.api("POST", "/api/v1/orders", tok, "k", map[string]string{"snapshot": a, "purpose": "academic"}); code != 201 {
		t.Fatalf("first order: %d %s", code, body)
	}
	code, body := s.api("POST", "/api/v1/orders", tok, "k", map[string]string{"snapshot": b, "purpose": "academic"})
	if code != 422 || strings.Contains(string(body), a) {
		t.Fatalf("key reused for %s: %d %s, want 422 without the first order", b, code, body)
	}
	if orders, _ := s.store.OrdersOf(ctx, r.ID); len(orders) != 1 || orders[0].SnapshotID != a {
		t.Fatalf("orders %+v", orders)
	}
}

// The portal's buy form carries its key: the same form posted with another
// cohort's snapshot is refused, and an old version cannot be bought.
func TestAbuseBuyFormReusedOrForAnOldVersion(t *testing.T) {
	s := newSite(t, time.Hour)
	s.market(t)
	ctx := context.Background()
	lab := s.onboardResearcher("lab")
	r, _ := s.store.Researcher(ctx, "lab@uni.example")
	s.store.GrantCredit(ctx, r.ID, 1_000_000, "test")
	entries, _ := cohorter.Catalog{Store: s.store}.List(ctx, cohorter.Filter{})
	_, detail, token := s.page(lab, "/catalog/"+entries[0].Cohort.ID)
	m := buyForm.FindStringSubmatch(detail)
	if m == nil {
		t.Fatal("no buy form")
	}
	if code := s.post(lab, "/buy", url.Values{"csrf": {token}, "snapshot": {m[1]}, "key": {m[2]}, "purpose": {"academic"}}); code != 303 {
		t.Fatalf("buy: %d", code)
	}
	if code := s.post(lab, "/buy", url.Values{"csrf": {token}, "snapshot": {entries[1].Snapshot.ID}, "key": {m[2]}, "purpose": {"academic"}}); code != 422 {
		t.Fatalf("the form's key with another snapshot: %d, want 422", code)
	}
	// A new version supersedes the one on the page.
	sn, _ := s.store.Snapshot(ctx, m[1])
	sn.ContentHash = []byte("next")
	if _, err := s.store.CreateSnapshot(ctx, sn, s.members(m[1])); err != nil {
		t.Fatal(err)
	}
	if code := s.post(lab, "/buy", url.Values{"csrf": {token}, "snapshot": {m[1]}, "key": {"fresh-key"}, "purpose": {"academic"}}); code != 409 {
		t.Fatalf("buying the superseded %s: %d, want 409", m[1], code)
	}
	if orders, _ := s.store.OrdersOf(ctx, r.ID); len(orders) != 1 {
		t.Fatalf("%d orders, want 1", len(orders))
	}
}
