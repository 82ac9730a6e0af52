package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"rhd.dev/firmware/fleet"
	"rhd.dev/firmware/sim"
	"rhd.dev/ledger"
)

var (
	firstNames = []string{"Ada", "Ben", "Chloe", "Dev", "Elif", "Farah", "Gus", "Hana", "Ivan", "Jun", "Kemal", "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tess", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe"}
	lastNames  = []string{"Adler", "Banerjee", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito", "Jensen", "Kowalski", "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov", "Quispe", "Rossi", "Silva", "Tanaka", "Umar", "Varga", "Weber", "Xu", "Yilmaz", "Zhang"}
)

// seedContributors creates n demo contributors, each with one paired
// simulated device whose credentials go to fleetDir. Deterministic for a seed.
func seedContributors(ctx context.Context, store *ledger.Store, fleetDir string, n int, seed uint64, progress io.Writer) error {
	existing, _, err := store.Counts(ctx)
	if err != nil {
		return err
	}
	r := mrand.New(mrand.NewPCG(seed, uint64(existing)))
	bar := newProgress(progress, int64(n), "seeding contributors", false)
	defer bar.Finish()
	for i := range n {
		first, last := firstNames[r.IntN(len(firstNames))], lastNames[r.IntN(len(lastNames))]
		sexes := []string{"female", "male", "female", "male", "other", ""}
		c, err := store.CreateContributor(ctx, ledger.Contributor{
			Email:       fmt.Sprintf("%s.%s.%d@demo.rhd.dev", lower(first), lower(last), existing+i+1),
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
		if _, err := pairSimulated(ctx, store, c.ID, typ, r.Uint64(), fleetDir); err != nil {
			return err
		}
		bar.Add(1)
	}
	return nil
}

// pairSimulated pairs a new simulated device to a contributor through a
// pairing code, as a real device would, and stores its credentials.
func pairSimulated(ctx context.Context, store *ledger.Store, contributorID string, typ sim.DeviceType, seed uint64, fleetDir string) (fleet.Credentials, error) {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	code, err := store.CreatePairingCode(ctx, contributorID, string(typ))
	if err != nil {
		return fleet.Credentials{}, err
	}
	var sn [6]byte
	rand.Read(sn[:])
	d, err := store.PairDevice(ctx, code, fmt.Sprintf("%s-%X", serialPrefix[typ], sn), pub)
	if err != nil {
		return fleet.Credentials{}, err
	}
	cred := fleet.Credentials{ID: d.ID, Type: typ, Serial: d.Serial, Seed: seed, Key: priv}
	return cred, cred.Save(filepath.Join(fleetDir, d.ID))
}

var serialPrefix = map[sim.DeviceType]string{sim.Wristband: "WB", sim.Ring: "RG", sim.ChestStrap: "CS"}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// seedIfEmpty seeds n contributors when the ledger has none.
func seedIfEmpty(ctx context.Context, store *ledger.Store, fleetDir string, n int) (bool, error) {
	contributors, _, err := store.Counts(ctx)
	if err != nil || contributors > 0 {
		return false, err
	}
	// Credentials without ledger rows would be refused by the gateway.
	if err := os.RemoveAll(fleetDir); err != nil {
		return false, err
	}
	return true, seedContributors(ctx, store, fleetDir, n, 1, os.Stderr)
}

func seedCmd(cfg *config) *cobra.Command {
	var n int
	var seed uint64
	cmd := &cobra.Command{
		Use:   "seed",
		Short: "Create demo contributors with paired simulated devices, and demo researchers",
		Long: "Creates contributors in the ledger, each with one paired simulated device whose credentials go to the data dir's fleet/ folder,\n" +
			"and the demo researchers with prepaid demo credit. The devices catch up on RHD_SIM_BACKFILL of history when they run.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, err := openLedger(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			defer store.Close()
			if err := seedContributors(cmd.Context(), store, cfg.path("fleet"), n, seed, os.Stderr); err != nil {
				return err
			}
			for i := range demoResearchers {
				if _, err := demoResearcher(cmd.Context(), store, i); err != nil {
					return err
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "seeded %d contributors with devices (credentials in %s) and %d researchers with demo credit\n"+
				"their history streams in when the devices run (rhd dev, rhd devices sim): %s of it\n", n, cfg.path("fleet"), len(demoResearchers), cfg.Backfill)
			return nil
		},
	}
	cmd.Flags().IntVar(&n, "contributors", 300, "how many contributors to create")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "random seed (same seed, same people)")
	return cmd
}
