// Package ledgertest is the ledger's conformance suite: the same behaviour
// tests, run against every backend (SQLite always, Postgres when reachable).
package ledgertest

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"rhd.dev/ledger"
)

// Run runs every conformance test; open must return a fresh, empty store.
func Run(t *testing.T, open func(t *testing.T) *ledger.Store) {
	tests := map[string]func(*testing.T, *ledger.Store){
		"Contributors":         testContributors,
		"PepperIsStable":       testPepperIsStable,
		"PairingOnce":          testPairingOnce,
		"PairingConcurrent":    testPairingConcurrent,
		"PairingRejectsBadKey": testPairingRejectsBadKey,
		"ProgressOnlyForward":  testProgressOnlyForward,
		"RemoveDevice":         testRemoveDevice,
		"ConsentLatestWins":    testConsentLatestWins,
		"SnapshotsVersioned":   testSnapshotsVersioned,
		"BundlesHaveSecrets":   testBundlesHaveSecrets,
		"SalesOnceAndBalanced": testSalesOnceAndBalanced,
		"SalesPayTheBundle":    testSalesPayTheBundle,
		"OutboxAnnounces":      testOutboxAnnouncesEveryOrder,
		"EpochsCommitSales":    testEpochsCommitSales,
		"EpochsCapped":         testEpochsCapped,
		"EpochTxReplaced":      testEpochTxReplaced,
		"LeaseOneHolder":       testLeaseOneHolder,
		"OrdersChargeOnce":     testOrdersChargeOnce,
		"PolicyLatestWins":     testPolicyLatestWins,
		"ContributorRows":      testContributorRows,
		"CardPaymentsOnce":     testCardPaymentsOnce,
		"UploadMinutesCapped":  testUploadMinutesCapped,
		"UploadCountsCapped":   testUploadCountsCapped,
		"UploadDeviceKey":      testUploadDeviceKeyStable,
	}
	for name, fn := range accountTests {
		tests[name] = fn
	}
	for name, fn := range consentTests {
		tests[name] = fn
	}
	for name, fn := range joinTests {
		tests[name] = fn
	}
	for name, fn := range tests {
		t.Run(name, func(t *testing.T) { fn(t, open(t)) })
	}
}

func contributor(t *testing.T, s *ledger.Store, email string) ledger.Contributor {
	t.Helper()
	c, err := s.CreateContributor(context.Background(), ledger.Contributor{Email: email, DisplayName: "Ada", BirthYear: 1985, Sex: "female"})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func key(seed byte) ed25519.PublicKey {
	return ed25519.NewKeyFromSeed(bytes.Repeat([]byte{seed}, 32)).Public().(ed25519.PublicKey)
}

func testContributors(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	c := contributor(t, s, "Ada@Example.org")
	if c.ID == "" || c.Email != "ada@example.org" {
		t.Fatalf("created %+v", c)
	}
	got, err := s.Contributor(ctx, c.ID)
	if err != nil || got.Email != c.Email || got.BirthYear != 1985 || got.Sex != "female" || !got.CreatedAt.Equal(c.CreatedAt) {
		t.Fatalf("read back %+v, %v", got, err)
	}
	if _, err := s.CreateContributor(ctx, ledger.Contributor{Email: "ada@example.org", BirthYear: 1990}); !errors.Is(err, ledger.ErrExists) {
		t.Fatalf("duplicate email: %v", err)
	}
	for _, bad := range []ledger.Contributor{{Email: "nope", BirthYear: 1990}, {Email: "a@b.c", BirthYear: 1800}, {Email: "a@b.c", BirthYear: 1990, Sex: "x"}} {
		if _, err := s.CreateContributor(ctx, bad); err == nil {
			t.Fatalf("invalid contributor %+v accepted", bad)
		}
	}
	if _, err := s.Contributor(ctx, "missing"); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("missing contributor: %v", err)
	}
	// One case rule for emails: whatever the letter case, the same person.
	for _, email := range []string{"ada@example.org", " ADA@example.ORG ", "Ada@Example.org"} {
		if got, err := s.ContributorByEmail(ctx, email); err != nil || got.ID != c.ID {
			t.Fatalf("by email %q: %+v, %v", email, got, err)
		}
	}
	if _, err := s.ContributorByEmail(ctx, "bob@example.org"); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("unknown email: %v", err)
	}
	all, _ := s.Contributors(ctx)
	if len(all) != 1 {
		t.Fatalf("%d contributors, want 1", len(all))
	}
}

func testPepperIsStable(t *testing.T, s *ledger.Store) {
	a, err := s.Pepper(context.Background())
	if err != nil || len(a) != 32 {
		t.Fatalf("pepper %x, %v", a, err)
	}
	b, _ := s.Pepper(context.Background())
	if !bytes.Equal(a, b) {
		t.Fatal("pepper changed between calls")
	}
	k1, err := s.FramesKey(context.Background())
	if err != nil || len(k1) != 32 || bytes.Equal(k1, a) {
		t.Fatalf("frames key %x (pepper %x), %v", k1, a, err)
	}
	if k2, _ := s.FramesKey(context.Background()); !bytes.Equal(k1, k2) {
		t.Fatal("frames key changed between calls")
	}
}

func testPairingOnce(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	c := contributor(t, s, "p@example.org")
	code, err := s.CreatePairingCode(ctx, c.ID, "ring")
	if err != nil {
		t.Fatal(err)
	}
	d, err := s.PairDevice(ctx, code, "SN-1", key(1))
	if err != nil {
		t.Fatal(err)
	}
	if d.ContributorID != c.ID || d.Type != "ring" || len(d.ID) != 32 {
		t.Fatalf("paired %+v", d)
	}
	if _, err := s.PairDevice(ctx, code, "SN-2", key(2)); !errors.Is(err, ledger.ErrPairingCode) {
		t.Fatalf("reused code: %v", err)
	}
	if _, err := s.PairDevice(ctx, "NOPE-NOPE", "SN-3", key(3)); !errors.Is(err, ledger.ErrPairingCode) {
		t.Fatalf("unknown code: %v", err)
	}
	code2, _ := s.CreatePairingCode(ctx, c.ID, "ring")
	if _, err := s.PairDevice(ctx, code2, "SN-1", key(4)); !errors.Is(err, ledger.ErrExists) {
		t.Fatalf("duplicate serial: %v", err)
	}
	// The failed attempt left the code usable.
	if _, err := s.PairDevice(ctx, code2, "SN-4", key(4)); err != nil {
		t.Fatalf("code after a failed attempt: %v", err)
	}
	got, err := s.Device(ctx, d.ID)
	if err != nil || !bytes.Equal(got.PublicKey, key(1)) || got.Serial != "SN-1" {
		t.Fatalf("read back %+v, %v", got, err)
	}
	mine, _ := s.DevicesOf(ctx, c.ID)
	if len(mine) != 2 {
		t.Fatalf("%d devices, want 2", len(mine))
	}
}

func testPairingConcurrent(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	c := contributor(t, s, "race@example.org")
	code, _ := s.CreatePairingCode(ctx, c.ID, "wristband")
	var wg sync.WaitGroup
	var mu sync.Mutex
	wins := 0
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := s.PairDevice(ctx, code, fmt.Sprintf("SN-%d", i), key(byte(i))); err == nil {
				mu.Lock()
				wins++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if wins != 1 {
		t.Fatalf("one code paired %d devices", wins)
	}
}

func testPairingRejectsBadKey(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	c := contributor(t, s, "k@example.org")
	code, _ := s.CreatePairingCode(ctx, c.ID, "ring")
	if _, err := s.PairDevice(ctx, code, "SN", []byte{1, 2, 3}); err == nil {
		t.Fatal("short key accepted")
	}
	if _, err := s.CreatePairingCode(ctx, "nobody", "ring"); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("code for unknown contributor: %v", err)
	}
}

func testProgressOnlyForward(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	c := contributor(t, s, "prog@example.org")
	code, _ := s.CreatePairingCode(ctx, c.ID, "ring")
	d, _ := s.PairDevice(ctx, code, "SN-P", key(9))
	t1 := time.UnixMilli(1767225600000)
	if err := s.SaveProgress(ctx, map[string]ledger.Progress{d.ID: {LastSeq: 10, LastSeen: t1}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveProgress(ctx, map[string]ledger.Progress{d.ID: {LastSeq: 4, LastSeen: t1.Add(-time.Hour)}}); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Device(ctx, d.ID)
	if got.LastSeq != 10 || !got.LastSeen.Equal(t1) {
		t.Fatalf("progress moved backwards: seq %d seen %v", got.LastSeq, got.LastSeen)
	}
}

func testRemoveDevice(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	c := contributor(t, s, "rm@example.org")
	other := contributor(t, s, "other@example.org")
	code, _ := s.CreatePairingCode(ctx, c.ID, "ring")
	d, _ := s.PairDevice(ctx, code, "SN-R", key(5))
	if err := s.RemoveDevice(ctx, other.ID, d.ID); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("someone else removed the device: %v", err)
	}
	if err := s.RemoveDevice(ctx, c.ID, d.ID); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Device(ctx, d.ID)
	active, _ := s.Devices(ctx)
	if !got.Removed || len(active) != 0 {
		t.Fatalf("removed device still active: %+v, %d active", got, len(active))
	}
	if nc, nd, _ := s.Counts(ctx); nc != 2 || nd != 0 {
		t.Fatalf("counts %d contributors %d devices", nc, nd)
	}
}

func testConsentLatestWins(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	a := contributor(t, s, "consent-a@example.org")
	b := contributor(t, s, "consent-b@example.org")
	contributor(t, s, "never@example.org")
	if _, err := s.RecordConsent(ctx, a.ID, ledger.ScopeResearch, true, ledger.TermsVersion); err != nil {
		t.Fatal(err)
	}
	s.RecordConsent(ctx, b.ID, ledger.ScopeResearch, true, ledger.TermsVersion)
	s.RecordConsent(ctx, b.ID, ledger.ScopeResearch, false, ledger.TermsVersion)
	now := time.Now().Add(time.Second)
	got, err := s.Consenting(ctx, ledger.ScopeResearch, now)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := got[a.ID]; !ok || len(got) != 1 {
		t.Fatalf("consenting %v, want only %s", keys(got), a.ID)
	}
	s.RecordConsent(ctx, b.ID, ledger.ScopeResearch, true, ledger.TermsVersion)
	if got, _ := s.Consenting(ctx, ledger.ScopeResearch, time.Now().Add(time.Second)); len(got) != 2 {
		t.Fatalf("after granting again: %v", keys(got))
	}
	if got, _ := s.Consenting(ctx, ledger.ScopeResearch, time.Now().Add(-time.Hour)); len(got) != 0 {
		t.Fatalf("consent in the past: %v", keys(got))
	}
	h, _ := s.ConsentHistory(ctx, b.ID, ledger.ScopeResearch)
	if len(h) != 3 || !h[0].Granted || h[1].Granted || !h[2].Granted {
		t.Fatalf("history %+v", h)
	}
	if _, err := s.RecordConsent(ctx, "nobody", ledger.ScopeResearch, true, "v"); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("consent of unknown contributor: %v", err)
	}
}

func testPolicyLatestWins(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	if _, ok, err := s.CohortPolicy(ctx); err != nil || ok {
		t.Fatalf("fresh ledger has a policy change: ok=%v err=%v", ok, err)
	}
	for _, bad := range []ledger.PolicyChange{{K: 0, ChangedBy: "op"}, {K: 20, BasePriceCents: -1, ChangedBy: "op"}, {K: 20}} {
		if err := s.SetCohortPolicy(ctx, bad); err == nil {
			t.Fatalf("accepted %+v", bad)
		}
	}
	s.SetCohortPolicy(ctx, ledger.PolicyChange{K: 25, BasePriceCents: 9900, PerDayCents: 12, ChangedBy: "a@ops"})
	s.SetCohortPolicy(ctx, ledger.PolicyChange{K: 30, BasePriceCents: 100, PerDayCents: 0, ChangedBy: "b@ops"})
	got, ok, err := s.CohortPolicy(ctx)
	if err != nil || !ok || got.K != 30 || got.BasePriceCents != 100 || got.PerDayCents != 0 || got.ChangedBy != "b@ops" || got.ChangedAt.IsZero() {
		t.Fatalf("policy %+v ok=%v err=%v, want the second change", got, ok, err)
	}
}

func keys(m map[string]ledger.Contributor) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func testSnapshotsVersioned(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	c := contributor(t, s, "member@example.org")
	if err := s.PutCohort(ctx, ledger.Cohort{ID: "40-49.any.any", AgeBand: "40-49", Activity: "any", DeviceType: "any", Description: "people in their forties"}); err != nil {
		t.Fatal(err)
	}
	sn := ledger.Snapshot{CohortID: "40-49.any.any", CreatedAt: time.UnixMilli(1000), WindowFrom: time.UnixMilli(0), WindowTo: time.UnixMilli(1000),
		ReceivedTo: time.UnixMilli(1000), K: 20, Members: 1, ContributorDays: 3, Rows: 99, PriceCents: 5030, MerkleRoot: []byte{1}, ContentHash: []byte{2}, StatsJSON: "{}"}
	m := []ledger.SnapshotMember{{ContributorID: c.ID, PID: "p1", Weight: 600, CoverageDays: 3, Rows: 99, Digest: []byte{3}, AgeBand: "40-49", Activity: "active", DeviceType: "ring"}}
	v1, err := s.CreateSnapshot(ctx, sn, m)
	if err != nil {
		t.Fatal(err)
	}
	v2, _ := s.CreateSnapshot(ctx, sn, m)
	if v1.Version != 1 || v2.Version != 2 || v1.ID == v2.ID {
		t.Fatalf("versions %d %d ids %s %s", v1.Version, v2.Version, v1.ID, v2.ID)
	}
	latest, _ := s.LatestSnapshots(ctx)
	if len(latest) != 1 || latest[0].ID != v2.ID || latest[0].PriceCents != 5030 || latest[0].Rows != 99 {
		t.Fatalf("latest %+v", latest)
	}
	got, _ := s.Snapshot(ctx, v1.ID)
	if !got.WindowTo.Equal(time.UnixMilli(1000)) || string(got.MerkleRoot) != string([]byte{1}) {
		t.Fatalf("snapshot read back %+v", got)
	}
	mem, _ := s.SnapshotMembers(ctx, v1.ID)
	if len(mem) != 1 || mem[0].Weight != 600 || mem[0].ContributorID != c.ID || mem[0].DeviceType != "ring" {
		t.Fatalf("members %+v", mem)
	}
	if _, err := s.Snapshot(ctx, "nope@v1"); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatal(err)
	}
	if l, err := s.LatestSnapshot(ctx, "40-49.any.any"); err != nil || l.ID != v2.ID {
		t.Fatalf("latest snapshot of the cohort: %+v %v", l, err)
	}
	if mine, _ := s.CohortsOf(ctx, c.ID); len(mine) != 1 || mine[0].ID != "40-49.any.any" {
		t.Fatalf("cohorts of the member: %+v", mine)
	}
	if none, _ := s.CohortsOf(ctx, "someone-else"); len(none) != 0 {
		t.Fatalf("cohorts of a non-member: %+v", none)
	}
}

func testBundlesHaveSecrets(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	m := NewMarket(t, s, "any.any.any", contributor(t, s, "bundled-a@example.org"), contributor(t, s, "bundled-b@example.org"))
	sn := m.Publish(0, 2)
	a, err := s.CreateBundle(ctx, sn.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := s.CreateBundle(ctx, sn.ID, "order-1")
	// Two purchases of one snapshot are one bundle: same secret, own ids.
	if len(a.Secret) != 32 || !bytes.Equal(a.Secret, b.Secret) || a.ID == b.ID {
		t.Fatal("two bundles of one snapshot have different secrets, or one id")
	}
	got, err := s.Bundle(ctx, b.ID)
	if err != nil || !bytes.Equal(got.Secret, b.Secret) || got.OrderID != "order-1" || got.SnapshotID != sn.ID {
		t.Fatalf("bundle read back %+v %v", got, err)
	}
	if _, err := s.CreateBundle(ctx, "missing@v1", ""); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("bundle of a missing snapshot: %v", err)
	}
	if mem, err := s.BundleMembers(ctx, b.ID); err != nil || len(mem) != 2 || mem[0].PID != m.Members[0].PID || mem[1].Weight != m.Members[1].Weight {
		t.Fatalf("bundle members %+v %v", mem, err)
	}
	// A revocation leaves the contributor out of every bundle issued after it;
	// bundles issued before keep their members.
	s.RecordConsent(ctx, m.Members[1].ContributorID, ledger.ScopeResearch, false, ledger.TermsVersion)
	if _, err := s.CreateBundle(ctx, sn.ID, ""); !errors.Is(err, ledger.ErrNotOrderable) {
		t.Fatalf("bundle of 1 consenting member at k = 2: %v", err)
	}
	c, err := s.CreateBundle(ctx, m.Publish(0, 1).ID, "")
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(c.Secret, b.Secret) {
		t.Fatal("bundles of two versions share a secret")
	}
	if mem, _ := s.BundleMembers(ctx, c.ID); len(mem) != 1 || mem[0].ContributorID != m.Members[0].ContributorID {
		t.Fatalf("members after a revocation %+v", mem)
	}
	if mem, _ := s.BundleMembers(ctx, b.ID); len(mem) != 2 {
		t.Fatalf("an earlier bundle changed: %+v", mem)
	}
}

// payees is a market of two consenting contributors with wallets 0xA and 0xB.
func payees(t *testing.T, s *ledger.Store) (*Market, ledger.Contributor, ledger.Contributor) {
	a := contributor(t, s, "payee-a@example.org")
	b := contributor(t, s, "payee-b@example.org")
	for _, w := range []ledger.Wallet{{ContributorID: a.ID, Address: "0xA", KeyCiphertext: []byte{1}}, {ContributorID: b.ID, Address: "0xB", KeyCiphertext: []byte{2}}} {
		if err := s.CreateWallet(context.Background(), w); err != nil {
			t.Fatal(err)
		}
	}
	return NewMarket(t, s, "any.any.any", a, b), a, b
}

func testSalesOnceAndBalanced(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	m, a, b := payees(t, s)
	o := m.Order(1000, 1500)
	lines := []ledger.PayoutLine{{ContributorID: a.ID, Account: "0xA", Cents: 425}, {ContributorID: b.ID, Account: "0xB", Cents: 425}}
	if _, err := s.RecordSale(ctx, o.ID, lines[:1]); !errors.Is(err, ledger.ErrUnbalanced) {
		t.Fatalf("unbalanced sale: %v", err)
	}
	created, err := s.RecordSale(ctx, o.ID, lines)
	if err != nil || !created {
		t.Fatalf("record: %v %v", created, err)
	}
	again, err := s.RecordSale(ctx, o.ID, lines)
	if err != nil || again {
		t.Fatalf("second record of the same sale: %v %v", again, err)
	}
	d, c, _ := s.JournalBalance(ctx, o.ID)
	if d != 1000 || c != 1000 {
		t.Fatalf("journal debit %d credit %d", d, c)
	}
	got, _ := s.SaleLines(ctx, o.ID)
	if len(got) != 2 {
		t.Fatalf("%d lines after two records", len(got))
	}
	sale, err := s.Sale(ctx, o.ID)
	if err != nil || sale.PriceCents != 1000 || sale.FeeCents != 150 || sale.FeeBps != 1500 || sale.Buyer != m.Buyer.ID || sale.BundleID != o.BundleID || sale.SnapshotID != o.SnapshotID {
		t.Fatalf("sale %+v %v, want the order's terms", sale, err)
	}
	notes, _ := s.Notifications(ctx, a.ID, 10)
	if len(notes) != 1 || !strings.Contains(notes[0].Body, "$4.25") {
		t.Fatalf("notifications %+v", notes)
	}
}

// Payout lines pay exactly the bundle's members, at their wallets; a sale
// needs an order.
func testSalesPayTheBundle(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	m, a, b := payees(t, s)
	o := m.Order(100, 0)
	stranger := contributor(t, s, "stranger@example.org")
	for name, lines := range map[string][]ledger.PayoutLine{
		"a member left out":  {{ContributorID: a.ID, Account: "0xA", Cents: 100}},
		"someone not in it":  {{ContributorID: a.ID, Account: "0xA", Cents: 50}, {ContributorID: stranger.ID, Account: "0xB", Cents: 50}},
		"a member twice":     {{ContributorID: a.ID, Account: "0xA", Cents: 50}, {ContributorID: a.ID, Account: "0xA", Cents: 50}},
		"another's wallet":   {{ContributorID: a.ID, Account: "0xB", Cents: 50}, {ContributorID: b.ID, Account: "0xB", Cents: 50}},
		"a wallet not known": {{ContributorID: a.ID, Account: "0xA", Cents: 50}, {ContributorID: b.ID, Account: "0xC", Cents: 50}},
	} {
		if _, err := s.RecordSale(ctx, o.ID, lines); !errors.Is(err, ledger.ErrLinesMismatch) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := s.RecordSale(ctx, "sale_unknown", []ledger.PayoutLine{{ContributorID: a.ID, Account: "0xA", Cents: 0}}); !errors.Is(err, ledger.ErrNotFound) {
		t.Errorf("a sale without an order: %v", err)
	}
	if sales, _ := s.Sales(ctx); len(sales) != 0 {
		t.Fatalf("refused sales were recorded: %+v", sales)
	}
}

func testContributorRows(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	m, a, b := payees(t, s)
	code, _ := s.CreatePairingCode(ctx, a.ID, "ring")
	if _, err := s.PairDevice(ctx, code, "RG-ROWS", key(7)); err != nil {
		t.Fatal(err)
	}
	o := m.Order(1000, 1000)
	if _, err := s.RecordSale(ctx, o.ID, []ledger.PayoutLine{{ContributorID: a.ID, Account: "0xA", Cents: 600}, {ContributorID: b.ID, Account: "0xB", Cents: 300}}); err != nil {
		t.Fatal(err)
	}
	s.RecordConsent(ctx, b.ID, ledger.ScopeResearch, false, ledger.TermsVersion)
	rows, err := s.ContributorRows(ctx, 10, 0)
	if err != nil || len(rows) != 2 {
		t.Fatalf("%d rows, %v", len(rows), err)
	}
	by := map[string]ledger.ContributorRow{}
	for _, r := range rows {
		by[r.ID] = r
	}
	if r := by[a.ID]; !r.Consenting || r.Devices != 1 || r.EarnedCents != 600 || r.Email != a.Email {
		t.Fatalf("row of a: %+v", r)
	}
	if r := by[b.ID]; r.Consenting || r.Devices != 0 || r.EarnedCents != 300 || !r.LastSeen.IsZero() {
		t.Fatalf("row of b (revoked, no device): %+v", r)
	}
	if page, _ := s.ContributorRows(ctx, 1, 1); len(page) != 1 || page[0].ID != rows[1].ID {
		t.Fatalf("second page %+v", page)
	}
}

func testEpochsCommitSales(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	m, a, b := payees(t, s)
	root := func(m map[string]int64) ([]byte, error) { return []byte(fmt.Sprint(len(m))), nil }
	if _, opened, _ := s.OpenEpoch(ctx, 0, root); opened {
		t.Fatal("epoch opened without sales")
	}
	s1 := m.Order(100, 0)
	if _, err := s.RecordSale(ctx, s1.ID, []ledger.PayoutLine{{ContributorID: a.ID, Account: "0xA", Cents: 60}, {ContributorID: b.ID, Account: "0xB", Cents: 40}}); err != nil {
		t.Fatal(err)
	}
	e, opened, err := s.OpenEpoch(ctx, 0, root)
	if err != nil || !opened || e.Epoch != 1 {
		t.Fatalf("open: %+v %v %v", e, opened, err)
	}
	s2 := m.Order(10, 0)
	if _, err := s.RecordSale(ctx, s2.ID, []ledger.PayoutLine{{ContributorID: a.ID, Account: "0xA", Cents: 10}, {ContributorID: b.ID, Account: "0xB", Cents: 0}}); err != nil {
		t.Fatal(err)
	}
	if _, opened, _ := s.OpenEpoch(ctx, 0, root); opened {
		t.Fatal("a second epoch opened while the first is unconfirmed")
	}
	if err := s.SetEpochTx(ctx, 1, []byte{1}, "0xhash"); err != nil {
		t.Fatal(err)
	}
	s.SetEpochTx(ctx, 1, []byte{2}, "0xother") // never replaces the stored transaction
	open, _ := s.OpenEpochs(ctx)
	if len(open) != 1 || open[0].TxHash != "0xhash" || open[0].Status != "submitted" {
		t.Fatalf("open epochs %+v", open)
	}
	s.ConfirmEpoch(ctx, 1, 7)
	e2, opened, _ := s.OpenEpoch(ctx, 0, root)
	if !opened || e2.Epoch != 2 {
		t.Fatal("second epoch not opened after confirmation")
	}
	bal, _ := s.EpochBalances(ctx, 2)
	if bal["0xA"] != 70 || bal["0xB"] != 40 {
		t.Fatalf("cumulative balances %v, want A 70, B 40", bal)
	}
	sales, _ := s.EpochSales(ctx, 2)
	if len(sales) != 1 || sales[0].ID != s2.ID {
		t.Fatalf("epoch 2 sales %+v", sales)
	}
}

// A backlog is committed over several epochs of at most maxSales sales each,
// oldest first, every epoch's balances cumulative over all sales before it.
func testEpochsCapped(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	m, a, b := payees(t, s)
	root := func(m map[string]int64) ([]byte, error) { return []byte{1}, nil }
	for range 7 {
		o := m.Order(100, 0)
		if _, err := s.RecordSale(ctx, o.ID, []ledger.PayoutLine{{ContributorID: a.ID, Account: "0xA", Cents: 60}, {ContributorID: b.ID, Account: "0xB", Cents: 40}}); err != nil {
			t.Fatal(err)
		}
	}
	var got []int
	for epoch := int64(1); ; epoch++ {
		e, opened, err := s.OpenEpoch(ctx, 3, root)
		if err != nil {
			t.Fatal(err)
		}
		if !opened {
			break
		}
		sales, _ := s.EpochSales(ctx, e.Epoch)
		got = append(got, len(sales))
		bal, _ := s.EpochBalances(ctx, e.Epoch)
		var n int64
		for _, c := range got {
			n += int64(c)
		}
		if bal["0xA"] != 60*n || bal["0xB"] != 40*n {
			t.Fatalf("epoch %d balances %v after %d sales", e.Epoch, bal, n)
		}
		s.SetEpochTx(ctx, e.Epoch, []byte{1}, fmt.Sprint("0x", epoch))
		s.ConfirmEpoch(ctx, e.Epoch, epoch)
	}
	if fmt.Sprint(got) != "[3 3 1]" {
		t.Fatalf("sales per epoch %v, want [3 3 1]", got)
	}
	// An unsigned epoch too big for a block gives its newer sales back.
	for range 4 {
		o := m.Order(100, 0)
		s.RecordSale(ctx, o.ID, []ledger.PayoutLine{{ContributorID: a.ID, Account: "0xA", Cents: 60}, {ContributorID: b.ID, Account: "0xB", Cents: 40}})
	}
	e, _, _ := s.OpenEpoch(ctx, 0, root)
	if err := s.ShrinkEpoch(ctx, e.Epoch, 1, func(m map[string]int64) ([]byte, error) { return []byte{2}, nil }); err != nil {
		t.Fatal(err)
	}
	if sales, _ := s.EpochSales(ctx, e.Epoch); len(sales) != 1 {
		t.Fatalf("shrunk epoch has %d sales", len(sales))
	}
	if bal, _ := s.EpochBalances(ctx, e.Epoch); bal["0xA"] != 60*8 || bal["0xB"] != 40*8 {
		t.Fatalf("shrunk epoch balances %v after 8 sales", bal)
	}
	if ep, _ := s.PayoutEpoch(ctx, e.Epoch); ep.Root[0] != 2 {
		t.Fatal("shrunk epoch kept its old root")
	}
	s.SetEpochTx(ctx, e.Epoch, []byte{1}, "0xshrunk")
	if err := s.ShrinkEpoch(ctx, e.Epoch, 1, root); err == nil {
		t.Fatal("a signed epoch was shrunk")
	}
	s.ConfirmEpoch(ctx, e.Epoch, 99)
	if e2, _, _ := s.OpenEpoch(ctx, 0, root); e2.Epoch != e.Epoch+1 {
		t.Fatal("the given-back sales opened no epoch")
	} else if sales, _ := s.EpochSales(ctx, e2.Epoch); len(sales) != 3 {
		t.Fatalf("next epoch has %d sales, want the 3 given back", len(sales))
	}
}

// A stuck or re-signed epoch transaction replaces the stored one only if the
// stored one is still the one it replaces, and every hash stays listed; a
// reorg reopens confirmed epochs.
func testEpochTxReplaced(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	m, a, b := payees(t, s)
	root := func(m map[string]int64) ([]byte, error) { return []byte{1}, nil }
	o := m.Order(100, 0)
	s.RecordSale(ctx, o.ID, []ledger.PayoutLine{{ContributorID: a.ID, Account: "0xA", Cents: 60}, {ContributorID: b.ID, Account: "0xB", Cents: 40}})
	if _, opened, err := s.OpenEpoch(ctx, 0, root); !opened || err != nil {
		t.Fatal(err)
	}
	s.SetEpochTx(ctx, 1, []byte{1}, "0x1")
	if err := s.ReplaceEpochTx(ctx, 1, "0x1", []byte{2}, "0x2"); err != nil {
		t.Fatal(err)
	}
	if err := s.ReplaceEpochTx(ctx, 1, "0x1", []byte{3}, "0x3"); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("replacing a transaction that is no longer stored: %v", err)
	}
	s.ReplaceEpochTx(ctx, 1, "0x2", []byte{4}, "0x4")
	open, _ := s.OpenEpochs(ctx)
	if len(open) != 1 || open[0].TxHash != "0x4" || fmt.Sprint(open[0].PriorTxHashes) != "[0x1 0x2]" || open[0].RawTx[0] != 4 || open[0].SignedAt.IsZero() {
		t.Fatalf("after two replacements: %+v", open)
	}
	s.ConfirmEpoch(ctx, 1, 9)
	if n, err := s.ReopenEpochsAfter(ctx, 0); n != 1 || err != nil {
		t.Fatalf("reopened %d: %v", n, err)
	}
	if open, _ := s.OpenEpochs(ctx); len(open) != 1 || open[0].Status != "submitted" {
		t.Fatalf("after a reorg: %+v", open)
	}
}

// A lease has one holder until it expires; its holder renews it.
func testLeaseOneHolder(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	if ok, err := s.TakeLease(ctx, "settler", "a", time.Hour); !ok || err != nil {
		t.Fatalf("first take: %v %v", ok, err)
	}
	if ok, _ := s.TakeLease(ctx, "settler", "b", time.Hour); ok {
		t.Fatal("a second holder took a live lease")
	}
	if ok, _ := s.TakeLease(ctx, "settler", "a", -time.Second); !ok {
		t.Fatal("the holder could not renew its lease")
	}
	if ok, _ := s.TakeLease(ctx, "settler", "b", time.Hour); !ok {
		t.Fatal("an expired lease was not taken over")
	}
	if ok, _ := s.TakeLease(ctx, "settler", "a", time.Hour); ok {
		t.Fatal("the old holder took the lease back")
	}
	s.ReleaseLease(ctx, "settler", "a") // not a's to release
	if ok, _ := s.TakeLease(ctx, "settler", "a", time.Hour); ok {
		t.Fatal("a released b's lease")
	}
	s.ReleaseLease(ctx, "settler", "b")
	if ok, _ := s.TakeLease(ctx, "settler", "a", time.Hour); !ok {
		t.Fatal("a released lease was not free")
	}
}

func testCardPaymentsOnce(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	r, _ := s.CreateResearcher(ctx, ledger.Researcher{Email: "card@lab.org", Name: "C", Organization: "Lab", IntendedUse: "x"})
	other, _ := s.CreateResearcher(ctx, ledger.Researcher{Email: "other@lab.org", Name: "O", Organization: "Lab", IntendedUse: "x"})
	for i := range 3 {
		credited, err := s.CreditCardPayment(ctx, "pay_1", r.ID, 5000)
		if err != nil || credited != (i == 0) {
			t.Fatalf("notification %d: credited=%v err=%v", i, credited, err)
		}
	}
	if got, _ := s.Researcher(ctx, r.ID); got.CreditsCents != 5000 {
		t.Fatalf("credit %d after one payment notified three times", got.CreditsCents)
	}
	if _, err := s.CreditCardPayment(ctx, "pay_1", other.ID, 5000); err == nil {
		t.Fatal("a payment id credited a second researcher")
	}
	if _, err := s.CreditCardPayment(ctx, "pay_2", "nobody", 5000); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("payment for an unknown researcher: %v", err)
	}
	if _, err := s.CreditCardPayment(ctx, "pay_3", r.ID, 0); err == nil {
		t.Fatal("a zero payment accepted")
	}
	if got, _ := s.Researcher(ctx, other.ID); got.CreditsCents != 0 {
		t.Fatalf("other researcher's credit %d", got.CreditsCents)
	}
}

func testOrdersChargeOnce(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	if _, err := s.CreateResearcher(ctx, ledger.Researcher{Email: "r@lab.org", Name: "R"}); err == nil {
		t.Fatal("researcher without organization accepted")
	}
	m, _, _ := payees(t, s)
	r := m.Buyer
	if _, _, err := s.PlaceOrder(ctx, r.ID, "k1", m.Publish(0, 2).ID, 1500); err != nil {
		t.Fatal(err) // free: no credit needed
	}
	priced := m.Publish(700, 2)
	if _, _, err := s.PlaceOrder(ctx, r.ID, "k2", priced.ID, 1500); !errors.Is(err, ledger.ErrInsufficientCredit) {
		t.Fatalf("order without credit: %v", err)
	}
	s.GrantCredit(ctx, r.ID, 1000, "test")
	o1, created, err := s.PlaceOrder(ctx, r.ID, "k3", priced.ID, 1500)
	if err != nil || !created {
		t.Fatal(err)
	}
	o2, created, _ := s.PlaceOrder(ctx, r.ID, "k3", priced.ID, 1500)
	if created || o2.ID != o1.ID {
		t.Fatal("a retried order was placed twice")
	}
	if _, _, err := s.PlaceOrder(ctx, r.ID, "k3", "missing@v1", 1500); !errors.Is(err, ledger.ErrKeyReused) {
		t.Fatalf("a key reused for another snapshot: %v", err)
	}
	got, _ := s.Researcher(ctx, r.ID)
	if got.CreditsCents != 300 {
		t.Fatalf("credit left %d, want 300", got.CreditsCents)
	}
	b, err := s.Bundle(ctx, o1.BundleID)
	if err != nil || b.OrderID != o1.ID || len(b.Secret) != 32 {
		t.Fatalf("order's bundle %+v %v", b, err)
	}
	if os, _ := s.OrdersOf(ctx, r.ID); len(os) != 2 {
		t.Fatalf("%d orders", len(os))
	}
	if _, _, err := s.PlaceOrder(ctx, r.ID, "k4", "missing@v1", 1500); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("order of a missing snapshot: %v", err)
	}
	m.Publish(700, 2)
	if _, _, err := s.PlaceOrder(ctx, r.ID, "k5", priced.ID, 1500); !errors.Is(err, ledger.ErrNotOrderable) {
		t.Fatalf("order of a superseded version: %v", err)
	}
}

// Every order's sale waits in the outbox until it is marked announced; a
// retried order adds nothing.
func testOutboxAnnouncesEveryOrder(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	m, _, _ := payees(t, s)
	if ids, err := s.UnannouncedSales(ctx, 10); err != nil || len(ids) != 0 {
		t.Fatalf("outbox of an empty ledger: %v %v", ids, err)
	}
	o1 := m.Order(100, 0)
	o2 := m.Order(200, 0)
	if _, created, _ := s.PlaceOrder(ctx, m.Buyer.ID, o1.IdempotencyKey, o1.SnapshotID, 0); created {
		t.Fatal("a retried order was placed again")
	}
	if ids, _ := s.UnannouncedSales(ctx, 10); len(ids) != 2 || ids[0] != o1.ID || ids[1] != o2.ID {
		t.Fatalf("unannounced %v, want %s and %s", ids, o1.ID, o2.ID)
	}
	if ids, _ := s.UnannouncedSales(ctx, 1); len(ids) != 1 || ids[0] != o1.ID {
		t.Fatalf("limited to 1: %v", ids)
	}
	for range 2 {
		if err := s.MarkSaleAnnounced(ctx, o1.ID); err != nil {
			t.Fatal(err)
		}
	}
	if ids, _ := s.UnannouncedSales(ctx, 10); len(ids) != 1 || ids[0] != o2.ID {
		t.Fatalf("after announcing %s: %v", o1.ID, ids)
	}
}
