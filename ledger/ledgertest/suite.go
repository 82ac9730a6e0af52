// Package ledgertest is the ledger's conformance suite: the same behaviour
// tests, run against every backend (SQLite always, Postgres when reachable).
package ledgertest

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
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
