package ledgertest

import (
	"bytes"
	"context"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"rhd.dev/ledger"
)

// accountTests cover what protects accounts: API tokens, account erasure,
// pairing codes, sign-in keys and live notifications.
var accountTests = map[string]func(*testing.T, *ledger.Store){
	"TokensScopedExpiringRevocable": testTokensScopedExpiringRevocable,
	"EraseContributor":              testEraseContributor,
	"PairingCodesBounded":           testPairingCodesBounded,
	"LoginKeyStable":                testLoginKeyStable,
	"NotificationsSince":            testNotificationsSince,
}

func researcher(t *testing.T, s *ledger.Store, email string) ledger.Researcher {
	t.Helper()
	return researcherOf(t, s, email, "Lab")
}

func researcherOf(t *testing.T, s *ledger.Store, email, org string) ledger.Researcher {
	t.Helper()
	r, err := s.CreateResearcher(context.Background(), ledger.Researcher{Email: email, Name: "R", Organization: org, IntendedUse: "sleep"})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func testTokensScopedExpiringRevocable(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	r, other := researcher(t, s, "r@lab.org"), researcher(t, s, "o@lab.org")
	for _, bad := range []ledger.TokenSpec{{Scopes: nil}, {Scopes: []string{"admin"}}, {Scopes: []string{"read"}, TTL: 2 * ledger.MaxTokenTTL},
		{Scopes: []string{"read"}, TTL: -time.Hour}, {Scopes: []string{"read"}, Name: strings.Repeat("x", 61)}} {
		if _, _, err := s.IssueAPIToken(ctx, r.ID, bad); err == nil {
			t.Errorf("token %+v issued", bad)
		}
	}
	readOnly, tok, err := s.IssueAPIToken(ctx, r.ID, ledger.TokenSpec{Name: " laptop ", Scopes: []string{"read", "read"}})
	if err != nil || !strings.HasPrefix(readOnly, "rhd_") || tok.Name != "laptop" || !tok.Has(ledger.ScopeRead) || tok.Has(ledger.ScopeBuy) || len(tok.Scopes) != 1 {
		t.Fatalf("issued %+v %v", tok, err)
	}
	if d := tok.ExpiresAt.Sub(tok.CreatedAt); d != ledger.DefaultTokenTTL {
		t.Fatalf("default lifetime %v", d)
	}
	got, err := s.APITokenBySecret(ctx, readOnly)
	if err != nil || got.ID != tok.ID || got.ResearcherID != r.ID || got.Has(ledger.ScopeBuy) {
		t.Fatalf("looked up %+v %v", got, err)
	}
	full, _ := s.CreateAPIToken(ctx, r.ID)
	if f, _ := s.APITokenBySecret(ctx, full); !f.Has(ledger.ScopeRead) || !f.Has(ledger.ScopeBuy) {
		t.Fatalf("CreateAPIToken's scopes %v", f.Scopes)
	}
	short, _, _ := s.IssueAPIToken(ctx, r.ID, ledger.TokenSpec{Scopes: []string{"read"}, TTL: 50 * time.Millisecond})
	time.Sleep(80 * time.Millisecond)
	if _, err := s.APITokenBySecret(ctx, short); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("expired token: %v", err)
	}
	if err := s.RevokeAPIToken(ctx, other.ID, tok.ID); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("another researcher revoked the token: %v", err)
	}
	if _, err := s.APITokenBySecret(ctx, readOnly); err != nil {
		t.Fatalf("token dead after someone else's revocation attempt: %v", err)
	}
	if err := s.RevokeAPIToken(ctx, r.ID, tok.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.APITokenBySecret(ctx, readOnly); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("revoked token: %v", err)
	}
	if err := s.RevokeAPIToken(ctx, r.ID, tok.ID); err != nil {
		t.Fatalf("revoking twice: %v", err)
	}
	list, err := s.APITokens(ctx, r.ID)
	if err != nil || len(list) != 3 {
		t.Fatalf("%d tokens listed, want 3: %v", len(list), err)
	}
	for _, l := range list {
		switch {
		case l.ID == tok.ID && (l.RevokedAt.IsZero() || l.LastUsed.IsZero() || l.Live(time.Now())):
			t.Errorf("revoked, used token listed as %+v", l)
		case l.ID != tok.ID && !l.RevokedAt.IsZero():
			t.Errorf("token %s revoked too", l.ID)
		}
	}
	if list, _ := s.APITokens(ctx, other.ID); len(list) != 0 {
		t.Fatalf("another researcher lists %d tokens", len(list))
	}
}

func testEraseContributor(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	m, a, b := payees(t, s)
	code, _ := s.CreatePairingCode(ctx, a.ID, "ring")
	d, err := s.PairDevice(ctx, code, "RING-SERIAL-A", key(1))
	if err != nil {
		t.Fatal(err)
	}
	s.CreatePairingCode(ctx, a.ID, "ring") // unused
	if err := s.RecordUpload(ctx, ledger.Upload{ContributorID: a.ID, SHA256: "ab12", FileName: "ada-morning-walk.csv", DeviceID: d.ID, Readings: 3}); err != nil {
		t.Fatal(err)
	}
	sale := m.Order(100, 0).ID
	if _, err := s.RecordSale(ctx, sale,
		[]ledger.PayoutLine{{ContributorID: a.ID, Account: "0xA", Cents: 60}, {ContributorID: b.ID, Account: "0xB", Cents: 40}}); err != nil {
		t.Fatal(err)
	}
	s.UpsertIdentity(ctx, ledger.Identity{Issuer: "iss", Subject: "sub-a", Email: a.Email, Name: "Ada"})
	s.LinkIdentity(ctx, "iss", "sub-a", a.ID)
	sid, _, _ := s.CreateSession(ctx, "iss", "sub-a", time.Hour)
	before, _ := s.EarningsOf(ctx, a.ID)
	sharedUntil := time.Now()
	time.Sleep(2 * time.Millisecond)

	if err := s.EraseContributor(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	got, err := s.Contributor(ctx, a.ID)
	if err != nil || !got.Erased || got.Email == a.Email || strings.Contains(got.Email, "@") || got.DisplayName != "" || got.BirthYear != 0 || got.Sex != "" {
		t.Fatalf("erased contributor %+v %v", got, err)
	}
	if dev, _ := s.Device(ctx, d.ID); !dev.Removed || dev.Serial == "RING-SERIAL-A" || dev.Name != "" {
		t.Fatalf("erased contributor's device %+v", dev)
	}
	if _, err := s.Session(ctx, sid); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("session outlived the account: %v", err)
	}
	if _, err := s.Identity(ctx, "iss", "sub-a"); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("identity outlived the account: %v", err)
	}
	if h, _ := s.ConsentHistory(ctx, a.ID, ledger.ScopeResearch); len(h) == 0 || h[len(h)-1].Granted {
		t.Fatalf("consent after erasure %+v", h)
	}
	if in, _ := s.Consenting(ctx, ledger.ScopeResearch, sharedUntil); len(in) != 1 || in[b.ID].ID == "" {
		t.Fatalf("consenting before the erasure's instant: %v", keys(in))
	}
	if after, _ := s.EarningsOf(ctx, a.ID); after.Total != before.Total || after.Total != 60 {
		t.Fatalf("earnings %d before, %d after erasure", before.Total, after.Total)
	}
	if lines, _ := s.SaleLines(ctx, sale); len(lines) != 2 {
		t.Fatalf("%d payout lines after erasure", len(lines))
	}
	if u, err := s.FindUpload(ctx, a.ID, "ab12"); err != nil || u.FileName != "" || u.Readings != 3 {
		t.Fatalf("upload after erasure %+v %v", u, err)
	}
	if n, _ := s.Notifications(ctx, a.ID, 10); len(n) != 0 {
		t.Fatalf("%d messages kept", len(n))
	}
	if _, err := s.CreatePairingCode(ctx, a.ID, "ring"); err == nil {
		t.Fatal("a pairing code issued to an erased account")
	}
	// The same person signs up again: a new contributor; the ring pairs again.
	again, err := s.CreateContributor(ctx, ledger.Contributor{Email: a.Email, DisplayName: "Ada", BirthYear: 1985})
	if err != nil || again.ID == a.ID {
		t.Fatalf("sign-up again: %+v %v", again, err)
	}
	code, _ = s.CreatePairingCode(ctx, again.ID, "ring")
	if _, err := s.PairDevice(ctx, code, "RING-SERIAL-A", key(2)); err != nil {
		t.Fatalf("pairing the same ring again: %v", err)
	}
	if err := s.EraseContributor(ctx, a.ID); err != nil {
		t.Fatalf("erasing twice: %v", err)
	}
	if err := s.EraseContributor(ctx, "nobody"); !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("erasing nobody: %v", err)
	}
	if b2, _ := s.Contributor(ctx, b.ID); b2.Erased || b2.Email != b.Email || b2.BirthYear != b.BirthYear {
		t.Fatalf("someone else was erased too: %+v", b2)
	}
}

var codeShape = regexp.MustCompile(`^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$`)

func testPairingCodesBounded(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	c := contributor(t, s, "codes@example.org")
	var codes []string
	for range ledger.MaxUnusedPairingCodes {
		code, err := s.CreatePairingCode(ctx, c.ID, "ring")
		if err != nil || !codeShape.MatchString(code) {
			t.Fatalf("code %q %v", code, err)
		}
		codes = append(codes, code)
	}
	if _, err := s.CreatePairingCode(ctx, c.ID, "ring"); !errors.Is(err, ledger.ErrTooManyPairingCodes) {
		t.Fatalf("code beyond the limit: %v", err)
	}
	// As people type it: lower case, spaces, without dashes.
	typed := " " + strings.ToLower(strings.ReplaceAll(codes[0], "-", " ")) + "\n"
	if _, err := s.PairDevice(ctx, typed, "SN-TYPED", key(3)); err != nil {
		t.Fatalf("pairing with %q: %v", typed, err)
	}
	if _, err := s.CreatePairingCode(ctx, c.ID, "ring"); err != nil {
		t.Fatalf("a code after one was used: %v", err)
	}
	if other := contributor(t, s, "other@example.org"); other.ID != "" {
		if _, err := s.CreatePairingCode(ctx, other.ID, "ring"); err != nil {
			t.Fatalf("another contributor's code: %v", err)
		}
	}
}

func testLoginKeyStable(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	k1, err := s.LoginKey(ctx)
	k2, _ := s.LoginKey(ctx)
	p, _ := s.Pepper(ctx)
	if err != nil || len(k1) != 32 || !bytes.Equal(k1, k2) || bytes.Equal(k1, p) {
		t.Fatalf("login key %x / %x (pepper %x): %v", k1, k2, p, err)
	}
}

func testNotificationsSince(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	ns, start, err := s.NotificationsSince(ctx, 0, nil, 10)
	if err != nil || len(ns) != 0 || start != 0 {
		t.Fatalf("empty: %v %d %v", ns, start, err)
	}
	m, a, b := payees(t, s)
	for i := range 3 {
		if _, err := s.RecordSale(ctx, m.Order(int64(100+i), 0).ID,
			[]ledger.PayoutLine{{ContributorID: a.ID, Account: "0xA", Cents: 50}, {ContributorID: b.ID, Account: "0xB", Cents: int64(50 + i)}}); err != nil {
			t.Fatal(err)
		}
	}
	ns, next, err := s.NotificationsSince(ctx, start, []string{a.ID}, 2)
	if err != nil || len(ns) != 2 || ns[0].ContributorID != a.ID || ns[1].ContributorID != a.ID || ns[0].ID >= ns[1].ID || next != ns[1].ID {
		t.Fatalf("first page %+v next %d: %v", ns, next, err)
	}
	ns, next, _ = s.NotificationsSince(ctx, next, []string{a.ID}, 2)
	if len(ns) != 1 || ns[0].ContributorID != a.ID {
		t.Fatalf("second page %+v", ns)
	}
	if ns, again, _ := s.NotificationsSince(ctx, next, []string{a.ID, b.ID}, 10); len(ns) != 0 || again != next {
		t.Fatalf("nothing new: %+v %d→%d", ns, next, again)
	}
}
