package app

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/ethereum/go-ethereum/common"

	"rhd.dev/admin"
	"rhd.dev/bench"
	"rhd.dev/cohorter"
	"rhd.dev/cohorter/bundle"
	"rhd.dev/demo"
	"rhd.dev/firmware/fleet"
	"rhd.dev/firmware/sim"
	"rhd.dev/ingest/importer"
	"rhd.dev/ingest/upload"
	"rhd.dev/ledger"
	"rhd.dev/settle"
)

// The one-shot commands of the CLI: each asks the rhd running on the data
// dir (its admin API) where that rhd owns the data, else works on the data
// dir's own files, and prints with package admin's tables.

// SignalContext is ctx until SIGINT or SIGTERM: how long-running commands
// outside Run (bench, devices sim) stop.
func SignalContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
}

// Admin is the client of the admin API of the rhd running on the data dir.
func (c *Config) Admin() admin.Client {
	return admin.Client{DataDir: c.DataDir, Token: c.AdminToken}
}

// withLedger runs f on cfg's ledger.
func withLedger(ctx context.Context, cfg *Config, f func(*ledger.Store) error) error {
	store, err := OpenLedger(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	return f(store)
}

// PrintStats writes the stats of the running rhd, else of the data dir's files.
func PrintStats(ctx context.Context, cfg *Config, w io.Writer, asJSON bool) error {
	var st admin.Stats
	running, err := cfg.Admin().Ask(ctx, "/v1/stats", &st)
	if err != nil {
		return err
	}
	if !running {
		if st, err = LocalStats(ctx, cfg); err != nil {
			return err
		}
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	admin.PrintStats(w, st)
	return nil
}

// Seed creates n demo contributors with paired devices (credentials in the
// data dir's fleet/) and the demo researchers.
func Seed(ctx context.Context, cfg *Config, n int, seed uint64, w io.Writer) error {
	return withLedger(ctx, cfg, func(store *ledger.Store) error {
		if err := demo.Seed(ctx, store, cfg.Path("fleet"), n, seed, admin.SeedProgress(n)); err != nil {
			return err
		}
		for i := range demo.Researchers {
			if _, err := demo.Researcher(ctx, store, i); err != nil {
				return err
			}
		}
		fmt.Fprintf(w, "seeded %d contributors with devices (credentials in %s) and %d researchers with demo credit\n"+
			"their history streams in when the devices run (rhd dev, rhd devices sim): %s of it\n", n, cfg.Path("fleet"), len(demo.Researchers), cfg.Backfill)
		return nil
	})
}

// GrantCredit adds cents of prepaid credit to researcher (email or id).
func GrantCredit(ctx context.Context, cfg *Config, researcher string, cents int64, w io.Writer) error {
	return withLedger(ctx, cfg, func(store *ledger.Store) error {
		r, err := store.Researcher(ctx, researcher)
		if err != nil {
			return fmt.Errorf("researcher %s: %w", researcher, err)
		}
		if err := store.GrantCredit(ctx, r.ID, cents, "operator grant"); err != nil {
			return err
		}
		r, _ = store.Researcher(ctx, r.ID)
		fmt.Fprintf(w, "%s now has %s of credit\n", r.Email, admin.Dollars(r.CreditsCents))
		return nil
	})
}

// ListCohorts writes the catalog's cohorts that match f.
func ListCohorts(ctx context.Context, cfg *Config, f cohorter.Filter, asJSON bool, w io.Writer) error {
	return withLedger(ctx, cfg, func(store *ledger.Store) error {
		entries, err := cohorter.Catalog{Store: store}.List(ctx, f)
		if err != nil {
			return err
		}
		if asJSON {
			return json.NewEncoder(w).Encode(entries)
		}
		return admin.PrintCohorts(w, entries)
	})
}

// ShowCohort writes a cohort's (or a snapshot's) latest snapshot.
func ShowCohort(ctx context.Context, cfg *Config, id string, w io.Writer) error {
	return withLedger(ctx, cfg, func(store *ledger.Store) error {
		e, err := cohorter.Catalog{Store: store}.Show(ctx, id)
		if err != nil {
			return fmt.Errorf("%s: %w", id, err)
		}
		return admin.PrintCohort(w, e)
	})
}

// ExportBundleTo exports snapshot to out through the running rhd, else from
// the data dir's warehouse; formatList is --formats, progress goes to log.
func ExportBundleTo(ctx context.Context, cfg *Config, snapshot, formatList, out string, w, log io.Writer) error {
	formats, err := bundle.ParseFormats(formatList)
	if err != nil {
		return err
	}
	if running, err := cfg.Admin().ExportBundle(ctx, snapshot, formats, out, log); running || err != nil {
		return err
	}
	man, err := ExportBundle(ctx, cfg, snapshot, formats, out, log)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nbundle %s: %d participants, %d rows → %s\n", man.Bundle, man.Participants, man.Rows[bundle.ReadingsFile], out)
	return nil
}

// SimulateSale buys snapshot for researcher (email or id), charging their
// credit, as the portal does.
func SimulateSale(ctx context.Context, cfg *Config, snapshot, researcher, purpose string, w io.Writer) error {
	return withLedger(ctx, cfg, func(store *ledger.Store) error {
		r, err := store.Researcher(ctx, researcher)
		if err != nil {
			return fmt.Errorf("researcher %s: %w", researcher, err)
		}
		var key [8]byte
		rand.Read(key[:])
		o, _, err := store.PlaceOrderFor(ctx, r.ID, "cli-"+hex.EncodeToString(key[:]), snapshot, cfg.FeeBps, purpose, r.Organization)
		if err != nil {
			return fmt.Errorf("snapshot %s: %w", snapshot, err)
		}
		fmt.Fprintf(w, "sale %s of %s for %s placed; settlement announces and pays it\n", o.ID, o.SnapshotID, admin.Dollars(o.PriceCents))
		return nil
	})
}

// ListSales writes the sales, newest first.
func ListSales(ctx context.Context, cfg *Config, w io.Writer) error {
	return withLedger(ctx, cfg, func(store *ledger.Store) error {
		sales, err := store.Sales(ctx)
		if err != nil {
			return err
		}
		return admin.PrintSales(w, sales)
	})
}

// ListDevices writes the paired devices.
func ListDevices(ctx context.Context, cfg *Config, w io.Writer) error {
	return withLedger(ctx, cfg, func(store *ledger.Store) error {
		devs, err := store.Devices(ctx)
		if err != nil {
			return err
		}
		return admin.PrintDevices(w, devs)
	})
}

// CheckPayout writes account's payout for sale checked against the chain's
// root, by the running rhd, else on the data dir's ledger and chain.
func CheckPayout(ctx context.Context, cfg *Config, account, sale string, w io.Writer) error {
	var r settle.Receipt
	path := "/v1/payouts/verify?" + url.Values{"account": {account}, "sale": {sale}}.Encode()
	running, err := cfg.Admin().Ask(ctx, path, &r)
	if err != nil {
		return err
	}
	if !running {
		if r, err = VerifyPayout(ctx, cfg, account, sale); err != nil {
			return err
		}
	}
	return admin.PrintReceipt(w, r)
}

// CheckRecord writes the proof that a minute of device's metric belongs to
// its contribution record on chain; only the running rhd can prove it.
func CheckRecord(ctx context.Context, cfg *Config, device, metric, minute string, w io.Writer) error {
	var r settle.ReadingReceipt
	q := "/v1/records/verify?" + url.Values{"device": {device}, "metric": {metric}, "minute": {minute}}.Encode()
	running, err := cfg.Admin().Ask(ctx, q, &r)
	if err != nil {
		return err
	}
	if !running {
		return errors.New("records verify asks the running rhd (it owns the warehouse and the embedded chain): start rhd dev")
	}
	return admin.PrintReadingReceipt(w, r, metric, device, minute)
}

// CreateWallets is EnsureWallets writing each contributor's address.
func CreateWallets(ctx context.Context, cfg *Config, contributor string, w io.Writer) error {
	return EnsureWallets(ctx, cfg, contributor, func(email string, addr common.Address) {
		fmt.Fprintf(w, "%s\t%s\n", email, addr.Hex())
	})
}

// AddUploads imports files for contributor through the running rhd's admin
// API (POST /v1/uploads), else on the data dir's ledger and Kafka, and
// writes each file's result; it fails when any file was refused.
func AddUploads(ctx context.Context, cfg *Config, contributor string, files []string, w io.Writer) error {
	// Files of a format uploads do not take are refused before anything is sent.
	for _, f := range files {
		if _, err := upload.DetectFile(f); err != nil {
			return err
		}
	}
	var local *LocalImport
	defer func() {
		if local != nil {
			local.Close()
		}
	}()
	failed := 0
	for _, f := range files {
		res, running, err := cfg.Admin().Upload(ctx, contributor, f)
		if !running && err == nil {
			if local == nil {
				if local, err = OpenLocalImport(ctx, cfg); err != nil {
					return err
				}
			}
			res, err = local.Add(ctx, contributor, f)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		admin.PrintImport(w, res)
		if res.Failed {
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files refused", failed, len(files))
	}
	return nil
}

// PairingCode issues a one-time code for a new device of type typ of
// contributor (email or id): the code to w, how to use it to log.
func PairingCode(ctx context.Context, cfg *Config, contributor, typ string, w, log io.Writer) error {
	if _, err := sim.ParseDeviceType(typ); err != nil {
		return err
	}
	return withLedger(ctx, cfg, func(store *ledger.Store) error {
		c, err := importer.FindContributor(ctx, store, contributor)
		if err != nil {
			return err
		}
		code, err := store.CreatePairingCode(ctx, c.ID, typ)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s\n", code)
		fmt.Fprintf(log, "pairing code for a %s of %s, valid 15 minutes: rhd devices pair --code %s --type %s\n", typ, c.Email, code, typ)
		return nil
	})
}

// PairDevice pairs a new simulated device of type typ with code through
// gateway, storing its credentials in dir; serial empty is a random one.
func PairDevice(ctx context.Context, gateway, code, typ, serial, dir string, w io.Writer) error {
	t, err := sim.ParseDeviceType(typ)
	if err != nil {
		return err
	}
	if serial == "" {
		var sn [6]byte
		rand.Read(sn[:])
		serial = fmt.Sprintf("%s-%X", demo.SerialPrefix[t], sn)
	}
	cred, err := fleet.Pair(ctx, gateway, code, t, serial, dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "paired device %s (%s, serial %s); credentials in %s\n", cred.ID, t, serial, filepath.Join(dir, cred.ID))
	fmt.Fprintf(w, "stream from it with: rhd devices sim --fleet %s\n", dir)
	return nil
}

// RunBench runs Bench until ctx ends or SIGINT/SIGTERM, writes the results
// to o.Out and the report to w.
func RunBench(ctx context.Context, cfg *Config, o bench.Options, w, log io.Writer) error {
	ctx, stop := SignalContext(ctx)
	defer stop()
	res, err := Bench(ctx, cfg, o, log)
	if err != nil {
		return err
	}
	if err := res.Write(o.Out); err != nil {
		return err
	}
	fmt.Fprint(w, res.Markdown())
	fmt.Fprintf(w, "\nwritten to %s\n", o.Out)
	return nil
}
