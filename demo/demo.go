// Package demo is rhd dev's cast: simulated contributors with paired
// devices, demo researchers with prepaid credit, their accounts on the
// development sign-in provider, the simulated researcher who buys, and the
// console that tells a newcomer what runs and what happened.
package demo

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	mrand "math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"rhd.dev/cohorter"
	"rhd.dev/firmware/fleet"
	"rhd.dev/firmware/sim"
	"rhd.dev/ledger"
	"rhd.dev/portal/devoidc"
)

// People is how many seeded contributors get a demo sign-in.
const People = 5

var (
	firstNames = []string{"Ada", "Ben", "Chloe", "Dev", "Elif", "Farah", "Gus", "Hana", "Ivan", "Jun", "Kemal", "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tess", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe"}
	lastNames  = []string{"Adler", "Banerjee", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito", "Jensen", "Kowalski", "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov", "Quispe", "Rossi", "Silva", "Tanaka", "Umar", "Varga", "Weber", "Xu", "Yilmaz", "Zhang"}
)

// Seed creates n demo contributors, each with one paired
// simulated device whose credentials go to fleetDir. Deterministic for a seed.
func Seed(ctx context.Context, store *ledger.Store, fleetDir string, n int, seed uint64, progress func(done int)) error {
	existing, _, err := store.Counts(ctx)
	if err != nil {
		return err
	}
	r := mrand.New(mrand.NewPCG(seed, uint64(existing)))
	for i := range n {
		first, last := firstNames[r.IntN(len(firstNames))], lastNames[r.IntN(len(lastNames))]
		sexes := []string{"female", "male", "female", "male", "other", ""}
		c, err := store.CreateContributor(ctx, ledger.Contributor{
			Email:       fmt.Sprintf("%s.%s.%d@demo.rhd.dev", strings.ToLower(first), strings.ToLower(last), existing+i+1),
			DisplayName: first + " " + last,
			BirthYear:   1940 + r.IntN(67),
			Sex:         sexes[r.IntN(len(sexes))],
		})
		if err != nil {
			return err
		}
		// Most demo contributors agree to research use; some have not (yet).
		if r.Float64() < 0.9 {
			if _, err := store.RecordConsent(ctx, c.ID, ledger.ScopeResearch, true, ledger.TermsVersion); err != nil {
				return err
			}
		}
		typ := sim.Wristband
		switch x := r.Float64(); {
		case x < 0.25:
			typ = sim.Ring
		case x < 0.40:
			typ = sim.ChestStrap
		}
		if _, err := PairSimulated(ctx, store, c.ID, typ, r.Uint64(), fleetDir); err != nil {
			return err
		}
		if progress != nil {
			progress(i + 1)
		}
	}
	return nil
}

// PairSimulated pairs a new simulated device to a contributor through a
// pairing code, as a real device would, and stores its credentials.
func PairSimulated(ctx context.Context, store *ledger.Store, contributorID string, typ sim.DeviceType, seed uint64, fleetDir string) (fleet.Credentials, error) {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	code, err := store.CreatePairingCode(ctx, contributorID, string(typ))
	if err != nil {
		return fleet.Credentials{}, err
	}
	var sn [6]byte
	rand.Read(sn[:])
	d, err := store.PairDevice(ctx, code, fmt.Sprintf("%s-%X", SerialPrefix[typ], sn), pub)
	if err != nil {
		return fleet.Credentials{}, err
	}
	cred := fleet.Credentials{ID: d.ID, Type: typ, Serial: d.Serial, Seed: seed, Key: priv}
	return cred, cred.Save(filepath.Join(fleetDir, d.ID))
}

// SerialPrefix starts the serial number of each simulated device type.
var SerialPrefix = map[sim.DeviceType]string{sim.Wristband: "WB", sim.Ring: "RG", sim.ChestStrap: "CS"}

// SeedIfEmpty seeds n contributors when the ledger has none.
func SeedIfEmpty(ctx context.Context, store *ledger.Store, fleetDir string, n int, progress func(done int)) (bool, error) {
	contributors, _, err := store.Counts(ctx)
	if err != nil || contributors > 0 {
		return false, err
	}
	// Credentials without ledger rows would be refused by the gateway.
	if err := os.RemoveAll(fleetDir); err != nil {
		return false, err
	}
	return true, Seed(ctx, store, fleetDir, n, 1, progress)
}

// Accounts links the first seeded contributors to demo identities of the
// development provider, so signing in as one shows real earnings at once.
func Accounts(ctx context.Context, store *ledger.Store, issuer string) ([]devoidc.Account, error) {
	people, err := store.Contributors(ctx)
	if err != nil {
		return nil, err
	}
	var out []devoidc.Account
	for i, p := range people {
		if i == People {
			break
		}
		a := devoidc.Account{Subject: fmt.Sprintf("demo-contributor-%d", i+1), Email: p.Email, Name: p.DisplayName, Note: "contributor with history"}
		if _, err := store.UpsertIdentity(ctx, ledger.Identity{Issuer: issuer, Subject: a.Subject, Email: a.Email, Name: a.Name}); err != nil {
			return nil, err
		}
		if err := store.LinkIdentity(ctx, issuer, a.Subject, p.ID); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	// Demo researchers with prepaid credit; the second is rhd dev's
	// simulated buyer, so it has past purchases.
	for i := range Researchers {
		r, err := Researcher(ctx, store, i)
		if err != nil {
			return nil, err
		}
		a := devoidc.Account{Subject: fmt.Sprintf("demo-researcher-%d", i+1), Email: r.Email, Name: r.Name, Note: "researcher with demo credit"}
		if i == BuyerResearcher {
			a.Note = "researcher with past purchases"
		}
		if _, err := store.UpsertIdentity(ctx, ledger.Identity{Issuer: issuer, Subject: a.Subject, Email: a.Email, Name: a.Name}); err != nil {
			return nil, err
		}
		if err := store.LinkResearcher(ctx, issuer, a.Subject, r.ID); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return append(out, devoidc.Account{Subject: "demo-newcomer", Email: "newcomer@demo.rhd.dev", Name: "Noor Newcomer", Note: "new here: goes through sign-up"},
		devoidc.Account{Subject: "demo-operator", Email: Operator, Name: "Olu Operator", Note: "operator: /admin"}), nil
}

// Researchers are rhd dev's researchers; BuyerResearcher (an index)
// is the one the simulated buyer buys as.
var Researchers = []string{"Dr Rosa Quispe", "Dr Jun Ito"}

const BuyerResearcher = 1

// Researcher returns demo researcher i, creating it with demo credit.
func Researcher(ctx context.Context, store *ledger.Store, i int) (ledger.Researcher, error) {
	email := fmt.Sprintf("researcher%d@demo.rhd.dev", i+1)
	r, err := store.Researcher(ctx, email)
	if errors.Is(err, ledger.ErrNotFound) {
		if r, err = store.CreateResearcher(ctx, ledger.Researcher{Email: email, Name: Researchers[i], Organization: "Demo University", IntendedUse: "sleep and activity research"}); err == nil {
			err = store.GrantCredit(ctx, r.ID, Credits, "demo credit")
		}
	}
	return r, err
}

// Operator is the development operator's email.
const Operator = "operator@demo.rhd.dev"

// Credits is each demo researcher's prepaid credit: $10,000.
const Credits = 1_000_000

// Buyer is rhd dev's simulated researcher (the second demo researcher):
// it buys the current snapshot of a random cohort in the catalog through the
// portal's order path, first as soon as cohorts exist and then every
// every (none when it is not positive), so its purchases page and
// contributors' earnings fill, until ctx ends.
func Buyer(ctx context.Context, store *ledger.Store, feeBps int64, every time.Duration) {
	if every <= 0 {
		return
	}
	wait := time.Second
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		entries, err := cohorter.Catalog{Store: store}.List(ctx, cohorter.Filter{})
		if err != nil || len(entries) == 0 {
			continue
		}
		if err := buyOne(ctx, store, feeBps, entries); err != nil && ctx.Err() == nil {
			slog.Warn("demo buyer", "err", err)
			continue
		}
		wait = every
	}
}

// buyOne buys the current snapshot of a random cohort among entries, going
// on to another one while the ledger refuses an order because, joined with
// the buyer's earlier purchases, it would single people out.
func buyOne(ctx context.Context, store *ledger.Store, feeBps int64, entries []cohorter.Entry) error {
	var err error
	for _, i := range mrand.Perm(len(entries)) {
		if err = purchase(ctx, store, feeBps, entries[i].Snapshot); !errors.Is(err, ledger.ErrJoinBelowK) {
			return err
		}
	}
	return err
}

// purchase orders sn for the demo buyer, topping up its demo credit when
// it runs out; settlement announces and pays the sale from the ledger.
func purchase(ctx context.Context, store *ledger.Store, feeBps int64, sn ledger.Snapshot) error {
	r, err := Researcher(ctx, store, BuyerResearcher)
	if err != nil {
		return err
	}
	var key [8]byte
	rand.Read(key[:])
	_, _, err = store.PlaceOrder(ctx, r.ID, "demo-"+hex.EncodeToString(key[:]), sn.ID, feeBps)
	if errors.Is(err, ledger.ErrInsufficientCredit) {
		if err := store.GrantCredit(ctx, r.ID, Credits, "demo credit"); err != nil {
			return err
		}
		_, _, err = store.PlaceOrder(ctx, r.ID, "demo-"+hex.EncodeToString(key[:]), sn.ID, feeBps)
	}
	return err
}
